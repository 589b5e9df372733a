"""Intent accuracy on held-out wordings (data/intent_heldout.jsonl): keyword rules, and rules + encoder.

    .venv/bin/python -m bench.intents [--cases data/intent_dev.jsonl] [--show]

"rules" is advisor.understanding.understand alone; "rules+encoder" is what a conversation does (advisor.understanding.intent_match
.read_needs over the clauses the rules left), with the base encoder and, when the registry serves an
adapter (the shipped factory one by default), with the adapted one. A wording counts as right when the
first intent read is its gold intent; a wording whose gold is null (it states no need) counts as right
when no intent is read. "wrong" counts wordings given an intent that is not theirs; "guessed" those
whose first intent the encoder read as a guess. data/intent_dev.jsonl is the development set the
matcher's thresholds were set on; the held-out file is for measuring only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "intent_heldout.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the accuracy table; --show lists the wordings the last system gets wrong."""
    parser = argparse.ArgumentParser(prog="python -m bench.intents", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HELDOUT)
    parser.add_argument("--show", action="store_true", help="list the misses of the last system")
    args = parser.parse_args(argv)

    from advisor import Advisor
    from advisor.retrieval.encoder import Encoder
    from advisor.understanding.intent_match import IntentMatcher, read_needs
    from advisor.understanding.understand import understand

    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    advisor = Advisor.load()
    res = advisor.resources
    res.encoder.encode(["warm up"])  # let the background load finish before loading a second model
    if res.model_version == "base":
        encoders = {"base": res.encoder}
    else:
        encoders = {"base": Encoder(advisor.settings.base_model), f"adapted ({res.model_version})": res.encoder}
    requests = [understand(c["text"], res.vocabulary) for c in cases]
    systems: dict[str, list[tuple[str | None, bool]]] = {
        "rules": [(next(iter(r.intents), None), False) for r in requests]}
    for name, encoder in encoders.items():
        matcher = IntentMatcher(encoder)
        read = [read_needs(r, matcher) for r in requests]
        systems[f"rules+encoder {name}"] = [(next(iter(n.intents), None), len(n.notes) > len(r.notes))
                                            for r, n in zip(requests, read)]
    languages = sorted({c["lang"] for c in cases})
    counts = ", ".join(f"{sum(c['lang'] == lang for c in cases)} {lang}" for lang in languages)
    print(f"{args.cases.name}: {len(cases)} wordings ({counts}); {sum(c['intent'] is None for c in cases)} state no need")
    print(f"{'system':<52}" + "".join(f"{lang:>7}" for lang in [*languages, "all"]) + "  wrong guessed")
    for name, readings in systems.items():
        cells = []
        for lang in [*languages, "all"]:
            pairs = [(c, r) for c, r in zip(cases, readings) if lang == "all" or c["lang"] == lang]
            cells.append(f"{sum(c['intent'] == r[0] for c, r in pairs) / len(pairs):>7.2f}")
        wrong = sum(r[0] is not None and r[0] != c["intent"] for c, r in zip(cases, readings))
        guessed = sum(r[1] for r in readings)
        print(f"{name:<52}" + "".join(cells) + f"  {wrong:>5} {guessed:>7}")
    if args.show:
        last = list(systems)[-1]
        for case, (intent, guess) in zip(cases, systems[last]):
            if intent != case["intent"]:
                print(f"  {case['text']!r}: {intent}{' (guess)' if guess else ''} (gold {case['intent']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
