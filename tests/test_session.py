"""A conversation through the Python API the bot uses: filters accumulate, answers stay honest."""

from dataclasses import replace

import pytest

from advisor.errors import RequestError
from advisor.ranking.match import matches
from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def test_budget_request_returns_only_phones_within_it(session):
    answer = session.ask("best camera phone under $500")
    assert answer.exact and answer.picks
    assert all(p.phone.price("USD") <= 500 for p in answer.picks)
    assert answer.filters[0].slot == "budget"


def test_filters_accumulate_over_turns(session):
    session.ask("phones under $900")
    answer = session.ask("only Samsung")
    assert {p.phone.brand for p in answer.picks} == {"Samsung"}
    assert all(p.phone.price("USD") <= 900 for p in answer.picks)


def test_every_pick_satisfies_the_constraints_in_force(session):
    session.ask("at least 8GB RAM and 5000 mAh")
    answer = session.ask("anything except Xiaomi")
    assert answer.picks and all(matches(p.phone, answer.constraints) for p in answer.picks)


def test_impossible_request_says_so_and_offers_relaxed_alternatives(session):
    answer = session.ask("iPhone under $300")
    assert not answer.exact and answer.picks
    assert all(p.relaxed for p in answer.picks)
    assert "over your budget" in answer.picks[0].relaxed[0].text


def test_chinese_request_is_answered_in_chinese_with_yuan(session):
    answer = session.ask("预算3000元，续航好")
    assert answer.language == "zh" and answer.currency == "CNY"
    assert all(p.phone.price("CNY") <= 3000 for p in answer.picks)
    assert "¥" in answer.text


def test_compare_the_first_two_builds_a_table_of_the_shown_phones(session):
    shown = session.ask("phones under $400").picks
    answer = session.ask("compare the first two")
    assert answer.kind == "compare"
    assert [p.id for p in answer.comparison.phones] == [p.phone.id for p in shown[:2]]


def test_why_not_explains_what_a_phone_breaks(session):
    session.ask("phones under $500")
    answer = session.ask("why not the iPhone 16?")
    assert answer.kind == "why_not" and not answer.exact
    assert "over your budget" in answer.text


def test_removing_a_filter_widens_the_search(session):
    narrow = session.ask("Samsung under $300")
    wide = session.remove_filter("budget")
    assert wide.match_count > narrow.match_count


def test_show_more_pages_through_the_matches(session):
    first = session.ask("5G phones")
    second = session.ask("show more")
    assert not {p.phone.id for p in first.picks} & {p.phone.id for p in second.picks}


def test_unsupported_feature_is_named_back(session):
    answer = session.ask("phone with wireless charging under $800")
    assert "wireless charging" in answer.unsupported
    assert "can't filter on wireless charging" in answer.text


def test_reference_to_a_phone_not_shown_is_a_clear_error(session):
    session.ask("phones under $400")
    with pytest.raises(RequestError):
        session.ask("details of #9")


def test_an_error_answer_keeps_the_filters_in_force(session):
    shown = session.ask("phones under $400")
    with pytest.raises(RequestError) as raised:
        session.ask("details of #9")
    answer = session.error_answer(raised.value)
    assert answer.kind == "error" and answer.filters == shown.filters and answer.filters
    assert answer.text.splitlines()[0] == str(raised.value)


def test_state_survives_a_restart_of_the_session(small_advisor, session):
    session.ask("only Google")
    restored = small_advisor.session(session.state_json())
    answer = restored.ask("cheaper")
    assert {p.phone.brand for p in answer.picks} <= {"Google"}


@pytest.mark.parametrize("text", ["", " ", "🙂" * 50, "x" * 10_000, "مرحبا", "\x00\x1b[31m"])
def test_odd_input_gets_an_answer_not_a_crash(session, text):
    assert session.ask(text).text


def _ids(answer):
    return [p.phone.id for p in answer.picks]


def test_undo_restores_the_previous_list(session):
    first = session.ask("phones under $800")
    session.ask("only Samsung")
    answer = session.ask("undo")
    assert _ids(answer) == _ids(first) and answer.filters == first.filters
    assert [c.op for c in answer.changes] == ["restore"]


def test_undo_at_the_start_says_there_is_nothing_to_go_back_to(session):
    answer = session.ask("撤销")
    assert answer.kind == "social" and answer.language == "zh" and not answer.picks


@pytest.mark.parametrize("text", ["thanks", "ok", "cool", "好的谢谢", "明白了"])
def test_a_social_turn_changes_neither_state_nor_list(session, text):
    session.ask("phones under $800")
    before = session.state
    answer = session.ask(text)
    assert answer.kind == "social" and not answer.picks and session.state.search() == before.search()
    assert session.state.shown == before.shown


