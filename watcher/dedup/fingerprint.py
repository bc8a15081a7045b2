"""Story fingerprints: MinHash over word bigrams, to spot syndicated or lightly edited copies.

Pure and stable across runs and processes (a fixed seed): fingerprints are stored with
each event source and compared with later entries.
"""

from __future__ import annotations

import hashlib
import random
import re
import struct
import unicodedata

STORY_THRESHOLD = 0.5
_PERMUTATIONS = 64
_PRIME = (1 << 61) - 1
_rng = random.Random(20250716)  # fixed seed: fingerprints must be stable across runs
_COEFFS = tuple((_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(64))
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|\w+")
_EMPTY = struct.pack(f"<{_PERMUTATIONS}Q", *([_PRIME] * _PERMUTATIONS))


def _shingles(title: str, text: str, size: int = 2) -> set[str]:
    folded = unicodedata.normalize("NFKC", f"{title}\n{text}").casefold()
    words = _WORD.findall(folded)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def story_fingerprint(title: str, text: str) -> bytes:
    """MinHash (64 × 64-bit) of the word bigrams of the case-folded title and text."""
    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
        for s in _shingles(title, text)
    ]
    if not hashes:
        return _EMPTY
    mins = [min((a * h + b) % _PRIME for h in hashes) for a, b in _COEFFS]
    return struct.pack(f"<{_PERMUTATIONS}Q", *mins)


def story_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either text was empty)."""
    if a == _EMPTY or b == _EMPTY or len(a) != len(b):
        return 0.0
    va = struct.unpack(f"<{_PERMUTATIONS}Q", a)
    vb = struct.unpack(f"<{_PERMUTATIONS}Q", b)
    return sum(x == y for x, y in zip(va, vb, strict=True)) / _PERMUTATIONS
