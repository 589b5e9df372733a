"""Button data: within 64 bytes, signed, versioned; forged or stale data is recognised."""

from __future__ import annotations

import pytest

from bot import BotError
from bot import _callbacks as cb


@pytest.fixture
def codec():
    return cb.CallbackCodec("123:secret")


def test_round_trip_of_a_like_button(codec):
    data = codec.encode(cb.LIKE, "17", "abc123")
    assert codec.decode(data) == cb.ButtonData(cb.LIKE, "abc123", "17")


def test_longest_buttons_fit_in_64_bytes(codec):
    assert len(codec.encode(cb.COMPARE, "9999.9999.9999", "abcdef").encode()) <= 64
    assert len(codec.encode(cb.UNFILTER, "spec:front_camera_mp").encode()) <= 64


def test_data_too_long_for_telegram_is_refused_when_encoding(codec):
    with pytest.raises(BotError, match="64"):
        codec.encode(cb.UNFILTER, "x" * 60)


@pytest.mark.parametrize("data", ["", "garbage", "1|L|abc|17", "2|L|abc|17|AAAAAAAA", "1|Z|-||AAAAAAAA", "x" * 65])
def test_malformed_data_decodes_to_none(codec, data):
    assert codec.decode(data) is None


def test_tampered_arguments_break_the_signature(codec):
    data = codec.encode(cb.LIKE, "17", "abc123")
    forged = data.replace("|17|", "|18|")
    assert codec.decode(forged) is None


def test_data_signed_for_another_bot_is_rejected(codec):
    other = cb.CallbackCodec("456:other")
    assert codec.decode(other.encode(cb.MORE)) is None


def test_positions_parse_only_non_negative_integers():
    assert cb.ButtonData(cb.COMPARE, "t", "1.5.9").positions == (1, 5, 9)
    assert cb.ButtonData(cb.COMPARE, "t", "1.x").positions == ()
    assert cb.ButtonData(cb.COMPARE, "t", "-1").positions == ()


@pytest.mark.parametrize("data", ["1|L|abc|17|ÄÖÜ€€€€", "1|M|-||签名签名签名签", "1|L|ä|17|AAAAAAAA"])
def test_non_ascii_data_decodes_to_none_instead_of_crashing(codec, data):
    assert codec.decode(data) is None