@pytest.mark.parametrize("text", ["what can you do?", "你能做什么"])
def test_what_can_you_do_gets_help_not_phones(session, text):
    answer = session.ask(text)
    assert answer.kind == "help" and not answer.picks


def test_returning_to_the_phone_restores_the_search_before_the_tablet(session):
    phone = session.ask("Huawei phones under $900")
    session.ask("actually a tablet for my kid first")
    answer = session.ask("ok now back to my phone")
    assert answer.constraints == phone.constraints and answer.changes[0].op == "restore"


def test_returning_applies_the_new_message_on_top_of_the_phone_search(session):
    session.ask("Huawei phones under $900")
    session.ask("actually a tablet for my kid first")
    answer = session.ask("ok now a phone for me, around $700, 5G")
    c = answer.constraints
    assert (c.devices, c.brands, c.needs_5g, c.budget.around) == (frozenset(), {"Huawei"}, True, 700)


def test_reset_forgets_the_previous_shoppers_currency_and_language(session):
    session.ask("预算2万卢比")
    answer = session.ask("/reset")
    assert (answer.language, answer.currency, session.state.history) == ("en", "USD", ())


def test_cheaper_moves_below_the_middle_of_the_shown_prices(session):
    shown = session.ask("phones under $800")
    prices = sorted(p.phone.price("USD") for p in shown.picks)
    answer = session.ask("cheaper")
    assert answer.constraints.budget.hi < prices[(len(prices) - 1) // 2]
    assert answer.picks and all(p.phone.price("USD") <= answer.constraints.budget.hi for p in answer.picks)


def test_cheaper_with_an_explicit_ceiling_takes_the_ceiling(session):
    session.ask("phones under $800")
    assert session.ask("cheaper, under $600").constraints.budget.hi == 600


def test_a_position_with_a_question_opens_that_phone_without_reranking(session):
    shown = session.ask("phones under $900")
    answer = session.ask("number 4, what's the battery on it?")
    assert answer.kind == "details" and [p.id for p in answer.focus] == [_ids(shown)[3]]
    assert session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text, position", [("第二个详细说说", 2), ("那就第一个吧，详细参数", 1), ("为什么第一个好", 1),
                                            ("为什么第一个比较好", 1), ("第三个给我详细说说", 3)])
def test_chinese_positions_address_the_shown_list(session, text, position):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    assert [p.id for p in answer.focus] == [_ids(shown)[position - 1]]


@pytest.mark.parametrize("text, from_end", [("the last one", 1), ("tell me about the last option", 1),
                                             ("second to last", 2), ("倒数第二个", 2), ("最后一个详细说说", 1),
                                             ("倒数第三个怎么样", 3)])
def test_positions_counted_from_the_end_address_the_shown_list_without_reranking(session, text, from_end):
    shown = _ids(session.ask("phones under $900"))
    answer = session.ask(text)
    assert [p.id for p in answer.focus] == [shown[-from_end]]
    assert session.state.shown == tuple(shown)


def test_a_position_from_the_end_past_the_shown_list_is_refused(session):
    shown = _ids(session.ask("phones under $900"))
    with pytest.raises(RequestError):
        session.ask(f"倒数第{len(shown) + 1}个")


def test_that_after_details_means_the_phone_just_shown(session):
    shown = session.ask("phones under $900")
    session.ask("details of #3")
    answer = session.ask("why that one?")
    assert answer.kind == "why" and [p.id for p in answer.focus] == [_ids(shown)[2]]


@pytest.mark.parametrize("text, key", [("the cheapest of these", "price"), ("这几个里最轻的", "weight_g")])
def test_a_superlative_over_these_picks_among_the_shown_phones(session, text, key):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    value = {"price": lambda p: p.price("USD"), "weight_g": lambda p: p.weight_g}[key]
    assert answer.focus[0].id in _ids(shown) and value(answer.focus[0]) == min(value(p.phone) for p in shown.picks)
    assert session.state.shown == tuple(_ids(shown))


def test_that_pixel_resolves_to_the_shown_pixel_not_a_brand_filter(session):
    shown = session.ask("phones under $600")
    pixel = next(p.phone for p in shown.picks if p.phone.brand == "Google")
    answer = session.ask("tell me more about that Pixel")
    assert answer.kind == "details" and answer.focus == (pixel,) and answer.constraints == shown.constraints


# A loose name ("the Galaxy one", "那个三星的呢") points at the phones on screen that it names: one such phone is
# opened; several are listed in a question (no guess); none leaves the message to be read as before. Either way
# the list it points into stays as it was.
# "apple, samsung or google phones under $900" shows one iPhone, two Galaxies (S24, A55) and two Pixels (8a, 7a).

@pytest.mark.parametrize("text", ["the iPhone you showed, details please", "the iPhone one?", "what about the iPhone?",
                                  "那个苹果的呢", "苹果那款详细说说"])
