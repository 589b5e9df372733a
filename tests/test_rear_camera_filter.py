"""The rear-camera count end to end (issue 9): a shopper who asks for at least 3 rear cameras is shown only phones
with 3 or more, each pick says its true count, a phone whose count is unknown is never shown as meeting it, and the
filter is said, compared and moved ("more cameras") like any other spec."""

import pytest

from advisor.dialogue.state import DialogueState
from advisor.explain.answer import Claim
from advisor.explain.claims import ClaimChecker
from advisor.explain.reasons import comparison, filter_lines
from advisor.ranking.match import Columns, matches, violations
from advisor.understanding.request import Bound, Constraints
from tests.helpers import make_phone, small_catalog

AT_LEAST_3 = Constraints(specs=(("rear_cameras", Bound(lo=3)),))


@pytest.mark.parametrize("message, language, floor", [("at least 3 rear cameras", "en", 3), ("3+ cameras on the back", "en", 3),
                                                       ("后置三摄以上", "zh", 3), ("a quad camera phone", "en", 4)])
def test_an_answer_shows_only_phones_with_the_cameras_asked_for(small_advisor, message, language, floor):
    assert any((p.rear_cameras or 0) < floor for p in small_advisor.catalog)  # there are phones to keep out
    answer = small_advisor.session().ask(message, language)
    assert answer.exact and answer.picks
    assert all(p.phone.rear_cameras is not None and p.phone.rear_cameras >= floor for p in answer.picks)


def test_each_pick_states_its_true_rear_camera_count(small_advisor):
    answer = small_advisor.session().ask("at least 3 rear cameras", "en")
    said = [next(r.text for r in p.reasons if r.claim is not None and r.claim.aspect == "rear_cameras")
            for p in answer.picks]
    assert said == [f"rear cameras: {p.phone.rear_cameras}, as you asked" for p in answer.picks]


def test_the_count_lines_are_true_claims(small_advisor):
    checker = ClaimChecker(small_advisor.catalog)
    answer = small_advisor.session().ask("后置三摄以上", "zh")
    counts = [r.claim for p in answer.picks for r in p.reasons if r.claim is not None and r.claim.kind == "meets_spec"]
    assert len(counts) == len(answer.picks) and checker.false_claims(answer) == []


def test_a_count_claim_outside_the_bound_is_false():
    checker = ClaimChecker(small_catalog())
    two = next(p for p in small_catalog() if p.rear_cameras == 2)
    claim = Claim("meets_spec", two.id, "rear_cameras", 2.0)
    assert checker.why_false(claim, AT_LEAST_3) == "2 is outside the bound 3..None on rear_cameras"


def test_an_unknown_count_never_meets_a_rear_camera_bound():
    unknown = make_phone(rear_cameras=None)
    assert not matches(unknown, AT_LEAST_3) and not matches(unknown, Constraints(specs=(("rear_cameras", Bound(hi=2)),)))
    (broken,) = violations(unknown, AT_LEAST_3)
    assert (broken.slot, broken.actual) == ("spec:rear_cameras", None)


def test_the_catalog_arrays_filter_the_count_as_the_per_phone_check_does():
    catalog = list(small_catalog())
    assert Columns(catalog).mask(AT_LEAST_3).tolist() == [matches(p, AT_LEAST_3) for p in catalog]


@pytest.mark.parametrize("language, line", [("en", "rear cameras ≥ 3"), ("zh", "后置摄像头 ≥ 3")])
def test_the_filter_line_names_the_count(language, line):
    lines = filter_lines(DialogueState(constraints=AT_LEAST_3, language=language))
    assert [(f.slot, f.text) for f in lines] == [("spec:rear_cameras", line)]


def test_a_comparison_has_a_rear_camera_row():
    phones = [make_phone(id="a", rear_cameras=4), make_phone(id="b", rear_cameras=2)]
    rows = dict(comparison(phones, DialogueState()).rows)
    assert rows["rear cameras"] == ("4", "2")


def test_a_phone_short_of_the_count_says_by_how_many(small_advisor):
    answer = small_advisor.session().ask("at least 5 rear cameras", "en")
    assert not answer.exact and answer.relaxed
    assert {r.text for r in answer.relaxed} <= {"rear cameras 4: 1 below your minimum",
                                                "rear cameras 3: 2 below your minimum",
                                                "rear cameras 2: 3 below your minimum",
                                                "rear cameras 1: 4 below your minimum"}


def test_more_cameras_moves_the_floor_past_the_phone_looked_at(small_advisor):
    session = small_advisor.session()
    first = session.ask("at least 2 rear cameras", "en")
    looked_at = first.picks[0].phone.rear_cameras
    after = session.ask("more cameras", "en")
    assert dict(after.constraints.specs)["rear_cameras"] == Bound(lo=looked_at + 1)
