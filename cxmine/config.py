"""The settings of a whole run, from four places: defaults < a config file < ``CXMINE_*`` environment variables <
command-line options (the later wins, key by key).

The config file is the one given, else ``./cxmine.toml``, else the ``[tool.cxmine]`` table of ``./pyproject.toml``.
Relative paths in a file are relative to the file's folder; in the environment and in options, to ``cwd``.

>>> settings, sources = load_settings(options={"workers": 2})
>>> settings.workers, sources["workers"]
(2, 'option --workers')

A bottom-layer module: standard library, ``cxmine.errors`` and ``cxmine.schema`` only. Messages name the key, the
file or variable and the type of a bad value, never a long value (a salt is never shown at all).
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxmine.errors import UsageError
from cxmine.schema import SUPPORTED_LANGUAGES

UNITS = ("question", "message")
CONFIG_FILE = "cxmine.toml"
PYPROJECT_TABLE = "pyproject.toml [tool.cxmine]"
HIDDEN = "<hidden>"  # what ``settings_dict`` shows for a salt that is set


@dataclass(frozen=True)
class Settings:
    """The effective settings of a run; every field has the default a command uses when nothing is set."""

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES  # expected languages; others become "other"
    agent_domains: tuple[str, ...] = ()  # e-mail domains of the company's agents
    agent_addresses: tuple[str, ...] = ()  # addresses, numbers or chat names of agents
    keep: tuple[str, ...] = ()  # terms never redacted (company, product names, the company's phone number)
    redact_patterns: dict[str, str] = field(default_factory=dict)  # extra redaction NAME -> REGEX
    redact: bool = True
    salt: str | None = None  # customer_key salt; None: a random one kept in OUT/.cxmine/salt
    kb: tuple[Path, ...] = ()  # knowledge-base files or folders for gaps
    gap_threshold: float | None = None  # None: the measured default of the matching method
    intent_model: Path | None = None  # None: the shipped model
    embedding_model: str | None = None  # None / "tfidf": offline default; "minilm" or a local folder
    topic_model: Path | None = None  # a topic model saved last week (topics --model)
    gap_model: Path | None = None  # a gap model saved last week (gaps --model)
    workers: int | None = None  # None: all cores for large inputs
    min_topic_size: int | None = None  # None: 10, or 0.2 % of the texts when more
    seed: int = 42
    unit: str = "question"  # "question" (extracted questions) or "message" (whole customer messages)
    # Input limits (None: the readers' defaults, 1024 / 64 / 2048 / 8192 MiB and 100:1): raise one when a real export
    # is refused as too large in OUT/errors.
    max_file_mb: float | None = None  # largest file read whole (JSON documents, transcripts, e-mails)
    max_record_mb: float | None = None  # longest line / record of a streamed file (JSON Lines, CSV)
    max_zip_mb: float | None = None  # most that one .zip may unpack to
    max_zip_member_mb: float | None = None  # largest .zip member, uncompressed
    max_zip_ratio: float | None = None  # highest compression ratio of a .zip member over 8 MiB


KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Settings))
# The command-line option of each key (the name ``cxmine run`` gives it), used to say where a value came from.
OPTION_NAMES: dict[str, str] = {
    "languages": "--languages",
    "agent_domains": "--agent-domain",
    "agent_addresses": "--agent-address",
    "keep": "--keep",
    "redact_patterns": "--redact-pattern",
    "redact": "--redact/--no-redact",
    "salt": "--salt",
    "kb": "--kb",
    "gap_threshold": "--gap-threshold",
    "intent_model": "--intent-model",
    "embedding_model": "--embedding-model",
    "topic_model": "--topic-model",
    "gap_model": "--gap-model",
    "workers": "--workers",
    "min_topic_size": "--min-topic-size",
    "seed": "--seed",
    "unit": "--unit",
    "max_file_mb": "--max-file-mb",
    "max_record_mb": "--max-record-mb",
    "max_zip_mb": "--max-zip-mb",
    "max_zip_member_mb": "--max-zip-member-mb",
    "max_zip_ratio": "--max-zip-ratio",
}
ENV_NAMES: dict[str, str] = {key: "CXMINE_" + key.upper() for key in KEYS}


class ConfigError(UsageError):
    """A setting with a bad name, type or value; ``key`` is the setting, ``source`` the file, variable or option."""

    def __init__(self, source: str, key: str | None, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.key = key


class _Bad(Exception):
    """A value that does not fit its key; the caller adds where it came from."""


# ---------------------------------------------------------------------------------------------------------------
# Describing values without showing them


def _toml_type(value: object) -> str:
    """The TOML name of a parsed value's type, with its article (what the user wrote): ``an integer``."""
    if isinstance(value, bool):
        return "a boolean"
    names = {int: "an integer", float: "a float", str: "a string", list: "an array", dict: "a table"}
    for typ, name in names.items():
        if isinstance(value, typ):
            return name
    return "a date/time" if type(value).__module__ == "datetime" else f"a {type(value).__name__}"