def test_a_loose_name_of_one_shown_phone_opens_it_without_filtering(session, text):
    shown = session.ask("apple, samsung or google phones under $900")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id in _ids(shown) and answer.focus[0].brand == "Apple"
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text, brand", [("tell me more about that pixel you listed", "Google"), ("how about the Galaxy one?", "Samsung"),
                                         ("what about the galaxy one", "Samsung"), ("what about the Pixel?", "Google"),
                                         ("那个三星的呢", "Samsung"), ("谷歌那款详细说说", "Google")])
def test_a_loose_name_of_several_shown_phones_asks_which_and_lists_them(session, text, brand):
    shown = session.ask("apple, samsung or google phones under $900")
    answer = session.ask(text)
    named = [p.phone for p in shown.picks if p.phone.brand == brand]
    assert answer.kind == "social" and not answer.picks and answer.focus == tuple(named)
    assert all(p.family in answer.text for p in named)
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["is the iphone any good?", "what's the battery on the iphone?", "does the iPhone have 5g?",
                                  "how's the iphone", "苹果那款电池多大", "那个苹果的有5G吗"])
def test_a_question_about_a_loose_name_of_one_shown_phone_opens_it_without_filtering(session, text):
    shown = session.ask("apple, samsung or google phones under $900")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id in _ids(shown) and answer.focus[0].brand == "Apple"
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["is the galaxy any good?", "三星那款续航怎么样"])
def test_a_question_about_a_loose_name_of_several_shown_phones_asks_which(session, text):
    shown = session.ask("apple, samsung or google phones under $900")
    answer = session.ask(text)
    assert answer.kind == "social" and {p.brand for p in answer.focus} == {"Samsung"} and len(answer.focus) == 2
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["the samsung ones under $500", "三星的有吗", "what about the iphone, but cheaper?"])
def test_a_loose_name_beside_a_wish_for_a_list_is_a_request(session, text):
    session.ask("apple, samsung or google phones under $900")
    assert session.ask(text).kind == "results"


def test_a_name_asked_about_then_picked_by_position_opens_that_phone(session):
    shown = session.ask("apple, samsung or google phones under $900")
    session.ask("the Galaxy one?")
    assert session.ask("the fourth one").focus[0].id == _ids(shown)[3]


@pytest.mark.parametrize("text", ["what about the Galaxy?", "the Samsung one?"])
def test_a_loose_name_of_no_shown_phone_is_read_as_before(session, text):
    session.ask("phones under $600")  # no Samsung among them
    answer = session.ask(text)
    assert answer.kind == "results" and answer.constraints.brands == {"Samsung"}


@pytest.mark.parametrize("text, family", [("一加12怎么样", "12"), ("红米Note 13的详细参数", "Redmi Note 13"),
                                          ("一加12这款怎么样", "12"), ("红米Note 13的详细参数给我看看", "Redmi Note 13")])
def test_model_names_with_chinese_brand_names_resolve(session, text, family):
    session.ask("phones under $900")
    assert session.ask(text).focus[0].family == family


def test_the_answer_says_what_changed(session):
    session.ask("phones under $800")
    answer = session.ask("only Samsung")
    assert [(c.op, c.slot) for c in answer.changes] == [("add", "brands")]
    assert "Changed: added brand: Samsung" in answer.text


def test_phones_named_before_which_is_better_are_compared(session):
    answer = session.ask("Galaxy S24 vs Pixel 8a, which is better?")
    assert answer.kind == "compare" and [p.family for p in answer.focus] == ["Galaxy S24", "Pixel 8a"]


def test_parser_notes_reach_the_answer_and_its_text(session):
    answer = session.ask("phones under 20000")
    assert answer.notes and answer.text.splitlines()[0] == f"Note: {answer.notes[0]}"


def test_json_lines_carry_changes_and_focus(session):
    from advisor.explain.json_form import answer_to_json

    session.ask("phones under $800")
    changed = answer_to_json(session.ask("only Samsung"))
    details = answer_to_json(session.ask("details of #1"))
    assert changed["changes"] == [{"op": "add", "slot": "brands", "text": "added brand: Samsung"}]
    assert details["focus"] == [details["results"][0]["id"]]


# a yes/no question ("is it 5G?") names no filter: it asks about the phone in focus, whatever it names
@pytest.mark.parametrize("text", ["what about its camera?", "它的电池多大", "is it 5G?", "does that have 5g?",
                                  "is that one under $500?", "它支持5G吗", "这款有5G吗"])
def test_a_question_about_it_opens_the_phone_in_focus(session, text):
    shown = session.ask("phones under $900")
    session.ask("details of #3")
    answer = session.ask(text)
    assert answer.kind == "details" and [p.id for p in answer.focus] == [_ids(shown)[2]]
    assert answer.constraints == shown.constraints


