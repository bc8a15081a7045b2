"""One daemon per database: an exclusive lock on the database file, held while it runs.

The lock is `flock` on a descriptor of the database file itself (SQLite's own locks are
`fcntl` record locks, which `flock` does not touch on Linux), taken before the store
opens and released after it closes. The same descriptor tells whether the file is
still the one we opened: a database deleted or replaced under a running daemon would
otherwise take its writes into a file nobody will ever open again.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from watcher.errors import StoreError

__all__ = ["DatabaseLock"]


class DatabaseLock:
    """An exclusive lock on the database at `path`; `acquire()` refuses a second holder."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock (creating the file, private, if it does not exist yet).

        Raises StoreError with a one-line reason if another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise StoreError(f"cannot open database {self.path}: {e.strerror or e}") from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            os.close(fd)
            raise StoreError(
                f"database {self.path} is in use by another running watcher"
                " (one daemon per database); stop it first"
            ) from e
        self._fd = fd

    def problem(self) -> str | None:
        """Why the file at `path` is no longer the database we locked; None while it is."""
        if self._fd is None:
            return None
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return f"database {self.path} was deleted"
        except OSError as e:
            return f"database {self.path} cannot be read: {e.strerror or e}"
        ours = os.fstat(self._fd)
        if (now.st_dev, now.st_ino) != (ours.st_dev, ours.st_ino):
            return f"database {self.path} was replaced by another file"
        return None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor releases the flock
