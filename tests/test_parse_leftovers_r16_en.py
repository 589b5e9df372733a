"""English leftovers of read sets (issues 9 and 10), each beside the closest wording that must keep its meaning: a kiss
("x", "xx") signing off after a refused maker reads as nothing; "plus" before a sign-off stays a floor; "n below" is a
ceiling; "mega pixel" in two words is the camera's unit, not Google's Pixel; a side word right after the year's own noun
("release year max 2019") bounds the year, not the budget; a refusal to take less ("i won't take less than 8gb") is a
floor; and a why asked of a maker ("why you like samsung so much?") is answered, never an error."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, slots, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a kiss signing off after a refused maker ---------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [("no apple x", "Apple"), ("no apple xx", "Apple"), ("not a samsung thanks xxx", "Samsung"),
                                         ("no vivo xx", "Vivo"), ("skip oppo pls x", "Oppo")])
def test_a_kiss_after_a_refused_maker_reads_as_nothing_but_the_refusal(vocab, text, brand):
    assert slots(understand(text, vocab)) == {"exclude_brands": ("add", frozenset({brand})),
                                              "brands": ("remove", frozenset({brand}))}


def test_a_kiss_after_a_refused_maker_keeps_the_filters_before_it(session):
    answer = ask_all(session, "phones under 500 dollars", "no apple x")
    assert (answer.constraints.exclude_brands, answer.constraints.budget.hi) == (frozenset({"Apple"}), 500)


def test_a_series_named_after_a_maker_is_still_that_series(vocab):
    assert slots(understand("vivo x series", vocab))["series"] == ("set", frozenset({("Vivo", "X")}))


# -- "plus" before a sign-off -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["8gb plus, thanks!", "8gb ram plus cheers", "8gb plus ta x"])
def test_plus_before_a_sign_off_is_a_floor_on_the_spec(vocab, text):
    assert spec_after(text, vocab, "ram_gb") == (8.0, None)


@pytest.mark.parametrize("text", ["$500 plus ta", "500 dollars plus cheers", "$500 plus xx", "$500 plus, thanks!"])
def test_plus_before_a_sign_off_is_a_floor_on_the_budget(vocab, text):
    assert budget_read(vocab, text) == ("USD", 500.0, None)


@pytest.mark.parametrize("text", ["$500 plus tax", "$500 plus samsung"])
def test_plus_before_another_word_is_no_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 500.0)


# -- "n below" as a ceiling ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [("40k n below", ("INR", None, 40000.0)), ("300 dollars n less", ("USD", None, 300.0)),
                                        ("1000 aed 'n' below", ("AED", None, 1000.0)), ("40k & under", ("INR", None, 40000.0))])
def test_n_below_after_an_amount_is_a_ceiling(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_n_below_after_a_weight_is_a_ceiling(vocab):
    assert spec_after("200 gram n below", vocab, "weight_g") == (None, 200.0)


def test_n_up_after_an_amount_stays_a_floor(vocab):
    assert budget_read(vocab, "40k n up") == ("INR", 40000.0, None)


# -- "mega pixel" in two words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mp", [("200 mega pixel camera", 200.0), ("a 50 mega-pixel camera", 50.0),
                                      ("camera with 108 mega pixels", 108.0), ("main camera 64 mega - pixel", 64.0)])
def test_mega_pixel_in_two_words_is_a_main_camera_floor_and_no_brand(vocab, text, mp):
    constraints = constraints_after(text, vocab)
    assert (dict(constraints.specs)["main_camera_mp"].lo, constraints.brands) == (mp, frozenset())


def test_mega_pixel_without_a_figure_names_no_brand(vocab):
    assert "brands" not in slots(understand("the mega pixel count is what matters", vocab))


@pytest.mark.parametrize("text", ["pixel camera", "a pixel with a 50 mega pixel camera"])
def test_pixel_alone_is_still_googles_phone(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Google"})


# -- a side word right after the year's own noun ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["release year max 2019", "launch year maximum 2019", "year of release: max 2019",
                                  "release date max 2019", "released 2019 at the latest"])
def test_a_ceiling_after_the_years_noun_bounds_the_year_not_the_budget(vocab, text):
    assert (spec_after(text, vocab, "year"), budget_read(vocab, text)) == ((None, 2019), None)


def test_a_floor_after_the_years_noun_bounds_the_year(vocab):
    assert spec_after("release year min 2022", vocab, "year") == (2022, None)


@pytest.mark.parametrize("text", ["max 2019", "budget max 2019"])
def test_a_bare_max_before_a_year_like_figure_stays_an_amount(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 2019.0)


def test_a_year_and_a_budget_each_keep_their_ceiling(vocab):
    text = "release year max 2019, budget max 500 dollars"
    assert (spec_after(text, vocab, "year"), budget_read(vocab, text)) == ((None, 2019), ("USD", None, 500.0))


# -- a refusal to take less ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, spec, bound", [
    ("i won't take less than 8gb ram", "ram_gb", (8.0, None)), ("i wont accept less than 128gb storage", "storage_gb", (128.0, None)),
    ("won't settle for less than 5000mah", "battery_mah", (5000.0, None)), ("I refuse anything less than 8gb ram", "ram_gb", (8.0, None)),
    ("i can't accept anything below 5000 mah battery", "battery_mah", (5000.0, None)),
    ("i wont take a phone under 8gb ram", "ram_gb", (8.0, None)),
])
def test_refusing_to_take_less_is_a_floor(vocab, text, spec, bound):
    assert spec_after(text, vocab, spec) == bound


def test_refusing_to_take_more_is_a_ceiling(vocab):
    assert spec_after("i won't take more than 200 grams", vocab, "weight_g") == (None, 200.0)


@pytest.mark.parametrize("text", ["I'll take less than 8gb ram", "i'd take less than 8gb ram", "less than 8gb ram is fine"])
def test_taking_less_without_a_refusal_stays_a_ceiling(vocab, text):
    assert spec_after(text, vocab, "ram_gb") == (None, 8.0)


# -- a why asked of a maker while a list is shown -----------------------------------------------------------------

@pytest.mark.parametrize("text, ref", [("why you like samsung so much?", "samsung"), ("why do you rate oppo that much", "oppo"),
                                       ("why you love xiaomi?", "xiaomi"), ("why do you keep pushing samsung?", "samsung")])
def test_a_why_asked_of_a_makers_favour_names_the_maker(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("why", (ref,))


def test_a_why_of_a_phone_liked_so_much_names_the_phone(vocab):
    followup = understand("why you like the galaxy a55 so much?", vocab).followup
    assert followup is not None and followup.refs == ("Galaxy A55",)


def test_a_why_of_a_maker_not_on_the_list_tells_where_its_nearest_phone_stands(session):
    shown = session.ask("phones under 300 dollars, no samsung")
    answer = ask_all(session, "ok samsung is fine again", "why you like samsung so much?")
    assert not any(p.phone.brand == "Samsung" for p in shown.picks)
    assert (answer.kind, [p.phone.brand for p in answer.picks]) == ("why_not", ["Samsung"])


@pytest.mark.parametrize("text", ["why you like samsung so much?", "why so many samsungs?"])
def test_a_why_of_a_maker_with_several_on_the_list_asks_which_one(session, text):
    answer = ask_all(session, "samsung phones", text)
    assert answer.kind == "social" and "Galaxy" in answer.text


def test_a_why_of_a_maker_with_one_on_the_list_explains_it(session):
    answer = ask_all(session, "samsung or google phones under 300 dollars", "why you like samsung so much?")
    assert (answer.kind, [p.phone.model for p in answer.picks]) == ("why", ["Galaxy A15 128GB"])
