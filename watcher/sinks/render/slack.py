"""Render an alert payload as a Slack incoming-webhook message (blocks + fallback text).

Everything that comes from a feed is escaped for Slack's mrkdwn (`&`, `<`, `>`), so a
title cannot ping `<!channel>` or spoof a link; only http(s) links are made clickable;
block texts are cut to Slack's limits with an ellipsis.
"""

from __future__ import annotations

from typing import Any

from .text import cut, label, money, safe_link

HEADER_MAX = 150
SECTION_MAX = 3000
DIGEST_MAX = 45  # alerts listed in one digest; Slack allows 50 blocks


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control sequences."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(payload: dict[str, Any]) -> dict[str, Any]:
    """The JSON body to POST to a Slack incoming webhook."""
    title = str(payload.get("title") or "(untitled)")
    categories = [str(c) for c in payload.get("categories", [])]
    what = label(categories)
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
    amount = money(ents.get("amount_usd"), ents.get("amount_is_lower_bound"))
    if amount:
        facts.append(("Amount", amount))
    fields = [{"type": "mrkdwn", "text": f"*{k}:* {escape(cut(str(v), 200))}"} for k, v in facts]

    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": cut(escape(f"{what}: {title}"), HEADER_MAX)},
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
        "text": escape(cut(f"{what}: {title}", 3000)),
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
    for alert in alerts[:DIGEST_MAX]:
        title = escape(cut(str(alert.get("title") or "(untitled)"), 300))
        link = safe_link(alert.get("url"))
        line = f"<{link}|{title}>" if link else title
        text = f"*{escape(label(alert.get('categories', [])))}* · {line}"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": cut(text, 3000)}})
    if len(alerts) > DIGEST_MAX:
        more = f"… and {len(alerts) - DIGEST_MAX} more (see /api/alerts)"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": more}]})
    return {"text": header, "blocks": blocks, "unfurl_links": False}
