"""The composition root: wires config, scheduler, stages and sinks, and runs them.

One poll of one feed, as the scheduler runs it:

    state   = store.feed_state(feed)                      # URL, ETag, Last-Modified
    result  = fetch(state.url, etag, last_modified)       # FetchError → backoff, retry later
    if 304: record the poll, done
    parsed  = parse(result.body)            [worker]      # ParseError → backoff, retry later
    new     = store.unseen(parsed.entries)                # by (feed, guid) and canonical URL
    alertable = new if the feed was polled before, minus entries older than max_age
    found   = classify(alertable)           [worker]      # matches + event signature
    alerts  = store.run(ingest.record_poll)               # one transaction: entries,
                                                          # events, alerts, outbox rows
    deliverer.notify()                                    # the outbox does the rest

The event loop never blocks: parsing and classification run in a worker process,
SQLite on the store's own thread. SIGTERM/SIGINT set `stop`: scheduling stops,
in-flight polls and sends get `drain_timeout` to finish, sinks say `offline`, the
database is closed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import time
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from . import ingest
from .config import Config, MqttSinkConfig, WebhookSinkConfig
from .deliver import Deliverer, RetryPolicy
from .errors import ConfigError, FetchError, ParseError, StoreError
from .fetch import Fetcher, check_resolved, check_url, next_interval
from .metrics import Metrics
from .models import Entry, Feed, ParsedFeed
from .redact import redact_url
from .sinks.base import Sink
from .sinks.mqtt import MqttSink
from .sinks.webhook import WebhookSink
from .store import AsyncStore, Store
from .worker import Classified, RulesSpec, WorkerPool, classify_job, parse_job

log = logging.getLogger(__name__)


def build_sinks(config: Config) -> list[Sink]:
    """Sink objects for the configured sinks (secrets are unwrapped only here)."""
    sinks: list[Sink] = []
    for sc in config.sinks:
        if isinstance(sc, MqttSinkConfig):
            sinks.append(
                MqttSink(
                    sc.name,
                    host=sc.host,
                    port=sc.port,
                    topic_prefix=sc.topic_prefix,
                    qos=sc.qos,
                    client_id=sc.client_id,
                    username=sc.username,
                    password=sc.password.get_secret_value() if sc.password else None,
                    tls=sc.tls,
                    ca_file=str(sc.ca_file) if sc.ca_file else None,
                    keepalive=sc.keepalive,
                    publish_timeout=config.delivery.request_timeout,
                )
            )
        elif isinstance(sc, WebhookSinkConfig):
            secrets = tuple(sc.secret.get_secret_value().split()) if sc.secret else ()
            sinks.append(
                WebhookSink(
                    sc.name,
                    url=sc.url.get_secret_value(),
                    format=sc.format,
                    secrets=secrets,
                    timeout=config.delivery.request_timeout,
                    rate=sc.rate,
                    burst=sc.burst,
                    digest_after=sc.digest_threshold,
                    user_agent=config.polling.user_agent,
                    allow_private=config.polling.allow_private,
                )
            )
    return sinks


def unsafe_urls(config: Config, *, resolve: bool = False) -> list[tuple[str, str]]:
    """(location, reason) for each feed or webhook URL the SSRF guard refuses.

    Loopback, private, link-local and other non-public addresses (odd IP spellings
    included) are refused unless `polling.allow_private_networks` is set or
    `polling.allowed_networks` lists them. With `resolve` (`watcher check`), webhook
    host names are looked up too, as the sink does when it connects.
    """
    allow = config.polling.allow_private
    found = []
    for i, feed in enumerate(config.feeds):
        try:
            check_url(feed.url, allow)
        except FetchError as e:
            found.append((f"feeds[{i}].url", e.reason))
    for i, sink in enumerate(config.sinks):
        if isinstance(sink, WebhookSinkConfig):
            try:
                (check_resolved if resolve else check_url)(sink.url.get_secret_value(), allow)
            except FetchError as e:
                found.append(
                    (f"sinks[{i}].url", e.reason.replace(sink.url.get_secret_value(), "…"))
                )
    return found


def systemd_notify(message: str) -> None:
    """Tell systemd (Type=notify) how we are doing; a no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as e:
        log.warning("systemd notify failed: %s", e)


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
        self.delivery_clock = delivery_clock
        self.metrics = Metrics()
        self.store: AsyncStore | None = None
        self.fetcher: Fetcher | None = None
        self.deliverer: Deliverer | None = None
        self.started = asyncio.Event()
        self.polls = 0
        self.poll_errors = 0
        self._inflight: set[asyncio.Task[None]] = set()
        self._polling: set[str] = set()
        self._scheduler: AsyncIOScheduler | None = None

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
            self.deliverer = Deliverer(
                store,
                self.sinks,
                self.policy,
                policies=self.policies,
                clock=self.delivery_clock,
                events=self.metrics,
            )
            deliver_stop = asyncio.Event()
            deliver_task = asyncio.create_task(self.deliverer.run(deliver_stop), name="deliver")
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
                        token=token,
                        limits=limits,
                    )
                )
            await self._schedule(store)
            watchdog = asyncio.create_task(self._watchdog(stop), name="watchdog")
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

    async def _watchdog(self, stop: asyncio.Event) -> None:
        usec = os.environ.get("WATCHDOG_USEC")
        if not usec or not usec.isdigit():
            return
        period = int(usec) / 1e6 / 2
        while not stop.is_set():
            systemd_notify("WATCHDOG=1")
            await asyncio.sleep(period)

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
            await self.poll(self.feeds[feed_id])
        except Exception:  # a bug in one poll must never stop the scheduler
            self.metrics.poll("error")
            log.exception("feed %s: unexpected error while polling", feed_id)
        finally:
            self._polling.discard(feed_id)

    @property
    def scheduling(self) -> bool:
        """Whether the scheduler is running (for /readyz)."""
        return self._scheduler is not None and bool(self._scheduler.running)

    def _reschedule(self, feed: Feed, at: float) -> None:
        if self._scheduler is not None and self._scheduler.get_job(feed.id) is not None:
            self._scheduler.modify_job(feed.id, next_run_time=datetime.fromtimestamp(at, UTC))

    # -- one poll ----------------------------------------------------------------------

    async def poll(self, feed: Feed) -> int:
        """Poll one feed now; returns the number of alerts it produced."""
        assert self.store is not None and self.fetcher is not None
        store = self.store
        state = await store.call(Store.feed_state, feed.id)
        if state is None:
            state = await store.call(Store.ensure_feed, feed.id, feed.url, feed.title)
        self.polls += 1
        try:
            started = time.perf_counter()
            result = await self.fetcher.fetch(
                state.url,
                etag=state.etag,
                last_modified=state.last_modified,
                extra_headers=feed.headers,
            )
            self.metrics.fetch_seconds.observe(time.perf_counter() - started)
            parsed = None
            if not result.not_modified:
                assert result.body is not None
                parsed = await self._parse(feed, result.body, result.url, result.content_type)
        except (FetchError, ParseError) as e:
            retry_after = e.retry_after if isinstance(e, FetchError) else None
            self.metrics.poll("error")
            await self._failed(feed, str(e), retry_after)
            return 0
        now = self.clock()
        next_at = now + feed.interval
        try:
            if parsed is None:
                await store.call(
                    Store.record_poll,
                    feed.id,
                    now=now,
                    next_poll_at=next_at,
                    etag=result.etag or state.etag,
                    last_modified=result.last_modified or state.last_modified,
                )
                log.debug("feed %s: not modified", feed.id)
                self.metrics.poll("not_modified")
                return 0
            new = await store.call(Store.unseen, list(parsed.entries))
            first_poll = state.first_polled_at is None
            items = await self._classify(new, now=now, first_poll=first_poll)
            poll = ingest.Poll(
                feed, now, next_at, result.etag, result.last_modified, result.permanent_url
            )
            written = await store.call(
                Store.run,
                lambda tx: ingest.record_poll(tx, poll, items, self.routes, window=self.window),
            )
        except StoreError as e:
            # Nothing was recorded, so the same entries count as new next time: no loss.
            self.poll_errors += 1
            self.metrics.poll("error")
            log.error("feed %s: could not record the poll: %s", feed.id, e)
            return 0
        self.metrics.poll("ok")
        self.metrics.entries_new.inc(len(new))
        self.metrics.alerted(c for a in written for c in a.categories)
        if result.permanent_url:
            log.warning(
                "feed %s moved permanently to %s", feed.id, redact_url(result.permanent_url)
            )
        if written and self.deliverer is not None:
            self.deliverer.notify()
        log.info(
            "feed %s polled: %d entries, %d new, %d alerts%s",
            feed.id,
            len(parsed.entries),
            len(new),
            len(written),
            " (first poll: recorded, not alerted)"
            if first_poll and new and not self.config.polling.alert_on_first_poll
            else "",
        )
        return len(written)

    async def _parse(
        self, feed: Feed, body: bytes, url: str, content_type: str | None
    ) -> ParsedFeed:
        started = time.perf_counter()
        try:
            parsed: ParsedFeed = await self.pool.run(
                parse_job,
                body,
                feed.id,
                url,
                content_type,
                self.config.polling.max_entries,
                timeout=self.config.polling.parse_timeout,
            )
        except ParseError:
            raise
        except TimeoutError as e:
            raise ParseError(
                f"parse took longer than {self.config.polling.parse_timeout:g}s"
            ) from e
        except MemoryError as e:
            raise ParseError("parser ran out of memory (hostile feed?)") from e
        except Exception as e:  # the worker died or the parser failed in an unforeseen way
            raise ParseError(f"parser failed: {type(e).__name__}") from e
        self.metrics.parse_seconds.observe(time.perf_counter() - started)
        return parsed

    async def _classify(
        self, new: list[Entry], *, now: float, first_poll: bool
    ) -> list[tuple[Entry, Classified | None]]:
        """What the worker finds in each new entry worth alerting on (None: not judged)."""
        polling = self.config.polling
        if first_poll and not polling.alert_on_first_poll:
            return [(e, None) for e in new]
        oldest = datetime.fromtimestamp(now, UTC) - timedelta(hours=polling.max_age_hours)
        fresh = [e for e in new if e.published is None or e.published >= oldest]
        started = time.perf_counter()
        results = await self.pool.run(classify_job, fresh) if fresh else []
        self.metrics.classify_seconds.observe(time.perf_counter() - started)
        by_entry = {id(e): r for e, r in zip(fresh, results, strict=True)}
        return [(e, by_entry.get(id(e))) for e in new]

    async def _failed(self, feed: Feed, reason: str, retry_after: float | None) -> None:
        assert self.store is not None
        self.poll_errors += 1
        now = self.clock()
        state = await self.store.call(Store.feed_state, feed.id)
        failures = (state.failures if state else 0) + 1
        delay = next_interval(
            feed.interval, failures, cap=self.config.polling.max_interval, retry_after=retry_after
        )
        try:
            await self.store.call(
                Store.record_failure, feed.id, now=now, error=reason, next_poll_at=now + delay
            )
        except StoreError as e:
            log.error("feed %s: could not record the failure: %s", feed.id, e)
        self._reschedule(feed, now + delay)
        log.warning(
            "feed %s failing (%d in a row): %s; next poll in %.0fs",
            feed.id,
            failures,
            reason,
            delay,
        )
