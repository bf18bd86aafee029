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
