"""The one user-facing error type of stancegraph (all stages raise it for bad input)."""


class StancegraphError(Exception):
    """A problem with the user's input or data, reported as one line without a traceback."""

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
