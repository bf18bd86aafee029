"""Rebuild BENCHMARKS.md from the per-area result sections in bench/results/*.md.

Each benchmark writes its own section (with the exact command and the date); this only concatenates them in a
fixed order so BENCHMARKS.md always shows the latest measured numbers.  Run: python bench/collect.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["ingest", "email", "chat_calls", "speakers", "reply", "redact", "redact_indep", "redact_indep2", "redact_indep3", "redact_indep4", "redact_indep5", "redact_indep6", "redact_indep7", "redact_indep8", "redact_indep9", "redact_indep10", "redact_indep11", "redact_indep12", "redact_indep13", "redact_indep14", "redact_indep15", "redact_indep16", "redact_indep17", "redact_indep18", "redact_indep19", "redact_indep20", "redact_indep21", "redact_indep22", "redact_indep23", "redact_indep24", "redact_indep25", "redact_indep26", "redact_indep27", "redact_turns", "language", "language_indep", "language_formal", "questions", "topics", "topics_small", "classify", "intents_indep", "reasons", "reasons_indep", "gaps", "report", "run", "spark"]

HEADER = """# Benchmarks

Numbers measured on this project's 2-core / 24 GB machine, each with the exact command that produced it. Timing
is reported as a ratio against a baseline measured in the same process or run where possible (the machines are
noisy and were shared with other jobs). Public data comes from `../shared/datasets/` (see its README); nothing
from it is copied into the repository. Rebuild this file with `python bench/collect.py` after running benchmarks.
"""


def main() -> None:
    res = ROOT / "bench" / "results"
    files = sorted(res.glob("*.md"), key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else 99, p.stem))
    parts = [HEADER] + [f.read_text(encoding="utf-8").strip() + "\n" for f in files]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"BENCHMARKS.md: {len(files)} sections")


if __name__ == "__main__":
    main()
