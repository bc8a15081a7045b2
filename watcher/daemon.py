"""The composition root: wires config, scheduler, stages and sinks, and runs them.

One poll of one feed is `watcher.poller`; the sinks are built by `watcher.wiring`.

The event loop never blocks: parsing and classification run in a worker process,
SQLite on the store's own thread. SIGTERM/SIGINT set `stop`: scheduling stops,
in-flight polls and sends get `drain_timeout` to finish, sinks say `offline`, the
database is closed.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from . import ingest, systemd
from .config import Config
from .deliver import Deliverer, RetryPolicy
from .errors import ConfigError, FetchError
from .fetch import Fetcher
from .models import Feed
from .poller import Poller
from .sinks.base import Sink
from .ssrf_guard import check_url
from .store import AsyncStore, Store
from .systemd import systemd_notify
from .wiring import build_sinks, unsafe_urls
from .worker import RulesSpec, WorkerPool

__all__ = ["Daemon", "build_sinks", "unsafe_urls"]

log = logging.getLogger(__name__)


class Daemon:
    """Everything that runs, wired together from one Config."""

    def __init__(
        self,
        config: Config,
        *,
        extra_sinks: Sequence[Sink] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.clock = clock
        self.feeds = {f.id: f for f in config.feed_records()}
        self.sinks = build_sinks(config) + list(extra_sinks)
        self.routes = [
            ingest.Route(s.name, s.categories, s.min_score, s.updates) for s in config.sinks
        ]
        self.routes += [ingest.Route(s.name, config.classification.categories) for s in extra_sinks]
        self.window = timedelta(days=config.dedup.window_days)
        self.pool = WorkerPool(RulesSpec.from_config(config.classification))
        d = config.delivery
        self.policy = RetryPolicy(d.max_attempts, d.base_delay, d.max_delay)
        self.store: AsyncStore | None = None
        self.fetcher: Fetcher | None = None
        self.deliverer: Deliverer | None = None
        self.started = asyncio.Event()
        self.poller: Poller | None = None
        self._inflight: set[asyncio.Task[None]] = set()
        self._polling: set[str] = set()
        self._scheduler: AsyncIOScheduler | None = None

    # What /health and /metrics read (counted by the poller).
    @property
    def polls(self) -> int:
        return self.poller.polls if self.poller else 0

    @polls.setter
    def polls(self, value: int) -> None:
        if self.poller:
            self.poller.polls = value

    @property
    def poll_errors(self) -> int:
        return self.poller.poll_errors if self.poller else 0

    @poll_errors.setter
    def poll_errors(self, value: int) -> None:
        if self.poller:
            self.poller.poll_errors = value

    # -- lifecycle ---------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Run until `stop` is set, then shut down in order within the drain bound."""
        cfg = self.config
        bad_sinks = [f"{where}: {why}" for where, why in unsafe_urls(cfg) if "sinks" in where]
        if bad_sinks:
            raise ConfigError("webhook URL refused", bad_sinks)
        for feed in list(self.feeds.values()):
            try:
                check_url(feed.url, cfg.polling.allow_private)
            except FetchError as e:
                log.error("feed %s skipped: %s", feed.id, e.reason)
                del self.feeds[feed.id]
        async with AsyncExitStack() as stack:
            self.store = store = await AsyncStore(cfg.database.path).open()
            stack.push_async_callback(store.close)
            for feed in self.feeds.values():
                await store.call(Store.ensure_feed, feed.id, feed.url, feed.title)
            stack.push_async_callback(asyncio.to_thread, self.pool.close)
            await self.pool.warm()
            self.fetcher = await stack.enter_async_context(
                Fetcher(
                    user_agent=cfg.polling.user_agent,
                    timeout=cfg.polling.timeout,
                    max_body=cfg.polling.max_body,
                    concurrency=cfg.polling.concurrency,
                    per_host=cfg.polling.per_host,
                    allow_private=cfg.polling.allow_private,
                )
            )
            for sink in self.sinks:
                await sink.start()
                stack.push_async_callback(sink.stop)
            self.deliverer = Deliverer(store, self.sinks, self.policy, clock=self.clock)
            self.poller = Poller(
                cfg,
                self.pool,
                store,
                self.fetcher,
                self.routes,
                self.window,
                clock=self.clock,
                notify=self.deliverer.notify,
                reschedule=self._reschedule,
            )
            deliver_stop = asyncio.Event()
            deliver_task = asyncio.create_task(self.deliverer.run(deliver_stop), name="deliver")
            if cfg.web.enabled:
                from .web import serve

                await stack.enter_async_context(
                    serve(self, cfg.database.path, cfg.web.host, cfg.web.port)
                )
            await self._schedule(store)
            watchdog = asyncio.create_task(systemd.watchdog(stop), name="watchdog")
            self.started.set()
            systemd_notify("READY=1")
            log.info("watcher running: %d feeds, %d sinks", len(self.feeds), len(self.sinks))

            await stop.wait()

            systemd_notify("STOPPING=1")
            log.info("stopping: draining in-flight work (at most %gs)", cfg.delivery.drain_timeout)
            deadline = time.monotonic() + cfg.delivery.drain_timeout
            if self._scheduler is not None:
                self._scheduler.shutdown(wait=False)
            if self._inflight:
                await asyncio.wait(set(self._inflight), timeout=cfg.delivery.drain_timeout)
            deliver_stop.set()
            try:
                await asyncio.wait_for(deliver_task, max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                log.warning("stopping: delivery did not finish in time; pending rows stay queued")
            for task in (*self._inflight, watchdog):
                task.cancel()
            await asyncio.gather(*self._inflight, watchdog, return_exceptions=True)
        log.info("watcher stopped")

    async def _schedule(self, store: AsyncStore) -> None:
        """One interval job per feed; first polls spread so a restart doesn't stampede."""
        polling = self.config.polling
        scheduler = AsyncIOScheduler(timezone=UTC)
        now = self.clock()
        for feed in self.feeds.values():
            state = await store.call(Store.feed_state, feed.id)
            first = now + random.uniform(0, min(polling.startup_spread, feed.interval))
            if state is not None and state.next_poll_at is not None:
                # Keep a backoff or a schedule from before the restart, but never wait
                # longer than one interval.
                first = max(first, min(state.next_poll_at.timestamp(), now + feed.interval))
            scheduler.add_job(
                self._poll_job,
                IntervalTrigger(seconds=feed.interval, jitter=feed.interval * polling.jitter),
                args=[feed.id],
                id=feed.id,
                name=f"poll {feed.id}",
                next_run_time=datetime.fromtimestamp(first, UTC),
                max_instances=1,
                coalesce=True,
                misfire_grace_time=int(max(1, feed.interval)),
            )
        scheduler.start()
        self._scheduler = scheduler

    async def _poll_job(self, feed_id: str) -> None:
        """The scheduler's job: start a poll as a task the daemon owns.

        The scheduler's executor cancels its own tasks when it shuts down; polls run
        as our tasks instead, so a stop lets them finish within the drain bound.
        At most one poll per feed runs at a time.
        """
        if feed_id in self._polling:
            log.debug("feed %s: previous poll still running; skipped", feed_id)
            return
        task = asyncio.create_task(self._guarded_poll(feed_id), name=f"poll-{feed_id}")
        self._polling.add(feed_id)
        self._inflight.add(task)
        task.add_done_callback(self._inflight.discard)

    async def _guarded_poll(self, feed_id: str) -> None:
        try:
            assert self.poller is not None
            await self.poller.poll(self.feeds[feed_id])
        except Exception:  # a bug in one poll must never stop the scheduler
            log.exception("feed %s: unexpected error while polling", feed_id)
        finally:
            self._polling.discard(feed_id)

    def _reschedule(self, feed: Feed, at: float) -> None:
        if self._scheduler is not None and self._scheduler.get_job(feed.id) is not None:
            self._scheduler.modify_job(feed.id, next_run_time=datetime.fromtimestamp(at, UTC))

    # -- one poll ----------------------------------------------------------------------
