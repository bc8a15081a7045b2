"""Standard Webhooks signatures: `v1,` + base64(HMAC-SHA256(key, "id.timestamp.body")).

Secrets are written `whsec_<base64>` and must decode to at least 24 bytes. During a
rotation, several secrets may be configured; one signature per secret is sent,
separated by spaces, and a receiver accepts any of them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence

PREFIX = "whsec_"
MIN_KEY_BYTES = 24


def decode_secret(secret: str) -> bytes:
    """The HMAC key of a `whsec_…` secret. Raises ValueError saying what is wrong."""
    if not secret.startswith(PREFIX):
        raise ValueError(f"webhook secret must start with {PREFIX!r} (Standard Webhooks format)")
    try:
        key = base64.b64decode(secret[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError) as e:
        raise ValueError("webhook secret is not valid base64 after 'whsec_'") from e
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"webhook secret must decode to at least {MIN_KEY_BYTES} random bytes")
    return key


def sign(msg_id: str, timestamp: int, body: bytes, secrets: Sequence[str]) -> str:
    """The value of the `webhook-signature` header for one message."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    parts = []
    for secret in secrets:
        digest = hmac.new(decode_secret(secret), signed, hashlib.sha256).digest()
        parts.append("v1," + base64.b64encode(digest).decode())
    return " ".join(parts)
