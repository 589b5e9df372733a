"""The simulated-shopper measurement of personalization."""

from advisor.evaluation.simulate import TASTES, simulate, table


def test_personalization_raises_the_liked_pick_rate_of_a_brand_fan(small_advisor):
    fan = next(t for t in TASTES if t.name == "Xiaomi family fan")
    (result,) = simulate(small_advisor, tastes=(fan,), shoppers=1, sessions=6)
    assert result.picks > 0 and result.with_personalization > result.without


def test_table_lists_every_taste_and_the_mean(small_advisor):
    light = next(t for t in TASTES if t.name == "prefers light phones")
    text = table(simulate(small_advisor, tastes=(light,), shoppers=1, sessions=2))
    assert "prefers light phones" in text and text.splitlines()[-1].startswith("mean")
