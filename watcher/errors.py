"""The exception tree: every error watcher raises on purpose derives from WatcherError.

    WatcherError
    ├── ConfigError (ValueError)      the configuration file is missing, unreadable or invalid
    ├── FetchError                    a feed could not be fetched (HTTP status, timeout, too large…)
    ├── ParseError (ValueError)       the body is not a feed we can read (HTML, empty, refused DTD…)
    ├── StoreError                    the database refused a write (full, corrupt, locked)
    └── SinkError                     a sink did not acknowledge a message
        └── PermanentSinkError        retrying the same message cannot succeed (400, 404, 410, 3xx)

A 304 is no error: `fetch` returns it as a FetchResult whose `not_modified` is true.
Foreign exceptions are translated where they enter (`raise … from e`), so callers
only ever catch these.
"""

from __future__ import annotations


class WatcherError(Exception):
    """Root of all errors raised by watcher."""


class ConfigError(WatcherError, ValueError):
    """The configuration is invalid; `problems` lists each one with its location."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class FetchError(WatcherError):
    """A feed could not be fetched. `reason` is short and safe to show to users."""

    def __init__(
        self, reason: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class ParseError(WatcherError, ValueError):
    """The fetched body is not a feed watcher can read."""


class StoreError(WatcherError):
    """The database refused an operation."""


class SinkError(WatcherError):
    """A sink did not acknowledge a message; the delivery will be retried."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class PermanentSinkError(SinkError):
    """Retrying the same message to this sink cannot succeed."""

    def __init__(self, reason: str, *, disable_sink: bool = False) -> None:
        super().__init__(reason)
        self.disable_sink = disable_sink
