"""``cxmine.config.load_settings``: defaults < cxmine.toml / [tool.cxmine] < CXMINE_* environment < options.

Every test passes ``cwd`` and ``env`` explicitly, so the developer's own environment and folder play no part.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from cxmine.config import (
    ENV_NAMES,
    HIDDEN,
    KEYS,
    OPTION_NAMES,
    ConfigError,
    Settings,
    discover_config,
    load_settings,
    settings_dict,
)
from cxmine.errors import UsageError
from cxmine.schema import SUPPORTED_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # files inside the working directory are named relative to it


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(cwd: Path, env: dict[str, str] | None = None, options: dict | None = None, config: Path | None = None):
    return load_settings(config, cwd=cwd, env=env or {}, options=options or {})


def error(cwd: Path, **kwargs) -> str:
    with pytest.raises(ConfigError) as info:
        load(cwd, **kwargs)
    return str(info.value)


# --- defaults ------------------------------------------------------------------------------------------------


def test_defaults_without_file_env_or_options(tmp_path: Path) -> None:
    settings, sources = load(tmp_path)
    assert settings == Settings()
    assert settings.languages == SUPPORTED_LANGUAGES and settings.redact is True and settings.seed == 42
    assert settings.unit == "question" and settings.salt is None and settings.kb == () and settings.workers is None
    assert sources == dict.fromkeys(KEYS, "default")


def test_every_key_has_an_option_and_an_environment_name() -> None:
    assert set(OPTION_NAMES) == set(KEYS) == set(ENV_NAMES)
    assert ENV_NAMES["salt"] == "CXMINE_SALT" and ENV_NAMES["agent_domains"] == "CXMINE_AGENT_DOMAINS"


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().seed = 1  # type: ignore[misc]


# --- precedence ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "env", "option", "expected", "source"),
    [
        (False, False, False, None, "default"),
        (True, False, False, 2, "cxmine.toml"),
        (True, True, False, 3, "environment CXMINE_WORKERS"),
        (False, True, False, 3, "environment CXMINE_WORKERS"),
        (True, True, True, 4, "option --workers"),
        (True, False, True, 4, "option --workers"),
        (False, False, True, 4, "option --workers"),
    ],
)
def test_precedence_defaults_file_environment_options(
    tmp_path: Path, file: bool, env: bool, option: bool, expected: int | None, source: str
) -> None:
    if file:
        write(tmp_path / "cxmine.toml", "workers = 2\n")
    settings, sources = load(
        tmp_path, env={"CXMINE_WORKERS": "3"} if env else {}, options={"workers": 4} if option else {}
    )
    assert settings.workers == expected and sources["workers"] == source


def test_precedence_is_per_key(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", 'languages = ["nl"]\nseed = 7\nunit = "message"\nagent_domains = ["a.example"]\n')
    env = {"CXMINE_SEED": "8", "CXMINE_UNIT": "question"}
    settings, sources = load(tmp_path, env=env, options={"unit": "message", "seed": None, "languages": None})
    assert settings.languages == ("nl",) and sources["languages"] == "cxmine.toml"
    assert settings.seed == 8 and sources["seed"] == "environment CXMINE_SEED"  # None: the option was not passed
    assert settings.unit == "message" and sources["unit"] == "option --unit"
    assert settings.agent_domains == ("a.example",) and sources["agent_domains"] == "cxmine.toml"
    assert settings.redact is True and sources["redact"] == "default"


def test_an_empty_environment_variable_counts_as_unset(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", 'salt = "from-file"\n')
    settings, sources = load(tmp_path, env={"CXMINE_SALT": "", "CXMINE_WORKERS": "  "})
    assert settings.salt == "from-file" and sources["salt"] == "cxmine.toml" and sources["workers"] == "default"


def test_options_can_switch_redaction_off_and_say_which_switch(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", "redact = true\n")
    settings, sources = load(tmp_path, env={"CXMINE_REDACT": "1"}, options={"redact": False})
    assert settings.redact is False and sources["redact"] == "option --no-redact"
    _, sources = load(tmp_path, options={"redact": True})
    assert sources["redact"] == "option --redact"


def test_options_take_the_forms_a_command_line_gives(tmp_path: Path) -> None:
    settings, sources = load(
        tmp_path,
        options={
            "languages": "NL, da",
            "agent_domains": ["a.example", "b.example"],
            "agent_addresses": ("Nordhus Klantenservice",),
            "redact_patterns": ["ORDER=NH-\\d{6}", "TICKET=T=\\d+"],
            "kb": [Path("faq.csv"), "help"],
            "gap_threshold": 1,
            "intent_model": "models/intents",
            "embedding_model": Path("st"),
        },
    )
    assert settings.languages == ("nl", "da") and settings.agent_domains == ("a.example", "b.example")
    assert settings.agent_addresses == ("Nordhus Klantenservice",)
    assert settings.redact_patterns == {"ORDER": "NH-\\d{6}", "TICKET": "T=\\d+"}
    assert settings.kb == (tmp_path / "faq.csv", tmp_path / "help")
    assert settings.gap_threshold == 1.0 and isinstance(settings.gap_threshold, float)
    assert settings.intent_model == tmp_path / "models" / "intents"
    assert settings.embedding_model == str(tmp_path / "st")
    assert sources["agent_domains"] == "option --agent-domain" and sources["kb"] == "option --kb"
    assert sources["redact_patterns"] == "option --redact-pattern"


def test_a_bad_option_value_names_the_option(tmp_path: Path) -> None:
    msg = error(tmp_path, options={"workers": "4"})
    assert msg == "option --workers: expected an integer, got str"
    msg = error(tmp_path, options={"workers": True})  # True is an int to Python, not to cxmine
    assert msg.startswith("option --workers: expected an integer")
    msg = error(tmp_path, options={"gap_threshold": 2.0})
    assert msg.startswith("option --gap-threshold:") and "between 0 and 1" in msg


def test_an_unknown_option_key_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="agent_domain"):
        load(tmp_path, options={"agent_domain": ["a.example"]})


# --- finding the file ----------------------------------------------------------------------------------------


def test_cxmine_toml_wins_over_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", "seed = 1\n")
    write(tmp_path / "pyproject.toml", "[tool.cxmine]\nseed = 2\nworkers = 3\n")
    settings, sources = load(tmp_path)
    assert settings.seed == 1 and settings.workers is None and sources["seed"] == "cxmine.toml"
    assert discover_config(tmp_path) == tmp_path / "cxmine.toml"


def test_pyproject_tool_cxmine_when_there_is_no_cxmine_toml(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.cxmine]\nseed = 2\nkb = ["faq.csv"]\n')
    settings, sources = load(tmp_path)
    assert settings.seed == 2 and settings.kb == (tmp_path / "faq.csv",)
    assert sources["seed"] == sources["kb"] == "pyproject.toml [tool.cxmine]"


@pytest.mark.parametrize("text", ['[project]\nname = "x"\n', "[tool.ruff]\nline-length = 100\n", "not toml ["])
def test_a_pyproject_without_tool_cxmine_is_not_a_config(tmp_path: Path, text: str) -> None:
    write(tmp_path / "pyproject.toml", text)
    assert discover_config(tmp_path) is None
    assert load(tmp_path) == (Settings(), dict.fromkeys(KEYS, "default"))


def test_a_given_file_wins_over_the_folder_and_is_named_as_the_source(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", "seed = 1\n")
    given = write(tmp_path / "conf" / "team.toml", "seed = 5\n")
    settings, sources = load(tmp_path, config=given)
    assert settings.seed == 5 and sources["seed"].endswith("team.toml")


def test_a_given_pyproject_reads_its_tool_cxmine_table(tmp_path: Path) -> None:
    given = write(tmp_path / "sub" / "pyproject.toml", "[tool.cxmine]\nseed = 9\n")
    settings, sources = load(tmp_path, config=given)
    assert settings.seed == 9 and sources["seed"].endswith("pyproject.toml [tool.cxmine]")
    bare = write(tmp_path / "other" / "pyproject.toml", '[project]\nname = "x"\n')
    assert "has no [tool.cxmine] table" in error(tmp_path, config=bare)


def test_a_given_file_that_does_not_exist(tmp_path: Path) -> None:
    msg = error(tmp_path, config=tmp_path / "nope.toml")
    assert "nope.toml" in msg and "does not exist" in msg and "cxmine config init" in msg


def test_a_relative_given_file_is_relative_to_cwd(tmp_path: Path) -> None:
    write(tmp_path / "conf" / "c.toml", 'kb = ["faq.csv"]\n')
    settings, _ = load(tmp_path, config=Path("conf/c.toml"))
    assert settings.kb == (tmp_path / "conf" / "faq.csv",)


def test_invalid_toml_names_the_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", "seed = 1\nlanguages = [nl]\n")
    assert error(tmp_path) == "cxmine.toml: not valid TOML: Invalid value (at line 2, column 14)"


def test_a_file_outside_the_working_directory_is_named_by_its_full_path(tmp_path: Path) -> None:
    write(tmp_path / "a" / "cxmine.toml", "workers = 0\n")
    os.chdir(tmp_path / "a")
    write(tmp_path / "b" / "cxmine.toml", "workers = 0\n")
    assert error(tmp_path / "b").startswith(f"{tmp_path / 'b' / 'cxmine.toml'}: workers: ")
    assert error(tmp_path / "a").startswith("cxmine.toml: workers: ")


# --- paths ---------------------------------------------------------------------------------------------------


def test_relative_paths_in_a_file_resolve_against_its_folder(tmp_path: Path) -> None:
    conf = write(
        tmp_path / "project" / "conf" / "cxmine.toml",
        'kb = ["kb", "../shared/faq.csv", "/abs/faq.csv"]\nintent_model = "models/intents"\n'
        'topic_model = "../models/topics"\ngap_model = "~/gaps"\nembedding_model = "./st-model"\n',
    )
    settings, _ = load(tmp_path / "elsewhere", config=conf)
    here = tmp_path / "project" / "conf"
    assert settings.kb == (here / "kb", tmp_path / "project" / "shared" / "faq.csv", Path("/abs/faq.csv"))
    assert settings.intent_model == here / "models" / "intents"
    assert settings.topic_model == tmp_path / "project" / "models" / "topics"
    assert settings.gap_model == Path.home() / "gaps"
    assert settings.embedding_model == str(here / "st-model")


def test_model_names_are_not_paths(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "cxmine.toml", 'embedding_model = "minilm"\n')
    settings, _ = load(tmp_path, config=tmp_path / "sub" / "cxmine.toml")
    assert settings.embedding_model == "minilm"


def test_relative_paths_from_the_environment_resolve_against_cwd(tmp_path: Path) -> None:
    env = {"CXMINE_KB": os.pathsep.join(["faq.csv", "help centre", ""]), "CXMINE_INTENT_MODEL": "m"}
    settings, _ = load(tmp_path, env=env)
    assert settings.kb == (tmp_path / "faq.csv", tmp_path / "help centre")
    assert settings.intent_model == tmp_path / "m"


# --- errors in the file --------------------------------------------------------------------------------------


def test_unknown_key_names_key_file_closest_and_known_keys(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", 'langauges = ["nl"]\n')
    msg = error(tmp_path)
    assert msg.startswith("cxmine.toml: unknown key 'langauges' (did you mean 'languages'?); known keys: languages, ")
    assert all(key in msg for key in KEYS)


def test_unknown_key_in_pyproject_names_the_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.cxmine]\nworker = 2\n")
    with pytest.raises(ConfigError) as info:
        load(tmp_path)
    assert "pyproject.toml [tool.cxmine]" in str(info.value) and "did you mean 'workers'?" in str(info.value)
    assert info.value.key == "worker" and isinstance(info.value, UsageError)


def test_keys_may_be_written_with_dashes(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", 'agent-domains = ["a.example"]\nmin-topic-size = 5\n')
    settings, _ = load(tmp_path)
    assert settings.agent_domains == ("a.example",) and settings.min_topic_size == 5
    write(tmp_path / "cxmine.toml", "min-topic-size = 5\nmin_topic_size = 6\n")
    assert "set twice" in error(tmp_path)


@pytest.mark.parametrize(
    ("line", "key", "expected", "got"),
    [
        ('workers = "4"', "workers", "an integer", "a string"),
        ("seed = 4.5", "seed", "an integer", "a float"),
        ("workers = true", "workers", "an integer", "a boolean"),
        ("gap_threshold = true", "gap_threshold", "a number", "a boolean"),
        ('redact = "yes"', "redact", "a boolean", "a string"),
        ('languages = "nl,da"', "languages", "an array of strings", "a string"),
        ("agent_addresses = [1, 2]", "agent_addresses", "an array of strings", "an array with an integer"),
        ('kb = "kb"', "kb", "an array of paths", "a string"),
        ('redact_patterns = ["ORDER"]', "redact_patterns", "a table", "an array"),
        ("redact_patterns = { ORDER = 1 }", "redact_patterns", "a table", "an integer"),
        ("intent_model = 3", "intent_model", "a path", "an integer"),
        ("unit = 1979-05-27", "unit", "a string", "a date/time"),
        ("salt = 123456789", "salt", "a string", "an integer"),
        ('max_file_mb = "1 GB"', "max_file_mb", "a number", "a string"),
        ("max_zip_ratio = true", "max_zip_ratio", "a number", "a boolean"),
    ],
)
def test_type_errors_name_key_file_expected_and_seen_type(
    tmp_path: Path, line: str, key: str, expected: str, got: str
) -> None:
    write(tmp_path / "cxmine.toml", line + "\n")
    with pytest.raises(ConfigError) as info:
        load(tmp_path)
    msg = str(info.value)
    assert msg.startswith(f"cxmine.toml: {key}: expected {expected}"), msg
    assert got in msg and info.value.key == key


def test_values_are_not_shown_when_long_and_a_salt_never(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", f'unit = "{"x" * 500}"\n')
    msg = error(tmp_path)
    assert "xxxxxxxxxx" not in msg and "500 characters" in msg and len(msg) < 200
    write(tmp_path / "cxmine.toml", "salt = 31415926535\n")
    assert "31415926535" not in error(tmp_path)
    write(tmp_path / "cxmine.toml", 'salt = ""\n')
    assert "salt" in error(tmp_path)


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ('unit = "questions"', "expected question or message, got 'questions'"),
        ("gap_threshold = 1.5", "between 0 and 1"),
        ("workers = 0", "at least 1"),
        ("min_topic_size = 1", "at least 2"),
        ('languages = ["nl", "de"]', "'de' is not a language cxmine supports; choose from nl, da, en"),
        ("languages = []", "at least one language"),
        ("redact_patterns = { BAD = '(' }", "the regex of 'BAD' does not compile"),
        ('intent_model = ""', "empty"),
        ("max_file_mb = 0", "expected a finite size in MiB above 0, got 0"),
        ("max_record_mb = -64", "above 0"),
        ("max_zip_mb = nan", "above 0"),
        ("max_zip_member_mb = inf", "finite"),
        ("max_zip_ratio = 0.5", "expected a ratio of at least 1"),
    ],
)
def test_bad_values_say_what_to_write(tmp_path: Path, line: str, fragment: str) -> None:
    write(tmp_path / "cxmine.toml", line + "\n")
    msg = error(tmp_path)
    assert msg.startswith("cxmine.toml: ") and fragment in msg, msg


# --- the environment -----------------------------------------------------------------------------------------


def test_environment_values_are_parsed(tmp_path: Path) -> None:
    env = {
        "CXMINE_LANGUAGES": " NL , da ",
        "CXMINE_AGENT_DOMAINS": "a.example,b.example",
        "CXMINE_AGENT_ADDRESSES": "Nordhus Klantenservice,+31 20 123 4567",
        "CXMINE_KEEP": "Nordhus",
        "CXMINE_REDACT_PATTERNS": "ORDER=NH-\\d{2,6}\nTICKET=T;\\d+\n",
        "CXMINE_REDACT": "off",
        "CXMINE_SALT": "s3cret",
        "CXMINE_GAP_THRESHOLD": "0.4",
        "CXMINE_EMBEDDING_MODEL": "minilm",
        "CXMINE_WORKERS": "2",
        "CXMINE_MIN_TOPIC_SIZE": "5",
        "CXMINE_SEED": "-3",
        "CXMINE_UNIT": "message",
        "CXMINE_MAX_FILE_MB": "4096",
        "CXMINE_MAX_ZIP_RATIO": "250.5",
        "CXMINE_CACHE_DIR": "/tmp/not-a-setting",
    }
    settings, sources = load(tmp_path, env=env)
    assert settings.languages == ("nl", "da")
    assert settings.agent_domains == ("a.example", "b.example")
    assert settings.agent_addresses == ("Nordhus Klantenservice", "+31 20 123 4567")
    assert settings.keep == ("Nordhus",)
    assert settings.redact_patterns == {"ORDER": "NH-\\d{2,6}", "TICKET": "T;\\d+"}  # commas stay in the regex
    assert settings.redact is False and settings.salt == "s3cret" and settings.gap_threshold == 0.4
    assert settings.embedding_model == "minilm" and settings.workers == 2 and settings.min_topic_size == 5
    assert settings.seed == -3 and settings.unit == "message"
    assert settings.max_file_mb == 4096.0 and settings.max_zip_ratio == 250.5 and settings.max_record_mb is None
    assert all(sources[k] == f"environment {ENV_NAMES[k]}" for k in KEYS if ENV_NAMES[k] in env)
    assert sources["kb"] == "default" and sources["intent_model"] == "default"


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_environment_booleans_true(tmp_path: Path, value: str) -> None:
    assert load(tmp_path, env={"CXMINE_REDACT": value})[0].redact is True


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("CXMINE_WORKERS", "four", "expected a whole number, got 'four'"),
        ("CXMINE_WORKERS", "2.0", "expected a whole number"),
        ("CXMINE_GAP_THRESHOLD", "high", "expected a number"),
        ("CXMINE_REDACT", "maybe", "expected true or false"),
        ("CXMINE_LANGUAGES", "nl,sv", "'sv' is not a language"),
        ("CXMINE_UNIT", "sentence", "expected question or message"),
        ("CXMINE_REDACT_PATTERNS", "ORDER", "expected NAME=REGEX"),
        ("CXMINE_MIN_TOPIC_SIZE", "1", "at least 2"),
        ("CXMINE_MAX_FILE_MB", "lots", "expected a number, got 'lots'"),
        ("CXMINE_MAX_ZIP_MB", "0", "above 0"),
    ],
)
def test_a_bad_environment_value_names_the_variable(tmp_path: Path, name: str, value: str, fragment: str) -> None:
    msg = error(tmp_path, env={name: value})
    assert msg.startswith(f"environment {name}: ") and fragment in msg, msg


# --- output for people and scripts ---------------------------------------------------------------------------


def test_settings_dict_is_json_ready_and_hides_the_salt(tmp_path: Path) -> None:
    settings, _ = load(
        tmp_path,
        env={"CXMINE_SALT": "s3cret", "CXMINE_KB": "faq.csv"},
        options={"redact_patterns": {"ORDER": "NH-\\d+"}},
    )
    values = settings_dict(settings)
    assert values["salt"] == HIDDEN and "s3cret" not in json.dumps(values)
    assert values["kb"] == [str(tmp_path / "faq.csv")] and values["languages"] == list(SUPPORTED_LANGUAGES)
    assert values["redact_patterns"] == {"ORDER": "NH-\\d+"} and list(values) == list(KEYS)
    assert settings_dict(settings, hide_secrets=False)["salt"] == "s3cret"
    assert settings_dict(Settings())["salt"] is None


# --- the files we ship ---------------------------------------------------------------------------------------


def test_the_examples_config_loads() -> None:
    settings, sources = load_settings(ROOT / "examples" / "cxmine.toml", cwd=ROOT, env={})
    assert settings.agent_domains == ("nordhus.example",)
    assert settings.agent_addresses == ("Nordhus Klantenservice", "Nordhus Kundeservice")
    assert settings.languages == ("nl", "da", "en")
    assert settings.kb == (ROOT / "examples" / "kb",) and settings.kb[0].is_dir()
    assert sources["kb"] == "examples/cxmine.toml" or sources["kb"].endswith("cxmine.toml")


def test_the_readme_example_loads(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Configuration: cxmine.toml", 1)[1]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example, "the README's configuration section has a ```toml example"
    settings, sources = load(tmp_path, config=write(tmp_path / "cxmine.toml", example.group(1)))
    assert settings.redact_patterns == {"ORDER": "NH-\\d{6}"} and settings.kb == (tmp_path / "kb",)
    assert sum(s != "default" for s in sources.values()) >= 5


def test_the_input_limits_load_from_the_file_in_mib(tmp_path: Path) -> None:
    write(tmp_path / "cxmine.toml", "max_file_mb = 2048\nmax-record-mb = 0.5\nmax_zip_mb = 4096\n"
          "max_zip_member_mb = 100\nmax_zip_ratio = 300\n")
    settings, sources = load(tmp_path, options={"max_zip_ratio": 150.0})
    assert (settings.max_file_mb, settings.max_record_mb, settings.max_zip_mb) == (2048.0, 0.5, 4096.0)
    assert settings.max_zip_member_mb == 100.0 and settings.max_zip_ratio == 150.0
    assert sources["max_file_mb"] == "cxmine.toml" and sources["max_zip_ratio"] == "option --max-zip-ratio"
    assert Settings().max_file_mb is None  # unset: the readers' own defaults
