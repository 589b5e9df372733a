"""Explanations state catalog facts relative to the other matches, in the shopper's language."""

from advisor.dialogue.state import DialogueState
from advisor.explain.phrases import format_storage
from advisor.explain.reasons import comparison, filter_lines, pick_reasons, relaxations, render_table
from advisor.ranking.match import violations
from advisor.understanding.request import Bound, Budget, Constraints, Sort
from tests.helpers import make_phone

MATCHES = [
    make_phone(id="a", family="A", battery_mah=6000, weight_g=215.0),
    make_phone(id="b", family="B", battery_mah=5000, weight_g=180.0),
    make_phone(id="c", family="C", battery_mah=4500, weight_g=170.0),
    make_phone(id="d", family="D", battery_mah=4400, weight_g=175.0),
]


def test_best_on_the_focus_aspect_is_stated_with_the_number_of_matches():
    state = DialogueState(intents=("battery",))
    texts = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state)]
    assert "largest battery among the 4 matches: 6,000 mAh" in texts


def test_trade_off_is_stated_as_a_con():
    state = DialogueState(intents=("battery",))
    cons = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state) if r.kind == "con"]
    assert "heavier than most: 215 g" in cons


def test_price_is_shown_against_the_budget_in_its_currency():
    state = DialogueState(constraints=Constraints(budget=Budget("INR", hi=35000)), currency="INR")
    texts = [r.text for r in pick_reasons(MATCHES[1], MATCHES, state)]
    assert "fits your budget: ₹30,000" in texts


def test_reasons_are_in_chinese_for_a_chinese_conversation():
    state = DialogueState(intents=("battery",), language="zh", currency="CNY")
    texts = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state)]
    assert "4款符合条件的机型中电池最大：6,000 mAh" in texts and "价格：¥2,500" in texts


def test_over_budget_relaxation_names_the_amount():
    state = DialogueState(constraints=Constraints(budget=Budget("USD", hi=600)))
    phone = make_phone(prices={"USD": 699.0})
    (r,) = relaxations(violations(phone, state.constraints), state)
    assert r.text == "$99 over your budget" and r.amount == 99


def test_spec_relaxation_names_the_shortfall_with_its_unit():
    state = DialogueState(constraints=Constraints(specs=(("battery_mah", Bound(lo=5000)),)))
    phone = make_phone(battery_mah=4500)
    (r,) = relaxations(violations(phone, state.constraints), state)
    assert r.text == "battery 4,500 mAh: 500 mAh below your minimum"


def test_filter_lines_show_every_constraint_with_its_slot():
    c = Constraints(budget=Budget("USD", hi=500), exclude_brands=frozenset({"Apple"}),
                    specs=(("ram_gb", Bound(lo=8)),))
    lines = filter_lines(DialogueState(constraints=c, sort=Sort("weight_g", False)))
    assert [(f.slot, f.text) for f in lines] == [
        ("budget", "budget: ≤ $500"), ("exclude_brands", "not: Apple"), ("spec:ram_gb", "RAM ≥ 8 GB"),
        ("sort", "order: lightest first")]


def test_comparison_table_has_one_column_per_phone():
    table = comparison(MATCHES[:2], DialogueState())
    assert len(table.phones) == 2 and all(len(values) == 2 for _, values in table.rows)
    assert "6,000 mAh" in render_table(table)


def _texts(phone, matches, state):
    return [r.text for r in pick_reasons(phone, matches, state)]


def _chip(id_, chipset, score, tier=5, year=2024):
    return make_phone(id=id_, family=id_.upper(), chipset=chipset, processor=chipset, chip_score=score,
                      chipset_tier=tier, year=year)


def test_chip_claims_come_from_the_benchmark_score_not_the_tier_of_its_year():
    old_flagship = _chip("old", "Snapdragon 835", 1800, tier=5, year=2017)
    mid = _chip("mid", "Snapdragon 7 Gen 3", 3000, tier=3)
    low = _chip("low", "Helio G85", 1400, tier=1)
    state = DialogueState(intents=("gaming",))
    assert "fastest chip among the 3 matches: Snapdragon 7 Gen 3" in _texts(mid, [old_flagship, mid, low], state)
    assert not any("fastest" in t for t in _texts(old_flagship, [old_flagship, mid, low], state))


def test_two_different_chips_at_one_score_are_never_both_the_fastest():
    a, b = _chip("a", "Apple A17 Pro", 7200), _chip("b", "MediaTek Dimensity 9300", 7200)
    low = _chip("low", "Helio G85", 1400, tier=1)
    state = DialogueState(sort=Sort("performance", True))
    assert [t for p in (a, b) for t in _texts(p, [a, b, low], state) if t.startswith("fastest chip")] == []


def test_a_chip_without_a_known_score_gets_no_speed_claim():
    unknown = _chip("u", "Mystery 1", None)
    others = [_chip("x", "Helio G85", 1400, tier=1), _chip("y", "Helio G35", 700, tier=1)]
    everyone = [unknown, *others]
    state = DialogueState(intents=("gaming",))
    assert [r.text for p in everyone for r in pick_reasons(p, everyone, state)
            if r.claim and r.claim.aspect == "performance" and r.claim.phone == "u"] == []
    assert not any("chip" in t for t in _texts(unknown, everyone, state))


