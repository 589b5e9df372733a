"""Was a conversation understood? Scores evaluation cases through real sessions, per kind.

Three figures per kind: understood completely (after the last turn the advisor's constraints admit
exactly the catalog phones the gold admits, its ordering is the gold's, and the answer is of the
expected kind, e.g. a comparison, holding the vague needs the gold names); answers showing a phone that breaks the gold (among picks the
advisor presents as matches); and expected notes or unsupported features named (an unknown
currency, "wireless charging").
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from advisor._tables import aligned_table
from advisor.errors import AdvisorError
from advisor.evaluation.cases import EvalCase
from advisor.evaluation.generator_score import Judge, order_right
from advisor.evaluation.generator_text import typo


@dataclass
class UnderstandingScores:
    """Figures of one kind of case."""

    cases: int = 0
    understood: int = 0
    scored_breaks: int = 0
    broke: int = 0
    expected_notes: int = 0
    noted: int = 0
    not_understood: list[str] = field(default_factory=list)
    broke_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float | int | None]:
        """Shares, rounded for printing."""
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {"cases": self.cases, "understood": share(self.understood, self.cases),
                "shows_breaking": share(self.broke, self.scored_breaks),
                "notes_named": share(self.noted, self.expected_notes), "errors": len(self.errors)}


def with_typos(cases: Sequence[EvalCase], seed: int = 0) -> list[EvalCase]:
    """The cases with one seeded typo in their last turn (the generator's slips: a dropped, doubled, swapped or
    neighbouring-key letter in a Latin word of five letters or more); cases with no such word are left out."""
    rng = random.Random(seed)
    out = []
    for case in cases:
        *before, last = case.turns
        slipped = typo(last, rng)
        if slipped != last:
            out.append(replace(case, turns=(*before, slipped)))
    return out


def score_understanding(advisor, judge: Judge, cases: Sequence[EvalCase]) -> dict[str, UnderstandingScores]:
    """Run every case in a fresh session and score the final turn, per kind."""
    out: dict[str, UnderstandingScores] = {}
    for case in cases:
        scores = out.setdefault(case.kind, UnderstandingScores())
        session = advisor.session()
        scores.cases += 1
        try:
            for turn in case.turns:
                answer = session.ask(turn)
        except AdvisorError:  # an error message is an answer, but not an understanding
            scores.errors.append(case.id)
            scores.not_understood.append(case.id)
            continue
        same = judge.same_except(answer.constraints, case.gold, case.loose)
        ordered = order_right(case.order, session.state.sort) is not False
        kind_ok = case.answer is None or answer.kind == case.answer
        intents_ok = set(case.intents) <= set(session.state.intents)
        if same and ordered and kind_ok and intents_ok:
            scores.understood += 1
        else:
            scores.not_understood.append(case.id)
        if not case.impossible and answer.exact and answer.kind == "results":
            scores.scored_breaks += 1
            if any(not case.satisfied_by(pick.phone) for pick in answer.picks):
                scores.broke += 1
                scores.broke_ids.append(case.id)
        expected = list(case.noted) + [(u,) for u in case.unsupported]
        if expected:
            scores.expected_notes += 1
            said = " ".join((*answer.notes, *answer.unsupported, answer.text)).lower()
            scores.noted += all(any(w.lower() in said for w in words) for words in expected)
    return out


def table(scores: dict[str, UnderstandingScores]) -> str:
    """One line per kind."""
    cols = ("cases", "understood", "shows_breaking", "notes_named", "errors")
    rows: list[list[object]] = [["kind", *cols]]
    for kind, s in scores.items():
        row = s.row()
        rows.append([kind, *("-" if row[c] is None else row[c] for c in cols)])
    return aligned_table(rows, widths=(18, *(16,) * len(cols)), right=range(1, 1 + len(cols)), gap="")
