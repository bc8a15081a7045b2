"""Render an alert payload as a Discord webhook message: one embed.

Mentions are switched off (`allowed_mentions`), so a title cannot ping `@everyone`;
only http(s) links become the embed's URL; texts are cut to Discord's limits.
Discord has no digest layout: a burst is sent one message per alert.
"""

from __future__ import annotations

from typing import Any

from .text import cut, label, money, safe_link


def render(payload: dict[str, Any]) -> dict[str, Any]:
    """The JSON body to POST to a Discord webhook."""
    title = str(payload.get("title") or "(untitled)")
    what = label(payload.get("categories", []))
    ents = payload.get("entities") or {}
    fields = []
    for name, value in (
        ("Who", ", ".join(ents.get("people") or [])),
        ("From", ents.get("from_org")),
        ("To", ents.get("to_org")),
        ("Amount", money(ents.get("amount_usd"), ents.get("amount_is_lower_bound"))),
    ):
        if value:
            fields.append({"name": name, "value": cut(str(value), 1024), "inline": True})
    evidence = " ".join(str(e.get("text", "")) for e in (payload.get("evidence") or [])[:2])
    embed: dict[str, Any] = {
        "title": cut(title, 256),
        "description": cut(evidence, 4000),
        "fields": fields,
        "footer": {"text": cut(what, 2048)},
    }
    if link := safe_link(payload.get("url")):
        embed["url"] = link
    return {"content": cut(what, 2000), "embeds": [embed], "allowed_mentions": {"parse": []}}
