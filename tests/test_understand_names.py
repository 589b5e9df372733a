"""One phone-name resolver for the chat and the shop owner's `data show`: brand + model, aliases, Chinese brand names."""

from __future__ import annotations

import pytest

from advisor.cli import main
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import FIXTURES


@pytest.mark.parametrize("name, pair", [
    ("Nokia G42", ("Nokia", "G42")), ("google pixel 8a 128gb", ("Google", "Pixel 8a")), ("Pixel 8a", ("Google", "Pixel 8a")),
    ("一加12", ("OnePlus", "12")), ("红米Note 13", ("Xiaomi", "Redmi Note 13")), ("OnePlus 12", ("OnePlus", "12")),
])
def test_phone_names_resolve_to_brand_and_family(vocab, name, pair):
    assert vocab.resolve_name(name) == (pair,)


def test_a_brand_alias_narrows_the_family_to_its_brand():
    vocab = Vocabulary.build(brands=["OnePlus", "Xiaomi"], families=[("Xiaomi", "12"), ("OnePlus", "12")], chipsets=[],
                             aliases={"一加": frozenset({"OnePlus"})}, reference_year=2024)
    assert vocab.resolve_name("一加12") == (("OnePlus", "12"),)


def test_a_name_of_no_phone_resolves_to_nothing(vocab):
    assert vocab.resolve_name("Nokia 3310") == ()


def test_data_show_finds_a_phone_by_brand_and_model(monkeypatch, capsys):
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(FIXTURES / "phones_small.csv"))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(FIXTURES / "chipsets_small.csv"))
    assert main(["data", "show", "Nokia G42"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 phone(s)"


@pytest.mark.parametrize("text", ["is the Pixel 8a better than the Galaxy A55?", "Pixel 8a和Galaxy A55选哪个"])
def test_which_of_two_named_phones_is_a_comparison(vocab, text):
    followup = understand(text, vocab).followup
    assert (followup.kind, len(followup.refs)) == ("compare", 2)
