"""English leftovers of earlier rounds (issues 9, 10), each beside the closest wording that must keep its meaning: a
series refused loosely ("not the A ones", "drop the Spark line", "Red mi"), brand alternatives joined loosely, a chip
with a glued "+", floors said after their figure or with the far end accepted, typos the speller missed ("Uisok",
"crods off at", "starts off at"), a greeting's typo and "why" before any list, and a return to before a start-over."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a series refused loosely ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["samsung but not the A ones", "samsung, none of the galaxy A models",
                                  "samsung phones, keep the A series out", "samsung, lose the galaxy A ones"])
def test_a_series_refused_loosely_after_its_brand_refuses_that_series_only(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series, constraints.exclude_brands) == \
        (frozenset({"Samsung"}), frozenset({"Galaxy A"}), frozenset())


@pytest.mark.parametrize("text", ["not the A ones", "done with G models"])
def test_a_series_refused_loosely_after_its_brand_in_the_dialogue_leaves_the_brand(session, text):
    brand = "Samsung" if " A " in f" {text} " else "Motorola"
    answer = ask_all(session, f"{brand.lower()} phones under 900 dollars", text)
    assert answer.constraints.brands == frozenset({brand}) and answer.picks
    assert all(not p.phone.model.startswith(("Galaxy A", "Moto G")) for p in answer.picks)


@pytest.mark.parametrize("text", ["drop the Spark line", "tecno but drop the Spark line", "cut the Spark models",
                                  "skip the spark series"])
def test_a_line_dropped_is_refused_not_wanted(vocab, text):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_series == frozenset({"Spark"}) and not constraints.series


def test_a_line_dropped_by_its_whole_name_refuses_the_line_not_the_brand(vocab):
    constraints = constraints_after("drop the galaxy A series", vocab)
    assert (constraints.exclude_series, constraints.exclude_brands) == (frozenset({"Galaxy A"}), frozenset())


@pytest.mark.parametrize("text", ["drop the Spark/Nova line", "no Spark or Nova series"])
def test_a_line_word_after_a_list_of_series_refuses_each(vocab, text):
    assert constraints_after(text, vocab).exclude_series == frozenset({"Spark", "Nova"})


@pytest.mark.parametrize("text", ["xiaomi, not the Red mi ones", "xiaomi but no red mi", "xiaomi, drop the Red Mi models"])
def test_redmi_written_apart_is_refused_as_the_series(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Xiaomi"}), frozenset({"Redmi"}))


def test_redmi_written_apart_and_wanted_is_still_the_series(vocab):
    assert constraints_after("red mi note please", vocab).series == frozenset({("Xiaomi", "Redmi Note")})


def test_dropping_a_brand_still_refuses_the_brand(vocab):
    assert constraints_after("drop samsung", vocab).exclude_brands == frozenset({"Samsung"})


def test_a_series_named_with_ones_and_no_refusal_is_wanted(vocab):
    constraints = constraints_after("samsung galaxy A ones under 300 dollars", vocab)
    assert constraints.series == frozenset({("Samsung", "Galaxy A")}) and not constraints.exclude_series


# -- brand alternatives joined loosely --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["samsung, if not that then xiaomi", "Samsung / or Xiaomi", "Samsung - or - Xiaomi",
                                  "Samsung, if not, Xiaomi", "samsung, failing that xiaomi", "samsung or else xiaomi"])
def test_a_brand_and_its_fallback_allow_both(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Samsung", "Xiaomi"})


@pytest.mark.parametrize("text, brand", [("Pixel or bust", "Google"), ("keep it Apple", "Apple"),
                                         ("pixel or nothing", "Google"), ("stick with apple", "Apple")])
def test_one_brand_or_nothing_is_that_brand_only(session, text, brand):
    assert ask_all(session, "samsung phones under 900 dollars", text).constraints.brands == frozenset({brand})


def test_a_brand_refused_before_the_other_stays_refused(vocab):
    constraints = constraints_after("not samsung, xiaomi then", vocab)
    assert constraints.exclude_brands == frozenset({"Samsung"}) and "Samsung" not in constraints.brands


# -- glued or symbol bounds -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Kirin9000S+", "Kirin 9000S+", "huawei with kirin 9000s+"])
def test_a_plus_glued_to_a_chip_no_phone_has_is_that_chip_or_better(vocab, text):
    assert constraints_after(text, vocab).spec("chip_score") == constraints_after("kirin 9000s or better", vocab).spec("chip_score")


def test_a_plus_that_is_part_of_a_chips_name_stays_that_chip(vocab):
    assert constraints_after("Snapdragon 8+ Gen 1", vocab).chipset == "Snapdragon 8+ Gen 1"


@pytest.mark.parametrize("text", [">= 32MP selfie sensor", "selfie camera >= 32 MP", "32MP+ front camera"])
def test_a_front_camera_floor_said_with_a_symbol(vocab, text):
    assert spec_after(text, vocab, "front_camera_mp") == (32.0, None)


@pytest.mark.parametrize("text, key, bound", [
    ("16 MP front cam at the least", "front_camera_mp", (16.0, None)),
    ("210 gram at least in weight", "weight_g", (210.0, None)),
    ("200 grams at least in weight", "weight_g", (200.0, None)),
])
def test_a_floor_said_after_its_figure_is_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound and understand(text, vocab).sort is None


def test_the_least_in_weight_alone_still_orders_by_weight(vocab):
    assert understand("the least in weight please", vocab).sort == Sort("weight_g", False)


@pytest.mark.parametrize("text", ["smallest screen I'd accept is 6.5", "the smallest display i would take is 6.5 inches",
                                  "smallest 6.5 screen", "smallest 6.5 inch screen"])
def test_the_smallest_screen_accepted_is_a_screen_floor(vocab, text):
    assert spec_after(text, vocab, "screen_in") == (6.5, None)


def test_the_largest_screen_accepted_is_a_screen_ceiling(vocab):
    assert spec_after("largest screen I'd accept is 6.5", vocab, "screen_in") == (None, 6.5)


def test_the_smallest_screen_with_no_figure_still_orders(vocab):
    assert understand("the smallest screen", vocab).sort == Sort("screen_in", False)


# -- typos the speller missed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Uisok chip phones", "something with a unisok chip"])
def test_unisoc_misspelled_by_its_sound_is_unisoc(vocab, text):
    assert constraints_after(text, vocab).chipset == "Unisoc"


def test_unisoc_misspelled_and_refused_is_refused(vocab):
    assert constraints_after("no Uisok please", vocab).exclude_chipsets == frozenset({"Unisoc"})


@pytest.mark.parametrize("text", ["crods off at 30k rupees", "budget caps off at 30k rupees", "my budget cuts off at 30k rupees",
                                  "price tops off at 30000 rupees"])
def test_a_budget_cut_off_at_a_figure_is_its_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("INR", None, 30000.0)


@pytest.mark.parametrize("text", ["price starst at 20000 rupees", "price starts off at 20k rupees", "prices kick off at 20000 rupees"])
def test_a_price_that_starts_at_a_figure_is_its_floor(vocab, text):
    assert budget_read(vocab, text) == ("INR", 20000.0, None)


def test_a_range_that_starts_off_and_cuts_off_keeps_both_sides(vocab):
    assert budget_read(vocab, "price starts off at 20000 rupees and crods off at 30000") == ("INR", 20000.0, 30000.0)


@pytest.mark.parametrize("text", ["wegiht under 190g", "wieght under 190 grams"])
def test_weight_misspelled_is_weight(vocab, text):
    assert spec_after(text, vocab, "weight_g") == (None, 190.0)


# -- a greeting's typo, and why before any list ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Evening fokls", "hey fokls", "morning folsk", "hi gusy", "evening eveyrone!"])
def test_a_greeting_to_the_ones_greeted_mistyped_is_small_talk(text):
    assert conversation_move(text) == "social"


def test_a_greeting_with_a_typo_gets_a_greeting_not_a_list(session):
    answer = session.ask("Evening fokls")
    assert answer.kind == "social" and not answer.picks


@pytest.mark.parametrize("text", ["evening folds", "evening fokls, phones under 300 dollars"])
def test_a_greeting_before_a_wish_or_a_real_word_is_no_small_talk(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["why so expensive?", "why so heavy?", "why?", "why do you think so"])
def test_why_before_any_list_gets_a_polite_answer(session, text):
    answer = session.ask(text)
    assert answer.kind == "social" and not answer.picks and "nothing to explain" in answer.text


def test_why_so_expensive_after_a_list_is_still_explained(session):
    assert ask_all(session, "phones under 800 dollars", "why so expensive?").kind == "why"


def test_why_a_named_phone_before_any_list_still_explains_it(session):
    assert session.ask("why the pixel 8a?").kind == "why"


# -- back to before a start-over ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["back to before I reset", "go back to what I had before the reset", "undo the reset",
                                  "restore my filters from before the restart", "take me back to before we started over"])
def test_a_return_to_before_the_start_over_restores_the_search(session, text):
    before = session.ask("phones under 500 dollars with 5000 mah").constraints
    answer = ask_all(session, "start over", "only samsung", text)
    assert answer.constraints == before


def test_a_start_over_alone_still_clears_everything(session):
    answer = ask_all(session, "phones under 500 dollars", "start over")
    assert answer.kind == "reset" and answer.constraints.budget is None


def test_undo_after_a_wish_still_takes_one_step_back(session):
    answer = ask_all(session, "phones under 500 dollars", "start over", "only samsung", "undo")
    assert answer.constraints.brands == frozenset() and answer.constraints.budget is None
