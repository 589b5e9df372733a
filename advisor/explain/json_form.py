"""The JSON form of an Answer, as written by `phone-advisor chat --jsonl` and `ask --json`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from advisor.catalog.model import MARKETS
from advisor.explain.answer import Answer, Pick
from advisor.understanding.request import Constraints

KEY_SPECS = ("ram_gb", "storage_gb", "battery_mah", "weight_g", "screen_in", "main_camera_mp", "rear_cameras",
             "front_camera_mp", "year", "chipset", "is_5g")


def answer_to_json(answer: Answer) -> dict[str, Any]:
    """reply, language, filters, exact, relaxed, results, notes, changes, focus (see README "JSON lines")."""
    return {
        "reply": answer.text,
        "kind": answer.kind,
        "language": answer.language,
        "currency": answer.currency,
        "filters": constraints_to_json(answer.constraints),
        "filter_lines": [f.text for f in answer.filters],
        "exact": answer.exact,
        "relaxed": [{"slot": r.slot, "text": r.text, "amount": r.amount} for r in answer.relaxed],
        "unsupported": list(answer.unsupported),
        "match_count": answer.match_count,
        "results": [pick_to_json(p) for p in answer.picks],
        "notes": list(answer.notes),
        "changes": [{"op": c.op, "slot": c.slot, "text": c.text} for c in answer.changes],
        "focus": [p.id for p in answer.focus],
    }


def pick_to_json(pick: Pick) -> dict[str, Any]:
    """One ranked phone with its prices per market, key specs and reasons."""
    phone = pick.phone
    item: dict[str, Any] = {
        "rank": pick.rank, "id": phone.id, "brand": phone.brand, "name": phone.model, "family": phone.family,
        "device": phone.device, "price": {m: phone.price(m) for m in MARKETS},
    }
    item.update({spec: getattr(phone, spec) for spec in KEY_SPECS})
    item["reasons"] = [r.text for r in pick.reasons]
    item["tradeoffs"] = [r.text for r in pick.reasons if r.kind == "con"]
    item["relaxed"] = [r.text for r in pick.relaxed]
    item["other_variants"] = list(pick.other_variants)
    return item


def constraints_to_json(c: Constraints) -> dict[str, Any]:
    """The constraints in force, without empty slots; OR-branches ("alternatives") each in the same form."""
    out: dict[str, Any] = {}
    for key, value in asdict(c).items():
        if value in (None, False, (), frozenset(), set(), []):
            continue
        if key == "alternatives":
            value = [constraints_to_json(branch) for branch in c.alternatives]
        elif isinstance(value, (set, frozenset)):
            value = sorted(value)
        elif key == "specs":
            value = dict(value)
        out[key] = value
    return out
