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

Every failure marks the feed failing with its reason and backs it off (`next_interval`);
parse and classification run in a worker, each within its own time limit, and a
poll judges at most `classify_budget` entries of at most `max_entry_chars` characters.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from . import ingest
from .config import Config
from .errors import FetchError, ParseError, StoreError, WatcherError
from .fetch import Fetcher, next_interval
from .metrics import Metrics
from .models import Entry, Feed, ParsedFeed
from .redact import feed_name, redact_url
from .store import AsyncStore, Store
from .worker import Classified, WorkerPool, classify_job, parse_job

log = logging.getLogger("watcher.daemon")


class PollFailed(WatcherError):
    """A poll failed after the parse (the classifier ran out of time or memory, or died)."""


@dataclass
class Poller:
    """Polls feeds with the daemon's fetcher, workers and store, and counts the outcomes.

    `poll` never raises (but for cancellation): every failure, foreseen or not, is
    counted in `poll_errors`, kept as the feed's last error (in the store and in
    `last_errors`) and backs the feed off. It returns when the feed is due again.
    """

    config: Config
    pool: WorkerPool
    store: AsyncStore
    fetcher: Fetcher
    routes: Sequence[ingest.Route]
    window: timedelta
    clock: Callable[[], float] = time.time
    notify: Callable[[], None] = lambda: None
    metrics: Metrics = field(default_factory=Metrics)
    polls: int = field(default=0, init=False)
    poll_errors: int = field(default=0, init=False)
    last_errors: dict[str, str] = field(default_factory=dict, init=False)
    _failures: dict[str, int] = field(default_factory=dict, init=False)

    async def poll(self, feed: Feed) -> float:
        """Poll one feed now. Returns the seconds from this poll's start until the feed
        is due again: its interval (a steady rate however long polls take), or, after
        a failure, the poll's own duration plus the backoff (counted from the failure)."""
        self.polls += 1
        started = time.monotonic()
        try:
            await self._poll(feed)
        except (FetchError, ParseError, PollFailed) as e:
            retry_after = e.retry_after if isinstance(e, FetchError) else None
            backoff = await self._failed(feed, str(e), retry_after)
        except StoreError as e:
            # Nothing was recorded, so the same entries count as new next time: no loss.
            backoff = await self._failed(feed, f"could not record the poll: {e}", None)
        except Exception as e:  # a bug must still count, back off and leave a reason
            log.exception("feed %s: unexpected error while polling", feed_name(feed))
            backoff = await self._failed(feed, f"unexpected error: {type(e).__name__}", None)
        else:
            self._failures.pop(feed.id, None)
            self.last_errors.pop(feed.id, None)
            return feed.interval
        return time.monotonic() - started + backoff

    async def _poll(self, feed: Feed) -> int:
        store = self.store
        state = await store.call(Store.feed_state, feed.id)
        if state is None:
            state = await store.call(Store.ensure_feed, feed.id, feed.url, feed.title)
        fetch_started = time.perf_counter()
        result = await self.fetcher.fetch(
            state.url,
            etag=state.etag,
            last_modified=state.last_modified,
            extra_headers=feed.headers,
        )
        self.metrics.fetch_seconds.observe(time.perf_counter() - fetch_started)
        now = self.clock()
        next_at = now + feed.interval
        if result.not_modified:
            await store.call(
                Store.record_poll,
                feed.id,
                now=now,
                next_poll_at=next_at,
                etag=result.etag or state.etag,
                last_modified=result.last_modified or state.last_modified,
            )
            log.debug("feed %s: not modified", feed_name(feed))
            self.metrics.poll("not_modified")
            return 0
        assert result.body is not None
        parsed = await self._parse(feed, result.body, result.url, result.content_type)
        new = await store.call(Store.unseen, list(parsed.entries))
        first_poll = state.first_polled_at is None
        items, left = await self._classify(feed, new, now=now, first_poll=first_poll)
        etag, last_modified = result.etag, result.last_modified
        if left:  # what is left must come again: no conditional GET next time
            etag = last_modified = None
        poll = ingest.Poll(feed, now, next_at, etag, last_modified, result.permanent_url)
        written = await store.call(
            Store.run,
            lambda tx: ingest.record_poll(tx, poll, items, self.routes, window=self.window),
        )
        self.metrics.poll("ok")
        self.metrics.entries_new.inc(len(new))
        self.metrics.alerted(c for a in written for c in a.categories)
        if result.permanent_url:
            log.warning(
                "feed %s moved permanently to %s", feed_name(feed), redact_url(result.permanent_url)
            )
        if written:
            self.notify()
        log.info(
            "feed %s polled: %d entries, %d new, %d alerts%s",
            feed_name(feed),
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
        limit = self.config.polling.parse_timeout
        started = time.perf_counter()
        try:
            parsed: ParsedFeed = await self.pool.run(
                parse_job,
                body,
                feed.id,
                url,
                content_type,
                self.config.polling.max_entries,
                timeout=limit,
            )
        except ParseError:
            raise
        except TimeoutError as e:
            raise ParseError(f"parse took longer than {limit:g}s") from e
        except MemoryError as e:
            raise ParseError("parser ran out of memory (hostile feed?)") from e
        except BrokenProcessPool as e:
            raise ParseError("parser worker died (hostile feed?)") from e
        except Exception as e:  # the parser failed in an unforeseen way
            raise ParseError(f"parser failed: {type(e).__name__}") from e
        self.metrics.parse_seconds.observe(time.perf_counter() - started)
        return parsed

    async def _classify(
        self, feed: Feed, new: list[Entry], *, now: float, first_poll: bool
    ) -> tuple[list[tuple[Entry, Classified | None]], int]:
        """What the worker finds in each new entry worth alerting on (None: not judged),
        and how many new entries were left for the next poll (over the budget)."""
        polling = self.config.polling
        if first_poll and not polling.alert_on_first_poll:
            return [(e, None) for e in new], 0
        oldest = datetime.fromtimestamp(now, UTC) - timedelta(hours=polling.max_age_hours)
        fresh = [e for e in new if e.published is None or e.published >= oldest]
        budget = polling.classify_budget
        later = {id(e) for e in fresh[budget:]}
        fresh = fresh[:budget]
        chars = polling.max_entry_chars
        cut = sum(len(e.text) > chars for e in fresh)
        if later or cut:
            log.warning(
                "feed %s: over budget: %d new entries left for the next poll, %d entries"
                " judged on their first %d characters",
                feed_name(feed),
                len(later),
                cut,
                chars,
            )
        judged = [replace(e, text=e.text[:chars]) if len(e.text) > chars else e for e in fresh]
        limit = polling.classify_timeout
        try:
            started = time.perf_counter()
            results = await self.pool.run(classify_job, judged, timeout=limit) if judged else []
            self.metrics.classify_seconds.observe(time.perf_counter() - started)
        except TimeoutError as e:
            raise PollFailed(f"classification took longer than {limit:g}s") from e
        except BrokenProcessPool as e:
            raise PollFailed("classifier worker died") from e
        except MemoryError as e:
            raise PollFailed("classifier ran out of memory") from e
        by_entry = {id(e): r for e, r in zip(fresh, results, strict=True)}
        return [(e, by_entry.get(id(e))) for e in new if id(e) not in later], len(later)

    async def _failed(self, feed: Feed, reason: str, retry_after: float | None) -> float:
        """Count a failed poll, remember its reason and back the feed off; the delay."""
        self.poll_errors += 1
        self.metrics.poll("error")
        self.last_errors[feed.id] = reason
        failures = self._failures[feed.id] = self._failures.get(feed.id, 0) + 1
        now = self.clock()
        try:
            state = await self.store.call(Store.feed_state, feed.id)
            failures = max(failures, (state.failures if state else 0) + 1)
        except Exception as e:  # the failure still counts and backs off in memory
            log.error("feed %s: could not read its state: %s", feed_name(feed), e)
        delay = next_interval(
            feed.interval, failures, cap=self.config.polling.max_interval, retry_after=retry_after
        )
        try:
            await self.store.call(
                Store.record_failure, feed.id, now=now, error=reason, next_poll_at=now + delay
            )
        except Exception as e:
            log.error("feed %s: could not record the failure: %s", feed_name(feed), e)
        log.warning(
            "feed %s failing (%d in a row): %s; next poll in %.0fs",
            feed_name(feed),
            failures,
            reason,
            delay,
        )
        return delay
