"""One poll of one feed, from the HTTP request to the write transaction.

    state   = store.feed_state(feed)                      # URL, ETag, Last-Modified
    result  = fetch(state.url, etag, last_modified)       # FetchError → backoff, retry later
    if 304: record the poll, done
    parsed  = parse(result.body)            [worker]      # ParseError → backoff, retry later
    new     = store.unseen(parsed.entries)                # by (feed, guid) and canonical URL
    alertable = new if the feed was polled before, minus entries older than max_age
    found   = classify(alertable)           [worker]      # matches + event signature
    alerts  = store.run(ingest.record_poll)               # one transaction: entries,
                                                          # events, alerts, outbox rows
    notify()                                              # the outbox does the rest

A failure marks the feed failing with its reason and backs it off (`next_interval`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from . import ingest
from .config import Config
from .errors import FetchError, ParseError, StoreError
from .fetch import Fetcher, next_interval
from .models import Entry, Feed, ParsedFeed
from .store import AsyncStore, Store
from .worker import Classified, WorkerPool, classify_job, parse_job

log = logging.getLogger("watcher.daemon")


@dataclass
class Poller:
    """Polls feeds with the daemon's fetcher, workers and store, and counts the outcomes."""

    config: Config
    pool: WorkerPool
    store: AsyncStore
    fetcher: Fetcher
    routes: Sequence[ingest.Route]
    window: timedelta
    clock: Callable[[], float] = time.time
    notify: Callable[[], None] = lambda: None
    reschedule: Callable[[Feed, float], None] = lambda feed, at: None
    polls: int = field(default=0, init=False)
    poll_errors: int = field(default=0, init=False)

    async def poll(self, feed: Feed) -> int:
        """Poll one feed now; returns the number of alerts it produced."""
        store = self.store
        state = await store.call(Store.feed_state, feed.id)
        if state is None:
            state = await store.call(Store.ensure_feed, feed.id, feed.url, feed.title)
        self.polls += 1
        try:
            result = await self.fetcher.fetch(
                state.url, etag=state.etag, last_modified=state.last_modified
            )
            parsed = None
            if not result.not_modified:
                assert result.body is not None
                parsed = await self._parse(feed, result.body, result.url, result.content_type)
        except (FetchError, ParseError) as e:
            retry_after = e.retry_after if isinstance(e, FetchError) else None
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
            log.error("feed %s: could not record the poll: %s", feed.id, e)
            return 0
        if result.permanent_url:
            log.warning("feed %s moved permanently to %s", feed.id, result.permanent_url)
        if written:
            self.notify()
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
        results = await self.pool.run(classify_job, fresh) if fresh else []
        by_entry = {id(e): r for e, r in zip(fresh, results, strict=True)}
        return [(e, by_entry.get(id(e))) for e in new]

    async def _failed(self, feed: Feed, reason: str, retry_after: float | None) -> None:
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
        self.reschedule(feed, now + delay)
        log.warning(
            "feed %s failing (%d in a row): %s; next poll in %.0fs",
            feed.id,
            failures,
            reason,
            delay,
        )
