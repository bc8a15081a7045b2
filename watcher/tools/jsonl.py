"""The classifier's JSON line format (for `watcher classify --jsonl`)."""

from __future__ import annotations

from typing import Any

from watcher.models import Analysis


def analysis_to_json(item_id: str, analysis: Analysis) -> dict[str, Any]:
    """One analysis as a JSON-ready dict with a fixed set of keys."""
    e = analysis.entities
    return {
        "id": item_id,
        "lang": analysis.lang,
        "categories": list(analysis.categories),
        "scores": dict(analysis.scores),
        "entities": {
            "people": list(e.people),
            "orgs": list(e.orgs),
            "from_org": e.from_org,
            "to_org": e.to_org,
            "amount_usd": e.amount_usd,
        },
        "evidence": [
            {"category": ev.category, "pattern": ev.pattern, "text": ev.text}
            for ev in analysis.evidence
        ],
    }
