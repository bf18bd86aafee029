"""Load per-language data files from ``cxmine/text/lang/<lang>/<name>.txt``.

Format: one entry per line, UTF-8; blank lines and lines starting with ``#`` are ignored. Every language folder
has the same file names, so adding a language means adding a folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LANG_DIR = Path(__file__).parent / "lang"


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def load_list(lang: str, name: str) -> tuple[str, ...]:
    """Entries of ``lang/<lang>/<name>.txt``; an empty tuple when the file does not exist."""
    path = LANG_DIR / lang / f"{name}.txt"
    if not path.exists():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return tuple(out)


def load_all(name: str, languages: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Entries of ``<name>.txt`` over several languages (all by default), in order, without duplicates."""
    seen: dict[str, None] = {}
    for lang in languages or available_languages():
        for entry in load_list(lang, name):
            seen.setdefault(entry, None)
    return tuple(seen)
