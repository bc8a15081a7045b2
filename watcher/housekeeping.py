"""Housekeeping by the calendar: once a day, at `retention.at` (UTC), the database
forgets what it no longer needs and compacts itself (`store.retention`).

This is wall-clock work by nature ("every night at 03:30"), so it runs on APScheduler's
cron trigger. Feed polling, retries and holds run on the monotonic clock instead
(`schedule.py`, `deliver.py`): a clock step moves this job's next run, nothing else.
A run that fails is logged in one line and tried again the next day; a run missed
while the daemon was down is not made up (the next one prunes the same rows).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from .config import RetentionConfig
from .errors import StoreError
from .store import AsyncStore, Store
from .store.retention import Pruned

log = logging.getLogger("watcher.housekeeping")

DAY = 86_400.0


class Housekeeping:
    """The daily job, on its own APScheduler (started and stopped by the daemon)."""

    def __init__(
        self,
        store: AsyncStore,
        config: RetentionConfig,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.config = config
        self.clock = clock
        self.runs = 0
        self.last: Pruned | None = None
        self._scheduler = AsyncIOScheduler(timezone="UTC")

    def start(self) -> None:
        hour, minute, *second = self.config.at.split(":")
        trigger = CronTrigger(
            hour=int(hour),
            minute=int(minute),
            second=int(second[0]) if second else 0,
            timezone="UTC",
        )
        self._scheduler.add_job(
            self.run_once,
            trigger,
            id="retention",
            name="prune and compact the database",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=3600,
        )
        self._scheduler.start()

    @property
    def next_run(self) -> float | None:
        """When the job runs next (a Unix time), or None when not scheduled."""
        job = self._scheduler.get_job("retention") if self._scheduler.running else None
        return job.next_run_time.timestamp() if job and job.next_run_time else None

    def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    async def run_once(self) -> Pruned | None:
        """Prune and compact now; None when the database refused (logged)."""
        now = self.clock()
        try:
            pruned = await self.store.call(
                Store.prune,
                delivered_before=now - self.config.delivered_days * DAY,
                entries_before=now - self.config.entries_days * DAY,
            )
        except StoreError as e:
            log.error("housekeeping failed, tried again tomorrow: %s", e)
            return None
        self.runs += 1
        self.last = pruned
        log.info(
            "housekeeping: %d delivered deliveries and %d entries forgotten; database compacted",
            pruned.deliveries,
            pruned.entries,
        )
        return pruned
