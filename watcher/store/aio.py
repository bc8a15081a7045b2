"""`AsyncStore`: the store on one dedicated thread, for the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from watcher.store.sqlite import Store

P = ParamSpec("P")
T = TypeVar("T")


class AsyncStore:
    """Runs every Store call on one dedicated thread: the single writer.

    The event loop never blocks on SQLite, and all writes are serialised through
    the one connection.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._path = Path(path)
        self._readonly = readonly
        self._store: Store | None = None

    async def open(self) -> AsyncStore:
        self._store = await self._run(Store, self._path, readonly=self._readonly)
        return self

    async def _run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `method` (an unbound Store method, e.g. Store.unseen) on the writer thread."""
        assert self._store is not None, "store not opened"
        store = self._store
        return await self._run(lambda: method(store, *args, **kwargs))

    async def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            await self._run(store.close)
        self._executor.shutdown(wait=True)
