"""The daemon under the operating system's signals: SIGTERM and SIGINT stop it with a
drain (a second one exits at once), SIGHUP reloads the configuration file."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Sequence
from typing import Any

from .config import Config
from .daemon import Daemon

log = logging.getLogger("watcher")


def run_until_signal(
    config: Config, extra_sinks: Sequence[Any] = (), config_path: str | None = None
) -> int:
    """Run the daemon until SIGTERM or SIGINT (a second one exits at once); SIGHUP
    reloads the configuration file at `config_path`."""

    async def main() -> None:
        daemon = Daemon(config, extra_sinks=extra_sinks)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        signals_seen = 0

        def on_signal(signum: int) -> None:
            nonlocal signals_seen
            signals_seen += 1
            if signals_seen > 1:
                log.warning("second %s: exiting at once", signal.Signals(signum).name)
                daemon.pool.kill()
                os._exit(1)
            log.info("%s received", signal.Signals(signum).name)
            stop.set()

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, on_signal, sig)
        reloads: set[asyncio.Task[None]] = set()

        def on_hangup() -> None:  # SIGHUP: reload the configuration (or keep running)
            log.info("SIGHUP received: reloading the configuration")
            if config_path is not None:
                task = loop.create_task(daemon.reload_from(config_path))
                reloads.add(task)
                task.add_done_callback(reloads.discard)

        loop.add_signal_handler(signal.SIGHUP, on_hangup)
        await daemon.run(stop)

    asyncio.run(main())
    return 0
