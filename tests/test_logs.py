"""Log lines outside text cannot forge (issue 11): every C0 and C1 control, DEL and
U+2028/2029 coming from a server is written as a visible escape; URLs are redacted.

The daemon runs as `watcher run` in a subprocess, so what is checked is what reaches
its stderr through the configured handler.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from pathlib import Path

import pytest
from aiohttp import web

from tests.configs import webhook_sink, write_config
from tests.conftest import FeedServer, moves, serve_app
from watcher.logs import escape_controls

HOSTILE = "boom\u2028FORGED ERROR line\x85next\x1b[2J\x9b31m\u2029\r\nend"
RAW = ("\u2028", "\u2029", "\x85", "\x1b", "\x9b", "\r")


async def test_server_text_in_log_lines_is_escaped_and_urls_redacted(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    async def receive(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(status=500, text=HOSTILE)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner, base = await serve_app(app)
    feed_server.feeds["a"] = moves(1)
    feed_server.raw["moved"] = (301, b"", {"Location": feed_server.url("a") + "?key=SENTINELkey"})
    cfg = write_config(
        tmp_path,
        [feed_server.url("moved")],
        [webhook_sink(base + "/hook")],
        polling={"alert_on_first_poll": True},
        delivery={"base_delay": 0.2, "max_delay": 0.3},
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "watcher", "run", "-c", str(cfg),
        stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.stderr is not None
    out = b""
    try:
        deadline = time.monotonic() + 30
        while out.count(b"attempt") < 2 and time.monotonic() < deadline:
            try:
                chunk = await asyncio.wait_for(proc.stderr.read(4096), 1.0)
            except TimeoutError:
                continue
            if not chunk:
                break
            out += chunk
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        _, rest = await asyncio.wait_for(proc.communicate(), 30)
        await runner.cleanup()
    text = (out + rest).decode("utf-8")
    assert text.count("attempt") >= 2, text[-2000:]
    failed = [line for line in text.splitlines() if "attempt 1 for" in line]
    assert len(failed) == 1  # one log line, not several forged ones
    for raw in RAW:
        assert raw not in text, repr(raw)
    assert "boom\\u2028FORGED ERROR line\\x85next\\x1b[2J\\x9b31m\\u2029" in failed[0]
    assert "moved permanently to" in text and "key=REDACTED" in text
    assert "SENTINELkey" not in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text, tabs\tand all", "plain text, tabs\\x09and all"),
        ("a\nb", "a\\x0ab"),
        ("\x00\x07\x1b\x7f", "\\x00\\x07\\x1b\\x7f"),
        ("\x80\x85\x9f", "\\x80\\x85\\x9f"),
        ("line\u2028sep\u2029para", "line\\u2028sep\\u2029para"),
        ("Zoë Müller 日本 \u00a0", "Zoë Müller 日本 \u00a0"),  # printable text is kept as is
    ],
)
def test_escape_controls_table(raw: str, shown: str) -> None:
    assert escape_controls(raw) == shown
