"""Typed errors of nhotext. The library raises them; only the CLI turns them into
a one-line message and an exit code (see ``EXIT_*`` and ``docs/cli.md``)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_DUPLICATES = 1
EXIT_BAD_INPUT = 2
EXIT_BATCH_PARTIAL = 3
EXIT_INTERNAL = 70  # a bug: sysexits' EX_SOFTWARE
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
EXIT_PIPE = 141  # the reader of our output went away, as shells report SIGPIPE


class NhotextError(Exception):
    """Base class; ``code`` is a short stable identifier users and tests can rely on."""

    code = "E000"
    exit_code = EXIT_BAD_INPUT


class UsageError(NhotextError):
    """A command line that cannot be run: an unknown option, a bad value, a missing argument."""

    code = "E001"


class InputError(NhotextError):
    """An input that cannot be read as an article. ``source`` is the path as given."""

    code = "E100"

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class MissingPathError(InputError):
    code = "E101"


class NoArticlesError(InputError):
    code = "E102"


class EmptyInputError(InputError):
    code = "E103"


class BinaryInputError(InputError):
    code = "E104"


class UndecodableInputError(InputError):
    code = "E105"


class TooLargeError(InputError):
    code = "E106"


class UnreadableError(InputError):
    code = "E107"


class HtmlTooDeepError(InputError):
    code = "E108"


class AnalysisError(InputError):
    """The pipeline failed on one article (a bug to report); the other articles go on."""

    code = "E109"


class ModelNotFoundError(NhotextError):
    code = "E200"


class TrainingDataError(NhotextError):
    """Training or evaluation data that is missing or not what it should be."""

    code = "E300"


class MalformedDataError(TrainingDataError):
    """A data file whose lines are not in the expected format (``path:line`` in the message)."""

    code = "E301"


class BatchError(NhotextError):
    """A batch run that cannot start or finish: an output folder in use, a bad option, no scheduler."""

    code = "E400"
