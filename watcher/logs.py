"""Logging for the `watcher` command: human-readable lines or JSON lines, every message
made safe.

    text   2026-01-05 10:00:00,123 INFO    watcher.daemon: feed f-1a2b (TechCrunch AI, https://…) …
    json   {"ts": "2026-01-05T10:00:00.123Z", "level": "INFO", "logger": "watcher.daemon", …}

Feed titles, server answers and redirect targets end up in log messages. A raw ESC
rewrites the operator's terminal, and a newline, a NEL (U+0085) or a line/paragraph
separator (U+2028/2029) starts what looks like a new, forged log line. So every C0
and C1 control, DEL and U+2028/2029 in a message is written as a visible escape
(`\\x1b`, `\\u2028`), and every URL in it goes through `redact.redact_url`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Literal

from .redact import redact_text

__all__ = ["JsonFormatter", "LogFormat", "SafeMessages", "escape_controls", "setup_logging"]

LogFormat = Literal["text", "json"]

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """`text` with C0, DEL, C1 and U+2028/2029 written as visible escapes."""
    return _UNSAFE.sub(_escape, text)


class SafeMessages(logging.Filter):
    """Rewrites each record's message: controls escaped, URLs redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: let logging report it as usual
            return True
        safe = escape_controls(redact_text(msg))
        if safe != msg:
            record.msg, record.args = safe, ()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC), level, logger, msg, and exc when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC)
        line = {
            "ts": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def setup_logging(level: str, fmt: LogFormat = "text") -> None:
    """Log to stderr at `level`, as text or JSON lines, every line made safe."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(SafeMessages())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(getattr(logging, level))
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
