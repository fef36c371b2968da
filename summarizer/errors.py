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


class InternalError(SummarizerError):
    """A failure inside the engine on one article (a bug): caught at `brief()`'s edge, so that one article's
    failure is a sentence, never a traceback, and the next article is unaffected."""
