"""Readings from SEALED-20's Hindi/Urdu-English mixed dialogue failures (sealed20-mxa*, issues 9, 10): romanized Hindi
and Urdu words read through the tables the English rules already read, each beside the closest English wording that
must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _followup(vocab, text):
    found = understand(text, vocab).followup
    assert found is not None, text
    return found.kind, found.refs


# -- positions said with a Hindi or Urdu ordinal and "wala" ---------------------------------------------------------

@pytest.mark.parametrize(("text", "position"), [("dusra wala kaisa hai?", 2), ("teesri wali kaisi hai", 3),
                                                ("chautha wala kitne ka hai aur weight kitna hai uska?", 4),
                                                ("pehla wala", 1), ("paanchvi wali ki battery kitni hai", 5),
                                                ("teesre wale ka camera kaisa hai", 3), ("aakhri wala kaisa hai", -1)])
def test_a_hindi_ordinal_with_wala_asks_about_that_shown_phone(vocab, text, position):
    assert _followup(vocab, text) == ("details", (position,))


@pytest.mark.parametrize("text", ["the second one looks decent", "how is the second one?"])
def test_the_english_ordinal_still_points_at_that_phone(vocab, text):
    assert _followup(vocab, text) == ("details", (2,))


@pytest.mark.parametrize("text", ["mujhe dusra brand dikhao", "dusra phone chahiye under 20k"])
def test_dusra_meaning_another_before_a_noun_is_no_position(vocab, text):
    assert understand(text, vocab).followup is None


# -- "iski", "uska": the phone in focus ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["iski battery kitni hai", "uska weight kya hai", "iska camera kaisa hai?",
                                  "what's its battery like?"])
def test_the_hindi_its_asks_about_the_phone_in_focus(vocab, text):
    assert _followup(vocab, text) == ("details", (0,))


@pytest.mark.parametrize(("text", "refs"), [("iska OnePlus 12 se compare karo", (0, "OnePlus 12 256GB")),
                                            ("isko Pixel 8a ke saath compare karo plz", (0, "Pixel 8a 128GB")),
                                            ("pehla aur teesra compare kar do", (1, 3)),
                                            ("dusre wale ka teesre se muqabla karo", (2, 3)),
                                            ("compare it with the pixel 8a", (0, "Pixel 8a 128GB"))])
def test_a_hindi_comparison_with_the_verb_last_weighs_the_phones_before_it(vocab, text, refs):
    kind, found = _followup(vocab, text)
    assert kind == "compare" and len(found) == 2 and found[0] == refs[0]
    assert found[1] == refs[1] or str(found[1]).lower() in str(refs[1]).lower()


@pytest.mark.parametrize("text", ["compare the iphone se and the pixel 8a", "is the iphone se better than the pixel 8a"])
def test_the_iphone_se_keeps_its_se_in_an_english_comparison(vocab, text):
    kind, refs = _followup(vocab, text)
    assert kind == "compare" and "se" in str(refs[0]).lower().split()


def test_a_hindi_comparison_names_no_brand_wish(vocab):
    assert not any(u.slot == "brands" for u in understand("iska OnePlus 12 se compare karo", vocab).updates)


# -- "sab se" / "sabse": a superlative, over the phones shown when "in mein" says so -----------------------------------

@pytest.mark.parametrize(("text", "key", "descending"), [
    ("in mein sab se sasta kaunsa hai", "price", False), ("in mein se sabse badi battery kiski hai", "battery_mah", True),
    ("sab se mehenga kaunsa hai", "price", True), ("inme se sabse kam weight kiska hai", "weight_g", False),
    ("sabse halka phone dikhao", "weight_g", False), ("screen sabse choti wala", "screen_in", False),
    ("sabse zyada RAM wala", "ram_gb", True), ("camera sabse accha", "main_camera_mp", True)])
def test_sab_se_before_an_adjective_is_a_superlative(vocab, text, key, descending):
    sort = understand(text, vocab).sort
    assert sort is not None and (sort.key, sort.descending) == (key, descending)


@pytest.mark.parametrize("text", ["kam az kam 5000 mah battery", "battery kam se kam 5000mAh"])
def test_kam_az_kam_stays_a_floor_not_the_least(vocab, text):
    request = understand(text, vocab)
    assert request.sort is None
    assert slots(request)["spec:battery_mah"] == ("set", Bound(lo=5000.0))


@pytest.mark.parametrize(("text", "key", "descending"), [("in mein sab se sasta kaunsa hai", "price", False),
                                                          ("in mein se sabse badi battery kiski hai", "battery_mah", True),
                                                          ("which of these is the cheapest?", "price", False)])
def test_a_superlative_over_the_shown_list_picks_one_of_them(session, text, key, descending):
    shown = ask_all(session, "phone under 1000 dollars").picks
    answer = session.ask(text)
    assert answer.kind == "details"
    best = min if not descending else max
    value = (lambda p: p.phone.prices["USD"]) if key == "price" else (lambda p: getattr(p.phone, key))
    assert answer.picks[0].phone == best(shown, key=value).phone


# -- a side said in Hindi or Urdu after the figure, and the "not" after the side -------------------------------------

@pytest.mark.parametrize(("text", "key", "bound"), [
    ("battery 5000mAh se kam na ho, sara din field me hota hun", "spec:battery_mah", Bound(lo=5000.0)),
    ("RAM 8GB se kam nahi honi chahiye", "spec:ram_gb", Bound(lo=8.0)),
    ("screen 6.5 inch se chhoti nahi chahiye", "spec:screen_in", Bound(lo=6.5)),
    ("200g se zyada na ho weight", "spec:weight_g", Bound(hi=200.0)),
    ("battery 5000mAh se kam", "spec:battery_mah", Bound(hi=5000.0)),
    ("screen 6.7 inch se badi", "spec:screen_in", Bound(lo=6.7)),
    ("190g se halka phone", "spec:weight_g", Bound(hi=190.0)),
    ("battery 5000mAh se zyada", "spec:battery_mah", Bound(lo=5000.0))])
def test_a_hindi_side_after_the_figure_turned_by_the_not_after_it(vocab, text, key, bound):
    assert slots(understand(text, vocab))[key] == ("set", bound)


@pytest.mark.parametrize(("text", "lo", "hi"), [("matlab 45k se upar bilkul nahi", None, 45000.0),
                                                ("30k se zyada nahi", None, 30000.0), ("45k se upar", 45000.0, None),
                                                ("30k tak, nahi to 35k tak chalega", None, 35000.0)])
def test_a_budget_side_refused_after_it_is_the_other_side(vocab, text, lo, hi):
    _, budget = slots(understand(text, vocab))["budget"]
    assert (budget.lo, budget.hi) == (lo, hi)


# -- a condition removed or a brand let go, the verb last ----------------------------------------------------------

@pytest.mark.parametrize(("text", "slot"), [("ek kaam karo, RAM wali condition hata do", "spec:ram_gb"),
                                            ("battery ka filter hatao", "spec:battery_mah"),
                                            ("budget ki shart chhod do", "budget"),
                                            ("acha brand ki koi pabandi nahi, Infinix ke ilawa bhi chalega", "brands"),
                                            ("brand koi bhi chalega", "brands"), ("brand se farq nahi padta", "brands"),
                                            ("dusre brands bhi chalenge", "brands"), ("forget the ram requirement", "spec:ram_gb")])
def test_a_condition_removed_in_hindi_or_urdu_clears_that_slot(vocab, text, slot):
    assert slots(understand(text, vocab))[slot] == ("clear", None)


def test_a_brand_besides_which_others_do_too_is_no_brand_wish(session):
    constraints = ask_all(session, "phone under 1000 dollars, sirf Samsung walay dikhao",
                          "acha brand ki koi pabandi nahi, Samsung ke ilawa bhi chalega").constraints
    assert not constraints.brands and not constraints.exclude_brands


@pytest.mark.parametrize("text", ["Samsung ke ilawa dikhao", "Samsung nahi chahiye"])
def test_a_brand_excepted_or_refused_stays_refused(vocab, text):
    request = understand(text, vocab)
    assert slots(request)["exclude_brands"] == ("add", frozenset({"Samsung"}))
    assert "brands" not in slots(request) or slots(request)["brands"][0] == "remove"


@pytest.mark.parametrize("text", ["RAM 8GB chahiye", "ram kam az kam 8 GB honi chahiye"])
def test_a_ram_wish_in_hindi_is_still_a_floor(vocab, text):
    assert slots(understand(text, vocab))["spec:ram_gb"] == ("set", Bound(lo=8.0))


# -- the earlier list asked for again, the verb last ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["nahi yaar 45 wale sab bekaar lag rahe hain, jo pehle dikhaye the wohi wapas dikhao",
                                  "jo pehle dikhaye the wohi wapas dikhao", "pichli list wapas dikhao",
                                  "wapas pehle jaisa kar do", "undo karo",
                                  "the 900 ones all look bad, show me the previous list again"])
def test_the_earlier_list_asked_back_in_hindi_restores_the_search_before(session, text):
    before = ask_all(session, "phone under 1000 dollars", "samsung nai chahiye plz").constraints
    session.ask("900 se upar bilkul nahi")
    assert session.ask(text).constraints == before


def test_a_new_figure_after_a_verdict_on_the_list_is_still_that_figure(session):
    answer = ask_all(session, "phone under 1000 dollars", "900 se upar bilkul nahi", "these look bad, show me 500 dollar ones")
    assert answer.constraints.budget is not None and answer.constraints.budget.hi == 500.0


# -- help asked in Hindi or Urdu -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["aur main kya kya pooch sakta hoon aap se? 谢谢 pehle se, CPEC wali job ke liye Chinese "
                                  "seekh raha hoon", "aap aur kya kar sakte ho?", "bhai aap kya kya kar sakte ho",
                                  "what else can you do?"])
def test_a_help_question_in_hindi_or_urdu_is_help(session, text):
    assert ask_all(session, "phone under 1000 dollars", text).kind == "help"


def test_a_hindi_question_about_a_phone_is_no_help_question(session):
    assert ask_all(session, "phone under 1000 dollars", "iski battery kitni hai").kind == "details"


# -- the tablet put off with "later" alone, then back to the phone ---------------------------------------------------

@pytest.mark.parametrize("text", ["ok 平板 later. back to the 手机", "tablet later, back to the phone",
                                  "ok the tablet can wait, back to the phone"])
def test_the_tablet_put_off_till_later_goes_back_to_the_phone_search(session, text):
    before = ask_all(session, "phone under 1000 dollars, at least 6.7 inch", "不要 Huawei please").constraints
    session.ask("my son wants a tablet too, under 500 for that")
    assert session.ask(text).constraints == before


# -- thanks and acknowledgements in Hindi and Urdu ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["theek hai shukriya bhai", "thanks yaar, bohot help hui", "bohot shukriya",
                                  "acha theek hai, shukriya", "shukriya, bohot madad mili", "chalo theek hai, bye",
                                  "thanks a lot"])
def test_a_hindi_or_urdu_thanks_is_social_and_keeps_the_search(session, text):
    before = ask_all(session, "phone under 1000 dollars").constraints
    answer = session.ask(text)
    assert answer.kind == "social" and answer.constraints == before


@pytest.mark.parametrize("text", ["theek hai, 500 dollars tak", "acha samsung nahi chahiye"])
def test_an_acknowledgement_before_a_wish_is_still_the_wish(session, text):
    before = ask_all(session, "phone under 1000 dollars").constraints
    answer = session.ask(text)
    assert answer.kind != "social" and answer.constraints != before