def test_back_after_details_shows_the_list_again_unchanged(session):
    shown = session.ask("phones under $900")
    session.ask("details of #3")
    answer = session.ask("back")
    assert answer.kind == "results" and _ids(answer) == _ids(shown) and answer.constraints == shown.constraints


def test_leaving_a_brand_is_an_exclusion_not_an_upgrade_question(session):
    answer = session.ask("想换掉苹果，安卓旗舰，六千以内")
    assert answer.kind == "results" and "Apple" in answer.constraints.exclude_brands


def test_a_tablet_for_someone_else_starts_from_what_the_message_says(session):
    session.ask("Huawei phones under $900")
    answer = session.ask("actually a tablet for my kid first")
    assert answer.constraints.devices == {"tablet"} and not answer.constraints.brands and answer.constraints.budget is None
    assert all(p.phone.device == "tablet" for p in answer.picks)


@pytest.mark.parametrize("text", ["how much is that one?", "那个电池怎么样"])
def test_questions_about_that_one_open_the_phone_in_focus(session, text):
    shown = session.ask("phones under $900")
    session.ask("details of #2")
    assert [p.id for p in session.ask(text).focus] == [_ids(shown)[1]]


def test_that_samsung_in_chinese_resolves_to_the_shown_samsung(session):
    shown = session.ask("Xiaomi or Samsung under $300")  # two Redmis, one Galaxy
    (phone,) = session.ask("那台三星详细说说").focus
    assert phone.brand == "Samsung" and phone.id in _ids(shown)


def test_that_xiaomi_in_chinese_asks_which_of_the_shown_xiaomis(session):
    shown = session.ask("Xiaomi or Samsung under $300")
    answer = session.ask("那台小米详细说说")
    assert answer.kind == "social" and [p.id for p in answer.focus] == [i for i in _ids(shown) if "redmi" in i.lower()]


def test_undo_after_details_takes_back_the_last_change(session):
    first = session.ask("phones under $800")
    session.ask("only Samsung")
    session.ask("details of #1")
    answer = session.ask("undo")
    assert answer.constraints == first.constraints and _ids(answer) == _ids(first)


@pytest.mark.parametrize("first, text, brand", [("只要荣耀", "不对，我说的是华为不是荣耀", "Huawei"),
                                                 ("only Honor", "no, I meant Huawei, not Honor", "Huawei")])
def test_a_brand_correction_replaces_the_misheard_brand(session, first, text, brand):
    session.ask(first)
    assert session.ask(text).constraints.brands == {brand}


@pytest.mark.parametrize("first, text", [("Samsung tablet under $900", "no sorry, I meant a phone, not a tablet"),
                                          ("三星平板，6000以内", "不对，我说的是手机，不是平板")])
def test_correcting_the_device_keeps_the_other_filters(session, first, text):
    before = session.ask(first).constraints
    answer = session.ask(text)
    assert "tablet" not in answer.constraints.devices
    assert answer.constraints.brands == before.brands and answer.constraints.budget == before.budget
    assert answer.picks and all(p.phone.device != "tablet" for p in answer.picks)


@pytest.mark.parametrize("text", ["now 手机 for me, 3000以内", "back to phones, 3000 yuan max", "回到手机，3000以内"])
def test_a_return_to_phones_in_mixed_words_leaves_the_tablets(session, text):
    session.ask("need a tablet, 2000元以内")
    answer = session.ask(text)
    assert answer.constraints.devices != {"tablet"} and answer.constraints.budget.hi == 3000
    assert answer.picks and all(p.phone.device != "tablet" for p in answer.picks)


@pytest.mark.parametrize("first, detour, text", [
    ("phones under $900", "oh wait, first I need a tablet for my daughter", "ok let's get back to my phone"),
    ("三星手机，6000以内", "先看看平板吧，给老人用的", "好，继续看手机")])
def test_returning_to_the_phone_shows_the_same_list_as_before_the_detour(session, first, detour, text):
    phone = session.ask(first)
    session.ask(detour)
    answer = session.ask(text)
    assert answer.constraints == phone.constraints and _ids(answer) == _ids(phone)


@pytest.mark.parametrize("text", ["这几款哪款最便宜", "which of these tablets is the cheapest?", "这些平板里最便宜的",
                                  "these, which is the cheapest"])
def test_a_superlative_over_these_that_restates_the_device_picks_among_the_shown(session, text):
    shown = session.ask("tablets under $2000")
    answer = session.ask(text)
    cheapest = min((p.phone for p in shown.picks), key=lambda p: p.price("USD"))
    assert answer.kind == "details" and [p.id for p in answer.focus] == [cheapest.id]
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, family", [("一加12怎么样", "12"), ("tell me about the OnePlus 12", "12")])
def test_a_model_named_exactly_beats_a_shown_model_whose_name_holds_it(session, text, family):
    session.ask("OnePlus phones")
    (phone,) = session.ask(text).focus
    assert phone.family == family


