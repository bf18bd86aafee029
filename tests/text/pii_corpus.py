"""Reader of the planted-PII corpus format in tests/data/pii (see its README); shared by tests and bench."""

from __future__ import annotations

from pathlib import Path


def read_records(path: Path) -> list[tuple[str, list[str]]]:
    """Records ``(marked_text, names)``: blocks after ``###`` header lines (``### ... names: A | B``)."""
    records: list[tuple[str, list[str]]] = []
    names: list[str] = []
    lines: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines() + ["###"]:
        if line.startswith("###"):
            if lines is not None:
                records.append(("\n".join(lines).strip("\n"), names))
            names = [n.strip() for n in line.split("names:", 1)[1].split("|")] if "names:" in line else []
            lines = []
        elif lines is not None:
            lines.append(line)
    return records
