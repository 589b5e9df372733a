"""Vague needs the keyword rules miss are read by the encoder's similarity to intent descriptions."""

import pytest

from advisor.retrieval.encoder import Encoder
from advisor.understanding.intent_match import IntentMatcher, IntentReading, Thresholds, read_needs
from advisor.understanding.understand import understand


@pytest.fixture(scope="module")
def matcher(small_advisor):
    return IntentMatcher(small_advisor.resources.encoder)


def test_an_unlisted_english_need_lands_on_its_intent(matcher):
    assert matcher.match("fits my jeans front pocket easily") == "compact"


def test_small_talk_is_no_need(matcher):
    assert matcher.match("thanks a lot") is None


def test_a_text_the_encoder_vocabulary_mostly_lacks_is_not_read(matcher):
    # all-MiniLM-L6-v2 reads most Chinese characters as [UNK]: its vector would be noise
    assert not matcher.readable("昨天看到一个广告") and matcher.match("昨天看到一个广告") is None


def test_an_empty_text_is_no_need(matcher):
    assert matcher.match("  ") is None


def test_a_close_reading_is_sure_and_a_far_one_a_guess(matcher):
    sure = matcher.read("something that slips into a small purse")
    guess = matcher.read("mostly for watching series on the train")
    assert (sure.intent, sure.sure, guess.intent, guess.sure) == ("compact", True, "big_screen", False)


def test_thresholds_refuse_a_sure_bar_below_the_guess_bar():
    with pytest.raises(ValueError):
        Thresholds(min_similarity=0.5, sure_similarity=0.4)


def test_words_the_rules_read_leave_nothing_for_the_encoder(vocab):
    assert understand("big screen for my grandma under $300", vocab).unread == ()


@pytest.mark.parametrize("text", ["a handset under 400 USD", "some handsets below $300", "a telephone under $300",
                                  "cellphones under $300", "a smart phone under $300"])
def test_a_word_for_the_phone_itself_is_no_need_to_read(vocab, text):
    # "handset" had been left to the encoder, which read it as a sure need for a compact phone
    assert understand(text, vocab).unread == ()


def test_the_verbs_left_around_a_named_feature_are_no_need_to_read(vocab):
    # with "esim" and "good speakers" named as features we cannot filter by, "supports ... has" was left and
    # guessed as a need for a cheap phone
    assert understand("I need a phone that supports esim and has good speakers", vocab).unread == ()


def test_the_clauses_the_rules_left_are_what_the_encoder_reads(vocab):
    request = understand("good camera, and it should survive a weekend without a charger", vocab)
    assert (request.intents, request.unread) == (("photography",), ("it should survive a weekend without a charger",))


def test_a_constraint_only_message_never_touches_the_encoder(vocab):
    # the encoder cannot load: reading anything would raise, so the request passing unchanged proves it is unused
    unloadable = IntentMatcher(Encoder("no-such-model", background=True))
    request = understand("Samsung under $300 with 8GB RAM", vocab)
    assert read_needs(request, unloadable) is request


def test_a_session_reads_a_need_nobody_listed(small_advisor):
    session = small_advisor.session()
    session.ask("something that slips into a small purse")
    assert session.state.intents == ("compact",)


def test_a_session_combines_the_rules_reading_with_the_encoders(small_advisor):
    session = small_advisor.session()
    session.ask("good camera, and it should survive a weekend without a charger")
    assert session.state.intents == ("photography", "battery")


def test_a_guessed_need_is_said_as_a_guess(small_advisor):
    answer = small_advisor.session().ask("mostly for watching series on the train")
    assert answer.notes == ('Guessed from "mostly for watching series on the train" that you want big screen/easy '
                            "use; say so if you meant something else.",)
    assert answer.text.splitlines()[0] == f"Note: {answer.notes[0]}"



class _ReadsEverythingAs:
    """A matcher that reads every clause as one intent: the served adapter reads "simple phone" as compact."""

    def __init__(self, intent: str):
        self.intent = intent

    def read(self, clause: str) -> IntentReading:
        return IntentReading(self.intent, clause, similarity=0.5, margin=0.05, sure=False)


def test_a_guess_that_opposes_a_need_the_rules_read_is_not_added(vocab):
    # Beside "big screen", a guessed "compact" would undo what the shopper said.
    request = read_needs(understand("simple phone for my grandma, big screen", vocab), _ReadsEverythingAs("compact"))
    assert (request.intents, request.notes) == (("big_screen",), ())


def test_a_guess_that_opposes_nothing_said_is_added(vocab):
    request = read_needs(understand("a big battery, and simple to carry", vocab), _ReadsEverythingAs("compact"))
    assert request.intents == ("battery", "compact")


@pytest.mark.parametrize("text", ["lose the wireless charging requirement", "actually weight doesn't matter that much"])
def test_a_clause_that_lets_a_requirement_go_is_read_as_no_guessed_need(vocab, text):
    # its left-over words ("lose the requirement", "actually that much") had been guessed as a need for a long
    # battery or a cheap phone
    request = read_needs(understand(text, vocab), _ReadsEverythingAs("battery"))
    assert (request.intents, request.notes) == ((), ())


def test_a_need_in_another_clause_beside_a_let_go_requirement_is_still_guessed(vocab):
    request = read_needs(understand("forget the wireless charging, mostly for watching series", vocab),
                         _ReadsEverythingAs("big_screen"))
    assert request.intents == ("big_screen",)
