"""Letting go of a device kind by name ("never mind the foldable", "forget the foldable") drops it: the foldable had
been read as wanted again, so 'never mind the foldable, a normal phone' kept foldables in the answer."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand


def _devices(turns, vocab):
    state = DialogueState()
    for text in turns:
        state = apply(state, understand(text, vocab))
    return state.constraints.devices


@pytest.mark.parametrize("text", ["never mind the foldable, a normal phone", "forget the foldable, just a regular phone",
                                  "scrap the foldable idea, a normal phone"])
def test_letting_go_of_the_foldable_for_a_plain_phone_leaves_plain_phones(vocab, text):
    assert _devices(["foldable phone", text], vocab) == frozenset({"phone"})


def test_letting_go_of_the_foldable_on_a_first_message_asks_for_a_plain_phone(vocab):
    assert _devices(["never mind foldables, under $500"], vocab) == frozenset({"phone"})
