"""The prolog guard: refuse entity declarations and internal DTD subsets before a
parser sees the document (the entity-expansion defence of the parse stage)."""

from __future__ import annotations

import codecs
import re

from ..errors import ParseError

__all__ = ["check_prolog"]

# -- the prolog guard --------------------------------------------------------------------
#
# feedparser falls back to a loose parser when expat rejects a document, and that parser
# expands internal entities with no limit (80 kB in → 1.2 GB RSS). No real feed needs an
# internal DTD subset, so we refuse them before feedparser sees the bytes. feedparser
# looks for declarations in everything before the first `<` + word character, so the scan
# covers that region, not just a well-formed prolog.

_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(rb"<!\s*DOCTYPE[^>\[]*\[", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[\w:]")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)

# Byte patterns of encodings that are not ASCII-compatible (so a bytes scan would miss a
# declaration); checked longest first.
_SNIFF: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
)


def _ascii_view(body: bytes, content_type: str | None) -> bytes:
    """The body re-encoded so that markup can be found with byte patterns."""
    for prefix, encoding in _SNIFF:
        if body.startswith(prefix):
            return body.decode(encoding, "replace").encode("utf-8", "replace")
    declared = [m.group(1).decode("ascii") for m in [_XML_ENCODING.match(body[:512])] if m]
    if content_type and (m := _CHARSET.search(content_type)):
        declared.append(m.group(1))
    for name in declared:
        try:
            if codecs.lookup(name).name == "utf-7":  # `+ADw-` is a `<` in UTF-7
                return body.decode("utf-7", "replace").encode("utf-8", "replace")
        except LookupError:
            continue
    return body


def _root_start(view: bytes) -> int:
    """Offset of the root element's `<`, skipping comments, PIs and declarations;
    the length of `view` if there is none."""
    pos = 0
    while (lt := view.find(b"<", pos)) != -1:
        if view.startswith(b"<!--", lt):
            end, skip = view.find(b"-->", lt + 4), 3
        elif view.startswith((b"<?", b"<!"), lt):
            end, skip = view.find(b">", lt + 2), 1
        elif _FIRST_ELEMENT.match(view, lt):
            return lt
        else:
            end, skip = lt, 1
        if end == -1:
            break
        pos = end + skip
    return len(view)


def check_prolog(body: bytes, content_type: str | None = None) -> None:
    """Raise ParseError if the document declares entities or an internal DTD subset
    before its root element ("DTD/entities refused")."""
    view = _ascii_view(body, content_type)
    # Two views of "before the root": a real XML prolog (comments may hide a `<a`), and
    # what feedparser itself takes as the head (everything before the first `<word`).
    first = _FIRST_ELEMENT.search(view)
    end = max(_root_start(view), first.start() if first else len(view))
    head = view[:end]
    if _ENTITY.search(head) or _DOCTYPE_SUBSET.search(head):
        raise ParseError("DTD/entities refused")