@pytest.mark.parametrize("text, kind, refs", [
    ("number two, more info", "details", [2]), ("first one, full details", "details", [1]),
    ("why would I pick that one?", "why", [3]), ("show me that one's details", "details", [3]),
    ("它和第一个比呢", "compare", [3, 1]), ("第二个详细说说", "details", [2]), ("why is number one better", "why", [1])])
def test_references_in_many_wordings_point_at_what_the_shopper_saw(session, text, kind, refs):
    shown = session.ask("phones under $900")
    session.ask("details of #3")
    answer = session.ask(text)
    assert answer.kind == kind and [p.id for p in answer.focus] == [_ids(shown)[n - 1] for n in refs]
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, key", [("which is the cheapest?", "price"), ("哪款最便宜", "price"),
                                       ("which one's the lightest?", "weight_g"), ("哪个最轻", "weight_g"),
                                       ("what's the cheapest one here?", "price")])
def test_a_which_question_with_a_superlative_picks_among_the_shown_phones(session, text, key):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    value = {"price": lambda p: p.price("USD"), "weight_g": lambda p: p.weight_g}[key]
    assert answer.kind == "details" and value(answer.focus[0]) == min(value(p.phone) for p in shown.picks)
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["the least expensive one", "最便宜的那个"])
def test_one_phone_named_by_a_superlative_is_picked_among_the_shown(session, text):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    assert answer.focus[0].price("USD") == min(p.phone.price("USD") for p in shown.picks)
    assert session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["which is the best one?", "which would you recommend?", "哪个最好", "你推荐哪个"])
def test_asking_which_is_best_opens_the_top_of_the_list_without_reranking(session, text):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == _ids(shown)[0]
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["and the battery?", "weight?", "how heavy?", "价格呢", "battery呢"])
def test_an_aspect_alone_after_one_phone_asks_about_that_phone(session, text):
    shown = session.ask("phones under $900")
    session.ask("details of #3")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == _ids(shown)[2]
    assert answer.constraints == shown.constraints


def test_an_aspect_alone_after_a_list_is_no_question_about_a_phone(session):
    session.ask("phones under $900")
    assert session.ask("weight?").kind != "details"


def test_a_which_question_with_a_superlative_before_any_list_orders_the_search(session):
    answer = session.ask("which phone is the lightest?")
    assert answer.kind == "results" and session.state.sort is not None


@pytest.mark.parametrize("text", ["the cheapest of these", "这几个里最轻的"])
def test_a_superlative_over_these_before_any_list_says_nothing_is_shown(session, text):
    with pytest.raises(RequestError):
        session.ask(text)
    assert session.state.sort is None and not session.state.taste


@pytest.mark.parametrize("first, text", [("给我儿子找个平板，2000以内，只要华为", "好了，现在看我的手机，4000左右"),
                                          ("a Huawei tablet for my son, under $400", "ok, now for me a phone around $600")])
def test_a_first_phone_search_after_a_tablet_starts_from_the_message(session, first, text):
    session.ask(first)
    answer = session.ask(text)
    assert not answer.constraints.brands and "tablet" not in answer.constraints.devices
    assert answer.constraints.budget.around in (4000, 600)
    back = session.ask("还是回到平板" if "现在" in text else "back to the tablet")
    assert back.constraints.devices == {"tablet"} and back.constraints.brands == {"Huawei"}


@pytest.mark.parametrize("compare, text", [("compare the first two", "which is lighter?"), ("第二个", "跟第一个比呢"),
                                           ("对比前两个", "哪个更轻？")])
def test_a_comparison_question_without_names_takes_the_phones_in_focus(session, compare, text):
    shown = session.ask("phones under $900")
    session.ask(compare)
    answer = session.ask(text)
    assert answer.kind == "compare" and {p.id for p in answer.focus} == set(_ids(shown)[:2])
    assert answer.constraints == shown.constraints


# Loosening: a brand the shopper excluded and now names again, without "only", leaves the exclusions and
# never becomes the only wanted brand, whatever words allow it.
@pytest.mark.parametrize("text", ["samsung isn't a dealbreaker", "let samsung back in", "I can live with samsung",
                                  "don't exclude samsung", "stop excluding samsung", "samsung can stay", "三星我不介意",
                                  "把三星加回来", "不排除三星了", "三星也算进来吧", "三星不用排除了"])
def test_naming_an_excluded_brand_again_lifts_its_exclusion_without_a_whitelist(session, text):
    session.ask("phones under $900, no Samsung and no Google")
    constraints = session.ask(text).constraints
    assert constraints.exclude_brands == {"Google"} and constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["only samsung then", "只要三星"])
