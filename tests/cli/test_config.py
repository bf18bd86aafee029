"""``cxmine config show`` and ``cxmine config init`` through the Typer app; errors through ``main()``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app
from cxmine.cli.config import EXAMPLE_TOML
from cxmine.config import ENV_NAMES, HIDDEN, KEYS, Settings, load_settings
from cxmine.errors import UsageError

runner = CliRunner()


@pytest.fixture(autouse=True)
def _clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder with no CXMINE_* settings from the developer's environment."""
    monkeypatch.chdir(tmp_path)
    for name in ENV_NAMES.values():
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # rich tables: no wrapped cells


def _main(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("CXMINE_DEBUG", *ENV_NAMES.values())}
    return subprocess.run(
        [sys.executable, "-m", "cxmine", *args],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


# --- show ----------------------------------------------------------------------------------------------------


def test_show_table_has_every_setting_value_and_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxmine.toml").write_text('agent_domains = ["nordhus.example"]\nseed = 7\n', encoding="utf-8")
    monkeypatch.setenv("CXMINE_SEED", "8")
    res = runner.invoke(app, ["config", "show"])
    assert res.exit_code == 0, res.output
    rows = {line.split("│")[1].strip(): line for line in res.stdout.splitlines() if line.count("│") == 4}
    assert set(rows) == set(KEYS)
    assert "nordhus.example" in rows["agent_domains"] and "cxmine.toml" in rows["agent_domains"]
    assert "8" in rows["seed"] and "environment CXMINE_SEED" in rows["seed"]
    assert "nl, da, en" in rows["languages"] and "default" in rows["languages"]
    assert "config file: cxmine.toml" in res.stderr and "config file" not in res.stdout


def test_show_json_for_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cxmine]\nkb = ["faq.csv"]\nunit = "message"\n', encoding="utf-8")
    monkeypatch.setenv("CXMINE_LANGUAGES", "nl,da")
    res = runner.invoke(app, ["config", "show", "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["config_file"] == str(tmp_path / "pyproject.toml")
    assert list(doc["settings"]) == list(KEYS) and list(doc["sources"]) == list(KEYS)
    assert doc["settings"]["kb"] == [str(tmp_path / "faq.csv")] and doc["settings"]["unit"] == "message"
    assert doc["sources"]["kb"] == "pyproject.toml [tool.cxmine]"
    assert (
        doc["settings"]["languages"] == ["nl", "da"] and doc["sources"]["languages"] == "environment CXMINE_LANGUAGES"
    )
    assert doc["settings"]["workers"] is None and doc["sources"]["workers"] == "default"


def test_show_without_a_file(tmp_path: Path) -> None:
    res = runner.invoke(app, ["config", "show", "--format", "json"])
    doc = json.loads(res.stdout)
    assert doc["config_file"] is None and set(doc["sources"].values()) == {"default"}
    assert doc["settings"]["seed"] == Settings().seed
    res = runner.invoke(app, ["config", "show"])
    assert "no config file" in res.stderr


def test_show_a_given_file(tmp_path: Path) -> None:
    (tmp_path / "cxmine.toml").write_text("seed = 1\n", encoding="utf-8")
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "team.toml").write_text("seed = 2\n", encoding="utf-8")
    res = runner.invoke(app, ["config", "show", "--config", "conf/team.toml", "--format", "json"])
    doc = json.loads(res.stdout)
    assert doc["settings"]["seed"] == 2 and doc["sources"]["seed"] == "conf/team.toml"
    assert doc["config_file"] == str(tmp_path / "conf" / "team.toml")


def test_show_hides_the_salt_in_both_formats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXMINE_SALT", "s3cret-salt")
    table = runner.invoke(app, ["config", "show"])
    doc = json.loads(runner.invoke(app, ["config", "show", "--format", "json"]).stdout)
    assert "s3cret" not in table.output and HIDDEN in table.stdout
    assert doc["settings"]["salt"] == HIDDEN and doc["sources"]["salt"] == "environment CXMINE_SALT"


def test_show_the_examples_config() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples" / "cxmine.toml"
    res = runner.invoke(app, ["config", "show", "--config", str(examples), "--format", "json"])
    doc = json.loads(res.stdout)
    assert doc["settings"]["agent_addresses"] == ["Nordhus Klantenservice", "Nordhus Kundeservice"]
    assert doc["settings"]["kb"] == [str(examples.parent / "kb")]


def test_show_rejects_an_unknown_format() -> None:
    res = runner.invoke(app, ["config", "show", "--format", "yaml"])
    assert isinstance(res.exception, UsageError) and "--format must be table or json" in str(res.exception)


@pytest.mark.parametrize(
    ("toml", "env", "expected"),
    [
        ("workres = 2\n", {}, "Error: cxmine.toml: unknown key 'workres' (did you mean 'workers'?); known keys: "),
        ('workers = "2"\n', {}, "Error: cxmine.toml: workers: expected an integer, got a string"),
        ("", {"CXMINE_WORKERS": "two"}, "Error: environment CXMINE_WORKERS: expected a whole number, got 'two'"),
    ],
)
def test_a_bad_setting_is_one_red_line_and_exit_1(tmp_path: Path, toml: str, env: dict, expected: str) -> None:
    (tmp_path / "cxmine.toml").write_text(toml, encoding="utf-8")
    proc = _main("config", "show", cwd=tmp_path, env=env)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), proc.stderr


