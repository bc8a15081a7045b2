"""Render an alert payload as a Slack incoming-webhook message (blocks + fallback text).

Everything that comes from a feed is escaped for Slack's mrkdwn (`&`, `<`, `>`), so a
title cannot ping `<!channel>` or spoof a link; only http(s) links are made clickable;
block texts are cut to Slack's limits with an ellipsis.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

HEADER_MAX = 150
SECTION_MAX = 3000
LABELS = {
    "offer": "Offer",
    "departure": "Move / departure",
    "lab_formation": "AI lab formation",
    "acquihire": "Acqui-hire",
}


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control sequences."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_link(url: object) -> str | None:
    """The URL if it is a plain http(s) link Slack can show safely, else None."""
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        return None
    if any(c in url for c in "<>|\n\r\t "):
        return None
    return url


def _money(amount: object, lower_bound: object) -> str | None:
    if not isinstance(amount, int):
        return None
    text = f"${amount / 1e9:.1f} billion" if amount >= 1e9 else f"${amount / 1e6:,.1f} million"
    if amount < 1e6:
        text = f"${amount:,}"
    return ("at least " if lower_bound else "") + text


def render(payload: dict[str, Any]) -> dict[str, Any]:
    """The JSON body to POST to a Slack incoming webhook."""
    title = str(payload.get("title") or "(untitled)")
    categories = [str(c) for c in payload.get("categories", [])]
    label = ", ".join(LABELS.get(c, c) for c in categories)
    ents = payload.get("entities") or {}
    link = safe_link(payload.get("url"))
    headline = f"<{link}|{escape(cut(title, 300))}>" if link else escape(cut(title, 300))

    facts = []
    if ents.get("people"):
        facts.append(("Who", ", ".join(ents["people"][:5])))
    if ents.get("from_org"):
        facts.append(("From", ents["from_org"]))
    if ents.get("to_org"):
        facts.append(("To", ents["to_org"]))
    money = _money(ents.get("amount_usd"), ents.get("amount_is_lower_bound"))
    if money:
        facts.append(("Amount", money))
    fields = [{"type": "mrkdwn", "text": f"*{k}:* {escape(cut(str(v), 200))}"} for k, v in facts]

    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": cut(escape(f"{label}: {title}"), HEADER_MAX)},
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": cut(headline, SECTION_MAX)}},
    ]
    if fields:
        blocks.append({"type": "section", "fields": fields[:10]})
    for ev in (payload.get("evidence") or [])[:3]:
        quote = "> " + escape(cut(str(ev.get("text", "")), 600)).replace("\n", " ")
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": cut(quote, SECTION_MAX)}}
        )
    feed = payload.get("feed") or {}
    context = (
        f"score {payload.get('score')} · {escape(str(feed.get('title') or feed.get('id') or ''))}"
    )
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": cut(context, 300)}]})
    return {
        "text": escape(cut(f"{label}: {title}", 3000)),
        "blocks": blocks[:50],
        "unfurl_links": False,
    }


def render_digest(digest: dict[str, Any]) -> dict[str, Any]:
    """One Slack message listing several alerts (a burst is summarised, not flooded)."""
    alerts = list(digest.get("alerts") or [])
    header = f"{len(alerts)} new alerts"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header}}
    ]
    for alert in alerts[:45]:
        title = escape(cut(str(alert.get("title") or "(untitled)"), 300))
        link = safe_link(alert.get("url"))
        label = ", ".join(LABELS.get(c, c) for c in alert.get("categories", []))
        line = f"<{link}|{title}>" if link else title
        text = f"*{escape(label)}* · {line}"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": cut(text, 3000)}})
    if len(alerts) > 45:
        more = f"… and {len(alerts) - 45} more (see /api/alerts)"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": more}]})
    return {"text": header, "blocks": blocks, "unfurl_links": False}


def render_discord(payload: dict[str, Any]) -> dict[str, Any]:
    """A Discord webhook message: one embed; mentions disabled so a title can't ping."""
    title = str(payload.get("title") or "(untitled)")
    label = ", ".join(LABELS.get(str(c), str(c)) for c in payload.get("categories", []))
    ents = payload.get("entities") or {}
    fields = []
    for name, value in (
        ("Who", ", ".join(ents.get("people") or [])),
        ("From", ents.get("from_org")),
        ("To", ents.get("to_org")),
        ("Amount", _money(ents.get("amount_usd"), ents.get("amount_is_lower_bound"))),
    ):
        if value:
            fields.append({"name": name, "value": cut(str(value), 1024), "inline": True})
    evidence = " ".join(str(e.get("text", "")) for e in (payload.get("evidence") or [])[:2])
    embed: dict[str, Any] = {
        "title": cut(title, 256),
        "description": cut(evidence, 4000),
        "fields": fields,
        "footer": {"text": cut(label, 2048)},
    }
    if link := safe_link(payload.get("url")):
        embed["url"] = link
    return {"content": cut(label, 2000), "embeds": [embed], "allowed_mentions": {"parse": []}}
