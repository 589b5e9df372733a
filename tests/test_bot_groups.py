"""Groups: shared identities (anonymous admins, "send as channel") keep nothing; buttons act for their owner only."""

from __future__ import annotations

from bot._services import services_of
from tests.emulator.harness import Shopper, running_bot, settings_for

GROUP, OTHER_GROUP = -100123, -100456
NOT_A_PERSON = "You are writing as the group or as a channel"


async def test_an_anonymous_admin_is_answered_but_nothing_is_kept_for_the_shared_identity(emulator, shared_advisor,
                                                                                        tmp_path):
    emulator.group(GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        admin = Shopper(emulator, emulator.anonymous_admin(GROUP), chat_id=GROUP)
        answer = (await admin.say("@phone_advisor_bot Samsung under $400"))[0]
        store = services_of(app).store
        kept = [store.rows(t) for t in ("users", "dialogue", "history", "requests")]
    assert "Samsung" in answer.text
    assert kept == [0, 0, 0, 0]


async def test_one_groups_anonymous_admin_cannot_reach_anothers_history_or_forget_it(emulator, shared_advisor,
                                                                                  tmp_path):
    emulator.group(GROUP), emulator.group(OTHER_GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        first = Shopper(emulator, emulator.anonymous_admin(GROUP), chat_id=GROUP)
        second = Shopper(emulator, emulator.anonymous_admin(OTHER_GROUP), chat_id=OTHER_GROUP)
        await first.say("@phone_advisor_bot Samsung under $400")
        history = (await second.say("/history"))[0]
        forget = (await second.say("/forget"))[0]
        follow_up = (await first.say("@phone_advisor_bot only 5G"))[0]
    assert history.text.startswith("I show your history only in a private chat")
    assert forget.text.startswith(NOT_A_PERSON)
    assert "Samsung" not in follow_up.text.split("match")[0]  # no state was kept under the shared identity to carry over


async def test_a_member_writing_as_a_channel_gets_no_personal_features(emulator, shared_advisor, tmp_path):
    emulator.group(GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        member = Shopper(emulator, emulator.channel_member(-100777), chat_id=GROUP)
        for command in ("/reset", "/consent yes", "/lang zh"):
            assert (await member.say(command))[0].text.startswith(NOT_A_PERSON)


async def test_history_is_shown_only_in_private_chats(emulator, shared_advisor, tmp_path):
    emulator.group(GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = emulator.user(1)
        await Shopper(emulator, ann).say("phone under $300")
        in_group = (await Shopper(emulator, ann, chat_id=GROUP).say("/history"))[0]
        in_private = (await Shopper(emulator, ann).say("/history"))[0]
    assert in_group.text.startswith("I show your history only in a private chat")
    assert "phone under $300" not in in_group.text and "phone under $300" in in_private.text


async def test_a_button_under_someone_elses_answer_is_refused_and_acts_for_nobody(emulator, shared_advisor, tmp_path):
    emulator.group(GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(1, "Ann"), chat_id=GROUP)
        bob = Shopper(emulator, emulator.user(2, "Bob"), chat_id=GROUP)
        answer = (await ann.say("@phone_advisor_bot phone under $300"))[0]
        _, refusal = await bob.press(answer, label="👍 1", expect=0)
        store = services_of(app).store
        after_bob = (store.liked(1), store.liked(2))
        await ann.press(answer, label="👍 1", expect=0)
        liked_by_ann = store.liked(1)
    assert refusal == {"text": "These buttons belong to someone else's answer. Ask me yourself to get your own.",
                       "show_alert": True}
    assert after_bob == ([], [])
    assert len(liked_by_ann) == 1


async def test_answers_to_a_button_press_in_a_group_stay_with_their_owner(emulator, shared_advisor, tmp_path):
    emulator.group(GROUP)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(1, "Ann"), chat_id=GROUP)
        answer = (await ann.say("@phone_advisor_bot phone under $500"))[0]
        more = (await ann.press(answer, label="More"))[0][0]
        _, pressed = await ann.press(more, label="👍 1", expect=0)  # the owner may use the new answer's buttons
        liked = services_of(app).store.liked(1)
    assert more.reply_to == answer.reply_to  # it quotes Ann's request, like the answer it came from
    assert pressed["show_alert"] is False and len(liked) == 1
