"""Conversation moves a shopper makes over a list (issue 10): undo after a page move, positions said loosely,
names that prefer the phones on screen, questions about two shown positions, bare corrected figures and figures
put in place of the one in force."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["undo", "back", "go back", "撤销", "返回上一步"])
def test_undo_after_a_page_move_takes_back_the_last_filter_change(session, text):
    session.ask("phones under $2000")
    session.ask("with 5g")
    session.ask("show more")
    session.ask(text)
    assert not session.state.constraints.needs_5g
    assert session.state.constraints.budget is not None and session.state.constraints.budget.hi == 2000


def test_undo_after_a_page_move_shows_the_first_page_of_the_earlier_search(session):
    first = [p.phone.id for p in session.ask("phones under $2000").picks]
    session.ask("with 5g")
    session.ask("show more")
    assert [p.phone.id for p in session.ask("undo").picks] == first


def test_undo_with_only_page_moves_goes_back_a_page(session):
    first = [p.phone.id for p in session.ask("phones under $2000").picks]
    session.ask("show more")
    assert [p.phone.id for p in session.ask("undo").picks] == first


@pytest.mark.parametrize("text, position", [
    ("show 2", 2), ("show me 3", 3), ("open 2", 2), ("#2", 2), ("2号", 2), ("看看第3", 3), ("show 4", 4),
])
def test_a_bare_position_after_a_show_word_opens_that_phone(session, text, position):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    answer = session.ask(text)
    assert answer.kind == "details" and list(answer.focus) == [shown[position - 1]]


def test_showing_a_position_leaves_the_search_as_it_was(session):
    session.ask("phones under $2000")
    before = session.state.search()
    session.ask("show 2")
    assert session.state.search()[:-1] == before[:-1]


@pytest.mark.parametrize("text", ["which of these is better for gaming, 1 or 3?", "1 or 3, which is better for gaming?",
                                  "第1个和第3个哪个打游戏更好", "between 1 and 3 which has the better camera",
                                  "is 1 or 3 lighter?", "1还是3", "游戏的话选1还是3"])
def test_a_question_about_two_shown_positions_compares_them(session, text):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    answer = session.ask(text)
    assert answer.kind == "compare" and {p.id for p in answer.focus} == {shown[0].id, shown[2].id}


def test_a_question_about_two_shown_positions_keeps_the_list(session):
    first = session.ask("phones under $2000")
    session.ask("which of these is better for gaming, 1 or 3?")
    assert session.state.shown == tuple(p.phone.id for p in first.picks)
    assert session.state.constraints == first.constraints
@pytest.mark.parametrize("correction, ceiling", [("no wait, 6.3", 6.3), ("不对，6.3", 6.3), ("actually 6.2", 6.2)])
def test_a_bare_figure_in_a_correction_corrects_the_screen_ceiling(session, correction, ceiling):
    session.ask("samsung phone with a screen under 6.5 inches")
    session.ask(correction)
    assert session.state.constraints.spec("screen_in") == Bound(None, ceiling)


@pytest.mark.parametrize("text", ["make that $700", "make it $700", "change it to $700"])
def test_a_price_put_in_place_of_a_ceiling_stays_a_ceiling(session, text):
    session.ask("phones under $500 with 8gb ram")
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (None, 700)


@pytest.fixture(scope="module")
def two_makers_vocab():
    """A vocabulary where two makers use the model number "a54": Oppo's "A54 5G" and Samsung's "Galaxy A54"."""
    from advisor.catalog.model import Catalog
    from advisor.understanding.understand import Vocabulary
    from tests.helpers import ALIASES, make_phone

    phones = [make_phone(id="oppo-a54-5g", brand="Oppo", model="A54 5G 128GB", family="A54 5G"),
              make_phone(id="samsung-galaxy-a54", brand="Samsung", model="Galaxy A54 128GB", family="Galaxy A54")]
    return Vocabulary.from_catalog(Catalog(phones, "two-makers"), ALIASES)


def test_a_model_number_two_makers_use_names_both_phones(two_makers_vocab):
    assert set(two_makers_vocab.namesakes("A54 5G")) == {("Oppo", "A54 5G"), ("Samsung", "Galaxy A54")}


def test_a_series_word_says_whose_model_number_it_is(two_makers_vocab):
    assert two_makers_vocab.namesakes("Galaxy A54") == ()


def test_a_message_pointing_at_a_phone_by_name_is_read_whole_once(session, monkeypatch):
    import advisor.dialogue.session as session_module

    read = []
    real = session_module.understand

    def counting(text, vocabulary, **options):
        read.append(text)
        return real(text, vocabulary, **options)

    session.ask("phones under $2000")
    monkeypatch.setattr(session_module, "understand", counting)
    session.ask("tell me about the pixel, is it any good?")
    assert read.count("tell me about the pixel, is it any good?") == 1


@pytest.mark.parametrize("text, position", [
    ("the penultimate one", -2), ("the one before the last", -2), ("next to last", -2), ("the third from the top", 3),
])
def test_a_position_counted_from_either_end_opens_that_phone(session, text, position):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    answer = session.ask(text)
    assert answer.kind == "details" and [p.id for p in answer.focus] == [shown[position if position < 0 else position - 1].id]


def test_the_one_from_a_maker_on_screen_once_opens_that_phone(session):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    once = next(p for p in shown if sum(q.brand == p.brand for q in shown) == 1)
    answer = session.ask(f"the one from {once.brand.lower()}")
    assert answer.kind == "details" and [p.id for p in answer.focus] == [once.id]


@pytest.mark.parametrize("text", ["5g isn't needed", "5g not needed anymore"])
def test_5g_said_not_needed_is_no_longer_required(session, text):
    session.ask("phone under $900 with 5g")
    session.ask(text)
    assert not session.state.constraints.needs_5g


@pytest.mark.parametrize("text", ["no need for 8gb", "8gb isn't necessary", "8G内存不是必须的", "don't need 8gb"])
def test_a_figure_in_force_said_not_needed_clears_its_filter(session, text):
    session.ask("phone under $900 with at least 8gb ram")
    session.ask(text)
    assert session.state.constraints.spec("ram_gb") is None
    assert session.state.constraints.budget is not None and session.state.constraints.budget.hi == 900


@pytest.mark.parametrize("text", ["I said 600? make it 800", "i said 600, let's say 800"])
def test_a_figure_said_before_and_the_one_meant_replace_it(session, text):
    session.ask("phone under $600 with at least 8gb ram")
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (None, 800)


@pytest.mark.parametrize("text", ["预算说错了，是3500", "不对，是3500", "预算其实是3500", "wrong budget, it's 3500"])
def test_a_bare_figure_after_a_correction_or_a_filter_word_replaces_that_filter(session, text):
    session.ask("3000元以内的手机")
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (None, 3500)


@pytest.mark.parametrize("text", ["undo", "撤销", "撤销上一步", "undo the last step"])
def test_an_undo_after_details_takes_back_the_last_change(session, text):
    session.ask("phones under $2000")
    session.ask("only samsung")
    session.ask("show 2")
    session.ask(text)
    assert not session.state.constraints.brands


@pytest.mark.parametrize("text", ["back", "go back", "返回", "返回上一步", "上一步", "go back a step", "back one step"])
def test_back_after_details_is_the_list_it_came_from(session, text):
    session.ask("phones under $2000")
    shown = session.ask("only samsung")
    session.ask("show 2")
    answer = session.ask(text)
    assert answer.constraints == shown.constraints and [p.phone.id for p in answer.picks] == [p.phone.id for p in shown.picks]


def _once_and_other(session):
    """The shown list, a shown phone whose brand is on screen once, and another shown phone."""
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    once = next(p for p in shown if sum(q.brand == p.brand for q in shown) == 1)
    return shown, once, next(p for p in shown if p.id != once.id)


def test_how_a_loosely_named_shown_phone_compares_to_a_position(session):
    shown, once, _ = _once_and_other(session)
    first = shown[0] if shown[0].id != once.id else shown[1]
    position = shown.index(first) + 1
    answer = session.ask(f"how does the {once.brand.lower()} compare to number {position}")
    assert answer.kind == "compare" and {p.id for p in answer.focus} == {once.id, first.id}
    assert answer.constraints.brands == frozenset()


def test_the_two_shown_phones_of_a_brand_are_compared(session):
    shown = [p.phone for p in session.ask("xiaomi or poco phones").picks]
    assert sum(p.brand == "POCO" for p in shown) == 2  # the fixture catalog has two POCO phones
    answer = session.ask("poco那两款比一下")
    assert answer.kind == "compare" and [p.brand for p in answer.focus] == ["POCO", "POCO"]
    assert answer.constraints.brands == {"POCO", "Xiaomi"}


@pytest.mark.parametrize("text", ["phones with 8 or 12gb ram", "a 2 or 3 year old phone is fine"])
def test_two_figures_with_a_unit_are_no_pair_of_positions(vocab, text):
    from advisor.understanding.understand import understand

    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "compare"


def test_a_brand_pointed_at_with_none_of_it_on_screen_is_a_wish_for_that_brand(session):
    shown = [p.phone for p in session.ask("xiaomi or google phones under $2000").picks]
    assert "Google" in {p.brand for p in shown}
    session.ask("only xiaomi")
    answer = session.ask("谷歌那款怎么样")
    assert answer.kind == "results" and answer.constraints.brands == {"Google"}


@pytest.mark.parametrize("template", ["open the {brand}", "what's the {brand} like?", "how much is the {brand}"])
def test_a_question_about_the_one_shown_phone_of_a_brand_opens_it(session, template):
    _, once, _ = _once_and_other(session)
    before = session.state.constraints
    answer = session.ask(template.format(brand=once.brand.lower()))
    assert answer.kind == "details" and [p.id for p in answer.focus] == [once.id]
    assert answer.constraints == before


def test_the_one_with_a_superlative_picks_among_the_shown_phones(session):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    before = session.state.search()
    answer = session.ask("the one with the biggest battery")
    biggest = max(p.battery_mah or 0 for p in shown)
    assert answer.kind == "details" and answer.focus[0].battery_mah == biggest
    assert session.state.search() == before


@pytest.mark.parametrize("text", ["qwerty zxcv", "i like turtles", "我喜欢猫"])
def test_a_message_with_nothing_read_leaves_the_list_as_it_was(session, text):
    first = [p.phone.id for p in session.ask("phones under $2000").picks]
    assert [p.phone.id for p in session.ask(text).picks] == first


@pytest.mark.parametrize("text, said", [("qwerty zxcv", 'no filter, order or need in "qwerty zxcv"'),
                                        ("我喜欢猫", "没能从“我喜欢猫”里读出条件")])
def test_a_message_with_nothing_read_is_said_to_have_changed_nothing(session, text, said):
    session.ask("phones under $2000")
    assert any(said in note for note in session.ask(text).notes)


def test_undo_right_after_a_message_with_nothing_read_takes_back_only_that_message(session):
    session.ask("phones under $2000")
    session.ask("with 5g")
    session.ask("qwerty zxcv")
    session.ask("undo")
    assert session.state.constraints.needs_5g


def test_a_message_with_nothing_read_leaves_the_change_before_it_to_undo_after_it(session):
    session.ask("phones under $2000")
    session.ask("with 5g")
    session.ask("qwerty zxcv")
    session.ask("undo")
    session.ask("undo")
    assert not session.state.constraints.needs_5g


def test_a_first_message_of_free_words_is_still_a_search_by_its_meaning(session):
    answer = session.ask("a phone for hiking trips")
    assert (answer.kind, answer.notes, session.state.taste) == ("results", (), "a phone for hiking trips")
