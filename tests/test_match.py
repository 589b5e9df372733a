"""Hard constraints: a phone breaking any of them is never a match."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.catalog.model import MARKETS
from advisor.ranking.match import Columns, chipset_matches, matches, relaxation_cost, violations
from advisor.understanding.request import Bound, Budget, Constraints
from tests.helpers import make_phone, small_catalog


def test_phone_within_every_constraint_matches():
    c = Constraints(budget=Budget("USD", hi=500), brands=frozenset({"Acme"}), specs=(("ram_gb", Bound(lo=8)),))
    assert matches(make_phone(), c)


def test_budget_is_compared_in_the_market_of_its_currency():
    phone = make_phone(prices={"USD": 400.0, "INR": 45000.0})
    assert matches(phone, Constraints(budget=Budget("USD", hi=450)))
    assert not matches(phone, Constraints(budget=Budget("INR", hi=40000)))


def test_over_budget_violation_records_the_amount():
    (v,) = violations(make_phone(), Constraints(budget=Budget("USD", hi=350)))
    assert v.slot == "budget" and v.amount == 50


def test_phone_without_a_price_in_the_market_does_not_match_a_budget():
    phone = make_phone(prices={"USD": None, "CNY": 2000.0})
    (v,) = violations(phone, Constraints(budget=Budget("USD", hi=5000)))
    assert v.actual is None


def test_unknown_spec_value_breaks_a_bound_on_it():
    assert not matches(make_phone(weight_g=None), Constraints(specs=(("weight_g", Bound(hi=200)),)))


def test_tablets_are_excluded_unless_asked_for():
    tablet = make_phone(device="tablet")
    assert not matches(tablet, Constraints())
    assert matches(tablet, Constraints(devices=frozenset({"tablet"})))


def test_excluded_brand_is_never_relaxable():
    found = violations(make_phone(brand="Apple"), Constraints(exclude_brands=frozenset({"Apple"})))
    assert math.isinf(relaxation_cost(found))


def test_android_platform_excludes_apple():
    assert not matches(make_phone(brand="Apple"), Constraints(platform="android"))
    assert matches(make_phone(brand="Samsung"), Constraints(platform="android"))


def test_chipset_family_matches_whole_words_only():
    phone = make_phone(chipset="MediaTek Dimensity 8300", processor="Dimensity 8300 Ultra")
    assert chipset_matches("Dimensity", phone)
    assert not chipset_matches("Dimensity 830", phone)


def test_chipset_generation_is_not_confused_with_a_sibling():
    phone = make_phone(chipset="Snapdragon 8s Gen 3", processor="Snapdragon 8s Gen 3")
    assert not chipset_matches("Snapdragon 8 Gen 3", phone)


def test_needs_5g_rejects_4g_phones():
    assert not matches(make_phone(is_5g=False), Constraints(needs_5g=True))


def test_excluded_chipset_family_never_matches():
    c = Constraints(exclude_chipsets=frozenset({"Snapdragon"}))
    assert not matches(make_phone(chipset="Snapdragon 8 Gen 3", processor="Snapdragon 8 Gen 3"), c)
    assert matches(make_phone(chipset="Exynos 2400", processor="Exynos 2400"), c)


def test_excluded_series_is_a_word_prefix_of_the_model():
    c = Constraints(exclude_series=frozenset({"Galaxy A"}))
    assert not matches(make_phone(brand="Samsung", model="Galaxy A55 5G 128GB"), c)
    assert matches(make_phone(brand="Samsung", model="Galaxy S24 128GB"), c)
    assert matches(make_phone(brand="Samsung", model="Galaxy Alpha"), c)


def test_a_phone_meeting_one_alternative_matches():
    c = Constraints(alternatives=(Constraints(brands=frozenset({"Google"})), Constraints(platform="ios")))
    assert matches(make_phone(brand="Apple"), c)
    assert matches(make_phone(brand="Google"), c)
    assert not matches(make_phone(brand="Samsung"), c)


def test_alternatives_of_device_kinds_admit_each_kind():
    c = Constraints(devices=frozenset({"tablet", "phone"}), alternatives=(
        Constraints(brands=frozenset({"Apple"}), devices=frozenset({"tablet"})),
        Constraints(platform="android", devices=frozenset({"tablet"}))))
    assert matches(make_phone(brand="Apple", device="tablet"), c)
    assert matches(make_phone(brand="Samsung", device="tablet"), c)
    assert not matches(make_phone(brand="Samsung", device="phone"), c)


def test_chip_score_bound_needs_a_known_score():
    c = Constraints(specs=(("chip_score", Bound(lo=1000)),))
    assert matches(make_phone(chip_score=1500.0), c)
    assert not matches(make_phone(chip_score=None), c)


def test_larger_overshoot_costs_more():
    c = Constraints(budget=Budget("USD", hi=300))
    near = relaxation_cost(violations(make_phone(prices={"USD": 320.0}), c))
    far = relaxation_cost(violations(make_phone(prices={"USD": 600.0}), c))
    assert near < far



_CATALOG = small_catalog()
_COLUMNS = Columns(_CATALOG)
_bounds = st.builds(Bound, st.none() | st.floats(0, 6000), st.none() | st.floats(0, 6000))
_constraints = st.builds(
    Constraints,
    budget=st.none() | st.builds(Budget, st.sampled_from(MARKETS),
                                 st.none() | st.floats(0, 3000), st.none() | st.floats(0, 200000)),
    brands=st.frozensets(st.sampled_from(["Apple", "Samsung", "Google", "Xiaomi", "Huawei"]), max_size=2),
    exclude_brands=st.frozensets(st.sampled_from(["Apple", "Samsung", "Sony"]), max_size=2),
    platform=st.sampled_from([None, "android", "ios"]),
    devices=st.frozensets(st.sampled_from(["phone", "foldable", "tablet"]), max_size=2),
    chipset=st.sampled_from([None, "Snapdragon", "Dimensity", "Snapdragon 8 Gen 3", "Helio G85"]),
    needs_5g=st.booleans(),
    specs=st.lists(st.tuples(st.sampled_from(["ram_gb", "battery_mah", "weight_g", "screen_in", "year", "chip_score",
                                                             "rear_cameras"]),
                             _bounds), max_size=3, unique_by=lambda t: t[0]).map(lambda xs: tuple(sorted(xs))),
    exclude_chipsets=st.frozensets(st.sampled_from(["Snapdragon", "Exynos", "Dimensity 9000", "Apple"]), max_size=2),
    exclude_series=st.frozensets(st.sampled_from(["Galaxy A", "Pixel", "Redmi Note", "iPhone"]), max_size=2),
    series=st.frozensets(st.sampled_from([("Samsung", "Galaxy S"), ("Apple", "iPhone # Pro"), ("Xiaomi", "Xiaomi #"),
                                          ("Google", "Pixel")]), max_size=2),
    alternatives=st.lists(st.builds(
        Constraints,
        brands=st.frozensets(st.sampled_from(["Apple", "Samsung", "Google"]), max_size=1),
        platform=st.sampled_from([None, "android", "ios"]),
        devices=st.frozensets(st.sampled_from(["phone", "tablet"]), max_size=1),
        chipset=st.sampled_from([None, "Snapdragon", "Exynos"]),
    ), max_size=2).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(_constraints)
def test_vectorized_filter_agrees_with_the_per_phone_check(c):
    assert _COLUMNS.mask(c).tolist() == [matches(p, c) for p in _CATALOG]


@settings(max_examples=150, deadline=None)
@given(_constraints)
def test_vectorized_costs_are_the_per_phone_relaxation_costs_to_the_last_bit(c):
    # alternatives are ordered by cost: a total rounded differently would reorder ties
    assert _COLUMNS.costs(c).tolist() == [relaxation_cost(violations(p, c)) for p in _CATALOG]


def test_a_wanted_series_limits_only_its_own_brand():
    c = Constraints(brands=frozenset({"Samsung", "OnePlus"}), series=frozenset({("Samsung", "Galaxy S")}))
    assert [matches(make_phone(brand=b, model=m), c) for b, m in
            [("Samsung", "Galaxy S24 128GB"), ("Samsung", "Galaxy A55 128GB"), ("OnePlus", "12 256GB")]] == [True, False, True]


def test_a_series_placeholder_stands_for_the_model_number():
    c = Constraints(series=frozenset({("Apple", "iPhone # Pro"), ("Xiaomi", "Xiaomi #")}))
    assert [matches(make_phone(brand=b, model=m), c) for b, m in
            [("Apple", "iPhone 15 Pro Max 256GB"), ("Apple", "iPhone 15 128GB"), ("Xiaomi", "14 Ultra 512GB"),
             ("Xiaomi", "Redmi Note 13 128GB")]] == [True, False, True, False]
