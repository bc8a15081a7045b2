"""Logging setup for the `watcher` command: human-readable lines, or JSON lines.

    text   2026-01-05 10:00:00,123 INFO    watcher.daemon: feed f-1a2b (TechCrunch AI, https://…) …
    json   {"ts": "2026-01-05T10:00:00.123Z", "level": "INFO", "logger": "watcher.daemon", …}

Feed text can carry terminal escapes: no control character reaches a log line raw.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Literal

LogFormat = Literal["text", "json"]


def _clean(text: str) -> str:
    return "".join(c if ord(c) >= 32 or c in "\n\t" else "?" for c in text)


class _StripControls(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if any(ord(c) < 32 and c not in "\n\t" for c in msg):
            record.msg = _clean(msg)
            record.args = ()
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
    """Log to stderr at `level`, as text or JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(_StripControls())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(getattr(logging, level))
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
