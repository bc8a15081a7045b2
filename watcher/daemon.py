"""The composition root: wires config, scheduler, stages and sinks, and runs them.

One poll of one feed is `watcher.poller`, when it runs is `watcher.schedule` (on the
monotonic clock), and the sinks are built by `watcher.wiring`.

    lock the database file (one daemon per database) → open the store → start the
    workers, the fetcher, the sinks, the deliverer, the web endpoint → schedule feeds
    ... until `stop` ...
    stop scheduling → in-flight polls and sends get `drain_timeout` → kill the workers
    → sinks say `offline` → close the store → release the lock

The event loop never blocks: parsing and classification run in worker processes,
SQLite on the store's own thread. SIGTERM/SIGINT set `stop`; SIGHUP calls `reload_from`.
A database file deleted or replaced under the daemon sets `stop` too, with no drain,
and `run` then raises StoreError.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from . import ingest, systemd
from .config import Config
from .config_load import load_config
from .deliver import Deliverer, RetryPolicy
from .errors import ConfigError, FetchError, StoreError, WatcherError
from .fetch import Fetcher
from .housekeeping import Housekeeping
from .metrics import Metrics
from .models import Feed
from .poller import Poller
from .redact import feed_name
from .schedule import Scheduler
from .sinks.base import Sink
from .ssrf_guard import check_url
from .store import AsyncStore, Store
from .store.lock import DatabaseLock
from .systemd import systemd_notify
from .welcome import first_poll_line, report_brokers, web_line
from .wiring import build_sinks, unsafe_urls
from .worker import RulesSpec, WorkerPool, default_workers

__all__ = ["Daemon", "build_sinks", "unsafe_urls"]

log = logging.getLogger(__name__)

DB_CHECK_INTERVAL = 1.0  # seconds between checks that the database file is still ours
_FIXED_POLLING = (  # settings of the fetcher and the worker pool, built once at start
    "workers",
    "concurrency",
    "per_host",
    "timeout",
    "max_body",
    "user_agent",
    "allow_private_networks",
    "allowed_networks",
)


class Daemon:
    """Everything that runs, wired together from one Config."""

    def __init__(
        self,
        config: Config,
        *,
        extra_sinks: Sequence[Sink] = (),
        clock: Callable[[], float] = time.time,
        delivery_clock: Callable[[], float] | None = None,
    ) -> None:
        self.config = config
        self.clock = clock  # wall time: only for what is stored or shown as a date
        self.feeds = {f.id: f for f in config.feed_records()}
        self.extra_sinks = list(extra_sinks)
        self.sinks = build_sinks(config) + self.extra_sinks
        self.routes = _routes(config, self.extra_sinks)
        self.window = timedelta(days=config.dedup.window_days)
        polling = config.polling
        self.pool = WorkerPool(
            RulesSpec.from_config(config.classification),
            workers=polling.workers or default_workers(),
        )
        d = config.delivery
        self.policy = RetryPolicy(
            d.max_attempts, d.base_delay, d.max_delay, d.retry_horizon, d.requeue_on_recovery
        )
        self.policies = {
            s.name: replace(
                self.policy,
                horizon=s.retry_horizon or d.retry_horizon,
                requeue_on_recovery=d.requeue_on_recovery
                if s.requeue_on_recovery is None
                else s.requeue_on_recovery,
            )
            for s in config.sinks
        }
        self.delivery_clock = delivery_clock  # monotonic unless a test steps it
        self.metrics = Metrics()
        self.store: AsyncStore | None = None
        self.fetcher: Fetcher | None = None
        self.deliverer: Deliverer | None = None
        self.started = asyncio.Event()
        self.poller: Poller | None = None
        self.housekeeping: Housekeeping | None = None
        self.scheduler = Scheduler(self._guarded_poll, jitter=polling.jitter)
        self._inflight = self.scheduler.inflight
        self.lock = DatabaseLock(config.database.path)
        self.fatal: str | None = None  # why the daemon stopped itself
        self._stack: AsyncExitStack | None = None
        self._deliver_stop = asyncio.Event()
        self._deliver_task: asyncio.Task[None] | None = None

    # What /health and /metrics read (counted by the poller).
    @property
    def polls(self) -> int:
        return self.poller.polls if self.poller else 0

    @polls.setter
    def polls(self, value: int) -> None:
        if self.poller:
            self.poller.polls = value

    @property
    def scheduling(self) -> bool:
        """Whether feeds are being scheduled (for /readyz): from start until shutdown."""
        return self.started.is_set() and not self.scheduler.stopped

    @property
    def poll_errors(self) -> int:
        return self.poller.poll_errors if self.poller else 0

    @poll_errors.setter
    def poll_errors(self, value: int) -> None:
        if self.poller:
            self.poller.poll_errors = value

    # -- lifecycle ---------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Run until `stop` is set, then shut down in order within the drain bound.

        Raises StoreError if the database is locked by another daemon, or if it went
        missing or was replaced while running (after stopping without writing to it)."""
        cfg = self.config
        bad_sinks = [f"{where}: {why}" for where, why in unsafe_urls(cfg) if "sinks" in where]
        if bad_sinks:
            raise ConfigError("webhook URL refused", bad_sinks)
        self.feeds = self._allowed(self.feeds)
        async with AsyncExitStack() as stack:
            self._stack = stack
            self.lock.acquire()
            stack.callback(self.lock.release)
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
            self.poller = Poller(
                cfg,
                self.pool,
                store,
                self.fetcher,
                self.routes,
                self.window,
                clock=self.clock,
                notify=self._notify,
                metrics=self.metrics,
            )
            self._start_delivery()
            if cfg.retention.enabled:
                self.housekeeping = Housekeeping(store, cfg.retention, clock=self.clock)
                self.housekeeping.start()
                stack.callback(self.housekeeping.stop)
            if cfg.web.enabled:
                from .health import Limits
                from .web import serve

                token = cfg.web.token.get_secret_value() if cfg.web.token else None
                limits = Limits(cfg.web.sink_failing_after, cfg.web.stale_after_polls)
                await stack.enter_async_context(
                    serve(
                        self,
                        cfg.database.path,
                        cfg.web.host,
                        cfg.web.port,
                        request_timeout=cfg.web.request_timeout,
                        max_connections=cfg.web.max_connections,
                        token=token,
                        limits=limits,
                    )
                )
            new_feeds, soonest, soonest_delay = 0, None, float("inf")
            for feed in self.feeds.values():
                state = await store.call(Store.feed_state, feed.id)
                new_feeds += state is None or state.first_polled_at is None
                delay = await self._first_delay(feed)
                if delay < soonest_delay:
                    soonest, soonest_delay = feed, delay
                self.scheduler.add(feed.id, delay)
            helpers = [
                asyncio.create_task(systemd.watchdog(stop), name="watchdog"),
                asyncio.create_task(self._watch_database(stop), name="database-check"),
                asyncio.create_task(report_brokers(cfg, self.sinks), name="report-brokers"),
            ]
            self.started.set()
            systemd_notify("READY=1")
            log.info(
                "watcher running: %d feeds, %d sinks, %d workers",
                len(self.feeds),
                len(self.sinks),
                self.pool.workers,
            )
            log.info("%s", web_line(cfg))
            at = time.time() + soonest_delay if soonest is not None else 0.0
            log.info("%s", first_poll_line(cfg, new_feeds, soonest, at))

            await stop.wait()

            systemd_notify("STOPPING=1")
            drain = 0.0 if self.fatal else cfg.delivery.drain_timeout
            log.info("stopping: draining in-flight work (at most %gs)", drain)
            deadline = time.monotonic() + drain
            await self.scheduler.stop()
            if self._inflight and drain > 0:
                await asyncio.wait(set(self._inflight), timeout=drain)
            await self._stop_delivery(max(0.1, deadline - time.monotonic()))
            # What still runs is cut: a job in a worker dies with its worker.
            self.pool.kill()
            for task in (*self._inflight, *helpers):
                task.cancel()
            await asyncio.gather(*self._inflight, *helpers, return_exceptions=True)
        if self.fatal:
            log.error("watcher stopped: %s", self.fatal)
            raise StoreError(self.fatal)
        log.info("watcher stopped")

    def _notify(self) -> None:
        if self.deliverer is not None:
            self.deliverer.notify()

    def _start_delivery(self) -> None:
        assert self.store is not None
        self.deliverer = Deliverer(
            self.store,
            self.sinks,
            self.policy,
            policies=self.policies,
            clock=self.delivery_clock,
            events=self.metrics,
        )
        self._deliver_stop = asyncio.Event()
        self._deliver_task = asyncio.create_task(
            self.deliverer.run(self._deliver_stop), name="deliver"
        )

    async def _stop_delivery(self, timeout: float) -> None:
        """Let the sends in flight finish (within `timeout`); pending rows stay queued."""
        self._deliver_stop.set()
        if self._deliver_task is None:
            return
        try:
            await asyncio.wait_for(self._deliver_task, timeout)
        except TimeoutError:
            log.warning("delivery did not finish in time; pending rows stay queued")

    def _allowed(self, feeds: dict[str, Feed]) -> dict[str, Feed]:
        """The feeds the SSRF guard lets through; the others are logged and skipped."""
        allowed = {}
        for feed in feeds.values():
            try:
                check_url(feed.url, self.config.polling.allow_private)
            except FetchError as e:
                log.error("feed %s skipped: %s", feed_name(feed), e.reason)
                continue
            allowed[feed.id] = feed
        return allowed

    async def _first_delay(self, feed: Feed) -> float:
        """Seconds until a feed's first poll: spread so that a restart doesn't stampede,
        keeping a backoff from before the restart, but never longer than one interval."""
        assert self.store is not None
        polling = self.config.polling
        delay = random.uniform(0, min(polling.startup_spread, feed.interval))
        state = await self.store.call(Store.feed_state, feed.id)
        if state is not None and state.next_poll_at is not None:
            due = state.next_poll_at.timestamp() - self.clock()  # stored as a date
            delay = max(delay, min(due, feed.interval))
        return delay

    async def _guarded_poll(self, feed_id: str) -> float:
        """The scheduler's job; returns the seconds until the feed's next poll."""
        feed = self.feeds.get(feed_id)
        if feed is None or self.poller is None:
            return self.config.polling.interval
        try:
            return await self.poller.poll(feed)
        except Exception:  # the poller counts its failures; this is the last net
            log.exception("feed %s: unexpected error while polling", feed_id)
            return feed.interval

    async def _watch_database(self, stop: asyncio.Event) -> None:
        """Stop the daemon, with an error, once the database file is not ours any more."""
        while not stop.is_set():
            await asyncio.sleep(DB_CHECK_INTERVAL)
            problem = await asyncio.to_thread(self.lock.problem)
            if problem is not None:
                self.fatal = f"{problem} while running; stopped to write nothing more"
                log.error("%s", self.fatal)
                stop.set()
                return

    # -- reload (SIGHUP) ---------------------------------------------------------------

    async def reload(self, config: Config) -> None:
        """Apply a new configuration while running: feeds added, changed or removed.

        A new feed's first poll records what it holds without alerting, as at start.
        Sinks added, changed or removed take effect for alerts written from now on.
        Settings that need new processes (database, classification, web, delivery,
        dedup) are kept and logged as waiting for a restart."""
        if self.store is None or self.poller is None:
            log.warning("reload: not running yet; ignored")
            return
        old = self.config
        if config.database.path.resolve() != old.database.path.resolve():
            log.error("reload: the database path cannot change while running; kept")
            config = config.model_copy(update={"database": old.database})
        waiting = [
            name
            for name in ("classification", "web", "delivery", "dedup")
            if getattr(config, name) != getattr(old, name)
        ]
        # the fetcher and the workers are built once: their settings wait too
        fixed = [
            name
            for name in _FIXED_POLLING
            if getattr(config.polling, name) != getattr(old.polling, name)
        ]
        if fixed:
            polling = config.polling.model_copy(
                update={name: getattr(old.polling, name) for name in fixed}
            )
            config = config.model_copy(update={"polling": polling})
            waiting += [f"polling.{name}" for name in fixed]
        if waiting:
            log.warning("reload: changes to %s take effect at the next restart", ", ".join(waiting))
            config = config.model_copy(
                update={name: getattr(old, name) for name in waiting if "." not in name}
            )
        if config.sinks != old.sinks:
            bad = [f"{where}: {why}" for where, why in unsafe_urls(config) if "sinks" in where]
            if bad:
                log.error("reload: sinks kept, a webhook URL is refused: %s", "; ".join(bad))
                config = config.model_copy(update={"sinks": old.sinks})
            else:
                await self._replace_sinks(old, config)
        self.config = config
        self.poller.config = config
        self.scheduler.jitter = config.polling.jitter
        feeds = self._allowed({f.id: f for f in config.feed_records()})
        removed = [fid for fid in self.feeds if fid not in feeds]
        added = [fid for fid in feeds if fid not in self.feeds]
        changed = [fid for fid in feeds if fid in self.feeds and feeds[fid] != self.feeds[fid]]
        for fid in removed:
            self.scheduler.remove(fid)
        for fid in changed:
            await self.store.call(Store.update_feed, fid, feeds[fid].url, feeds[fid].title)
        for fid in added:
            await self.store.call(Store.ensure_feed, fid, feeds[fid].url, feeds[fid].title)
        self.feeds = feeds
        for fid in added:
            self.scheduler.add(fid, await self._first_delay(feeds[fid]))
        log.info(
            "configuration reloaded: %d feeds added, %d changed, %d removed",
            len(added),
            len(changed),
            len(removed),
        )

    async def _replace_sinks(self, old: Config, new: Config) -> None:
        """Sinks added, changed or removed: delivery pauses (sends in flight finish),
        changed and removed sinks stop, new ones start. Rows already queued stay with
        their sink; only alerts written from now on are routed to the new set."""
        before = {s.name: s for s in old.sinks}
        after = {s.name: s for s in new.sinks}
        same = {name for name, sc in after.items() if before.get(name) == sc}
        await self._stop_delivery(new.delivery.drain_timeout)
        kept: list[Sink] = []
        gone: list[Sink] = []
        for sink in self.sinks:
            (kept if sink.name in same or sink in self.extra_sinks else gone).append(sink)
        for sink in gone:
            await sink.stop()
        fresh = build_sinks(
            new.model_copy(update={"sinks": tuple(sc for sc in new.sinks if sc.name not in same)})
        )
        for sink in fresh:
            await sink.start()
            if self._stack is not None:
                self._stack.push_async_callback(sink.stop)
        self.sinks = kept + fresh
        self.routes = _routes(new, self.extra_sinks)
        if self.poller is not None:
            self.poller.routes = self.routes
        self._start_delivery()
        log.info(
            "sinks reloaded: %d added or changed, %d removed or changed",
            len(fresh),
            len(gone),
        )

    async def reload_from(self, path: str | Path) -> None:
        """SIGHUP: read the configuration file again and apply it; a bad file is logged
        in one line and the running configuration kept."""
        try:
            config = await asyncio.to_thread(load_config, path)
            await self.reload(config)
        except WatcherError as e:
            log.error("reload refused, configuration kept: %s", e)


def _routes(config: Config, extra_sinks: Sequence[Sink]) -> list[ingest.Route]:
    routes = [ingest.Route(s.name, s.categories, s.min_score, s.updates) for s in config.sinks]
    routes += [ingest.Route(s.name, config.classification.categories) for s in extra_sinks]
    return routes