# --- init ----------------------------------------------------------------------------------------------------


def test_init_writes_an_example_that_loads_as_the_defaults(tmp_path: Path) -> None:
    res = runner.invoke(app, ["config", "init"])
    assert res.exit_code == 0, res.output
    written = tmp_path / "cxmine.toml"
    assert written.read_text(encoding="utf-8") == EXAMPLE_TOML
    assert "cxmine config show" in res.stderr and res.stdout == ""
    assert load_settings(cwd=tmp_path, env={}) == (Settings(), dict.fromkeys(KEYS, "default"))  # all commented


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "cxmine.toml"
    target.write_text("seed = 1\n", encoding="utf-8")
    res = runner.invoke(app, ["config", "init"])
    assert isinstance(res.exception, UsageError) and "--force" in str(res.exception)
    assert target.read_text(encoding="utf-8") == "seed = 1\n"
    res = runner.invoke(app, ["config", "init", "--force"])
    assert res.exit_code == 0, res.output
    assert target.read_text(encoding="utf-8") == EXAMPLE_TOML
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cxmine.toml"]  # no temporary file left


def test_init_into_a_folder_or_a_named_file(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    assert runner.invoke(app, ["config", "init", "project"]).exit_code == 0
    assert (tmp_path / "project" / "cxmine.toml").is_file()
    res = runner.invoke(app, ["config", "init", "team.toml"])
    assert res.exit_code == 0 and (tmp_path / "team.toml").is_file()
    assert "--config team.toml" in res.stderr
    res = runner.invoke(app, ["config", "init", "missing/cxmine.toml"])
    assert isinstance(res.exception, UsageError) and "does not exist" in str(res.exception)


def test_the_example_explains_every_key_and_each_example_line_is_valid(tmp_path: Path) -> None:
    examples = re.findall(r"^# ((\w+) = .*?)(?:[ \t]+#.*)?$", EXAMPLE_TOML, re.M)
    assert sorted(key for _, key in examples) == sorted(KEYS)
    (tmp_path / "cxmine.toml").write_text("\n".join(line for line, _ in examples) + "\n", encoding="utf-8")
    settings, sources = load_settings(cwd=tmp_path, env={})  # uncommented, every line loads
    assert set(sources.values()) == {"cxmine.toml"}
    assert settings.redact_patterns == {"ORDER": "EX-\\d{6}", "TICKET": "T-\\d{5}"}
    assert settings.kb == (tmp_path / "faq.csv", tmp_path / "help-centre")
