"""`phone-advisor eval`: the sealed sets (for paraphrases the fourth, whose figure nobody has watched, then the third,
the first and the second; for dialogues the fifth, the only one nobody has read a failure of, then the fourth, the
third, the first and the second) are reported before the others, and their texts and ids stay withheld."""

import json
from argparse import Namespace

from advisor.cli import measure as evaluate

SESSION = {"lang": "en", "turns": [{"text": text, "pattern": "refine", "gold": {}} for text in
                                   ("phones under $400 please", "only Samsung ones", "with 5G support", "thank you")]}


def test_eval_dialogues_reports_the_sealed_sets_first_and_withholds_their_texts(small_advisor, tmp_path, monkeypatch,
                                                                                 capsys):
    files = {}
    for name in ("sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12",
                 "sealed13", "sealed14", "sealed15", "sealed16", "sealed17", "sealed18", "sealed19", "sealed20", "sealed21",
                 "sealed22", "dev"):
        files[name] = tmp_path / f"{name}.jsonl"
        files[name].write_text(json.dumps({**SESSION, "id": name}) + "\n", encoding="utf-8")
    monkeypatch.setattr(evaluate, "_dialogue_sets", lambda: (("SEALED held-out dialogues", files["sealed"], True),
                                                             ("SEALED-2 held-out dialogues", files["sealed2"], True),
                                                             ("SEALED-3 held-out dialogues", files["sealed3"], True),
                                                             ("SEALED-4 held-out dialogues", files["sealed4"], True),
                                                             ("SEALED-5 held-out dialogues", files["sealed5"], True),
                                                             ("SEALED-6 held-out dialogues", files["sealed6"], True),
                                                             ("SEALED-7 held-out dialogues", files["sealed7"], True),
                                                             ("SEALED-8 held-out dialogues", files["sealed8"], True),
                                                             ("SEALED-9 held-out dialogues", files["sealed9"], True),
                                                             ("SEALED-10 held-out dialogues", files["sealed10"], True),
                                                             ("SEALED-11 held-out dialogues", files["sealed11"], True),
                                                             ("SEALED-12 held-out dialogues", files["sealed12"], True),
                                                             ("SEALED-13 held-out dialogues", files["sealed13"], True),
                                                             ("SEALED-14 held-out dialogues", files["sealed14"], True),
                                                             ("SEALED-15 held-out dialogues", files["sealed15"], True),
                                                             ("SEALED-16 held-out dialogues", files["sealed16"], True),
                                                             ("SEALED-17 held-out dialogues", files["sealed17"], True),
                                                             ("SEALED-18 held-out dialogues", files["sealed18"], True),
                                                             ("SEALED-19 held-out dialogues", files["sealed19"], True),
                                                             ("SEALED-20 held-out dialogues", files["sealed20"], True),
                                                             ("SEALED-21 held-out dialogues", files["sealed21"], True),
                                                             ("SEALED-22 held-out dialogues", files["sealed22"], True),
                                                             ("dialogues", files["dev"], False)))
    evaluate._print_dialogues(small_advisor, failures=True, sealed_failures=False)
    out = capsys.readouterr().out
    assert (out.index("SEALED held-out dialogues (sealed.jsonl)")
            < out.index("SEALED-2 held-out dialogues (sealed2.jsonl)")
            < out.index("SEALED-3 held-out dialogues (sealed3.jsonl)")
            < out.index("SEALED-4 held-out dialogues (sealed4.jsonl)")
            < out.index("SEALED-5 held-out dialogues (sealed5.jsonl)")
            < out.index("SEALED-6 held-out dialogues (sealed6.jsonl)")
            < out.index("SEALED-7 held-out dialogues (sealed7.jsonl)")
            < out.index("SEALED-8 held-out dialogues (sealed8.jsonl)")
            < out.index("SEALED-9 held-out dialogues (sealed9.jsonl)")
            < out.index("SEALED-10 held-out dialogues (sealed10.jsonl)")
            < out.index("SEALED-11 held-out dialogues (sealed11.jsonl)")
            < out.index("SEALED-12 held-out dialogues (sealed12.jsonl)")
            < out.index("SEALED-13 held-out dialogues (sealed13.jsonl)")
            < out.index("SEALED-14 held-out dialogues (sealed14.jsonl)")
            < out.index("SEALED-15 held-out dialogues (sealed15.jsonl)")
            < out.index("SEALED-16 held-out dialogues (sealed16.jsonl)")
            < out.index("SEALED-17 held-out dialogues (sealed17.jsonl)")
            < out.index("SEALED-18 held-out dialogues (sealed18.jsonl)")
            < out.index("SEALED-19 held-out dialogues (sealed19.jsonl)")
            < out.index("SEALED-20 held-out dialogues (sealed20.jsonl)")
            < out.index("SEALED-21 held-out dialogues (sealed21.jsonl)")
            < out.index("SEALED-22 held-out dialogues (sealed22.jsonl)") < out.index("\ndialogues (dev.jsonl)"))
    assert "dev#1 [refine] 'phones under $400 please'" in out
    assert "sealed#1" not in out and "sealed2#1" not in out and "sealed3#1" not in out and "sealed4#1" not in out
    assert "sealed5#1" not in out and "sealed6#1" not in out and "sealed7#1" not in out and "sealed8#1" not in out
    assert "sealed9#1" not in out and "sealed10#1" not in out
    assert "sealed11#1" not in out and "sealed12#1" not in out and "sealed13#1" not in out and "sealed14#1" not in out
    assert "sealed15#1" not in out and "sealed16#1" not in out and "sealed17#1" not in out
    assert "sealed18#1" not in out and "sealed19#1" not in out and "sealed20#1" not in out
    assert "sealed21#1" not in out and "sealed22#1" not in out


