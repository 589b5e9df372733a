"""Intent accuracy on held-out wordings (data/intent_heldout.jsonl): keyword rules, encoder, both.

    .venv/bin/python -m bench.intents

For each wording: the keyword rules' intents (advisor.understand), the encoder matcher's intent
(advisor.intent_match) with the base encoder and, when the registry serves an adapter, with the
adapted one; "rules+encoder" takes the rules' reading when they find one and the encoder's otherwise.
A wording counts as right when the first intent read is its gold intent. Prints accuracy per language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "intent_heldout.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the accuracy table; --show lists the wordings each system gets wrong."""
    parser = argparse.ArgumentParser(prog="python -m bench.intents", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HELDOUT)
    parser.add_argument("--show", action="store_true", help="list the misses of rules+encoder")
    args = parser.parse_args(argv)

    from advisor import Advisor
    from advisor.encoder import Encoder
    from advisor.intent_match import IntentMatcher
    from advisor.understand import understand

    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    advisor = Advisor.load()
    res = advisor.resources
    res.encoder.encode(["warm up"])  # let the background load finish before loading a second model
    if res.model_version == "base":
        encoders = {"base": res.encoder}
    else:
        encoders = {"base": Encoder(advisor.settings.base_model), f"adapted ({res.model_version})": res.encoder}
    rules = [next(iter(understand(c["text"], res.vocabulary).intents), None) for c in cases]
    systems: dict[str, list[str | None]] = {"rules": rules}
    for name, encoder in encoders.items():
        matcher = IntentMatcher(encoder)
        guesses = [matcher.match(c["text"]) for c in cases]
        systems[f"encoder {name}"] = guesses
        systems[f"rules+encoder {name}"] = [r or g for r, g in zip(rules, guesses)]
    languages = sorted({c["lang"] for c in cases})
    counts = ", ".join(f"{sum(c['lang'] == lang for c in cases)} {lang}" for lang in languages)
    print(f"{len(cases)} held-out wordings ({counts})")
    print(f"{'system':<34}" + "".join(f"{l:>8}" for l in [*languages, "all"]))
    for name, guesses in systems.items():
        cells = []
        for lang in [*languages, "all"]:
            pairs = [(c, g) for c, g in zip(cases, guesses) if lang == "all" or c["lang"] == lang]
            cells.append(f"{sum(c['intent'] == g for c, g in pairs) / len(pairs):>8.2f}")
        print(f"{name:<34}" + "".join(cells))
    if args.show:
        last = list(systems)[-1]
        for case, guess in zip(cases, systems[last]):
            if guess != case["intent"]:
                print(f"  {case['text']!r}: {guess} (gold {case['intent']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