def test_only_an_excluded_brand_makes_it_the_wanted_one(session, text):
    session.ask("phones under $900, no Samsung")
    assert session.ask(text).constraints.brands == {"Samsung"}


def test_bringing_an_excluded_brand_back_restores_it_to_the_wanted_list(session):
    session.ask("pixel or samsung, under $900")
    session.ask("exclude samsung")
    constraints = session.ask("fine, you can bring samsung back").constraints
    assert constraints.brands == {"Google", "Samsung"} and not constraints.exclude_brands


# After a tablet detour, any message that names the phone (and not the tablet, except to leave it) goes back to
# the phone search; the words of the move are no wish, the rest of the message applies on top.
@pytest.mark.parametrize("text", ["alright, enough about tablets, my phone again", "ok the phone now", "phone time again",
                                  "forget the tablet, what about my phone", "tablet's done. phones please",
                                  "平板先不看了，接着看我的手机", "手机那边继续", "平板就这样吧，看看手机", "手机呢"])
def test_naming_the_phone_after_a_tablet_detour_returns_to_the_phone_search(session, text):
    phone = session.ask("Samsung phones under $900")
    session.ask("actually a tablet for my kid first, under $400")
    answer = session.ask(text)
    assert answer.constraints == phone.constraints and _ids(answer) == _ids(phone)


@pytest.mark.parametrize("text", ["enough tablets, back to phones, 5G only", "平板不看了，回到手机，要5G"])
def test_the_rest_of_a_return_message_applies_to_the_phone_search(session, text):
    phone = session.ask("Samsung phones under $900")
    session.ask("actually a tablet for my kid first, under $400")
    constraints = session.ask(text).constraints
    assert constraints == replace(phone.constraints, needs_5g=True)


# "no ipad" refuses a line of devices: not the brand that makes it, nor the kind of device.
@pytest.mark.parametrize("text", ["no ipad please", "not an iPad", "no ipads", "不要ipad"])
def test_refusing_a_tablet_line_keeps_the_tablets_and_the_brand(session, text):
    session.ask("tablets under $1500")
    answer = session.ask(text)
    assert answer.constraints.devices == {"tablet"} and "Apple" not in answer.constraints.brands
    assert answer.picks and all(not p.phone.model.lower().startswith("ipad") for p in answer.picks)


def test_refusing_the_ipad_while_shopping_for_apple_phones_keeps_the_iphones(session):
    apple = session.ask("apple phones under $1500")
    answer = session.ask("but no ipads")
    assert answer.constraints.brands == {"Apple"} and _ids(answer) == _ids(apple)


@pytest.mark.parametrize("text, line", [("no Z Fold", "galaxy z fold"), ("but no z fold please", "galaxy z fold"),
                                        ("not the razr", "razr"), ("不要z flip", "galaxy z flip")])
def test_refusing_a_foldable_line_keeps_the_foldables_and_the_brand(session, text, line):
    session.ask("foldable phones")
    answer = session.ask(text)
    assert answer.constraints.devices == {"foldable"} and not answer.constraints.brands
    assert answer.picks and all(not p.phone.model.lower().startswith(line) for p in answer.picks)


# A number without a unit beside a relative or "enough" word continues the numeric filter the conversation
# last changed, on the side that filter bounds.
@pytest.mark.parametrize("first, text, spec, bound", [
    ("phone with 16gb ram under $900", "less, 12 is enough", "ram_gb", (12, None)),
    ("phone with 16gb ram under $900", "fewer, 8 will do", "ram_gb", (8, None)),
    ("存储512G以上的手机", "少点也行，256就够", "storage_gb", (256, None)),
    ("phones with at least 5000 mah", "more, 6000", "battery_mah", (6000, None)),
    ("屏幕6.5寸以下的手机", "小一点，6.2就行", "screen_in", (None, 6.2))])
def test_a_bare_number_continues_the_filter_last_changed(session, first, text, spec, bound):
    session.ask(first)
    found = session.ask(text).constraints.spec(spec)
    assert (found.lo, found.hi) == bound


def test_a_bare_number_out_of_scale_with_the_last_filter_is_not_read_as_it(session):
    session.ask("phone with 16gb ram")
    assert session.ask("less, 500 is enough").constraints.spec("ram_gb").lo == 16


@pytest.mark.parametrize("first, correction, slot, bound", [
    ("phones with 8GB RAM under $900", "sorry, I said 8GB, I meant 12", "ram_gb", (12, None)),
    ("phones with a 3000 mAh battery or more", "no wait, 5000 not 3000", "battery_mah", (5000, None)),
    ("电池4000毫安以上的手机", "说错了，是5000不是4000", "battery_mah", (5000, None)),
    ("phones with a screen of 6.1 inches at most", "not 6.1 but 6.4", "screen_in", (None, 6.4)),
])
def test_a_corrected_figure_replaces_the_bound_that_held_the_old_one(session, first, correction, slot, bound):
    session.ask(first)
    spec = session.ask(correction).constraints.spec(slot)
    assert (spec.lo, spec.hi) == bound