def test_the_eval_command_reports_the_unread_sealed_dialogue_set_first_and_the_working_one_last():
    from advisor.evaluation.dialogues import (
        DEFAULT_DIALOGUES,
        SEALED2_DIALOGUES,
        SEALED3_DIALOGUES,
        SEALED4_DIALOGUES,
        SEALED5_DIALOGUES,
        SEALED6_DIALOGUES,
        SEALED7_DIALOGUES,
        SEALED8_DIALOGUES,
        SEALED9_DIALOGUES,
        SEALED10_DIALOGUES,
        SEALED11_DIALOGUES,
        SEALED12_DIALOGUES,
        SEALED13_DIALOGUES,
        SEALED14_DIALOGUES,
        SEALED15_DIALOGUES,
        SEALED16_DIALOGUES,
        SEALED17_DIALOGUES,
        SEALED18_DIALOGUES,
        SEALED19_DIALOGUES,
        SEALED20_DIALOGUES,
        SEALED21_DIALOGUES,
        SEALED22_DIALOGUES,
        SEALED_DIALOGUES,
    )

    assert [(label, path, sealed) for label, path, sealed in evaluate._dialogue_sets()] == [
        ("SEALED-22 held-out dialogues", SEALED22_DIALOGUES, True),
        ("SEALED-21 held-out dialogues", SEALED21_DIALOGUES, True),
        ("SEALED-20 held-out dialogues", SEALED20_DIALOGUES, True),
        ("SEALED-19 held-out dialogues", SEALED19_DIALOGUES, True),
        ("SEALED-18 held-out dialogues", SEALED18_DIALOGUES, True),
        ("SEALED-17 held-out dialogues", SEALED17_DIALOGUES, True),
        ("SEALED-16 held-out dialogues", SEALED16_DIALOGUES, True),
        ("SEALED-15 held-out dialogues", SEALED15_DIALOGUES, True),
        ("SEALED-14 held-out dialogues", SEALED14_DIALOGUES, True),
        ("SEALED-13 held-out dialogues", SEALED13_DIALOGUES, True),
        ("SEALED-12 held-out dialogues", SEALED12_DIALOGUES, True),
        ("SEALED-11 held-out dialogues", SEALED11_DIALOGUES, True),
        ("SEALED-10 held-out dialogues", SEALED10_DIALOGUES, True),
        ("SEALED-9 held-out dialogues", SEALED9_DIALOGUES, True),
        ("SEALED-8 held-out dialogues", SEALED8_DIALOGUES, True),
        ("SEALED-7 held-out dialogues", SEALED7_DIALOGUES, True), ("SEALED-6 held-out dialogues", SEALED6_DIALOGUES, True),
        ("SEALED-5 held-out dialogues", SEALED5_DIALOGUES, True), ("SEALED-4 held-out dialogues", SEALED4_DIALOGUES, True),
        ("SEALED-3 held-out dialogues", SEALED3_DIALOGUES, True), ("SEALED held-out dialogues", SEALED_DIALOGUES, True),
        ("SEALED-2 held-out dialogues", SEALED2_DIALOGUES, True), ("dialogues", DEFAULT_DIALOGUES, False)]