def test_a_value_shared_by_most_matches_is_not_less_than_most():
    # RAM >= 12: 6 matches have 12 GB, 4 have 16 GB; 12 GB is what most have, not "less than most".
    phones = [make_phone(id=f"p{i}", family=f"P{i}", ram_gb=12.0 if i < 6 else 16.0) for i in range(10)]
    state = DialogueState(constraints=Constraints(specs=(("ram_gb", Bound(lo=12)),)))
    assert "less RAM than most: 12 GB" not in _texts(phones[0], phones, state)


def test_more_than_most_needs_more_than_half_of_the_matches_below():
    rams = [16.0] + [12.0] * 5 + [8.0] * 4  # 12 GB beats 4 of 10: not "most"
    phones = [make_phone(id=f"p{i}", family=f"P{i}", ram_gb=r) for i, r in enumerate(rams)]
    state = DialogueState(intents=("gaming",))
    assert "more RAM than most matches: 12 GB" not in _texts(phones[1], phones, state)


def test_less_than_most_is_said_when_more_than_half_have_more():
    rams = [8.0] + [12.0] * 6 + [16.0] * 3
    phones = [make_phone(id=f"p{i}", family=f"P{i}", ram_gb=r) for i, r in enumerate(rams)]
    cons = [r.text for r in pick_reasons(phones[0], phones, DialogueState(intents=("gaming",))) if r.kind == "con"]
    assert "less RAM than most: 8 GB" in cons


def test_a_phone_outside_the_matches_gets_its_price_and_no_fit_or_match_claims():
    state = DialogueState(constraints=Constraints(budget=Budget("USD", hi=600)), intents=("battery",))
    outside = make_phone(id="big", family="Big", battery_mah=9000, prices={"USD": 799.0})
    assert _texts(outside, MATCHES, state) == ["price: $799"]


def test_the_budget_line_is_only_said_of_a_price_inside_the_budget():
    state = DialogueState(constraints=Constraints(budget=Budget("USD", hi=600)))
    over = make_phone(id="over", prices={"USD": 799.0})
    reasons = pick_reasons(over, [over], state)
    assert [r.claim.kind for r in reasons] == ["price"]


def test_every_line_about_catalog_facts_carries_its_claim():
    state = DialogueState(intents=("battery",), constraints=Constraints(budget=Budget("USD", hi=600)))
    reasons = pick_reasons(MATCHES[0], MATCHES, state)
    assert [(r.claim.kind, r.claim.aspect) for r in reasons] == [
        ("fits_budget", "price:USD"), ("best", "battery_mah"), ("weak", "weight_g")]
    assert reasons[1].claim.scope == frozenset({"a", "b", "c", "d"})


def _broken(phone, constraints, language="en"):
    state = DialogueState(constraints=constraints, language=language)
    return [r.text for r in relaxations(violations(phone, constraints), state)]


def test_an_excluded_brand_is_named_as_excluded():
    phone = make_phone(brand="Huawei")
    assert _broken(phone, Constraints(exclude_brands=frozenset({"Huawei"}))) == ["made by Huawei, which you excluded"]


def test_a_tablet_outside_the_default_devices_says_what_was_wanted():
    phone = make_phone(device="tablet")
    assert _broken(phone, Constraints()) == ["a tablet, not a foldable / phone"]


def test_the_wrong_platform_is_named():
    phone = make_phone(brand="Apple")
    assert _broken(phone, Constraints(platform="android")) == ["runs iOS, not Android"]


def test_an_excluded_chipset_and_series_are_named_in_chinese():
    phone = make_phone(brand="Samsung", model="Galaxy A55 128GB", chipset="Exynos 1480", processor="Exynos 1480")
    c = Constraints(exclude_chipsets=frozenset({"Exynos"}), exclude_series=frozenset({"Galaxy A"}))
    assert _broken(phone, c, "zh") == ["芯片是Exynos 1480，你已排除", "Galaxy A55 128GB属于你排除的系列"]


def test_a_phone_outside_every_alternative_says_so():
    phone = make_phone(brand="Acme")
    c = Constraints(alternatives=(Constraints(brands=frozenset({"Apple"})), Constraints(brands=frozenset({"Google"}))))
    assert _broken(phone, c) == ["fits none of the options you gave"]


def test_storage_sizes_read_in_terabytes_from_1024_gb():
    assert [format_storage(gb) for gb in (256, 1024, 2048)] == ["256 GB", "1 TB", "2 TB"]
    assert format_storage(512, sep="") == "512GB"


def test_match_values_read_from_the_catalog_arrays_are_the_phones_values():
    from advisor.explain.phrases import ASPECTS
    from advisor.explain.reasons import MatchFacts
    from advisor.ranking.match import Columns
    from tests.helpers import small_catalog

    catalog = small_catalog()
    positions = [i for i, p in enumerate(catalog) if p.brand != "Apple"]
    phones = [catalog[i] for i in positions]
    by_phone, by_column = MatchFacts(phones, "INR"), MatchFacts(phones, "INR", Columns(catalog), positions)
    assert all(by_column.values(a) == by_phone.values(a) for a in ASPECTS)
