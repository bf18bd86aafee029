"""One error module: every error says what is wrong, the value seen, and what to do.

Messages never contain customer text: they name files, formats, columns and options only.
"""

from __future__ import annotations


class CxmineError(Exception):
    """Base class for errors shown to the user as one red line (no traceback)."""


class ReaderError(CxmineError):
    """A whole input file could not be read.

    ``error`` is a short machine-friendly kind (``corrupt``, ``empty``, ``unsupported``, ``encoding``, ...),
    ``detail`` a human sentence without customer text.
    """

    def __init__(self, error: str, detail: str) -> None:
        super().__init__(f"{error}: {detail}")
        self.error = error
        self.detail = detail


class UsageError(CxmineError):
    """Bad options or arguments."""


class ParameterError(UsageError):
    """One parameter of a library function has a bad value.

    The library names the parameter as Python knows it (``param="min_topic_size"``) and says what is wrong in its
    own words; the CLI (``cxmine.cli.app``) words it as the option (``--min-topic-size``) at the edge.
    """

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


class ModelError(CxmineError):
    """A model directory is missing, incompatible or corrupt."""


class OutLockedError(CxmineError):
    """Another cxmine run holds the output folder's lock (``OUT/.cxmine.lock``) and did not let go in time."""