def _seen(value: object) -> str:
    """A short value as itself, a long one only by its length (values may be long or private)."""
    text = str(value)
    if len(text) <= 40 and text.isprintable():
        return repr(value)
    return f"a value of {len(text)} characters"


# ---------------------------------------------------------------------------------------------------------------
# Parsing: a value from TOML (types checked strictly), a string from the environment, or an option value from
# Python code, each into the field's type. Every key is of one kind.

_KINDS: dict[str, str] = {
    "languages": "strings", "agent_domains": "strings", "agent_addresses": "strings", "keep": "strings",
    "redact_patterns": "patterns", "redact": "bool", "salt": "str", "kb": "paths", "gap_threshold": "float",
    "intent_model": "path", "embedding_model": "model", "topic_model": "path", "gap_model": "path", "workers": "int",
    "min_topic_size": "int", "seed": "int", "unit": "str", "max_file_mb": "float", "max_record_mb": "float",
    "max_zip_mb": "float", "max_zip_member_mb": "float", "max_zip_ratio": "float",
}  # fmt: skip
_EXPECTED = {
    "str": "a string", "path": "a path (a string)", "model": "a model name or path (a string)",
    "bool": "a boolean (true or false)", "int": "an integer", "float": "a number",
}  # fmt: skip
_TOML_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "path": (str,), "model": (str,), "bool": (bool,), "int": (int,), "float": (int, float),
}  # fmt: skip
_PYTHON_TYPES = {**_TOML_TYPES, "path": (str, os.PathLike), "model": (str, os.PathLike)}


