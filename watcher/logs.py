"""Log lines that outside text cannot forge: controls escaped, URLs redacted.

Feed titles, server answers and redirect targets end up in log messages. A raw ESC
rewrites the operator's terminal, and a newline, a NEL (U+0085) or a line/paragraph
separator (U+2028/2029) starts what looks like a new, forged log line. So every C0
and C1 control, DEL and U+2028/2029 in a message is written as a visible escape
(`\\x1b`, `\\u2028`), and every URL in it goes through `redact.redact_url`.
"""

from __future__ import annotations

import logging
import re
import sys

from .redact import redact_text

__all__ = ["SafeMessages", "escape_controls", "setup_logging"]

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


def setup_logging(level: str) -> None:
    """Plain-text logs on stderr, every line made safe."""
    logging.basicConfig(
        level=getattr(logging, level),
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(SafeMessages())
