"""Plain-text rendering of an Answer, for the console, JSON lines and logs (the bot renders HTML itself)."""

from __future__ import annotations

from advisor.catalog.model import Catalog
from advisor.explain.answer import Answer
from advisor.explain.phrases import TEXT, feature_name, format_money, format_storage
from advisor.explain.reasons import render_table

_MARK = {"pro": "+", "con": "-", "relaxed": "!", "personal": "*", "prediction": "~"}

# Sentences of the conversation itself (the phone sentences live in advisor/explain/phrases.py).
_TALK = {
    "en": {"social": "Glad to help. Your filters are unchanged; tell me what to change, or ask about a phone shown.",
           "changed": "Changed: {changes}", "note": "Note: {note}"},
    "zh": {"social": "不客气。条件没有变化；想调整什么，或者想了解哪款，随时告诉我。",
           "changed": "本次改动：{changes}", "note": "提示：{note}"},
}


def pick_title(answer: Answer, pick, catalog: Catalog) -> str:
    """"1. Samsung Galaxy A55 128GB — $449 (also 256 GB)"."""
    text = TEXT[answer.language]
    phone = pick.phone
    price = phone.price(answer.currency)
    title = f"{phone.display_name} — {format_money(price, answer.currency) if price is not None else '?'}"
    if pick.other_variants:
        sizes = sorted({size for i in pick.other_variants if (size := catalog.get(i).storage_gb)})
        if sizes:
            title += f" ({text['variants'].format(v=', '.join(format_storage(s) for s in sizes))})"
    return title


def render_text(answer: Answer, catalog: Catalog, headline: str | None = None) -> str:
    """The whole answer as text, in the answer's language: notes, `headline` (instead of the kind's
    usual first line, e.g. an error), the answer, what changed this turn, and the filters in force."""
    text = TEXT[answer.language]
    talk = _TALK[answer.language]
    sep = "; " if answer.language == "en" else "；"
    filters = sep.join(f.text for f in answer.filters)
    lines: list[str] = [talk["note"].format(note=note) for note in answer.notes]
    if headline is not None:
        lines.append(headline)
    elif answer.kind in ("reset", "help", "empty"):
        lines.append(text[answer.kind])
    elif answer.kind == "social":
        lines.append(talk["social"])
    elif answer.kind == "compare" and answer.comparison is not None:
        lines.append(render_table(answer.comparison))
    elif answer.kind in ("why", "why_not", "details") and answer.picks:
        pick = answer.picks[0]
        name = pick.phone.display_name
        if answer.kind == "why_not" and answer.exact:
            lines.append(text["why_not_match"].format(name=name, rank=pick.rank, n=answer.match_count))
        elif not answer.exact:
            lines.append(text["why_not_broken"].format(name=name, broken=sep.join(r.text for r in pick.relaxed)))
        else:
            lines.append(text["why" if answer.kind == "why" else "details"].format(name=name))
        lines.extend(f"  {_MARK[r.kind]} {r.text}" for r in pick.reasons)
        if answer.comparison is not None:
            lines.append(render_table(answer.comparison))
    elif answer.kind in ("similar", "upgrade") and answer.reference is not None:
        name = answer.reference.display_name
        lines.append(text[answer.kind if answer.picks else f"{answer.kind}_none"].format(name=name))
        for pick in answer.picks:
            lines.append(f"{pick.rank}. {pick_title(answer, pick, catalog)}")
            lines.extend(f"   {_MARK[r.kind]} {r.text}" for r in pick.reasons)
    elif answer.kind == "results":
        if answer.unsupported:
            named = (feature_name(f, answer.language) for f in answer.unsupported)
            lines.append(text["unsupported"].format(features=(", " if answer.language == "en" else "、").join(named)))
        if answer.exact:
            n = answer.match_count
            lines.append(text["found_one"] if n == 1 else text["found"].format(n=n))
        elif answer.picks:
            lines.append(text["no_match"])
        else:
            lines.append(text["nothing"].format(filters=filters))
        for pick in answer.picks:
            lines.append(f"{pick.rank}. {pick_title(answer, pick, catalog)}")
            lines.extend(f"   {_MARK[r.kind]} {r.text}" for r in pick.reasons)
            lines.extend(f"   ! {r.text}" for r in pick.relaxed)
    if answer.changes:
        lines.append(talk["changed"].format(changes=sep.join(c.text for c in answer.changes)))
    lines.append(text["filters"].format(filters=filters) if filters else text["no_filters"])
    return "\n".join(lines)
