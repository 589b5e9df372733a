"""The dialogue test sets (data/eval_dialogues.jsonl and the sealed data/eval_dialogues_sealed.jsonl,
eval_dialogues_sealed2.jsonl to eval_dialogues_sealed22.jsonl)
are well formed, and the
scorer's pieces do what they say.

The data checks guard the set against authoring slips: a gold that admits almost nothing, a position past
the list it points into, a social turn whose gold silently changes the state. The scorer checks run on
hand-made phones and answers, so a bug in the scorer cannot hide behind the advisor's behaviour.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from advisor.catalog.model import DEVICES, MARKETS, NUMERIC_SPECS, Catalog, load_catalog
from advisor.errors import AdvisorError
from advisor.evaluation.cases import satisfies
from advisor.evaluation.dialogues import (
    DEFAULT_DIALOGUES,
    PATTERNS,
    SEALED_SETS,
    Dialogue,
    DialogueTurn,
    StateMatcher,
    expected_targets,
    focus_of,
    follows_order,
    gold_admits,
    load_dialogues,
    opposite,
    reference_right,
    run_dialogues,
)
from advisor.explain.answer import Answer, AnswerKind, Comparison, Pick
from advisor.understanding.request import Budget, Constraints
from tests.helpers import DATA, make_phone

FILES = {"dev": DEFAULT_DIALOGUES, **{name.lower().replace("-", ""): path for name, path in SEALED_SETS}}
SETS = {name: load_dialogues(path) for name, path in FILES.items()}
NEWEST = len(SEALED_SETS)  # SEALED is the first, so the n-th set is "sealed{n}" from the second on
LATER_SETS = tuple(f"sealed{n}" for n in range(5, NEWEST + 1))
"""The sets written since SEALED-5, all to the same brief: thirty sessions, three languages, traditional script."""
DIALOGUES = SETS["dev"]
SEALED = SETS["sealed"]
SEALED2 = SETS["sealed2"]
SEALED3 = SETS["sealed3"]
SEALED4 = SETS["sealed4"]
TURNS = [(d, n, t) for dialogues in SETS.values() for d in dialogues for n, t in enumerate(d.turns, start=1)]
STATE_KEEPING = {"social", "help", "ref_position", "ref_superlative", "ref_that", "ref_name"}
ORDER_KEYS = {f"price:{m}" for m in MARKETS} | set(NUMERIC_SPECS)
MIN_FAMILIES = 3


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")


def families(catalog: Catalog, gold: dict) -> set[str]:
    return {p.family for p in catalog if satisfies(p, gold)}


# ---- the data ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", FILES)
def test_every_nonblank_line_is_a_session(name):
    lines = [line for line in FILES[name].read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(SETS[name]) == len(lines)


def test_session_ids_are_unique_across_all_sets():
    assert [i for i, n in Counter(d.id for sessions in SETS.values() for d in sessions).items() if n > 1] == []


def test_at_least_sixty_sessions_a_third_of_them_chinese_and_some_mixed():
    langs = Counter(d.lang for d in DIALOGUES)
    assert len(DIALOGUES) >= 60
    assert langs["zh"] * 3 >= len(DIALOGUES)
    assert langs["mixed"] >= 3


def test_the_sealed_set_has_two_dozen_sessions_a_third_chinese_and_some_mixed():
    langs = Counter(d.lang for d in SEALED)
    assert len(SEALED) >= 24
    assert langs["zh"] >= 8
    assert langs["mixed"] >= 3


def test_the_second_sealed_set_has_twenty_sessions_a_third_chinese_and_some_mixed():
    langs = Counter(d.lang for d in SEALED2)
    assert len(SEALED2) >= 20
    assert langs["zh"] * 3 >= len(SEALED2)
    assert langs["mixed"] >= 3 and langs["en"] >= 10


def test_the_third_sealed_set_has_two_dozen_sessions_a_third_chinese_some_mixed_and_many_turns():
    langs = Counter(d.lang for d in SEALED3)
    assert len(SEALED3) >= 24
    assert langs["zh"] * 3 >= len(SEALED3)
    assert langs["mixed"] >= 4 and langs["en"] >= 10
    assert sum(len(d.turns) for d in SEALED3) >= 120


def test_the_fourth_sealed_set_has_thirty_sessions_in_three_languages_and_every_pattern_in_each():
    langs = Counter(d.lang for d in SEALED4)
    assert len(SEALED4) >= 30
    assert langs["en"] >= 13 and langs["zh"] >= 11 and langs["mixed"] >= 6
    assert sum(len(d.turns) for d in SEALED4) >= 160
    for lang in ("en", "zh", "mixed"):
        tried = Counter(t.pattern for d in SEALED4 if d.lang == lang for t in d.turns)
        assert [p for p in PATTERNS if tried[p] < 2] == [], lang


def test_the_later_sealed_sets_have_chinese_sessions_in_traditional_characters():
    """In each, at least three Chinese sessions are typed in traditional characters: some characters only traditional script
    writes, and none of their simplified forms."""
    traditional = set("們個這說點對請還時機電話價體億萬錢貴輕換麼嗎兒樣買賣見幾給內隻兩幫預儲銷謝難邊開關問間聽讀車東紅")
    simplified = set("们个这说点对请还时机电话价体亿万钱贵轻换么吗儿样买卖见几给内两帮预储销谢难边开关问间听读车东红")

    def typed_traditional(d: Dialogue) -> bool:
        chars = set("".join(t.text for t in d.turns))
        return len(chars & traditional) >= 3 and not chars & simplified

    for name in ("sealed4", *LATER_SETS):
        assert sum(d.lang == "zh" and typed_traditional(d) for d in SETS[name]) >= 3, name


@pytest.mark.parametrize("name", LATER_SETS)
def test_the_later_sealed_sets_have_thirty_sessions_in_three_languages_and_every_pattern_in_each(name):
    sealed = SETS[name]
    langs = Counter(d.lang for d in sealed)
    assert len(sealed) >= 30
    assert langs["en"] >= 13 and langs["zh"] >= 11 and langs["mixed"] >= 6
    assert sum(len(d.turns) for d in sealed) >= 160
    for lang in ("en", "zh", "mixed"):
        tried = Counter(t.pattern for d in sealed if d.lang == lang for t in d.turns)
        assert [p for p in PATTERNS if tried[p] < 2] == [], lang


def test_sealed_sessions_are_marked_and_their_texts_are_new():
    assert all(d.id.startswith("sealed-") for d in SEALED)
    assert _turns_saying(DIALOGUES, SEALED) == []


def _turns_saying(own, sealed) -> list[tuple[str, int]]:
    """(session id, turn number) of the turns of `own` whose text a turn of `sealed` says too. A failure names
    places, never the sealed texts, which whoever writes dialogue code must not read."""
    theirs = {t.text.casefold() for d in sealed for t in d.turns}
    return [(d.id, n) for d in own for n, t in enumerate(d.turns, 1) if t.text.casefold() in theirs]


def test_second_sealed_sessions_are_marked_and_their_texts_are_new():
    """No turn repeats a turn of the development set or of the first sealed set."""
    assert all(d.id.startswith("sealed2-") for d in SEALED2)
    assert _turns_saying(DIALOGUES + SEALED, SEALED2) == []


@pytest.mark.parametrize("n", range(3, NEWEST + 1))
def test_later_sealed_sessions_are_marked_and_their_texts_are_new(n):
    """No turn of the n-th sealed set repeats a turn of the development set or of an earlier sealed set; a failure
    names the n-th set's turns that collide, never the other sets' texts."""
    later = SETS[f"sealed{n}"]
    assert all(d.id.startswith(f"sealed{n}-") for d in later)
    assert _turns_saying(later, DIALOGUES + SEALED + [d for k in range(2, n) for d in SETS[f"sealed{k}"]]) == []


@pytest.mark.parametrize("name", [name for name in SETS if name != "dev"])
def test_sealed_sessions_are_in_the_language_they_claim(name):
    """An English session has no Chinese, a Chinese one has Chinese in every turn, a mixed one has both."""
    def chinese(text: str) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)

    def fits(d: Dialogue) -> bool:
        texts = [t.text for t in d.turns]
        if d.lang == "en":
            return not any(map(chinese, texts))
        if d.lang == "zh":
            return all(map(chinese, texts))
        return any(map(chinese, texts)) and any(w.isascii() and w.isalpha() for t in texts for w in t.split())

    assert [d.id for d in SETS[name] if not fits(d)] == []


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_each_pattern_is_tried_in_english_and_in_chinese(name, pattern):
    langs = {d.lang for d in SETS[name] for t in d.turns if t.pattern == pattern}
    assert {"en", "zh"} <= langs


@pytest.mark.parametrize("dialogue,number,turn", TURNS, ids=[f"{d.id}#{n}" for d, n, _ in TURNS])
def test_every_gold_state_leaves_several_models(catalog, dialogue, number, turn):
    assert len(families(catalog, turn.gold)) >= MIN_FAMILIES


def test_reference_turns_and_only_they_name_a_target():
    wrong = [f"{d.id}#{n}" for d, n, t in TURNS if t.pattern.startswith("ref_") != bool(t.refs)]
    assert wrong == []


def test_turns_that_change_nothing_keep_the_previous_gold():
    wrong = [f"{d.id}#{n}" for d, n, t in TURNS
             if (t.pattern in STATE_KEEPING or t.expect == "unchanged")
             and t.gold != (d.turns[n - 2].gold if n > 1 else {})]
    assert wrong == []


def test_a_restoring_turn_has_the_gold_of_the_turn_it_restores():
    wrong = [f"{d.id}#{n}" for d, n, t in TURNS
             if t.expect == "restore" and t.gold != d.turns[t.restores_turn - 1].gold]
    assert wrong == []


def test_positions_exist_in_the_gold_of_the_list_they_point_into(catalog):
    short = []
    for d, n, t in TURNS:
        wanted = max((p for form in t.refs if "shown" in form
                      for p in (form["shown"] if isinstance(form["shown"], list) else [form["shown"]])), default=0)
        lists = [u for u in d.turns[:n - 1] if u.expect in ("results", "restore")]
        if wanted and (not lists or len(families(catalog, lists[-1].gold)) < wanted):
            short.append(f"{d.id}#{n}")
    assert short == []


def test_orders_and_superlatives_name_known_specs():
    keys = [t.order["key"] for _, _, t in TURNS if t.order]
    keys += [form["shown_best"]["key"] for _, _, t in TURNS for form in t.refs if "shown_best" in form]
    assert keys and set(keys) <= ORDER_KEYS


def test_tablet_golds_use_known_devices():
    used = {dev for _, _, t in TURNS for dev in t.gold.get("device", ())}
    assert used <= set(DEVICES)


# ---- the loader refuses what it cannot score --------------------------------------------------------

def write_session(tmp_path: Path, turns: list[dict], **extra) -> Path:
    path = tmp_path / "dialogues.jsonl"
    session = {"id": "s", "lang": "en", "turns": turns, **extra}
    path.write_text("\n" + json.dumps(session) + "\n", encoding="utf-8")
    return path


def plain_turns(n: int) -> list[dict]:
    return [{"text": f"turn {i}", "pattern": "refine", "gold": {}} for i in range(n)]


def test_a_well_formed_file_loads(tmp_path):
    loaded = load_dialogues(write_session(tmp_path, plain_turns(4)))
    assert [len(d.turns) for d in loaded] == [4]


def test_a_session_of_three_turns_is_refused_naming_its_line(tmp_path):
    with pytest.raises(AdvisorError, match=r":2: .*3 turns"):
        load_dialogues(write_session(tmp_path, plain_turns(3)))


def test_an_unknown_turn_key_is_refused(tmp_path):
    turns = plain_turns(4)
    turns[1]["expected"] = "results"
    with pytest.raises(AdvisorError, match="unknown keys"):
        load_dialogues(write_session(tmp_path, turns))


def test_an_unknown_gold_key_is_refused(tmp_path):
    turns = plain_turns(4)
    turns[2]["gold"] = {"brands": ["Samsung"]}
    with pytest.raises(AdvisorError, match="gold keys"):
        load_dialogues(write_session(tmp_path, turns))


def test_an_unknown_reference_form_is_refused(tmp_path):
    turns = plain_turns(4)
    turns[3]["ref"] = {"position": 2}
    with pytest.raises(AdvisorError, match="a ref is one of"):
        load_dialogues(write_session(tmp_path, turns))


def test_a_restore_must_name_an_earlier_turn(tmp_path):
    turns = plain_turns(4)
    turns[1].update(expect="restore", restores_turn=3)
    with pytest.raises(AdvisorError, match="not an earlier turn"):
        load_dialogues(write_session(tmp_path, turns))


# ---- the scorer's pieces -----------------------------------------------------------------------------

A = make_phone(id="acme-a", brand="Acme", family="Alpha", model="Alpha 128GB", weight_g=170.0)
B = make_phone(id="acme-b", brand="Acme", family="Beta", model="Beta 128GB", weight_g=200.0)
C = make_phone(id="zeta-c", brand="Zeta", family="Gamma", model="Gamma 128GB", weight_g=170.0)
D = make_phone(id="zeta-pad", brand="Zeta", family="Pad", model="Pad 64GB", device="tablet", weight_g=None)
E = make_phone(id="fruit-e", brand="Apple", family="iPhone 15", model="iPhone 15 128GB",
               prices={"USD": 799.0})
SMALL = Catalog([A, B, C, D, E], fingerprint="test")


def answer(kind: AnswerKind, *phones, focus=None, comparison=None) -> Answer:
    made = Answer(kind=kind, text="", language="en", currency="USD", constraints=Constraints(),
                  picks=tuple(Pick(p, rank=i, score=0.0) for i, p in enumerate(phones, start=1)),
                  comparison=comparison)
    if focus is not None:
        object.__setattr__(made, "focus", tuple(focus))  # the field H4 adds; read with getattr
    return made


def test_states_are_equal_when_they_admit_the_same_phones():
    android = StateMatcher(SMALL).admitted(Constraints(platform="android"))
    assert android == gold_admits(SMALL, {"not_brand": ["Apple"]})


def test_a_whitelist_is_not_the_same_state_as_lifting_an_exclusion():
    only_acme = StateMatcher(SMALL).admitted(Constraints(brands=frozenset({"Acme"})))
    assert only_acme != gold_admits(SMALL, {})


def test_a_budget_in_another_market_admits_no_phone_without_a_price_there():
    under = StateMatcher(SMALL).admitted(Constraints(budget=Budget("INR", hi=100000.0)))
    assert under == gold_admits(SMALL, {"price": {"INR": [None, 100000]}})
    assert E.id not in under


def test_a_position_points_into_the_last_shown_list():
    assert expected_targets([{"shown": 2}], [A, B, C], None, SMALL) == [frozenset({("Acme", "Beta")})]


def test_a_position_past_the_shown_list_cannot_be_resolved():
    assert expected_targets([{"shown": [1, 4]}], [A, B, C], None, SMALL) is None


def test_a_superlative_over_shown_phones_accepts_every_tie():
    targets = expected_targets([{"shown_best": {"key": "weight_g", "desc": False}}], [B, A, C], None, SMALL)
    assert targets == [frozenset({("Acme", "Alpha"), ("Zeta", "Gamma")})]


def test_a_superlative_ignores_phones_outside_the_shown_list():
    targets = expected_targets([{"shown_best": {"key": "weight_g", "desc": True}}], [A, C], None, SMALL)
    assert targets == [frozenset({("Acme", "Alpha"), ("Zeta", "Gamma")})]


def test_that_points_at_the_phone_of_the_previous_details_answer():
    previous = answer("details", C)
    assert expected_targets([{"focus": "previous"}], [A, B, C], previous, SMALL) == [frozenset({("Zeta", "Gamma")})]


def test_that_after_an_answer_about_no_phone_cannot_be_resolved():
    assert expected_targets([{"focus": "previous"}], [A, B], answer("help"), SMALL) is None


def test_a_model_name_means_that_model_even_when_others_are_shown():
    assert expected_targets([{"name": "iphone 15"}], [A, B], None, SMALL) == [frozenset({("Apple", "iPhone 15")})]


def test_a_brand_name_means_the_shown_phones_of_that_brand():
    assert expected_targets([{"name": "Zeta"}], [A, C], None, SMALL) == [frozenset({("Zeta", "Gamma")})]


def test_focus_is_read_from_the_answer_when_present():
    assert focus_of(answer("results", A, B, focus=[B])) == (B,)


def test_focus_falls_back_to_the_compared_phones():
    table = Comparison(phones=(A, C), rows=())
    assert focus_of(answer("compare", A, B, C, comparison=table)) == (A, C)


def test_a_list_answer_without_focus_is_about_no_phone():
    assert focus_of(answer("results", A, B)) == ()


def test_a_comparison_is_right_in_either_order():
    targets = [frozenset({("Acme", "Alpha")}), frozenset({("Zeta", "Gamma")})]
    assert reference_right(targets, [C, A])


def test_a_comparison_with_an_extra_phone_is_wrong():
    targets = [frozenset({("Acme", "Alpha")}), frozenset({("Zeta", "Gamma")})]
    assert not reference_right(targets, [A, C, B])


def test_order_allows_unknown_values_only_at_the_end():
    light_first = {"key": "weight_g", "desc": False}
    assert follows_order([A, B, D], light_first)
    assert not follows_order([D, A, B], light_first)


def test_order_descending_is_checked():
    assert not follows_order([A, B], {"key": "weight_g", "desc": True})


def test_opposite_flags_an_excluded_brand_and_an_unasked_device():
    flagged = opposite({"not_brand": ["Acme"]}, [A, C, D])
    assert flagged == [A, D]


def test_opposite_flags_nothing_when_the_shopper_excluded_nothing_shown():
    assert opposite({"brand": ["Zeta"]}, [A, C]) == []


# ---- a real advisor plays a session -----------------------------------------------------------------

def test_every_turn_of_a_session_is_scored(small_advisor):
    turns = (DialogueTurn("phones under $500", "refine", {"price": {"USD": [None, 500]}}, "results"),
             DialogueTurn("thanks", "social", {"price": {"USD": [None, 500]}}, "unchanged"),
             DialogueTurn("the first one", "ref_position", {"price": {"USD": [None, 500]}}, None, None,
                          ({"shown": 1},)),
             DialogueTurn("what can you do?", "help", {"price": {"USD": [None, 500]}}, "help"))
    report = run_dialogues(small_advisor, [Dialogue("s", "en", turns)])
    assert [(s.number, s.pattern) for s in report.turns] == [(1, "refine"), (2, "social"), (3, "ref_position"),
                                                             (4, "help")]
    assert report.turns[0].state_right


def test_an_error_turn_is_scored_on_the_error_reply_that_carries_the_state_in_force(small_advisor):
    gold = {"price": {"USD": [None, 400]}}
    turns = (DialogueTurn("phones under $400", "refine", gold, "results"),
             DialogueTurn("details of #9", "ref_position", gold, "details", None, ({"shown": 1},)),
             DialogueTurn("why that one?", "ref_that", gold, "why", None, ({"focus": "previous"},)),
             DialogueTurn("thanks", "social", gold, "unchanged"))
    scores = run_dialogues(small_advisor, [Dialogue("s", "en", turns)]).turns
    assert scores[1].error and scores[1].state_right and scores[1].expect_right is False
    assert scores[3].expect_right


def test_a_why_expectation_is_met_by_the_explanation_of_a_phone_left_out(small_advisor):
    gold = {"price": {"USD": [None, 400]}}
    turns = (DialogueTurn("phones under $400", "refine", gold, "results"),
             DialogueTurn("why not the galaxy s24?", "ref_name", gold, "why", None, ({"name": "Galaxy S24"},)))
    scores = run_dialogues(small_advisor, [Dialogue("s", "en", turns)]).turns
    assert scores[1].expect_right
