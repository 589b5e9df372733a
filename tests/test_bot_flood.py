"""Per-user flood control."""

from __future__ import annotations

from bot._flood import FloodGate, Verdict


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_messages_beyond_the_limit_are_dropped_with_one_notice():
    gate = FloodGate(3, 10.0, Clock())
    verdicts = [gate.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.NOTIFY, Verdict.DROP, Verdict.DROP]


def test_one_flooding_user_does_not_limit_another():
    gate = FloodGate(3, 10.0, Clock())
    for _ in range(100):
        gate.check(1)
    assert gate.check(2) is Verdict.ALLOW


def test_the_window_slides():
    clock = Clock()
    gate = FloodGate(2, 10.0, clock)
    gate.check(1), gate.check(1)
    assert gate.check(1) is Verdict.NOTIFY
    clock.now = 10.0
    assert gate.check(1) is Verdict.ALLOW
