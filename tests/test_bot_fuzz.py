"""Hypothesis-generated updates never crash a handler: any text and entities, edits, channel posts,
messages without a sender, forged and non-ASCII button data, documents of any size and type."""

from __future__ import annotations

import asyncio
import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emulator import BotApiEmulator
from tests.emulator.harness import Shopper, running_bot, settings_for

GROUP = -100500
ENTITY_TYPES = ["bot_command", "mention", "text_mention", "url", "bold", "hashtag", "code", "pre", "spoiler"]

texts = st.one_of(st.text(max_size=200), st.sampled_from(["/start", "/compare", "/history", "/forget", "/lang",
                                                          "/consent maybe", "/retrain x=1", "/privacy@x", "/"]),
                  st.text(max_size=30).map(lambda t: "/" + t))
entities = st.lists(st.fixed_dictionaries({
    "type": st.sampled_from(ENTITY_TYPES), "offset": st.integers(0, 250), "length": st.integers(0, 50)}), max_size=3)
senders = st.sampled_from(["person", "anonymous", "channel", "none"])


@st.composite
def updates(draw) -> dict:
    """One raw update of any kind the Bot API may deliver to us."""
    kind = draw(st.sampled_from(["message", "edited_message", "channel_post", "callback_query", "document"]))
    return {"kind": kind, "text": draw(texts), "entities": draw(entities), "sender": draw(senders),
            "in_group": draw(st.booleans()), "data": draw(st.one_of(st.text(max_size=80), st.binary(max_size=64).map(
                lambda b: b.decode("latin-1")))),
            "file_name": draw(st.one_of(st.none(), st.text(max_size=40))), "mime": draw(st.one_of(
                st.none(), st.sampled_from(["text/csv", "application/pdf", "image/png", "text/plain"]))),
            "size": draw(st.one_of(st.none(), st.integers(0, 2**40))), "content": draw(st.binary(max_size=300))}


def _push(emu: BotApiEmulator, spec: dict, user_id: int) -> None:
    user = emu.user(user_id, language_code=None)
    chat_id = GROUP if spec["in_group"] else user_id
    sender = {"person": user.json,
              "anonymous": {"id": 1087968824, "is_bot": True, "first_name": "Group"},
              "channel": {"id": 136817688, "is_bot": True, "first_name": "Channel"}}.get(spec["sender"])
    if chat_id == user_id:
        emu._ensure_private_chat(user)
    body = {"text": spec["text"], "entities": spec["entities"]}
    if sender is not None:
        body["from"] = sender
    if spec["sender"] in ("anonymous", "channel"):
        body["sender_chat"] = {"id": GROUP, "type": "supergroup", "title": "g"}
    kind = spec["kind"]
    if kind == "document":
        file_id, unique = emu._new_file(spec["content"], "documents", ".csv")
        document = {"file_id": file_id, "file_unique_id": unique}
        for key, value in (("file_name", spec["file_name"]), ("mime_type", spec["mime"]), ("file_size", spec["size"])):
            if value is not None:
                document[key] = value
        body = {k: v for k, v in body.items() if k not in ("text", "entities")} | {"document": document}
        emu.push({"message": emu._store_message(chat_id, body)})
    elif kind == "callback_query":
        message = emu._store_message(chat_id, {"from": emu.bot_user, "text": "an answer"})
        query_id = str(next(emu._query_ids))
        with emu._lock:
            emu._queries[query_id] = {"user": user_id}
        emu.push({"callback_query": {"id": query_id, "from": user.json, "message": message,
                                     "chat_instance": str(chat_id), "data": spec["data"]}})
    elif kind == "channel_post":
        with emu._lock:
            emu._chats.setdefault(-100900, {"id": -100900, "type": "channel", "title": "c"})
        post = emu._store_message(-100900, {"text": spec["text"], "entities": spec["entities"]})
        emu.push({"channel_post": post})
    else:
        message = emu._store_message(chat_id, body)
        if kind == "edited_message":
            message = {**message, "edit_date": message["date"]}
        emu.push({kind: message})


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(updates(), min_size=25, max_size=25))
def test_random_updates_never_crash_a_handler(shared_advisor, tmp_path_factory, batch):
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    try:
        asyncio.run(_play(shared_advisor, tmp_path_factory.mktemp("fuzz"), batch))
    finally:
        logging.getLogger().removeHandler(errors)
    assert errors.records == []


async def _play(advisor, tmp_path, batch) -> None:
    with BotApiEmulator() as emu:
        emu.group(GROUP)
        async with running_bot(settings_for(emu, tmp_path), advisor):
            for i, spec in enumerate(batch):
                _push(emu, spec, 1000 + i % 5)
            # Still serving afterwards: a plain request from someone else is answered.
            reply = (await Shopper(emu, emu.user(7)).say("phone under $400", timeout=60))[0]
            assert "fits your budget" in reply.text
            await asyncio.sleep(0.5)  # let the last handlers finish while errors are still collected
