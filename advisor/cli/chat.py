"""`phone-advisor chat` (console or --jsonl) and `phone-advisor ask "..."`."""

from __future__ import annotations

import json
import sys

from advisor.errors import RequestError


def register(sub) -> None:
    """Add the chat and ask commands."""
    chat = sub.add_parser("chat", help="talk to the advisor in the console")
    chat.add_argument("--jsonl", action="store_true",
                      help="read one message per stdin line, write one JSON object per line")
    chat.set_defaults(handler=run_chat)
    ask = sub.add_parser("ask", help="answer one message and exit")
    ask.add_argument("message")
    ask.add_argument("--json", action="store_true", help="print the JSON object instead of text")
    ask.set_defaults(handler=run_ask)


def _advisor():
    from advisor import Advisor, Settings

    return Advisor.load(Settings.from_env())


def run_ask(args) -> int:
    """Answer one message."""
    from advisor.explain.json_form import answer_to_json

    session = _advisor().session()
    answer = session.ask(args.message)
    print(json.dumps(answer_to_json(answer), ensure_ascii=False) if args.json else answer.text)
    return 0


def run_chat(args) -> int:
    """Interactive conversation, or JSON lines with --jsonl."""
    advisor = _advisor()
    return _jsonl(advisor) if args.jsonl else _console(advisor)


def _jsonl(advisor) -> int:
    from advisor.explain.json_form import answer_to_json

    session = advisor.session()
    for line in sys.stdin:
        message = line.rstrip("\n")
        try:
            answer = session.reset() if message.strip() == "/reset" else session.ask(message)
            payload = answer_to_json(answer)
        except RequestError as exc:
            payload = answer_to_json(session.error_answer(exc))  # the filters in force stay visible
        print(json.dumps(payload, ensure_ascii=False), flush=True)
    return 0


def _console(advisor) -> int:
    session = advisor.session()
    print(f"phone-advisor: {len(advisor.catalog)} phones, model {advisor.model_version}. "
          "Type what you want (\"best camera under $500\"), /reset to start over, Ctrl-D to quit.")
    while True:
        try:
            message = input("you> ")
        except EOFError:
            print()
            return 0
        if message.strip() in {"/quit", "/exit"}:
            return 0
        try:
            answer = session.reset() if message.strip() == "/reset" else session.ask(message)
            print(answer.text)
        except RequestError as exc:
            print(session.error_answer(exc).text)
