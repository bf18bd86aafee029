"""``cxmine run`` / ``run_all``: every stage in order, a failing stage names itself, re-runs add nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app
from cxmine.store import read_dataset

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small copy of the bundled chat and call exports (nl, da, en) and the example FAQ."""
    d = tmp_path_factory.mktemp("exports")
    for name in ("chat/webchat_export.jsonl", "chat/whatsapp_nl_android.txt", "calls/call_da_0013.txt"):
        shutil.copy(EXAMPLES / name, d / Path(name).name)
    shutil.copy(EXAMPLES / "kb" / "faq.csv", d.parent / "faq.csv")
    return d


def _run(args: list[str]):
    return runner.invoke(app, ["run", *args, "--no-progress"])


def test_run_writes_every_stage_and_a_rerun_adds_nothing(exports: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    html = tmp_path / "page.html"
    res = _run([str(exports), "--out", str(out), "--kb", str(exports.parent / "faq.csv"), "--html", str(html),
                "--agent-domain", "nordhus.example"])
    assert res.exit_code == 0, res.output
    for table in ("messages", "questions", "intents", "kb_matches", "gaps", "unanswered", "report"):
        assert (out / table).is_dir(), table
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    for stage in ("ingest", "topics", "intents", "gaps", "report"):
        assert stage in res.output
    n_messages = read_dataset(out / "messages").num_rows
    gaps_before = sorted(read_dataset(out / "gaps").column("gap_id").to_pylist())
    again = _run([str(exports), "--out", str(out), "--kb", str(exports.parent / "faq.csv")])
    assert again.exit_code == 0, again.output
    assert read_dataset(out / "messages").num_rows == n_messages  # nothing doubled
    assert "0 new messages" in again.output
    # the gap model kept in OUT/.cxmine/models keeps the ids from week to week
    assert sorted(read_dataset(out / "gaps").column("gap_id").to_pylist()) == gaps_before


def test_without_a_kb_the_gaps_stage_is_skipped_and_says_so(exports: Path, tmp_path: Path) -> None:
    res = _run([str(exports), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "skipped: no knowledge base given" in res.output
    assert not (tmp_path / "out" / "gaps").exists()


def test_a_failing_stage_names_itself_and_leaves_earlier_tables(exports: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmine.classify.intents.run as intents_run
    from cxmine.errors import ModelError
    from cxmine.workflow import StageError

    def broken(*args: object, **kwargs: object) -> None:
        raise ModelError("the intent model is damaged")

    monkeypatch.setattr(intents_run, "classify_out", broken)
    out = tmp_path / "out"
    res = _run([str(exports), "--out", str(out)])
    assert res.exit_code != 0
    assert isinstance(res.exception, StageError) and res.exception.stage == "intents"
    assert "stage 'intents' failed: the intent model is damaged" in str(res.exception)
    assert read_dataset(out / "messages").num_rows > 0 and (out / "questions").is_dir()  # earlier stages intact
    assert not (out / "intents").exists() and not (out / "report").exists()


def test_an_internal_error_in_a_stage_withholds_its_message(exports: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmine.classify.intents.run as intents_run

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Hoi, mijn naam is Jan de Vries")

    monkeypatch.setattr(intents_run, "classify_out", broken)
    res = _run([str(exports), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0
    assert "RuntimeError" in str(res.exception) and "Jan de Vries" not in str(res.exception)


def test_options_override_the_config_file(exports: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cxmine.toml"
    cfg.write_text('kb = ["does-not-exist.csv"]\n', encoding="utf-8")
    # the option's KB wins over the file's (which would fail the gaps stage)
    res = _run([str(exports), "--out", str(tmp_path / "out"), "--config", str(cfg),
                "--kb", str(exports.parent / "faq.csv")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "gaps").is_dir()


def _captured_ingest_config(monkeypatch, args: list[str]) -> object:  # noqa: ANN001
    """The ``IngestConfig`` that ``cxmine run ARGS`` hands to ``run_all`` (which is not run)."""
    import cxmine.workflow

    seen = {}

    def capture(paths, out, ingest_config, **kw):  # noqa: ANN001, ANN003, ANN202
        seen["cfg"] = ingest_config
        raise SystemExit(0)

    monkeypatch.setattr(cxmine.workflow, "run_all", capture)
    res = _run(args)
    assert res.exit_code == 0, res.output
    return seen["cfg"]


def test_limits_from_cxmine_toml_and_options_reach_the_ingest(exports: Path, tmp_path: Path, monkeypatch) -> None:
    cfg_file = tmp_path / "cxmine.toml"
    cfg_file.write_text("max_file_mb = 0.5\nmax_record_mb = 2\nmax_zip_mb = 3\nmax_zip_member_mb = 4\n"
                        "max_zip_ratio = 500\n", encoding="utf-8")
    base = [str(exports), "--out", str(tmp_path / "out"), "--config", str(cfg_file)]
    cfg = _captured_ingest_config(monkeypatch, base)
    assert (cfg.read.max_file_bytes, cfg.read.max_record_bytes) == (1 << 19, 2 << 20)
    assert (cfg.zip_limits.max_total_bytes, cfg.zip_limits.max_member_bytes, cfg.zip_limits.max_ratio) == \
        (3 << 20, 4 << 20, 500.0)
    cfg = _captured_ingest_config(monkeypatch, [*base, "--max-file-mb", "8", "--max-zip-ratio", "50"])
    assert (cfg.read.max_file_bytes, cfg.zip_limits.max_ratio) == (8 << 20, 50.0)  # an option wins over the file
    assert cfg.read.max_record_bytes == 2 << 20  # the file's other keys stay


def test_files_over_a_max_file_mb_from_cxmine_toml_are_error_rows(exports: Path, tmp_path: Path) -> None:
    cfg_file = tmp_path / "cxmine.toml"
    cfg_file.write_text("max_file_mb = 0.0005\n", encoding="utf-8")  # 524 bytes
    out = tmp_path / "out"
    res = _run([str(exports), "--out", str(out), "--config", str(cfg_file)])
    assert res.exit_code == 0, res.output
    errors = {Path(e["source_file"]).name for e in read_dataset(out / "errors").to_pylist() if e["error"] == "too_large"}
    assert errors == {"whatsapp_nl_android.txt", "call_da_0013.txt"}  # 886 and 603 bytes
    assert {Path(s).name for s in read_dataset(out / "messages").column("source_file").to_pylist()} == \
        {"webchat_export.jsonl"}  # JSON Lines are streamed, whatever their size


@pytest.mark.parametrize(("where", "value", "says"), [
    ("option", "0", "Invalidvaluefor'--max-zip-mb':mustbeabove0,got0"),
    ("option", "abc", "Invalidvaluefor'--max-zip-mb':"),
    ("toml", "-1", "max_zip_mb: expected a finite size in MiB above 0, got -1"),
    ("toml", '"big"', "max_zip_mb: expected a number, got a string"),
])
def test_a_bad_limit_fails_before_reading(exports: Path, tmp_path: Path, where: str, value: str, says: str) -> None:
    cfg_file = tmp_path / "cxmine.toml"
    cfg_file.write_text(f"max_zip_mb = {value}\n" if where == "toml" else "", encoding="utf-8")
    out = tmp_path / "out"
    args = [str(exports), "--out", str(out), "--config", str(cfg_file)]
    res = _run([*args, "--max-zip-mb", value] if where == "option" else args)
    if where == "option":
        assert res.exit_code == 2 and says in "".join(res.output.split())  # Click's usage error
    else:
        assert res.exit_code == 1 and says in str(res.exception)  # a ConfigError: one red line
    assert not out.exists()
