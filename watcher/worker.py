"""CPU work off the event loop: parsing and classification in worker processes.

Workers are separate processes so that a parser crash or a memory blow-up on a
hostile feed (RLIMIT_AS turns it into a MemoryError) cannot take the daemon down.
Each worker builds the classification rules once, in its initializer. The functions
here run *in the worker*; `WorkerPool` is the daemon-side handle.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .dedup.records import Classified
from .models import Entry, ParsedFeed

if TYPE_CHECKING:
    from .classify.rules import Rules
    from .config import ClassificationConfig

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RulesSpec:
    """What a worker needs to build the classification rules (plain, picklable data)."""

    pattern_files: tuple[Path, ...] = ()
    replace_defaults: bool = False
    min_score: float = 0.5
    categories: tuple[str, ...] | None = None
    watch_people: tuple[str, ...] = ()
    watch_orgs: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, cc: ClassificationConfig) -> RulesSpec:
        return cls(
            pattern_files=cc.pattern_files,
            replace_defaults=cc.replace_defaults,
            min_score=cc.min_score,
            categories=cc.categories,
            watch_people=cc.watch_people,
            watch_orgs=cc.watch_orgs,
        )

    def build(self) -> Rules:
        from . import classify

        return classify.load_rules(
            self.pattern_files,
            watch_people=self.watch_people,
            watch_orgs=self.watch_orgs,
            min_score=self.min_score,
            categories=self.categories,
            replace_defaults=self.replace_defaults,
        )


_rules: Rules | None = None


def use_rules(rules: Rules) -> None:
    """Classify with these rules in this process (the offline tools run the worker's jobs
    in-process; a pool worker builds its own in its initializer)."""
    global _rules
    _rules = rules


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the daemon dies, even by SIGKILL."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own EOF handling remains
        pass


def _init_worker(max_memory: int, spec: RulesSpec) -> None:
    global _rules
    import signal

    from . import parse

    _die_with_parent()
    # Ctrl-C reaches the whole process group; the daemon decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    _rules = spec.build()
    parse.init_parse_worker(max_memory)


def parse_job(
    body: bytes, feed_id: str, url: str, content_type: str | None, limit: int
) -> ParsedFeed:
    from . import parse

    return parse.parse_feed(
        body, feed_id=feed_id, url=url, content_type=content_type, max_entries=limit
    )


def classify_job(entries: Sequence[Entry]) -> list[Classified]:
    from . import classify
    from .dedup.fingerprint import story_fingerprint
    from .dedup.signature import event_signature

    out = []
    for e in entries:
        analysis = classify.analyse(e.title, e.text, rules=_rules, lang_hint=e.lang)
        matches = classify.matches_from(analysis)
        if not matches:
            out.append(Classified(matches))
            continue
        signature = event_signature(analysis, title=e.title, text=e.text, rules=_rules)
        out.append(Classified(matches, signature, story_fingerprint(e.title, e.text)))
    return out


def ready() -> bool:
    """A job that does nothing: once it returns, the worker has started and built its rules."""
    return True


@dataclass
class WorkerPool:
    """A process pool that replaces itself when a worker dies."""

    spec: RulesSpec
    workers: int = 1
    max_memory: int = 1 << 30
    _pool: ProcessPoolExecutor | None = field(default=None, init=False)

    def _make(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.max_memory, self.spec),
        )

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run `fn(*args)` in a worker; past `timeout` the workers are killed and replaced
        (a parse that never ends must not hold the pool for every other feed)."""
        if self._pool is None:
            self._pool = self._make()
        pool = self._pool
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(pool, fn, *args), timeout)
        except TimeoutError:
            self._replace(pool, kill=True)
            raise
        except BrokenProcessPool:
            # The worker died (killed, crashed): start a fresh pool for the next job.
            self._replace(pool, kill=False)
            raise

    async def warm(self) -> None:
        """Start the workers now, so the first poll does not wait for a process to spawn
        and compile the rules (a second or more on a busy machine)."""
        await self.run(ready)

    def _replace(self, pool: ProcessPoolExecutor, *, kill: bool) -> None:
        if kill:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        if self._pool is pool:
            self._pool = None

    def kill(self) -> None:
        """Kill the workers at once (for an immediate exit)."""
        if self._pool is not None:
            self._replace(self._pool, kill=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
