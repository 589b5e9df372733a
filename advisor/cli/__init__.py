"""The `phone-advisor` console command. Each command group lives in its own module.

Errors the advisor raises on purpose are printed as one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from advisor.errors import AdvisorError

# Command group modules; each exposes register(subparsers). Imported lazily so that
# `phone-advisor chat` never imports training or bot code.
_GROUPS = {
    "data": "advisor.cli.data",
    "chat": "advisor.cli.chat",
    "ask": "advisor.cli.chat",
    "eval": "advisor.cli.measure",
    "bench": "advisor.cli.measure",
    "train": "advisor.cli.models",
    "models": "advisor.cli.models",
    "bot": "advisor.cli.bot",
    "ratings": "advisor.cli.ratings",
    "compare": "advisor.cli.compare",
}


def build_parser(command: str | None) -> argparse.ArgumentParser:
    """The argument parser; only the module of `command` is imported (all of them for --help)."""
    parser = argparse.ArgumentParser(prog="phone-advisor", description="A chat-based phone shopping advisor.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    modules = [_GROUPS[command]] if command in _GROUPS else sorted(set(_GROUPS.values()))
    for name in dict.fromkeys(modules):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console command."""
    args_list = sys.argv[1:] if argv is None else argv
    command = next((a for a in args_list if not a.startswith("-")), None)
    args = build_parser(command).parse_args(args_list)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs full request URLs, which contain the Telegram token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except AdvisorError as exc:
        print(f"phone-advisor: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("phone-advisor: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
