"""Shoppers talking to the real bot through the Bot API emulator (real python-telegram-bot networking)."""

from __future__ import annotations

from bot import _callbacks as cb
from bot._services import services_of
from tests.emulator import parse_html
from tests.emulator.harness import Shopper, running_bot, settings_for


async def test_start_greets_in_the_language_of_the_telegram_client(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        en = await Shopper(emulator, emulator.user(1, "Ann", "en")).say("/start")
        zh = await Shopper(emulator, emulator.user(2, "Li", "zh-hans")).say("/start")
    assert en[0].text.startswith("Hi Ann!") and "under $400" in en[0].text
    assert zh[0].text.startswith("你好，Li")


async def test_without_a_language_code_the_bot_follows_the_users_script(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = await Shopper(emulator, emulator.user(3, "Wu", None)).say("三千元以内拍照好的手机")
    assert "符合条件" in reply[0].text  # the answer is in Chinese


async def test_a_multi_turn_conversation_with_button_presses(emulator, shared_advisor, tmp_path):
    settings = settings_for(emulator, tmp_path)
    async with running_bot(settings, shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        first = (await ann.say("a phone under $500 with a great camera"))[0]
        assert "budget" in first.text and "$" in first.text
        assert [d.split("|")[1] for d in first.button_data].count(cb.LIKE) >= 2

        refined = (await ann.say("only Samsung"))[0]
        assert "Samsung" in refined.text and "budget" in refined.text  # the budget is kept across turns

        _, answered = await ann.press(refined, label="👍 1", expect=0)
        assert answered["text"].startswith("Thanks!")

        details = (await ann.press(refined, label="ℹ️ 1"))[0][0]
        assert "Samsung" in details.text

        unfiltered = (await ann.press(refined, label="✖ brand"))[0][0]
        assert "brand" not in unfiltered.text.split("phones match")[0]
        assert "budget" in unfiltered.text

        more = (await ann.press(unfiltered, label="More"))[0][0]
        assert more.text != unfiltered.text

        table = (await ann.press(unfiltered, label="Compare"))[0][0]
        assert table.html.startswith("<pre>")
    for message in ann.replies:
        parse_html(message.html)  # the emulator accepted it; check again for the record


async def test_a_forged_button_is_answered_politely_and_changes_nothing(emulator, shared_advisor, tmp_path):
    settings = settings_for(emulator, tmp_path)
    async with running_bot(settings, shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("phone under $300"))[0]
        like = answer.button_data[0]
        forged = like.rsplit("|", 2)[0] + "|0|" + like.rsplit("|", 1)[1]  # another phone, old signature
        _, answered = await ann.press(answer, data=forged, expect=0)
        _, garbage = await ann.press(answer, data="DROP TABLE users", expect=0)
        assert answered["text"] == garbage["text"] == "This button is from an older answer. Please ask again."
        assert await ann.quiet() == []
    from bot import Store
    from bot._crypto import load_fernet

    store = Store(settings.db_path, load_fernet(settings.home, settings.key_file), 30)
    assert store.liked(1) == [] and store.stats().likes == 0
    store.close()


async def test_a_button_from_another_catalog_is_stale(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("phone under $300"))[0]
        stale = cb.CallbackCodec(emulator.token).encode(cb.LIKE, "0", "zzzzzz")
        _, answered = await ann.press(answer, data=stale, expect=0)
    assert answered["text"] == "This button is from an older answer. Please ask again."


async def test_compare_command_shows_a_table(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(1)).say("/compare iPhone 16 vs Pixel 8a"))[0]
    assert reply.html.startswith("<pre>") and "iPhone 16" in reply.text and "Pixel 8a" in reply.text


async def test_an_unknown_phone_gets_the_advisors_explanation(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(1)).say("/compare Nokia 3310 vs Zune"))[0]
    assert reply.text.startswith("Sorry, I could not do that:")


async def test_an_error_reply_shows_the_filters_still_in_force(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("Samsung under $900")
        reply = (await ann.say("details of #9"))[0]
        after = (await ann.say("5G"))[0]
    assert reply.text.startswith("Sorry, I could not do that:")
    assert "Samsung" in reply.text and "$900" in reply.text  # the shopper does not see the filters vanish
    assert "Samsung" in after.text and "$900" in after.text


async def test_reset_clears_the_filters(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("Samsung under $400")
        await ann.say("/reset")
        after = (await ann.say("big battery"))[0]
    assert "Samsung" not in after.text.split("match")[0]


async def test_history_lists_requests_and_liked_phones(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("phone under $300"))[0]
        await ann.press(answer, label="👍 1", expect=0)
        history = (await ann.say("/history"))[0]
    assert "phone under $300" in history.text and "Phones you liked" in history.text


async def test_consent_defaults_to_no_and_buttons_change_it(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        privacy = (await ann.say("/privacy"))[0]
        assert "currently: no" in privacy.text
        question = (await ann.say("/consent"))[0]
        await ann.press(question, label="Yes", expect=0)
        await emulator.wait_for(lambda: "Thank you" in ann.replies[-1].text, what="the edited consent message")
        assert "currently: yes" in (await ann.say("/privacy"))[0].text
        await ann.say("/consent no")
        assert "currently: no" in (await ann.say("/privacy"))[0].text


async def test_forget_deletes_everything_including_training_exports(emulator, shared_advisor, tmp_path):
    settings = settings_for(emulator, tmp_path)
    async with running_bot(settings, shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("/consent yes")
        answer = (await ann.say("phone under $300"))[0]
        await ann.press(answer, label="👍 1", expect=0)
        store = services_of(app).store
        assert store.export_training_pairs() == [("phone under $300", store.liked(1)[0])]
        reply = (await ann.say("/forget"))[0]
        assert reply.text == "Everything I stored about you has been deleted."
        assert store.export_training_pairs() == [] and store.user(1) is None
        assert store.history(1, 10) == [] and store.load_state(1) is None
        assert "no history" in (await ann.say("/history"))[0].text


async def test_lang_switches_the_bots_own_texts(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        assert (await ann.say("/lang zh"))[0].text == "我会用中文回答。"
        assert (await ann.say("/help"))[0].text.startswith("告诉我")


async def test_in_groups_the_bot_answers_only_when_mentioned_or_replied_to(emulator, shared_advisor, tmp_path):
    group = emulator.group(-100123)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1), chat_id=group)
        ann.user.say("any good phone under $300?", chat_id=group)
        assert await ann.quiet(0.5) == []
        mentioned = (await ann.say("@phone_advisor_bot phone under $300"))[0]
        assert mentioned.reply_to is not None and "$300" in mentioned.text
        before = len(ann.replies)
        ann.user.say("cheaper", chat_id=group, reply_to=mentioned.message_id)
        replied = (await emulator.wait_sent(group, before + 1))[-1]
        assert "budget" in replied.text


async def test_lang_with_an_unknown_language_explains_the_usage(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(1)).say("/lang klingon"))[0]
    assert reply.text == "Use /lang en or /lang zh."


async def test_likes_personalise_later_answers(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        first = (await ann.say("phone under $500"))[0]
        await ann.press(first, label="👍 3", expect=0)
        again = (await ann.say("phone under $450"))[0]
    assert "♥" in again.text  # a pick explained by the shopper's earlier like
