"""Per-sender flood control: over the limit updates wait (the latest one wins), lanes are apart."""

from __future__ import annotations

import asyncio
import time

from bot._flood import Admission, FloodGate, Lane

WINDOW = 0.3


async def test_updates_within_the_limit_pass_at_once():
    gate = FloodGate(3, WINDOW)
    assert [await gate.admit(1, Lane.MESSAGE) for _ in range(3)] == [Admission.NOW] * 3


async def test_an_update_over_the_limit_waits_for_the_window_instead_of_being_dropped():
    gate = FloodGate(2, WINDOW)
    await gate.admit(1, Lane.MESSAGE), await gate.admit(1, Lane.MESSAGE)
    started = time.monotonic()
    assert await gate.admit(1, Lane.MESSAGE) is Admission.WAITED
    assert time.monotonic() - started >= WINDOW * 0.9


async def test_a_newer_update_supersedes_the_waiting_one_and_the_sender_is_told_once():
    gate = FloodGate(1, WINDOW)
    told = []
    await gate.admit(1, Lane.MESSAGE)
    waiting = [asyncio.create_task(gate.admit(1, Lane.MESSAGE, lambda: told.append(1))) for _ in range(3)]
    assert await asyncio.gather(*waiting) == [Admission.SUPERSEDED, Admission.SUPERSEDED, Admission.WAITED]
    assert told == [1]


async def test_an_older_update_reaching_the_gate_after_a_newer_one_gives_way_to_it():
    # Updates reach the gate after a store call in a thread pool, so not always in the order sent:
    # "the latest request is answered" means the latest by update id, not by arrival at the gate.
    gate = FloodGate(1, WINDOW)
    await gate.admit(1, Lane.MESSAGE, order=1)
    newer = asyncio.create_task(gate.admit(1, Lane.MESSAGE, order=3))
    await asyncio.sleep(0)  # the newer update waits first
    older = asyncio.create_task(gate.admit(1, Lane.MESSAGE, order=2))
    assert await asyncio.gather(newer, older) == [Admission.WAITED, Admission.SUPERSEDED]


async def test_button_presses_are_paced_apart_from_messages():
    gate = FloodGate(1, 30.0, button_limit=4)
    await gate.admit(1, Lane.MESSAGE)
    assert [await gate.admit(1, Lane.BUTTON) for _ in range(4)] == [Admission.NOW] * 4


async def test_privacy_commands_are_never_held_back():
    gate = FloodGate(1, 30.0)
    await gate.admit(1, Lane.MESSAGE)
    assert await gate.admit(1, Lane.PRIVACY) is Admission.NOW


async def test_one_flooding_sender_does_not_limit_another():
    gate = FloodGate(3, 30.0)
    for _ in range(3):
        await gate.admit(1, Lane.MESSAGE)
    assert await gate.admit(2, Lane.MESSAGE) is Admission.NOW