def write_cases(path, prefix: str, kind: str) -> None:
    cases = [{"id": f"{prefix}-{i}", "kind": kind, "turns": [text], "gold": {"brand": ["Apple"]}}
             for i, text in enumerate(("samsung phones please", "only Samsung"))]
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")


def test_eval_reports_sealed_paraphrases_first_and_names_their_failures_only_on_request(small_advisor, tmp_path,
                                                                                      monkeypatch, capsys):
    from advisor.evaluation import cases

    write_cases(tmp_path / "eval_paraphrases_sealed.jsonl", "sealed", "sealed")
    write_cases(tmp_path / "eval_paraphrases_sealed2.jsonl", "sealed2", "sealed2")
    write_cases(tmp_path / "eval_paraphrases_sealed3.jsonl", "sealed3", "sealed3")
    write_cases(tmp_path / "eval_paraphrases_sealed4.jsonl", "sealed4", "sealed4")
    write_cases(tmp_path / "eval_paraphrases.jsonl", "open", "paraphrase")
    monkeypatch.setattr(cases, "SEALED_PARAPHRASE_CASES", tmp_path / "eval_paraphrases_sealed.jsonl")
    monkeypatch.setattr(cases, "SEALED2_PARAPHRASE_CASES", tmp_path / "eval_paraphrases_sealed2.jsonl")
    monkeypatch.setattr(cases, "SEALED3_PARAPHRASE_CASES", tmp_path / "eval_paraphrases_sealed3.jsonl")
    monkeypatch.setattr(cases, "SEALED4_PARAPHRASE_CASES", tmp_path / "eval_paraphrases_sealed4.jsonl")
    monkeypatch.setattr(cases, "PARAPHRASE_CASES", tmp_path / "eval_paraphrases.jsonl")
    args = Namespace(generated=0, seed=0, json=False, failures=True, show_heldout_failures=False)
    figures = evaluate._understanding(small_advisor, args)
    out = capsys.readouterr().out
    assert list(figures) == ["paraphrases_sealed4", "paraphrases_sealed4_with_a_typo", "paraphrases_sealed3",
                             "paraphrases_sealed3_with_a_typo", "paraphrases_sealed", "paraphrases_sealed_with_a_typo", "paraphrases_sealed2",
                             "paraphrases_sealed2_with_a_typo", "paraphrases", "paraphrases_with_a_typo"]
    assert (out.index("SEALED-4 held-out paraphrases (eval_paraphrases_sealed4.jsonl)")
            < out.index("SEALED-3 held-out paraphrases (eval_paraphrases_sealed3.jsonl)")
            < out.index("SEALED held-out paraphrases") < out.index("SEALED-2 held-out paraphrases")
            < out.index("\nparaphrases (eval_paraphrases.jsonl)"))
    assert "open-0" in out and "sealed-0" not in out and "sealed2-0" not in out and "sealed3-0" not in out
    assert "sealed4-0" not in out
    evaluate._understanding(small_advisor, Namespace(**{**vars(args), "show_heldout_failures": True}))
    shown = capsys.readouterr().out
    assert "sealed-0" in shown and "sealed2-0" in shown and "sealed3-0" in shown and "sealed4-0" in shown
