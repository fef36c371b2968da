"""One exception family. Each carries a message written for the user; the CLI and UI print it."""


class SummarizerError(Exception):
    """Base class: anything the tool refuses to do, with a one-line reason."""


class InputError(SummarizerError):
    """The input cannot be read as an article."""


class InputNotFound(InputError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class ConfigError(SummarizerError):
    """A data file (glossary, cue phrases) is missing or malformed."""


class TooLarge(InputError):
    """More bytes than one article may have (`summarizer.text.decode.max_bytes()`); refused before it is read whole."""


class EnvironmentFault(SummarizerError):
    """The machine, not the input: a disk that is full or read-only, a permission refused. It stops a run
    (what is done is kept) and is never recorded as a record's failure."""


class MissingExtra(SummarizerError):
    """A command needs an optional extra that is not installed; the message names the pip install."""


class TimeBudgetExceeded(SummarizerError):
    """One article took longer than the time budget a server gives it."""


class InternalError(SummarizerError):
    """A failure inside the engine on one article (a bug): caught at `brief()`'s edge, so that one article's
    failure is a sentence, never a traceback, and the next article is unaffected."""


# How a failure caught inside brief() is warned of in meta.warnings (a platform's fields, the English): the brief
# stands without that part; `eval` counts these as errors, so a bug never passes as lower recall.
FIELDS_FAILED = "could not be read ("
ENGLISH_FAILED = "could not be produced ("
CAUGHT_FAILURES = (FIELDS_FAILED, ENGLISH_FAILED)