def test_a_corrected_budget_figure_keeps_its_side_and_currency(session):
    session.ask("phones under 30000 rupees")
    budget = session.ask("no wait, 40000 not 30000").constraints.budget
    assert (budget.currency, budget.lo, budget.hi) == ("INR", None, 40000)


def test_a_figure_no_filter_holds_is_no_correction_of_a_bound(session):
    before = session.ask("phones with 8GB RAM under $900").constraints
    assert session.ask("5000 not 3000").constraints.spec("ram_gb") == before.spec("ram_gb")


@pytest.mark.parametrize("text", ["less storage, 256 will do", "less storage is fine, 256 is enough", "存储少点也行，256就够"])
def test_a_bare_number_beside_a_named_aspect_continues_that_filter(session, text):
    session.ask("phones with 512GB storage under $800")
    constraints = session.ask(text).constraints
    assert constraints.spec("storage_gb").lo == 256 and constraints.budget.hi == 800


# Undo several steps: each step is one turn that changed the search; going back past the start changes nothing.

def _three_changes(session):
    first = session.ask("phones under $800")
    session.ask("only Samsung")
    session.ask("with 8GB RAM")
    return first


@pytest.mark.parametrize("text", ["undo twice", "go back two steps", "undo the last 2 changes", "撤销两步", "退回两步",
                                  "undo 2 steps", "please undo the last two changes"])
def test_undo_of_two_steps_restores_the_state_two_turns_back(session, text):
    first = _three_changes(session)
    answer = session.ask(text)
    assert answer.constraints == first.constraints and _ids(answer) == _ids(first)
    assert [c.op for c in answer.changes] == ["restore"]


@pytest.mark.parametrize("again", ["undo again", "再撤销一次", "go back again"])
def test_undo_again_after_an_undo_goes_one_more_step_back(session, again):
    first = _three_changes(session)
    session.ask("undo")
    answer = session.ask(again)
    assert answer.constraints == first.constraints and _ids(answer) == _ids(first)


@pytest.mark.parametrize("text", ["back to how it was before", "恢复到之前那样"])
def test_back_to_how_it_was_restores_the_state_before_the_last_change(session, text):
    session.ask("phones under $800")
    second = session.ask("only Samsung")
    session.ask("with 8GB RAM")
    answer = session.ask(text)
    assert answer.constraints == second.constraints and _ids(answer) == _ids(second)


@pytest.mark.parametrize("text, language", [("undo the last 3 changes", "en"), ("go back five steps", "en"), ("撤销三步", "zh")])
def test_undo_past_the_start_says_so_and_changes_nothing(session, text, language):
    session.ask("phones under $800")
    session.ask("only Samsung")
    before = session.state
    answer = session.ask(text)
    assert answer.kind == "social" and not answer.picks and answer.language == language and "2" in answer.text
    assert session.state.search() == before.search() and session.state.history == before.history


def test_swapping_one_brand_for_another_keeps_the_other_wanted_brands(session):
    session.ask("samsung or google phones under $900")
    answer = session.ask("replace samsung with apple")
    assert answer.constraints.brands == {"Google", "Apple"} and not answer.constraints.exclude_brands


def test_a_brand_no_longer_required_is_neither_wanted_nor_refused(session):
    session.ask("samsung phones under $900")
    answer = session.ask("doesn't have to be samsung")
    assert not answer.constraints.brands and not answer.constraints.exclude_brands


def test_a_corrected_bare_figure_replaces_the_budget(session):
    session.ask("samsung phones under $500 with 8gb ram")
    answer = session.ask("sorry I meant 700")
    assert answer.constraints.budget.hi == 700 and answer.constraints.spec("ram_gb").lo == 8


def test_a_figure_after_a_relative_word_bounds_the_side_the_word_moves(session):
    session.ask("phones between $300 and $600")
    answer = session.ask("maybe a bit cheaper, like 500")
    assert (answer.constraints.budget.lo, answer.constraints.budget.hi) == (300, 500)


@pytest.mark.parametrize("first, then, currency", [("phone under 2000 aed", "max 1800 then", "AED"),
                                                   ("phone under $800", "budget 改成 600", "USD"),
                                                   ("3000元以内的手机", "under 4000 then", "CNY")])
def test_a_figure_without_a_currency_word_keeps_the_currency_of_the_budget(session, first, then, currency):
    session.ask(first)
    assert session.ask(then).constraints.budget.currency == currency


