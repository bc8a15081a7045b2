"""The systemd notify protocol (Type=notify): READY, WATCHDOG, STOPPING."""

from __future__ import annotations

import asyncio
import logging
import os
import socket

log = logging.getLogger("watcher.daemon")

__all__ = ["systemd_notify", "watchdog"]


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


async def watchdog(stop: asyncio.Event) -> None:
    """Send WATCHDOG=1 at half the period systemd asks for (WATCHDOG_USEC), until `stop`."""
    usec = os.environ.get("WATCHDOG_USEC")
    if not usec or not usec.isdigit():
        return
    period = int(usec) / 1e6 / 2
    while not stop.is_set():
        systemd_notify("WATCHDOG=1")
        await asyncio.sleep(period)