def _resolve(value: str | os.PathLike, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else Path(os.path.normpath(base / path))


def _strings(items: Iterable[Any], what: str = "strings") -> tuple[str, ...]:
    out = []
    for item in items:
        if isinstance(item, os.PathLike) and what == "paths":
            item = os.fspath(item)
        if not isinstance(item, str):
            raise _Bad(f"expected an array of {what}, got an array with {_toml_type(item)} in it")
        if item.strip():
            out.append(item.strip())
    return tuple(dict.fromkeys(out))


def _patterns(pairs: Iterable[tuple[Any, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, regex in pairs:
        if not isinstance(regex, str):
            raise _Bad(f'expected a table of NAME = "REGEX" strings, got {_toml_type(regex)} for {_seen(name)}')
        if not str(name).strip():
            raise _Bad("a pattern needs a NAME")
        out[str(name).strip()] = regex
    return out


def _split_pattern(item: str) -> tuple[str, str]:
    if "=" not in item:
        raise _Bad(f"expected NAME=REGEX (one a line), got a value without '=' ({len(item)} characters)")
    name, regex = item.strip().split("=", 1)
    return name, regex


def _scalar(kind: str, value: Any, types: tuple[type, ...]) -> Any:
    if not isinstance(value, types) or (isinstance(value, bool) and kind != "bool"):  # True is an int too
        raise _Bad(f"expected {_EXPECTED[kind]}, got {_toml_type(value)}")
    return float(value) if kind == "float" else value


def _from_toml(kind: str, value: Any) -> Any:
    if kind in ("strings", "paths"):
        if not isinstance(value, list):
            raise _Bad(f"expected an array of {kind}, got {_toml_type(value)}")
        return _strings(value, kind)
    if kind == "patterns":
        if not isinstance(value, dict):
            raise _Bad(f'expected a table of NAME = "REGEX" strings, got {_toml_type(value)}')
        return _patterns(value.items())
    return _scalar(kind, value, _TOML_TYPES[kind])


def _from_text(kind: str, text: str) -> Any:
    if kind == "strings":
        return _strings(text.split(","))
    if kind == "paths":
        return _strings(text.split(os.pathsep))
    if kind == "patterns":  # one NAME=REGEX a line: commas and semicolons are common inside regexes
        return _patterns(_split_pattern(line) for line in text.splitlines() if line.strip())
    if kind == "bool":
        low = text.strip().lower()
        if low in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return low in ("1", "true", "yes", "on")
        raise _Bad(f"expected true or false (or 1/0, yes/no, on/off), got {_seen(text)}")
    if kind in ("int", "float"):
        try:
            return int(text.strip()) if kind == "int" else float(text.strip())
        except ValueError:
            raise _Bad(f"expected {'a whole number' if kind == 'int' else 'a number'}, got {_seen(text)}") from None
    return text


def _from_python(kind: str, value: Any) -> Any:
    if kind in ("strings", "paths"):
        if isinstance(value, (str, os.PathLike)):  # a comma-separated --languages value, or one path
            value = value.split(",") if kind == "strings" and isinstance(value, str) else [value]
        if not isinstance(value, (list, tuple)):
            raise _Bad(f"expected a sequence of {kind}, got {type(value).__name__}")
        return _strings(value, kind)
    if kind == "patterns":
        if isinstance(value, Mapping):
            return _patterns(value.items())
        value = [value] if isinstance(value, str) else value
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return _patterns(_split_pattern(v) for v in value)
        raise _Bad(f"expected a mapping NAME -> REGEX or NAME=REGEX strings, got {type(value).__name__}")
    if not isinstance(value, _PYTHON_TYPES[kind]) or (isinstance(value, bool) and kind != "bool"):
        raise _Bad(f"expected {_EXPECTED[kind]}, got {type(value).__name__}")
    return float(value) if kind == "float" else value


def _model_name_or_path(value: str | os.PathLike, base: Path) -> str:
    """A name (tfidf, minilm) stays as it is; a path (it has a separator or starts with ~) is resolved."""
    text = os.fspath(value)
    if isinstance(value, os.PathLike) or "/" in text or os.sep in text or text.startswith("~"):
        return str(_resolve(text, base))
    return text


def _parse(key: str, value: Any, how: str, base: Path) -> Any:
    """``value`` as the field ``key`` holds it; ``how`` is "toml", "text" or "python"; paths relative to ``base``."""
    kind = _KINDS[key]
    parsed = {"toml": _from_toml, "text": _from_text, "python": _from_python}[how](kind, value)
    if kind in ("path", "model") and not os.fspath(parsed).strip():
        raise _Bad("expected a path, got an empty string")
    if kind == "paths":
        parsed = tuple(dict.fromkeys(_resolve(p, base) for p in parsed))
    elif kind == "path":
        parsed = _resolve(parsed, base)
    elif kind == "model":
        parsed = _model_name_or_path(parsed, base)
    return _check(key, parsed)


# ---------------------------------------------------------------------------------------------------------------
# Checks of a parsed value that do not depend on where it came from

_SIZES = ("max_file_mb", "max_record_mb", "max_zip_mb", "max_zip_member_mb")


def _check(key: str, value: Any) -> Any:
    if key == "languages":
        langs = tuple(dict.fromkeys(v.lower() for v in value))
        if not langs:
            raise _Bad(f"needs at least one language code, e.g. {','.join(SUPPORTED_LANGUAGES)}")
        unknown = [code for code in langs if code not in SUPPORTED_LANGUAGES]
        if unknown:
            raise _Bad(
                f"{_seen(unknown[0])} is not a language cxmine supports; choose from {', '.join(SUPPORTED_LANGUAGES)}"
            )
        return langs
    if key == "redact_patterns":
        for name, regex in value.items():
            try:
                re.compile(regex)
            except re.error as exc:
                raise _Bad(f"the regex of {_seen(name)} does not compile ({exc.msg} at position {exc.pos})") from None
        return value
    if key == "salt" and not value:
        raise _Bad("the salt must not be empty (leave it unset for a random one kept in OUT/.cxmine/salt)")
    if key == "unit" and value not in UNITS:
        raise _Bad(f"expected {' or '.join(UNITS)}, got {_seen(value)}")
    if key == "gap_threshold" and not 0.0 <= value <= 1.0:
        raise _Bad(f"expected a similarity between 0 and 1, got {value}")
    if key == "workers" and value < 1:
        raise _Bad(f"expected at least 1 worker, got {value}")
    if key == "min_topic_size" and value < 2:
        raise _Bad(f"expected at least 2, got {value}")
    if key in _SIZES and not 0 < value < math.inf:  # NaN fails both
        raise _Bad(f"expected a finite size in MiB above 0, got {value}")
    if key == "max_zip_ratio" and not 1 <= value < math.inf:
        raise _Bad(f"expected a ratio of at least 1 (uncompressed / compressed), got {value}")
    return value


# ---------------------------------------------------------------------------------------------------------------
# The config file


def _tomllib():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise UsageError(
                "Reading a cxmine.toml needs Python 3.11+ or the tomli package: pip install tomli"
            ) from None
    return tomllib


def display_path(path: Path) -> str:
    """The path as short as it is unambiguous: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def discover_config(cwd: Path | None = None) -> Path | None:
    """The config file used when none is given: ``cwd/cxmine.toml``, else a ``cwd/pyproject.toml`` that has a
    ``[tool.cxmine]`` table, else None."""
    cwd = Path.cwd() if cwd is None else cwd
    if (cwd / CONFIG_FILE).is_file():
        return cwd / CONFIG_FILE
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = _tomllib().loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return None  # a pyproject.toml that is not ours to judge: cxmine has no settings there
        if isinstance(data.get("tool"), dict) and "cxmine" in data["tool"]:
            return pyproject
    return None


def _read_file(path: Path, where: str, explicit: bool) -> dict[str, Any]:
    """The table of settings in ``path`` (a pyproject.toml: its ``[tool.cxmine]`` table)."""
    shown = display_path(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise ConfigError(shown, None, f"the config file {what}; pass a cxmine.toml (cxmine config init writes one)")
    try:
        data = _tomllib().loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(shown, None, "the config file is not UTF-8 text (TOML files are UTF-8)") from None
    except OSError as exc:
        raise ConfigError(shown, None, f"could not read the config file ({type(exc).__name__})") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError: the message names the line and column, not the text
        raise ConfigError(shown, None, f"not valid TOML: {exc}") from None
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool")
    table = tool.get("cxmine") if isinstance(tool, dict) else None
    if table is None:
        if explicit:
            raise ConfigError(shown, None, "has no [tool.cxmine] table; add one or pass a cxmine.toml")
        return {}
    if not isinstance(table, dict):
        raise ConfigError(where, None, f"[tool.cxmine] must be a table, got {_toml_type(table)}")
    return table


def _unknown_key(key: str, where: str) -> ConfigError:
    close = difflib.get_close_matches(key.replace("-", "_"), KEYS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConfigError(where, key, f"unknown key {_seen(key)}{hint}; known keys: {', '.join(KEYS)}")


def _from_file(table: dict[str, Any], where: str, base: Path) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")  # agent-domains and agent_domains are the same key
        if key not in _KINDS:
            raise _unknown_key(raw_key, where)
        if key in values:
            raise ConfigError(where, key, f"{key!r} is set twice (as {key!r} and with dashes)")
        try:
            values[key] = _parse(key, value, "toml", base)
        except _Bad as exc:
            raise ConfigError(where, key, f"{raw_key}: {exc}") from None
    return values


# ---------------------------------------------------------------------------------------------------------------
# Loading


def load_settings(
    config_file: Path | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    options: Mapping[str, object] | None = None,
) -> tuple[Settings, dict[str, str]]:
    """The effective settings and, for every key, where its value came from.

    Precedence, key by key: defaults < the config file < ``CXMINE_*`` environment variables < ``options``.
    ``config_file`` None: ``cwd/cxmine.toml``, else ``[tool.cxmine]`` in ``cwd/pyproject.toml``, else no file.
    ``cwd`` and ``env`` default to the process's working directory and ``os.environ``. ``options`` maps field
    names to what the user passed; None (or a missing key) means "not passed". Empty environment variables are
    ignored. Sources read "default", "cxmine.toml", "pyproject.toml [tool.cxmine]" (or the path of a given file),
    "environment CXMINE_X" and "option --x".

    Raises ``ConfigError`` (a ``UsageError``) naming the file, variable or option and the key.
    """
    cwd = Path.cwd() if cwd is None else Path(os.path.abspath(cwd))
    env = os.environ if env is None else env
    options = {} if options is None else options
    values: dict[str, Any] = {}
    sources = dict.fromkeys(KEYS, "default")

    path = Path(config_file).expanduser() if config_file is not None else discover_config(cwd)
    if path is not None:
        path = path if path.is_absolute() else cwd / path
        where = display_path(path) + (" [tool.cxmine]" if path.name == "pyproject.toml" else "")
        if config_file is not None:
            label = where
        else:
            label = CONFIG_FILE if path.name == CONFIG_FILE else PYPROJECT_TABLE
        table = _read_file(path, where, explicit=config_file is not None)
        for key, value in _from_file(table, where, path.parent.resolve()).items():
            values[key], sources[key] = value, label

    for key in KEYS:
        name = ENV_NAMES[key]
        raw = env.get(name)
        if raw is None or not raw.strip():
            continue
        try:
            values[key] = _parse(key, raw, "text", cwd)
        except _Bad as exc:
            raise ConfigError(f"environment {name}", key, str(exc)) from None
        sources[key] = f"environment {name}"

    for key, value in options.items():
        if key not in _KINDS:
            raise ValueError(f"load_settings: unknown option key {key!r}; the keys are the Settings fields")
        if value is None:
            continue
        option = OPTION_NAMES[key]
        if key == "redact":
            option = "--redact" if value is True else "--no-redact" if value is False else option
        try:
            values[key] = _parse(key, value, "python", cwd)
        except _Bad as exc:
            raise ConfigError(f"option {option}", key, str(exc)) from None
        sources[key] = f"option {option}"

    return Settings(**values), sources


def settings_dict(settings: Settings, *, hide_secrets: bool = True) -> dict[str, Any]:
    """The settings as JSON-ready values (lists, strings, numbers); a set salt shows as ``<hidden>``."""
    out: dict[str, Any] = {}
    for key in KEYS:
        value = getattr(settings, key)
        if isinstance(value, tuple):
            value = [str(v) if isinstance(v, Path) else v for v in value]
        elif isinstance(value, Path):
            value = str(value)
        elif isinstance(value, dict):
            value = dict(value)
        if key == "salt" and value is not None and hide_secrets:
            value = HIDDEN
        out[key] = value
    return out
