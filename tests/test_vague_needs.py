"""Vague needs combine: none silently overrides another, and a vague ranking leads with phones of today."""

from __future__ import annotations

import pytest

from advisor.catalog.model import MARKETS, Catalog
from advisor.dialogue.state import DialogueState, apply
from advisor.ranking.aspects import Percentiles
from advisor.ranking.rank import INTENT_CHIP_FLOORS, Floors, rank
from advisor.understanding.request import Relative, Request
from advisor.understanding.understand import understand
from tests.helpers import make_phone


def _rank(text: str, catalog: Catalog, vocab):
    state = apply(DialogueState(), understand(text, vocab))
    return state, rank(state, catalog, Percentiles(catalog, MARKETS))


def _shop():
    """A cheap phone that cannot run demanding games, a cheap one that can, a dear flagship, and small old ones."""
    return Catalog((
        make_phone(id="cheap-slow", family="Cheap Slow", year=2024, ram_gb=4.0, chip_score=1300.0, screen_in=6.7,
                   weight_g=195.0, prices={"USD": 119.0, "CNY": 799.0}),
        make_phone(id="cheap-gamer", family="Cheap Gamer", year=2024, ram_gb=8.0, chip_score=2900.0, screen_in=6.7,
                   weight_g=190.0, prices={"USD": 249.0, "CNY": 1699.0}),
        make_phone(id="flagship", family="Flagship", year=2024, ram_gb=16.0, chip_score=9000.0, screen_in=6.8,
                   weight_g=225.0, prices={"USD": 1199.0, "CNY": 7999.0}),
        make_phone(id="old-mini", family="Old Mini", year=2016, ram_gb=2.0, chip_score=600.0, screen_in=4.7,
                   weight_g=120.0, prices={"USD": 79.0, "CNY": 499.0}),
        make_phone(id="old-small", family="Old Small", year=2017, ram_gb=1.0, chip_score=450.0, screen_in=5.0,
                   weight_g=130.0, prices={"USD": 69.0, "CNY": 449.0}),
        make_phone(id="new-small", family="New Small", year=2024, ram_gb=8.0, chip_score=3000.0, screen_in=6.1,
                   weight_g=165.0, prices={"USD": 599.0, "CNY": 3999.0}),
    ), "shop")


def test_cheaper_with_nothing_shown_is_a_need_not_a_cheapest_first_order(vocab):
    state, _ = _rank("便宜点 玩原神不卡", _shop(), vocab)
    assert (state.sort, set(state.intents)) == (None, {"gaming", "budget"})


def _order(text: str, vocab) -> list[str]:
    return [r.phone.id for r in _rank(text, _shop(), vocab)[1].matches]


def test_the_gaming_need_alone_ranks_by_speed(vocab):
    assert _order("玩原神不卡", vocab)[:3] == ["flagship", "new-small", "cheap-gamer"]


def test_adding_cheaper_moves_the_cheaper_gamer_up_without_dropping_the_gaming_need(vocab):
    order = _order("便宜点 玩原神不卡", vocab)
    assert order.index("cheap-gamer") < order.index("new-small") and order.index("cheap-slow") > 2


def test_on_the_catalog_cheap_for_genshin_shows_cheaper_phones_that_all_run_it():
    from advisor.catalog.model import load_catalog
    from advisor.config import Settings
    from advisor.understanding.understand import Vocabulary

    settings = Settings()
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    vocab = Vocabulary.from_catalog(catalog, settings.aliases_path)
    both = _rank("便宜点 玩原神不卡", catalog, vocab)[1].matches[:5]
    gaming = _rank("玩原神不卡", catalog, vocab)[1].matches[:5]
    assert all((r.phone.chip_score or 0) >= INTENT_CHIP_FLOORS["gaming"] for r in both)
    assert sum(r.phone.price("CNY") for r in both) < sum(r.phone.price("CNY") for r in gaming)


def test_no_top_pick_of_a_cheap_gaming_request_is_too_slow_for_the_game(vocab):
    _, ranking = _rank("cheaper, for playing Genshin", _shop(), vocab)
    fast_enough = [(r.phone.chip_score or 0) >= INTENT_CHIP_FLOORS["gaming"] for r in ranking.matches]
    assert fast_enough == sorted(fast_enough, reverse=True)


@pytest.mark.parametrize("text", ["compact", "别太重", "a lighter phone", "小一点"])
def test_a_vague_size_need_leads_with_phones_a_shop_would_recommend_today(text, vocab):
    state, ranking = _rank(text, _shop(), vocab)
    floors = Floors.for_state(state, 2024)
    assert [r.phone.id for r in ranking.matches[:2]] == ["new-small", "cheap-gamer"]
    assert all(floors.met_by(r.phone) for r in ranking.matches[:4])


def test_cheaper_after_shown_phones_still_moves_below_them():
    shown = (make_phone(id="a", prices={"USD": 400.0}), make_phone(id="b", prices={"USD": 600.0}))
    state = apply(DialogueState(intents=("gaming",)), Request(text="cheaper", language="en",
                                                                 relative=(Relative("price", -1),)), shown=shown)
    assert (state.constraints.budget.hi, state.intents) == (399.0, ("gaming",))


def test_a_relative_word_without_a_need_of_its_own_still_orders():
    state = apply(DialogueState(), Request(text="newer", language="en", relative=(Relative("year", 1),)))
    assert state.sort is not None and state.sort.key == "year" and state.intents == ()
