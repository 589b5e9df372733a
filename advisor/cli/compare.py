"""`phone-advisor compare "Pixel 8a" "Galaxy A55" [--chart out.png]`: the comparison table, and its chart."""

from __future__ import annotations

from pathlib import Path

from advisor.catalog.model import MARKETS
from advisor.errors import ConfigError, RequestError

_PREFIX = {"en": "compare", "zh": "对比"}


def register(sub) -> None:
    """Add the compare command."""
    compare = sub.add_parser("compare", help="compare 2 to 4 phones by name, optionally as a PNG chart")
    compare.add_argument("phones", nargs="+", metavar="PHONE", help='a phone name as you would type it ("Pixel 8a")')
    compare.add_argument("--chart", type=Path, metavar="PNG", help="also write the comparison chart to this file")
    compare.add_argument("--lang", choices=sorted(_PREFIX), default="en", help="language of the table and chart")
    compare.add_argument("--currency", choices=MARKETS, default=None,
                         help="prices in this market (default: USD, CNY with --lang zh)")
    compare.set_defaults(handler=run_compare)


def run_compare(args) -> int:
    """Print the table; write the chart where asked. Names are resolved as the chat resolves them."""
    from advisor import Advisor, Settings, answer_chart
    from advisor.dialogue.session import Session
    from advisor.dialogue.state import DialogueState

    if not 2 <= len(args.phones) <= 4:
        raise RequestError(f"Name 2 to 4 phones to compare, got {len(args.phones)}.")
    if args.chart is not None and not args.chart.parent.is_dir():
        raise ConfigError(f"Cannot write the chart to {args.chart}: the folder {args.chart.parent} does not exist.")
    currency = args.currency or ("CNY" if args.lang == "zh" else "USD")
    advisor = Advisor.load(Settings.from_env())
    session = Session(advisor, DialogueState(language=args.lang, currency=currency).to_json())
    # The same words a shopper would type in the chat, so names resolve exactly as they do there.
    answer = session.ask(f"{_PREFIX[args.lang]} " + " vs ".join(args.phones))
    if answer.kind != "compare":
        raise RequestError(answer.text.splitlines()[0] if answer.text else "These phones could not be compared.")
    print(answer.text)
    if args.chart is not None:
        chart = answer_chart(advisor, answer)
        if chart is None:  # a comparison of 2 to 4 phones always has one
            raise RequestError("These phones could not be charted.")
        args.chart.write_bytes(chart.png)
        print(f"chart: {args.chart}")
    return 0
