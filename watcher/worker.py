"""CPU work off the event loop: parsing and classification in worker processes.

Workers are separate processes so that a parser crash or a memory blow-up on a
hostile feed (RLIMIT_AS turns it into a MemoryError) cannot take the daemon down.
Each worker builds the classification rules once, in its initializer. The functions
here run *in the worker*; `WorkerPool` is the daemon-side handle.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .dedup.records import Classified
from .models import Entry, ParsedFeed

if TYPE_CHECKING:
    from .classify.rules import Rules
    from .config import ClassificationConfig

T = TypeVar("T")
log = logging.getLogger(__name__)


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


def default_workers() -> int:
    """One worker per CPU this process may use (at least one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class WorkerPool:
    """`workers` worker processes, each running one job at a time.

    A job waits (in the event loop, not in an executor's queue) until a worker is idle,
    so its time limit counts from when it starts, never from when it was queued. A job
    that runs past its limit, is cancelled or kills its worker costs only that worker:
    it is killed and replaced by a fresh one (started and warmed in the background
    before it takes a job), while the other workers go on.
    """

    def __init__(
        self,
        spec: RulesSpec,
        workers: int = 1,
        max_memory: int = 1 << 30,
        warm_timeout: float = 120.0,
    ) -> None:
        self.spec = spec
        self.workers = max(1, workers)
        self.max_memory = max_memory
        self.warm_timeout = warm_timeout
        self.replaced = 0
        self._idle: asyncio.Queue[ProcessPoolExecutor] | None = None
        self._live: set[ProcessPoolExecutor] = set()
        self._starting: set[asyncio.Task[None]] = set()

    def _make(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.max_memory, self.spec),
        )
        self._live.add(executor)
        return executor

    async def _start_one(self, idle: asyncio.Queue[ProcessPoolExecutor]) -> None:
        """Start a worker and hand it out once it has built its rules; a worker that
        fails to start is tried again, backing off (at most ten times, about ten minutes)."""
        loop = asyncio.get_running_loop()
        for attempt in range(10):
            executor = self._make()
            try:
                await asyncio.wait_for(loop.run_in_executor(executor, ready), self.warm_timeout)
            except asyncio.CancelledError:
                self._live.discard(executor)
                _kill(executor)
                raise
            except Exception as e:
                self._live.discard(executor)
                _kill(executor)
                log.error("a worker failed to start (%s); trying again", type(e).__name__)
                await asyncio.sleep(min(120.0, 2.0**attempt))
                continue
            idle.put_nowait(executor)
            return
        log.critical("a worker could not be started; the pool runs one short")

    def _queue(self) -> asyncio.Queue[ProcessPoolExecutor]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.workers):
                self._spawn(self._idle)
        return self._idle

    def _spawn(self, idle: asyncio.Queue[ProcessPoolExecutor]) -> None:
        task = asyncio.create_task(self._start_one(idle), name="worker-start")
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run `fn(*args)` in an idle worker, within `timeout` seconds from its start.

        Raises TimeoutError past the limit, BrokenProcessPool if the worker died, or what
        `fn` raised; in the first two cases the worker has been replaced."""
        idle = self._queue()
        executor = await idle.get()
        loop = asyncio.get_running_loop()
        keep = False
        try:
            result = await asyncio.wait_for(loop.run_in_executor(executor, fn, *args), timeout)
            keep = True
            return result
        except (TimeoutError, BrokenProcessPool, asyncio.CancelledError):
            raise
        except BaseException:
            keep = True  # the job failed; the worker is fine
            raise
        finally:
            if keep and executor in self._live:
                idle.put_nowait(executor)
            else:
                self._retire(executor)
                if self._idle is idle:
                    self._spawn(idle)

    def _retire(self, executor: ProcessPoolExecutor) -> None:
        self.replaced += 1
        self._live.discard(executor)
        _kill(executor)

    async def warm(self) -> None:
        """Start every worker now, so the first polls do not wait for processes to spawn
        and compile the rules (a second or more each on a busy machine)."""
        idle = self._queue()
        await asyncio.gather(*list(self._starting))
        if idle.empty():
            raise RuntimeError("no worker process could be started")

    def kill(self) -> None:
        """Kill every worker at once (an immediate exit, or the end of a drain)."""
        for task in list(self._starting):
            task.cancel()
        for executor in list(self._live):
            _kill(executor)
        self._live.clear()
        self._idle = None

    def close(self) -> None:
        """Stop the workers without waiting for a job still running (the drain is over)."""
        executors = list(self._live)
        self.kill()
        for executor in executors:
            executor.shutdown(wait=True, cancel_futures=True)


def _kill(executor: ProcessPoolExecutor) -> None:
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