@pytest.mark.parametrize("first, then", [("phones under 80000 PKR", "under 90k"),
                                         ("phones under 80000 PKR", "wait not 80, I can go up to 90k"),
                                         ("phone under 20000 aed", "max 18000 then")])
def test_a_figure_read_in_the_budgets_currency_is_not_said_to_be_read_as_indian_rupees(session, first, then):
    session.ask(first)
    answer = session.ask(then)
    assert answer.constraints.budget.currency != "INR"
    assert [n for n in answer.notes if "Indian rupees" in n] == []


def test_a_figure_without_a_currency_on_a_new_search_is_said_to_be_read_as_indian_rupees(session):
    answer = session.ask("under 90k")
    assert answer.constraints.budget.currency == "INR"
    assert "Read 90,000 without a currency as Indian rupees (INR); write $ or USD for dollars." in answer.notes


def test_a_figure_in_a_talk_about_indian_rupees_keeps_the_note_that_says_so(session):
    session.ask("phones under 40000 INR")
    answer = session.ask("under 45k")
    assert answer.constraints.budget.currency == "INR"
    assert "Read 45,000 without a currency as Indian rupees (INR); write $ or USD for dollars." in answer.notes


def test_a_smaller_figure_allowed_moves_the_floor_to_it(session):
    session.ask("phone under $700 with a 6.7 inch screen or bigger")
    answer = session.ask("6.5 inches is fine too")
    assert answer.constraints.spec("screen_in") == Bound(lo=6.5)


def test_making_it_a_tablet_keeps_the_other_filters_and_phones_come_back(session):
    phone = session.ask("samsung phone under $700")
    tablet = session.ask("make it a tablet")
    assert tablet.constraints.devices == {"tablet"} and tablet.constraints.brands == {"Samsung"}
    assert session.ask("back to phones").constraints == phone.constraints


@pytest.mark.parametrize("text, kind", [("謝謝", "social"), ("你能做什麼", "help"), ("這幾個裡最輕的", "details"),
                                        ("哪個續航最好", "details")])
def test_conversation_words_in_traditional_characters_are_read_as_in_simplified(session, text, kind):
    shown = session.ask("phones under $900")
    answer = session.ask(text)
    assert answer.kind == kind and answer.constraints == shown.constraints
    assert session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["the lighter one?", "which one has more battery", "更轻的那个"])
def test_a_comparative_after_a_comparison_compares_the_same_phones_again(session, text):
    shown = session.ask("phones under $900")
    compared = session.ask("compare 1 and 2")
    answer = session.ask(text)
    assert answer.kind == "compare" and answer.focus == compared.focus and answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["is the galaxy S24 any good?", "how's the Galaxy S24?", "Galaxy S24有5G吗"])
def test_a_question_about_a_model_named_exactly_off_screen_opens_it_without_filtering(session, text):
    shown = session.ask("phones under $300")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].family == "Galaxy S24"
    assert answer.constraints == shown.constraints and session.state.shown == tuple(_ids(shown))


@pytest.mark.parametrize("text", ["is the galaxy S24 better than the galaxy A55?", "Galaxy S24跟Galaxy A55比怎么样"])
def test_a_question_naming_two_models_exactly_compares_them(session, text):
    answer = session.ask(text)
    assert answer.kind == "compare" and {p.family for p in answer.focus} == {"Galaxy S24", "Galaxy A55"}


def test_asking_whether_a_brand_has_such_phones_is_a_request(session):
    session.ask("apple, samsung or google phones under $900")
    assert session.ask("三星有5G的吗").kind == "results"


@pytest.mark.parametrize("text", ["drop samsung, under 500 bucks", "forget about samsung, I need 5g"])
def test_dropping_a_brand_nobody_wanted_refuses_it(session, text):
    session.ask(text)
    assert session.state.constraints.exclude_brands == {"Samsung"} and not session.state.constraints.brands


def test_dropping_a_wanted_brand_leaves_the_other_wanted_ones(session):
    session.ask("samsung or apple under $900")
    session.ask("drop samsung")
    assert session.state.constraints.brands == {"Apple"}


@pytest.mark.parametrize("first, then, figure", [("phones under 80000 PKR", "wait not 80, I can go up to 90k", "80"),
                                                 ("phones under 80000 PKR", "wait not 80, I can do 90k", "80"),
                                                 ("phone under $500", "not 500, I can go up to 650", "500")])
def test_a_refused_figure_that_names_the_budget_in_force_is_not_said_to_be_unread(session, first, then, figure):
    session.ask(first)
    answer = session.ask(then)
    assert [n for n in answer.notes if f"'{figure}'" in n] == []


def test_a_refused_figure_that_names_no_filter_in_force_is_still_said_to_be_unread(session):
    session.ask("phones under 80000 PKR")
    answer = session.ask("wait not 50, I can go up to 90k")
    assert [n for n in answer.notes if "'50'" in n] != []
