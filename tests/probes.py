"""Measuring probes for daemon-level tests: event-loop lag and process memory."""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator
from pathlib import Path

MiB = 2**20


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def rss() -> int:
    """This process's resident set size in bytes (VmRSS)."""
    return _status_kib("VmRSS") * 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux ≥ 4.0); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_rss() -> int:
    """The highest RSS since the last `reset_peak_rss` (VmHWM), in bytes."""
    return _status_kib("VmHWM") * 1024


class LagProbe:
    """A heartbeat that sleeps `period` and records how late it wakes up.

    If anything blocks the event loop, the overshoot shows it.
    """

    def __init__(self, period: float = 0.01) -> None:
        self.period = period
        self.lags: list[float] = []
        self.rss_samples: list[int] = []

    async def _beat(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            started = loop.time()
            await asyncio.sleep(self.period)
            self.lags.append(max(0.0, loop.time() - started - self.period))
            if len(self.lags) % 10 == 0:
                self.rss_samples.append(rss())

    def percentile(self, q: float) -> float:
        if not self.lags:
            return math.inf
        ordered = sorted(self.lags)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    @property
    def p99(self) -> float:
        return self.percentile(0.99)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[LagProbe]:
        task = asyncio.create_task(self._beat(), name="lag-probe")
        try:
            yield self
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
