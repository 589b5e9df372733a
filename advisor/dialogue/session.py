"""One shopper's conversation: parse a message, update the dialogue state, rank, explain."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from advisor.catalog.model import Phone
from advisor.dialogue.changes import diff, restored, say
from advisor.dialogue.comparing import against_what
from advisor.dialogue.figures import (
    allowed_figure,
    allowed_year,
    budget_figure_of_spoken_spec,
    corrected_chip,
    corrected_figure,
    named_year,
    withdrawn_unread,
)
from advisor.dialogue.naming import asks_details, brand_aliases_said, named_among
from advisor.dialogue.naming import holding as _holding
from advisor.dialogue.naming import norm_name as _norm
from advisor.dialogue.pointing import (
    asks_feature_of_it,
    neighbour_step,
    nth_named,
    other_named,
    points_at_middle,
    reorders_shown,
    says_shown,
    seen_words_cut,
)
from advisor.dialogue.recap import asks_recap
from advisor.dialogue.refusals import corrected_refusals, speaks_of_dropped, told_of_let_back
from advisor.dialogue.returns import names_earlier_search
from advisor.dialogue.state import (
    PAGE_SIZE,
    DialogueState,
    apply,
    before_last_change,
    continued_bound,
    corrected_bound,
    dropped_as_refused,
    owner_return,
    record,
    record_unread,
    steps_back_to_brands,
    steps_to_reset,
    topic_return,
    undo,
    undoable,
)
from advisor.dialogue.stretch import says_stretch, stretched, stretches_budget
from advisor.errors import CatalogError, RequestError
from advisor.explain.answer import Answer, Change, Pick, Reason
from advisor.explain.phrases import TEXT
from advisor.explain.reasons import (
    MatchFacts,
    comparison,
    differences,
    filter_lines,
    personal_reasons,
    pick_reasons,
    relaxations,
)
from advisor.explain.text import render_text
from advisor.ranking.aspects import INTENT_ASPECTS, combined_weights
from advisor.ranking.match import violations
from advisor.ranking.personalize import Profile, adjustments
from advisor.ranking.rank import Ranking, rank
from advisor.ranking.similar import SPEC_ASPECTS, focus_for_upgrade, similar, upgrades
from advisor.resources import Resources, ResourceSource, semantic_scores
from advisor.understanding.bounds import HI_AFTER, LO_AFTER, SIDE_WORD
from advisor.understanding.currencies import (
    RUPEE_MARKETS,
    guessed_rupees_note,
    names_currency,
    names_hong_kong_dollars,
    names_only_shared_rupees,
    names_yuan,
)
from advisor.understanding.features import device_named
from advisor.understanding.followups import (
    BARE_MODEL_NUMBER,
    FOCUS,
    asks_about_aspect,
    asks_best,
    asks_to_explain,
    asks_value,
    asks_which,
    asks_which_of_them,
    asks_which_one,
    asks_which_phone,
    latin_name,
    model_named,
    over_shown,
    pointed_names,
    question_as_wish,
    question_then_aside,
)
from advisor.understanding.intent_match import read_needs
from advisor.understanding.money import refuses_unpriced_amount
from advisor.understanding.normalize import chat_spellings, simplified, without_question_preamble
from advisor.understanding.numbers import parse_number
from advisor.understanding.request import Bound, Budget, Constraints, Followup, Language, Request, SlotUpdate, Sort
from advisor.understanding.scan import has_cjk
from advisor.understanding.smalltalk import doubted_feature, haggles, names_no_phone, tells_of_shopper
from advisor.understanding.talk import (
    DEVICE_NAMES,
    aspect_named,
    back_to_kin,
    back_to_myself,
    back_to_phones,
    back_to_words,
    bare_number,
    besides_too,
    compared_pick,
    conversation_move,
    corrected_away,
    corrected_number,
    hearsay_reason,
    is_correction,
    is_loosening,
    keeps_the_rest,
    kin_for,
    lifted,
    lone_number,
    move_with_context,
    named_undo_closing,
    named_undo_then,
    names_the_pair,
    names_the_reset,
    person_for,
    priced_pointer,
    reason_before_undo,
    refused_figures,
    releases_unnamed,
    replaced_number,
    retracts,
    says_back,
    says_only,
    someone_else,
    steps_back,
    swapped_brands,
    topic_named,
    undo_between,
    undo_naming_it,
    undo_then,
    undoes_as_before,
    undone_brands,
    undone_figure,
    undone_filters,
    unit_figure,
    unneeded_figure,
    unrequired,
    unrequired_chip,
)
from advisor.understanding.understand import brands_own_clauses, understand

MAX_MESSAGE_CHARS = 2000
"""Longer messages are cut before parsing: nobody states a phone wish in more, and it bounds latency."""
# slots that say which phones rather than what a phone has: "有三星吗" asks for Samsungs, not whether this one is one
_IDENTITY_SLOTS = frozenset({"brands", "exclude_brands", "budget", "devices", "platform", "series", "exclude_series",
                             "chipset", "exclude_chipsets"})


class Session:
    """A conversation with one shopper. Not thread-safe: one session per user, used by one worker at a time."""

    def __init__(self, advisor: ResourceSource, state_json: str | None = None, profile: Profile | None = None):
        self.advisor = advisor
        self.state = DialogueState.from_json(state_json) if state_json else DialogueState()
        self.profile = profile or Profile()
        self.last_latency_s = 0.0
        self._notes: tuple[str, ...] = ()  # the parser's notes on the message being answered, for error_answer
        self._message = ""  # the message being answered, lower-cased: a name's maker said in it ("oppo a54") is meant
        self._retracting = False  # the message being answered is a wish said in place of the last ("scratch that, ...")

    @property
    def language(self) -> str:
        """The language of the conversation so far ("en" or "zh")."""
        return self.state.language

    def state_json(self) -> str:
        """The dialogue state, for persisting between messages."""
        return self.state.to_json()

    def ask(self, text: str, language: str | None = None) -> Answer:
        """Answer one message of the shopper; raises RequestError for a message that cannot be handled
        (e.g. a position not shown), leaving the state as it was: `error_answer` then makes the reply."""
        started = time.perf_counter()
        self._notes = ()
        self._retracting = False
        prior = self.state
        try:
            answer = self._ask(text, language)
        finally:
            self.last_latency_s = time.perf_counter() - started
        said = simplified(text)
        # "预算3000港币": the shopper's money is Hong Kong dollars from now on, whatever the message did (a new shopper,
        # after a reset, starts without it); a later amount in yuan ("人民币2000", "2000块") is the shopper's money again
        hong_kong = True if names_hong_kong_dollars(said) else False if names_yuan(said) else self.state.hong_kong_dollars
        if hong_kong != self.state.hong_kong_dollars:
            self.state = replace(self.state, hong_kong_dollars=hong_kong)
            if self.state.history == prior.history and prior.hong_kong_dollars != hong_kong:
                # the turn changed no filter, yet "undo" right after it takes back this turn, to the money before it
                self.state = record_unread(self.state, before=prior)
        return answer

    def error_answer(self, error: Exception) -> Answer:
        """The reply to a message that raised `error`: kind "error", the reason as its first line, the
        parser's notes on that message (what it read, guessed or ignored is said even so) and the filters
        in force (the state is unchanged, so the shopper does not see filters vanish)."""
        res = self.advisor.resources
        answer = self._answer("error", res, notes=self._notes)
        return replace(answer, text=render_text(answer, res.catalog, headline=str(error)))

    def _asks_nothing(self, clause: str, res: Resources, *, example: bool = False) -> bool:
        """True when the parser reads no wish in a clause said beside a help question or a thanks: no filter, order,
        comparison or phone named or pointed at, and taste words only in a clause telling of the shopper ("you've
        saved me an hour of reading reviews", "我去问问我爸的意见"). An `example` of the advisor's tasks may name a
        comparison of no phone in particular ("like compare phones?", "比如能对比吗", "like 对比 specs 那种?")."""
        parsed = understand(clause, res.vocabulary)
        task_only = example and parsed.followup is not None and parsed.followup.kind == "compare" \
            and all(isinstance(ref, str) and names_no_phone(ref) for ref in parsed.followup.refs)
        if parsed.updates or parsed.relative or parsed.sort or parsed.limit or (parsed.followup and not task_only) \
                or parsed.unsupported or parsed.reset or (parsed.unread_numbers and not tells_of_shopper(clause)):
            return False  # a count in a clause telling of the shopper is no figure: "you saved me 5 trips"
        return not parsed.intents or tells_of_shopper(clause)

    def _merged_own_figures(self, text: str, res: Resources) -> tuple[str, ...]:
        """The note that a brand's own figure holds for every brand wanted ("要三星", then "小米也行，只要12G内存"): the
        state keeps one figure per spec unless the message read as alternatives, so the shopper is told which."""
        wanted = self.state.constraints
        if len(wanted.brands) < 2 or wanted.alternatives:
            return ()
        merged = [clause for brands, clause in brands_own_clauses(text, res.vocabulary)
                  if brands <= wanted.brands and brands != wanted.brands]
        if not merged:
            return ()
        said = "、".join(f"“{clause}”" for clause in merged)
        return (f"没能把{said}只算作那个牌子自己的条件：这些条件现在对{len(wanted.brands)}个牌子都适用；"
                "如要分开，请分别说，比如“小米12G内存的也行，三星256G存储的也行”。",)

    def _speaking(self, text: str, language: str | None) -> str:
        """The language to answer a message in: Chinese when it has Chinese characters, else the one asked for or in
        force."""
        return "zh" if has_cjk(text) else (language or self.state.language)

    def _ask(self, text: str, language: str | None) -> Answer:
        res = self.advisor.resources
        # traditional characters in simplified form before any reading: the conversation's own words (thanks, help,
        # "這幾個裡", "哪個") are matched as the parser's are ("謝謝" is "谢谢")
        text = simplified(_clean(text)[:MAX_MESSAGE_CHARS])
        # chat spellings as the words meant, for the conversation's own readers as for the parser ("wat bout da 2nd 1")
        text = without_question_preamble(chat_spellings(text))
        self._message = text.lower()
        if not text.strip():
            if language:
                self.state = replace(self.state, language=_language(language))
            return self._simple("empty", res)
        if (split := named_undo_then(text)) is not None:
            # "刚刚加 Pixel 那个取消好了，我还是习惯苹果", "undo the ram change, 8 is plenty": the change named is taken back,
            # then the rest is read on the state before it (a clause that asks nothing is only the reason)
            refused, before = self.state.constraints.exclude_brands, self.state
            undone = self._ask(split[0], language)
            let_back = refused - self.state.constraints.exclude_brands
            if self._asks_nothing(split[1], res) or self._only_drops_again(split[1], res) or hearsay_reason(split[1]) \
                    or told_of_let_back(split[1], understand(split[1], res.vocabulary), let_back) \
                    or self._speaks_of_dropped(split[1], res, self.state, before):
                # "我还是习惯苹果" after the Pixel is taken back: the brands in force, said again; "reviews say honor is
                # great": what others say is why the step goes, as is a story of a brand the undo let back in ("my
                # cousin one was fake copy, not real infinix")
                return undone
            answer = self._ask(split[1], language)
            return replace(answer, changes=undone.changes + answer.changes)
        if (take_back := undo_naming_it(text)) is not None:
            # "No, I take that back. Reinstate the chip requirement": the filter named says which step "that" was
            text = take_back
        if (closing := named_undo_closing(text)) is not None:
            if self._only_says_why(closing[0], res) or self._asks_for_the_undo(closing[0], res):
                # "Hmm that cut too much. Reverse the Exynos bit": the words first only say why the named change goes;
                # "remove xiaomi again, undo that": they ask for what the undo gives, the one move said twice
                text = closing[1]
            else:
                # "samsung only. undo the exynos bit": the wish, then the change named taken back (never read as a
                # wish for what it names)
                wished = self._ask(closing[0], language)
                undone = self._ask(closing[1], language)
                return replace(undone, changes=wished.changes + undone.changes)
        if slots := undone_filters(text):
            # "undo the ram change", "undo the 5g": that filter as it was before its last change; the rest stays ("还按原来
            # 的看" after it: the needs said with that change go too)
            if undoes_as_before(text):
                slots += ("intents",)
            return self._undo_filters(slots, self._speaking(text, language))
        if releases_unnamed(text) and (slot := self._lone_added()) is not None:
            # "remove that filter", "去掉这个条件" right after a turn that added one filter: that filter goes (a turn that
            # added several or none leaves nothing named, and the message is read as before)
            return self._undo_filters((slot,), self._speaking(text, language))
        if (figure := undone_figure(text)) is not None:
            # "undo that 500 cap", "revert the 8gb one": the filter in force holding that figure goes back to what it was
            # before its last change (holding none, nothing is taken back, and the shopper is told so)
            return self._undo_filters(tuple(_holding_figure(self.state.constraints, figure)),
                                      self._speaking(text, language))
        if (brands := undone_brands(text, res.vocabulary.aliases)) and self._brand_step(brands) is not None:
            # "undo the realme thing", "撤销三星的修改": the change that named those brands taken back, as "undo the ram
            # change" takes back the RAM's; its words are no taste to re-rank by
            return self._undo_filters(_BRAND_SLOTS, self._speaking(text, language), brands)
        if (wish := undo_then(text)) is not None and retracts(text) and not self._asks_nothing(wish, res) \
                and not self._speaks_of_dropped(wish, res, undo(self.state, steps_back(text))) \
                and not self._only_drops_again(wish, res, undo(self.state, steps_back(text))):
            # "scratch that, make it 550", "never mind that, show me pixels": the wish replaces what was just said, as a
            # correction does; the rest of the search stays ("scratch that last bit, brand dont matter" only drops what
            # the step added: an undo, below)
            self._retracting = True
            return self._ask(wish, language)
        if wish is not None:
            # "undo that and add 5G", "撤销，再加个5G": the last change taken back, then the wish on the state before it
            refused, before = self.state.constraints.exclude_brands, self.state
            undone = self.undo(self._speaking(text, language), steps=steps_back(text))
            let_back = refused - self.state.constraints.exclude_brands
            if self._asks_nothing(wish, res) or self._only_drops_again(wish, res) or hearsay_reason(wish) \
                    or told_of_let_back(wish, understand(wish, res.vocabulary), let_back) \
                    or self._speaks_of_dropped(wish, res, self.state, before) or self._judges_held_figures(wish, res, before) \
                    or self._drops_what_undo_took(wish, res, before):
                # "scratch that last part, I charge it in the truck anyhow": words that ask nothing only say why the
                # step goes (so a retraction with no wish after it is an undo); "undo that, he doesn't care about 5g",
                # "撤销吧，5G无所谓": the wish only says why the step goes (it
                # drops what the undo already took away), as does what others say ("评论区说荣耀也挺香") or a story of
                # a brand the undo let back in ("my cousin one was fake copy, not real infinix"), or a verdict on a figure
                # the step taken back held ("回到上一步吧，2000太多了"); the undo is the answer, its words no taste to re-rank by
                return undone
            answer = self._ask(wish, language)
            return replace(answer, changes=undone.changes + answer.changes)
        if (reason := reason_before_undo(text)) is not None and (previous := undo(self.state, 1)) is not None \
                and (self._only_drops_again(reason, res, previous) or self._only_drops_again(reason, res)
                     or self._judges_held_figures(reason, res)):
            # "5G免啦免啦，退回去頭拄仔彼款就好": the words before the move only drop what the last step added, or judge the
            # list in force by its filters ("300以内选项太少了，撤销刚才那步"), so the move takes that step back whole (the
            # state and list before it; its words are no taste to re-rank by); an aspect named alone ("the ram, scrap
            # that") is what is dropped, no reason
            return self.undo(self._speaking(text, language))
        if (around := undo_between(text)) is not None and self._only_says_why(around[0], res) \
                and (previous := undo(self.state, 1)) is not None and self._only_says_why(around[1], res, previous):
            # "1200的都不咋地 撤回去 还是按两千来": a verdict on the list in force, the undo, then the search before the last
            # step said again; the step is taken back whole (the state and list before it)
            return self.undo(self._speaking(text, language))
        if (feature := doubted_feature(text)) is not None and _names_a_feature(understand(feature, res.vocabulary)):
            # "do I need 5g?", "5G有必要吗": advice asked, no wish said; the filters and list stay as they are ("is the
            # Pixel 8a worth it?" names a phone, read as before)
            speaking = self._speaking(text, language)
            return self._simple("social", res, speaking, text=say(speaking, "your_call", feature=feature.strip()))
        if haggles(text):
            # "这个价格还能再少点不嘛，抹个零噻", "any discount?": bargaining as with a shopkeeper; the advisor sells nothing,
            # so it says no price moves, and the filters and list stay as they are
            speaking = self._speaking(text, language)
            return self._simple("social", res, speaking, text=say(speaking, "no_haggling"))
        move = conversation_move(text) or move_with_context(text, lambda clause, example: self._asks_nothing(clause, res, example=example))
        if move in ("social", "help") and self.state.owner and back_to_myself(text):
            # "ok, for me again", "and for me?" (a bare question reads as one about the advisor) after a search for someone
            # else goes back to the shopper's own
            move = None
        if move == "help" and asks_which_phone(text):
            # "这是什么手机", "what phone is this?" ask which phone is meant, not what the advisor is: the phone in focus,
            # or, with nothing on screen, the shopper is told there is none
            move = None
        if move == "help" and self.state.shown and asks_to_explain(text):
            # "can you explain?" after a list asks why the picks are what they are, not how the advisor works
            move = None
        if move in ("undo", "back") and len(self.state.focus) == 1 and neighbour_step(text) is not None:
            # "上一个" after the details of a listed phone: the phone above it on the list, not the search before
            move = None
        if move is not None:
            speaking = self._speaking(text, language)
            if move in ("undo", "back"):
                # "回到清空之前的条件" after a start-over and a wish or two: back to the search before the clearing
                steps = (steps_to_reset(self.state) if names_the_reset(text) else None) or steps_back(text)
                return self.undo(speaking, to_list=move == "back", steps=steps)
            return self._simple(move, res, speaking)
        if asks_recap(text):
            # "what did I ask for so far?", "what's my budget again?", "现在的条件是什么": the filters in force, shown with
            # the list they make; the words ("budget", "ask for") are no wish and no need for the encoder to guess
            self._answer_in_language_of(text)
            return self._results(res)
        if self.state.shown and (price := priced_pointer(text)) is not None \
                and (priced := tuple(p for p in self._shown_phones(res) if p.price(self.state.currency) == price)):
            # "the $449 one", "2699的那款详细说说": the shown phone at that price (the figure is no budget); two at that price: which
            self._answer_in_language_of(text)
            return self._detail_answer("details", priced[0], res) if len(priced) == 1 else self._which(priced, res)
        if self.state.shown and points_at_middle(text) and (shown := self._shown_phones(res)):
            # "the one in the middle", "中间那台": the phone halfway down the list (the upper one of an even list)
            self._answer_in_language_of(text)
            return self._detail_answer("details", shown[(len(shown) - 1) // 2], res)
        if self.state.shown and (nth := nth_named(text)) is not None and (counted := self._nth_on_screen(*nth, res)):
            # "the second realme", "最后那台小米": that place among the shown phones of the name; the list stays as it is
            self._answer_in_language_of(text)
            return self._detail_answer("details", counted, res)
        if self.state.focus and (pointed := self._from_focus(text, res)) is not None:
            # "the one above it", "下一个", "the other infinix", "另一个呢": a phone found from the one in focus; the list
            # and the filters stay as they are
            self._answer_in_language_of(text)
            return self._detail_answer("details", pointed, res)
        if len(self.state.focus) == 1 and asks_about_aspect(text):
            # "and the battery?", "weight?", "价格呢" after an answer about one phone: a question about that phone
            self._answer_in_language_of(text)
            return self._detail_answer("details", self._resolve(FOCUS, res), res)
        if self.state.topic != "tablet" and (back := self._steps_back_to_named(text, res)) is not None:
            # "hmm wait go back to the iphones", "回到小米那边吧" after the wish moved to other brands: the search that
            # wanted them comes back as it was (its other filters, taste and list too), as an undo of the steps since
            return self.undo(self._speaking(text, language), steps=back)
        # after a tablet detour, a message that names the phone goes back to it: its move words are no wish
        rest = back_to_phones(text) if self.state.topic == "tablet" and not self._corrects(text) else None
        if rest is None and self.state.topic == "tablet" and self._back_to_named_search(text, res):
            rest = ""  # "back to the motorolas": the phone search of that brand, the name no wish of its own
        parsed = understand(text if rest is None else rest, res.vocabulary,  # the one reading of the whole message
                            hong_kong_dollars=self.state.hong_kong_dollars, brands_in_force=self.state.constraints.brands)
        if rest is None and (self.state.focus or self.state.shown) \
                and (asked := self._asked_beside_an_aside(text, res)) is not None:
            # "does that one last a full day? he never remembers to charge lol": the question about a phone is what is
            # asked; the sentence after it only says why
            parsed = asked
        if says_shown(text) and not parsed.relative and not parsed.sort and not says_only(text) \
                and all(u.slot == "brands" for u in parsed.updates) and (missing := self._named_not_shown(text, res)):
            # "the Samsung you showed", "你推荐的那台荣耀" with no phone of that brand on screen: the shopper misremembers
            # the list; saying so beats opening a catalog phone or turning the name into a brand filter
            raise RequestError(TEXT["zh" if has_cjk(text) else "en"]["not_shown"].format(name=missing))
        if len(self.state.focus) == 1 and asks_feature_of_it(text) \
                and not any(u.slot in _IDENTITY_SLOTS for u in parsed.updates):
            # "有5G吗" after an answer about one phone: does that phone have it ("有5G的吗" asks for such phones)
            self._answer_in_language_of(text)
            return self._detail_answer("details", self._resolve(FOCUS, res), res)
        if len(self.state.focus) == 1 and self.state.shown and not parsed.updates \
                and (against := against_what(text)) is not None \
                and (sort := understand(against, res.vocabulary).sort) is not None:
            # "vs the cheapest one", "和最便宜的那个比呢" after the details of one phone: that phone against the shown phone
            # first by the spec; the superlative orders nothing
            self._answer_in_language_of(text)
            weighed = (self._resolve(FOCUS, res), self._first_shown_by(sort, res))
            return self._answer("compare", res, comparison_of=weighed)
        if len(self.state.focus) == 1 and self.state.shown and not parsed.updates and against_what(text) is not None \
                and parsed.followup is not None and parsed.followup.kind == "details" \
                and len(parsed.followup.refs) == 1 and parsed.followup.refs[0] != FOCUS:
            # "vs the first one?", "versus #3" after the details of one phone: that phone weighed against the one named,
            # not the named one opened in its place
            parsed = replace(parsed, followup=Followup("compare", parsed.followup.refs))
        # "and the cheaper of the two?" after one compared phone was opened: the pick is still between both
        of_pair = len(self.state.compared) == 2 and len(self.state.focus) == 1 and names_the_pair(text)
        if (len(self.state.focus) > 1 or of_pair) and not parsed.updates and not asks_which_of_them(text) \
                and (pick := compared_pick(text, parsed.relative)) is not None:
            # "ok the cheaper one then", "the lighter of the two", "便宜的那个详细说说" after a comparison: the compared phone that
            # wins on that spec, opened (a bare question, "the lighter one?", is answered by the comparison again); the
            # comparative moves no filter and the list stays as it is
            self._answer_in_language_of(text)
            among = _still_listed(res, self.state.compared) if of_pair else self._focus_phones(res)
            return self._best_shown(Sort(pick.key, descending=pick.direction > 0), res, among)
        if len(self.state.focus) > 1 and not (parsed.followup is not None and parsed.followup.kind == "compare") \
                and (chosen := self._named_in_focus(text, res)) is not None:
            # "the pixel" answering "which one: #1 Pixel 8a, #3 Galaxy S24?" (or after comparing them): that one of the
            # phones in question, opened; the name is no brand filter and the list stays as it is ("is the pixel better
            # than the nord 3?" compares the phones it names instead)
            self._answer_in_language_of(text)
            return self._detail_answer("details", chosen, res)
        if named := self._pointed_on_screen(text, res, parsed if rest is None else None):
            # "the Galaxy one?", "那个三星的呢", "is the pixel any good?": a phone on screen, by a loose name; the list
            # stays as it is. With no shown phone of that name the message is read as a request ("what about the
            # Pixel?" -> Google phones)
            self._answer_in_language_of(text)
            # "iphone13为啥没推荐": the phone named, asked why it is (not) among the picks
            kind = parsed.followup.kind if parsed.followup is not None and parsed.followup.kind in ("why", "why_not") \
                else "details"
            return self._detail_answer(kind, named[0], res) if len(named) == 1 else self._which(named, res)
        if (says_shown(text) or asks_details(text)) and not parsed.relative and not parsed.sort \
                and not (parsed.followup is not None and parsed.followup.kind == "why_not") \
                and all(u.slot == "brands" and u.op == "set" for u in parsed.updates) \
                and (best := self._best_named_unshown(text, res)):
            # "tell me more about the Pixel", "你推荐的那台荣耀怎么样" with no phone of that name on screen: the details
            # of the best phone of that name the filters in force let in, not a brand filter nor the first shown phone
            # ("drop motorola from the list" names the brand to refuse it; "why isn't the pixel in the list?" asks why
            # not that phone)
            self._answer_in_language_of(text)
            answer = self._detail_answer("details", best[1], res)
            return self._with(answer, notes=(TEXT[self.language]["best_named"].format(name=best[0]),))
        if parsed.followup is not None and parsed.followup.refs == (FOCUS,) \
                and (brands := self._brand_not_shown(text, res)):
            # "谷歌那款怎么样" with no Google phone on screen: "那款" points at nothing shown, so the message asks for that
            # brand's phones (as "what about the Pixel?" does), not about the phone in focus
            parsed = replace(parsed, followup=None, updates=parsed.updates + (SlotUpdate("brands", "set", brands),))
        request = read_needs(parsed, res.intents)
        if rest is not None:
            request = replace(request, text=text, language="zh" if has_cjk(text) else request.language)
        self._notes = request.notes
        if request.reset and not request.updates and not request.intents and not request.sort:
            before = self.state
            answer = self.reset(request.language)
            if not _is_command(text):
                # "全部清掉重来", "start over" typed by the shopper: the search starts afresh, but the one before it stays
                # in the history, so "还是撤回吧，回到清空之前的条件" brings it back (the /reset command starts a new shopper)
                self.state = record(before, self.state, diff(before, self.state), "reset")
            return self._with(answer, notes=request.notes)
        followup = request.followup
        if followup is not None and followup.kind in ("similar", "upgrade"):
            # filters said in the same message ("... under $600") apply to the advice
            changes = self._fold(replace(request, followup=None), text, res)
            ref = followup.refs[0] if followup.refs else FOCUS
            if followup.kind == "upgrade":
                answer = self.upgrade_from(ref)
            else:
                answer = self.similar_to(ref, cheaper="cheaper" in followup.options, newer="newer" in followup.options)
            return self._with(answer, changes=changes, notes=request.notes)
        if followup is not None and followup.kind == "compare" and len(followup.refs) > 1 and request.updates:
            # "iphone 16 vs pixel 9 under $800": the named phones are compared, and the requirement is kept as a filter
            changes = self._fold(replace(request, followup=None), text, res)
            return self._answer_followup(followup, res, request.notes, changes)
        if len(self.state.focus) > 1 and not request.updates and asks_which_of_them(text):
            # "which is lighter?" after a comparison: the same phones, compared again, not a narrower list
            followup = Followup("compare", ())
        if followup is not None and followup.kind == "compare" and not followup.refs \
                and (pair := self._shown_of_brands(request, res)):
            # "小米那两款比一下", "compare the two samsungs": the shown phones of the brand named, two of them, compared;
            # the brand is no new wish
            self.state = replace(self.state, language=request.language)
            return self._with(self._answer("compare", res, comparison_of=pair), notes=request.notes)
        if followup is not None and "question" in followup.options and followup.refs == (FOCUS,) \
                and not (self.state.focus or self.state.shown) and (wish := question_as_wish(text)) is not None \
                and understand(wish, res.vocabulary).updates:
            # "does it do 5g" with no phone on screen: "it" is the phone wished for, and the question names a filter
            # ("is it any good?" names none: there is no phone to ask about, and the shopper is told so)
            return self._ask(wish, language)
        if followup is not None and followup.kind == "details" and followup.refs == (FOCUS,) and request.sort is not None \
                and self.state.shown and over_shown(text) and self._restates(request):
            # "the cheapest of those, what's it like?": "it" is the pick the superlative makes among the phones on
            # screen, not the phone of the last answer; the list stays as it is
            self.state = replace(self.state, language=request.language)
            return self._with(self._best_shown(request.sort, res), notes=request.notes)
        if followup is not None and followup.kind == "why" and set(followup.refs) <= {FOCUS} and not request.updates \
                and not (self.state.shown or self.state.focus):
            # "why so expensive?", "why?" before any list: nothing was picked, so nothing is explained; the shopper is
            # told so, politely, and asked what to look for (no error: the question is fair, just early)
            speaking = self._speaking(text, language)
            return self._simple("social", res, speaking, text=say(speaking, "nothing_to_explain"))
        if followup is not None and followup.kind != "more" and (not request.updates or "question" in followup.options):
            self.state = replace(self.state, language=request.language)
            return self._answer_followup(followup, res, request.notes)
        value = asks_value(text)
        if self.state.shown and (over_shown(text) or asks_which_one(text)) and (value or (request.intents and not request.sort)) \
                and not (request.updates or request.relative or request.reset):
            # "which of these is the best value", "哪个性价比最高", "which one is best for gaming?": a pick among the phones
            # on screen by what the need weighs (value: price against what the phone offers); the need words are no new
            # wish, and the list stays as it is
            self.state = replace(self.state, language=request.language)
            weights = INTENT_ASPECTS["budget"] if value else combined_weights(request.intents)
            return self._with(self._detail_answer("details", self._best_shown_by(weights, res), res), notes=request.notes)
        if self.state.shown and asks_best(text) and _wishes_nothing(request):
            # "which is the best one?", "哪个最好": the phone the list ranks first, whatever taste "best" reads as;
            # the list stays as it is
            self.state = replace(self.state, language=request.language)
            return self._with(self._detail_answer("details", self._resolve(1, res), res), notes=request.notes)
        if request.sort is not None and self.state.shown and reorders_shown(text) and self._restates(request):
            # "put the cheapest at the top", "line them up lightest first": the phones on screen again, in that order
            self.state = replace(self.state, language=request.language)
            return self._with(self._shown_reordered(request.sort, res), notes=request.notes)
        if request.sort is not None and (over_shown(text) or (self.state.shown and asks_which(text))) \
                and self._restates(request):
            # "the cheapest of these", "这些平板里最便宜的", and with phones on screen "which is the lightest?", "哪个续航最好":
            # a pick among the phones on screen; the list itself stays as it is (words that only restate the filters
            # in force, like "平板" among tablets, change nothing); with nothing shown yet, "these" points at nothing
            # and the shopper is told so
            self.state = replace(self.state, language=request.language)
            return self._with(self._best_shown(request.sort, res), notes=request.notes)
        before = self.state
        changes = self._fold(request, text, res, to_topic=None if rest is None else "phone")
        request = replace(request, notes=self._notes + self._merged_own_figures(text, res))  # less any note answered
        if before.shown and _reads_nothing(request) and _moved_only_taste(before, self.state):
            # "blorp", "i like turtles" with phones on screen: nothing was read (no filter, order, need, topic or
            # person), and taking the words as the taste re-ranked the list with nothing said; the list stays as it
            # is and the shopper is told why
            self.state = replace(record_unread(before), language=self.state.language, turn=self.state.turn)
            note = TEXT[self.language]["read_nothing"].format(words=" ".join(text.split()))
            return self._with(self._results(res, replace(request, notes=request.notes + (note,))))
        return self._with(self._results(res, request), changes=changes)

    def _asked_beside_an_aside(self, text: str, res: Resources) -> Request | None:
        """The reading of a message's question about a phone when the sentence after it wishes nothing (no filter,
        order, comparative or question of its own); None otherwise."""
        split = question_then_aside(text)
        if split is None:
            return None
        asked = understand(split[0], res.vocabulary)
        if asked.followup is None or asked.followup.kind == "more" or not asked.followup.refs:
            return None
        aside = understand(split[1], res.vocabulary)
        if aside.sort or aside.relative or aside.followup or aside.reset:
            return None
        return asked if not aside.updates or _repeats_the_feature(split, aside, res) else None

    def _answer_in_language_of(self, text: str) -> None:
        """Answer in the language the message is written in (a move that leaves the filters as they are)."""
        self.state = replace(self.state, language="zh" if has_cjk(text) else "en")

    def _corrects(self, text: str) -> bool:
        """True when the message corrects an earlier statement: by its words, or as the wish after a retraction."""
        return self._retracting or is_correction(text)

    def _restates(self, request: Request, state: DialogueState | None = None) -> bool:
        """True when the message's filter words leave the constraints in force (or those of `state`) as they are."""
        state = state or self.state
        bare = replace(request, sort=None, relative=(), intents=(), semantic_text="", followup=None)
        return apply(state, bare).constraints == state.constraints

    def _speaks_of_dropped(self, wish: str, res: Resources, undone: DialogueState | None,
                           before: DialogueState | None = None) -> bool:
        """True when a wish said with an undo only names brands the undo takes out of the wanted ones (`undone`: the
        state after the undo; `before`: the one before it, else the state in force): the reason the step goes."""
        before = before or self.state
        if undone is None or not undone.constraints.brands:
            return False
        dropped = before.constraints.brands - undone.constraints.brands
        return speaks_of_dropped(wish, understand(wish, res.vocabulary), dropped)

    def _asks_for_the_undo(self, wish: str, res: Resources) -> bool:
        """True when a wish said beside "undo that" puts the filters back to what the undo of the last step gives
        ("remove xiaomi again, undo that" after "xiaomi is also fine"): one move said twice, no wish of its own."""
        previous = undo(self.state, 1)
        request = understand(wish, res.vocabulary)
        if previous is None or not request.updates or request.sort or request.relative or request.intents \
                or request.followup or request.reset:
            return False
        bare = replace(request, semantic_text="")
        return apply(self.state, bare).constraints == previous.constraints

    def _only_drops_again(self, wish: str, res: Resources, state: DialogueState | None = None) -> bool:
        """True when a wish said with an undo changes filters, and only to what they already are once the step is
        undone ("he doesn't care about 5g" once the 5G filter is undone; `state`: the state after the undo, when it is
        not yet in force): it asks for no order, need, phone or comparison either."""
        # "300以内选择太少了" in a conversation about dollars: the figure in the currency in force, as `_fold` reads it
        request = _in_held_currency(understand(wish, res.vocabulary), wish, (state or self.state).constraints.budget)
        return bool(request.updates) and not (request.sort or request.relative or request.intents or request.followup
                                              or request.reset) and self._restates(request, state)

    def _drops_what_undo_took(self, wish: str, res: Resources, before: DialogueState) -> bool:
        """True when a wish said with an undo only lets filters go, one of them a filter the undo just took back (the state
        in force is the one after the undo, `before` the one before it): "undo 一下，chipset 不限" after "Snapdragon only"
        names the step it takes back, and the chip floor said before that step stays."""
        request = understand(wish, res.vocabulary)
        if not request.updates or not all(_drops(u) for u in request.updates) \
                or request.sort or request.relative or request.intents or request.followup or request.reset:
            return False
        taken = {change.slot for change in diff(before, self.state)}
        return any(u.slot in taken for u in request.updates)

    def _only_says_why(self, words: str, res: Resources, state: DialogueState | None = None) -> bool:
        """True when words said beside an undo wish for nothing new: they ask nothing, report what others say, set
        filters only to what they are in force (or in `state`, the state after the undo: "还是按两千来"), or judge the
        list by a figure a filter in force holds ("1200的都不咋地", "300以内选择太少了")."""
        return self._asks_nothing(words, res) or hearsay_reason(words) or self._only_drops_again(words, res, state) \
            or self._judges_held_figures(words, res) or (state is not None and self._allows_let_back(words, res, state))

    def _allows_let_back(self, words: str, res: Resources, after: DialogueState) -> bool:
        """True when words said beside an undo only allow what the undo lets back in ("undo, mediatek is fine" after "no
        mediatek this time"; `after`: the state after the undo): the reason for the undo, no wish for that maker or chip
        alone."""
        if not is_loosening(words):
            return False
        let_chips = self.state.constraints.exclude_chipsets - after.constraints.exclude_chipsets
        let_brands = self.state.constraints.exclude_brands - after.constraints.exclude_brands
        request = understand(words, res.vocabulary)
        return bool(request.updates) and not (request.sort or request.relative or request.intents or request.followup) \
            and all(((u.slot, u.op) == ("chipset", "set") and u.value in let_chips)
                    or ((u.slot, u.op) in (("brands", "set"), ("brands", "add")) and u.value <= let_brands)
                    for u in request.updates)

    def _judges_held_figures(self, words: str, res: Resources, state: DialogueState | None = None) -> bool:
        """True when the parser reads nothing in the words but figures that filters in force (or those of `state`) hold:
        the shopper names the list those filters make to judge it ("1200的都不咋地")."""
        parsed = understand(words, res.vocabulary)
        if parsed.updates or parsed.relative or parsed.sort or parsed.intents or parsed.followup or parsed.reset \
                or parsed.unsupported or not parsed.unread_numbers:
            return False
        figures = [parse_number(said) for said in parsed.unread_numbers]
        held = (state or self.state).constraints
        return all(figure is not None and _holding_figure(held, figure) for figure in figures)

    def _fold(self, request: Request, text: str, res: Resources, to_topic: str | None = None) -> tuple[Change, ...]:
        """Apply a parsed message to the state (recording the step in the history); the changes it made.
        `to_topic`: the topic the message moves to, when the caller read it already."""
        before = self.state
        base, why = before, "refine"
        topic = to_topic or topic_named(text)
        someone = someone_else(text)
        to_me = bool(before.owner) and someone is None and back_to_myself(text)
        person = "" if to_me else someone or kin_for(text) or back_to_kin(text)
        mine = owner_return(before, person) if person is not None and person != before.owner else None
        if mine is not None:
            # "and for myself?" after a search for someone else, "and for my dad again?" after one's own: that search as
            # it was, this message on top (its words of return are no taste or need: "back to my mom's phone")
            base, why = mine, "return"
            request = replace(request, semantic_text="", intents=())
        elif topic is not None and topic != before.topic and (to_topic or says_back(text) or
                                                            not any(u.slot == "devices" for u in request.updates)):
            # a device word after "now" may start a new search of that kind ("now a tablet for my son"); after
            # "back to" / "回到" it is a return to the earlier one
            returned = topic_return(before, topic)
            if returned is not None:
                # "ok now back to my phone": the search the detour interrupted, with this message on top; the
                # words of a return are no taste or need: the restored search keeps its own
                base, why = returned, "return"
                request = replace(request, semantic_text="", intents=())
            else:
                # "现在看我的手机" with no phone search before: a switch, started from what the message says
                base = replace(before, constraints=replace(
                    before.constraints, devices=frozenset({"tablet"}) if topic == "tablet" else frozenset()))
        held = base.constraints.budget
        said, request = request, _in_held_currency(request, text, held)
        self._notes = _currency_guess_withdrawn(self._notes, said, request)
        if not names_currency(text) and aspect_named(text) is None:
            # "keep it under 170" in rupees right after "what about weight? light phones": no phone costs 170 rupees, so
            # the figure is the weight's, the spec just spoken of (a message naming the budget keeps the figure a price)
            request = replace(request, updates=tuple(budget_figure_of_spoken_spec(u, base, res.catalog)
                                                     for u in request.updates))
        if held is not None and held.hi is not None and stretches_budget(text) \
                and not any(u.slot == "budget" for u in request.updates):
            # "I can spend a bit more", "预算可以再放宽一点": the ceiling in force goes up, the floor stays; the words are no
            # wish for dearer phones ("higher") nor a need for value ("budget")
            request = replace(request, updates=request.updates + (SlotUpdate("budget", "set", stretched(held)),),
                              relative=tuple(r for r in request.relative if r.key != "price"),
                              intents=tuple(i for i in request.intents if i != "budget"))
        # "预算3000港币": an amount the parser left unused for its currency is no figure of a filter in force either
        unpriced = refuses_unpriced_amount(request.notes)
        number = bare_number(text) if not request.updates and not unpriced else None
        corrects = self._corrects(text)
        if number is not None and len(request.relative) == 1 and number[1] is None:
            # "a bit cheaper, like 500": the relative word says which filter the figure is and which side it bounds
            rel = request.relative[0]
            number = (number[0], "hi" if rel.direction < 0 else "lo")
            slot: str | None = "budget" if rel.key == "price" else f"spec:{rel.key}"
        else:
            slot = aspect_named(text)
        if number is None and not request.updates and not unpriced and (again := corrected_number(text)) is not None:
            # "no wait, 6.3" after "a screen under 6.5 inches": a figure said again, alone, replaces the bound in force
            # whose scale it has, on the side that bound holds
            number = (again, None)
        if number is None and not request.updates and not unpriced and (slot is not None or corrects) \
                and (lone := lone_number(text)) is not None:
            # "预算其实是4000", "不对，是3500", "wrong budget, it's 600": the one figure of a message that names a filter or
            # corrects one is that filter's, on the side in force
            number = (lone, None)
        if number is None and not request.updates and not unpriced and corrects and (figure := unit_figure(text)) is not None:
            # "不对，是8G", "no wait, 6.5 inches": a correction's figure with a unit and no other words is the filter in
            # force of that unit, said again
            number, slot = (figure[0], None), figure[1]
        if request.updates and corrects and unit_figure(text) is not None and not _says_side(text):
            # "no wait, 6.5 inches", "不对，6.5寸" after "6.7 inches or bigger": a corrected figure said with no side word
            # takes the side of the filter in force (the parser alone reads a bare screen size as "about 6.5")
            request = replace(request, updates=tuple(corrected_figure(u, base.constraints) for u in request.updates))
        if number is None and corrects and not names_currency(text) \
                and (refiled := _budget_figure_of_spec(request, base.constraints)) is not None:
            # "oops, I meant 5000 max" under a battery floor of 5000: the figure is that filter's, said again with the
            # side meant (the parser alone reads a bare figure with "max" as a budget); the budget in force stays
            request = replace(request, updates=tuple(u for u in request.updates if u.slot != "budget"))
            number, slot = refiled
        given: list[float] = []  # the figures this message's filters take from the conversation, not from the parser
        if number is not None and (update := continued_bound(base, *number, slot, corrects)) is not None:
            # "less, 12 is enough": the number is the filter the conversation is on; the words only say how much. A
            # correction that says the side ("I meant 6.8 at most, it's for my small hands") keeps the needs it gives
            # for it: they take the place of the needs of the misspoken side ("big screen")
            needs = request.intents if corrects and number[1] is not None else ()
            request = replace(request, updates=request.updates + (update,), relative=(), intents=needs, semantic_text="")
            given.append(number[0])
        pair = replaced_number(text)
        fixed = corrected_bound(base, *pair) if pair is not None else None
        if pair is not None and fixed is not None and (around := _said_around(request, fixed.slot, pair[1])) is not None:
            fixed = around  # "budget is ~50k not 60": the new figure is said as a centre, not as the old cap moved
        if pair is not None and fixed is None:
            # "是3000以内，不是2000以内" with no such filter in force: the figure said after "not" is no wish; where the
            # parser read it, the figure meant stands in its place
            request = replace(request, updates=tuple(_refigured(u, *pair) for u in request.updates))
        if fixed is not None:
            # "I said 8GB but I meant 12", "是5000不是4000": the figure said before is replaced where it stands; the
            # message's figures are this correction, not new filters (the parser reads "8GB" as a wish for 8 GB); a
            # filter of another aspect said beside it with a figure of its own stays ("190克以下。预算打错了，是两千五不是两千")
            request = replace(request, updates=tuple(u for u in request.updates if not _of_the_corrected(u, fixed.slot, pair))
                              + (fixed,), relative=())
            given.extend(pair or ())
        gone = unneeded_figure(text)
        holding = _holding_figure(base.constraints, gone) if gone is not None else []
        if gone is not None and len(holding) == 1 and _refigures(request, holding[0], gone):
            # "6gb ram also ok, dont need 8": the figure not needed says why the new one said beside it replaces it
            given.append(gone)
        elif gone is not None and len(holding) == 1:
            # "no need for 8gb", "8G内存不是必须的" with RAM >= 8 GB in force: that filter goes; the figure is no wish
            request = replace(request, updates=tuple(u for u in request.updates if u.slot != holding[0]
                                                     and not _holds(u.value, gone)) + (SlotUpdate(holding[0], "clear"),))
            given.append(gone)
        if says_stretch(text) and any(u.slot == "budget" and u.op == "clear" for u in request.updates):
            # "forget the 1200 limit, i can spend more now": the limit gone is the room to spend more; the words are no
            # wish for dearer phones
            request = replace(request, relative=tuple(r for r in request.relative if r.key != "price"))
        # "drop samsung", "forget about huawei and honor" with none of them wanted: there is no wish to take them
        # out of, so the shopper refuses them (with them wanted, they only leave the wanted brands)
        request = replace(request, updates=tuple(dropped_as_refused(u, base.constraints) for u in request.updates))
        lift = lifted(text, res.vocabulary.aliases)
        if lift:
            # "don't exclude Samsung", "不排除三星了": the exclusion verb is refused, the brand comes back
            request = replace(request, updates=tuple(_unrefused(u, lift) for u in request.updates)
                              + (SlotUpdate("brands", "add", lift),))
        swap = swapped_brands(text, res.vocabulary.brand_pattern, res.vocabulary.aliases)
        if swap is not None:
            # "replace Realme with Motorola", "vivo rather than oppo", "把三星换成小米": the new brand takes the old one's
            # place among the wanted brands (the others stay); neither name is a wish or a refusal of its own
            old, new = swap
            kept = base.constraints.brands - old if base.constraints.brands & old else frozenset()
            # (the old brand leaves the wish only where it was wanted: with none wanted, a removal would refuse it)
            request = replace(request, updates=tuple(w for u in request.updates if (w := _without_brands(u, old | new)))
                              + (SlotUpdate("brands", "set", kept | new),) + _let_go(old, base.constraints))
        freed = unrequired(text, res.vocabulary.aliases)
        if freed:
            # "doesn't have to be Samsung", "不一定要三星": Samsung is no longer required, and not refused either
            request = replace(request, updates=tuple(w for u in request.updates if (w := _without_brands(u, freed)))
                              + _let_go(freed, base.constraints))
        let_go = [u for u in request.updates if u.slot == "chipset" and u.op == "set"]
        if let_go and unrequired_chip(text):
            # "芯片其实不用非得8gen3", "doesn't have to be an 8 gen 3": the chip named is no wish; the chip in force, if
            # that one, is no longer required. Said with none in force ("不一定要8gen3", "不非得是天玑") no chip is
            left = tuple(u for u in request.updates if u not in let_go)
            in_force = any(u.value == base.constraints.chipset for u in let_go)
            request = replace(request, updates=left + (() if any(u.slot == "chipset" for u in left) or not in_force
                                                       else (SlotUpdate("chipset", "clear"),)))
        wider = besides_too(text, res.vocabulary.aliases) & base.constraints.brands
        if wider:
            # "brands other than samsung are ok too", "三星以外的也可以看看" with Samsung wanted: every brand is, Samsung too;
            # "apart from samsung, oneplus too": OnePlus joins it. The brands named are no refusal
            others = frozenset().union(*(frozenset(u.value) for u in request.updates
                                         if u.slot in ("brands", "exclude_brands") and u.op != "clear")) - wider
            request = replace(request, updates=tuple(w for u in request.updates if (w := _without_brands(u, wider | others)))
                              + (SlotUpdate("brands", "set", base.constraints.brands | others) if others
                                 else SlotUpdate("brands", "clear"),))
        # naming an excluded brand again without "only" lifts its exclusion ("let Samsung back in", "三星我不介意")
        loosen = is_loosening(text) or bool(lift) or bool(freed) or (not says_only(text) and _names_excluded(request, base.constraints))
        if loosen:
            # "6.5 inches is fine too" under "6.7 or bigger": the figure allowed moves the side in force to it
            request = replace(request, updates=tuple(w for u in request.updates
                                                     for w in _allowed_platform(allowed_figure(u, base.constraints),
                                                                                base.constraints)))
            if (older := allowed_year(text, base.constraints)) is not None:
                # "2023 works as well" under "2024 or newer": the floor moves to that year; older phones stay out
                request = replace(request, updates=tuple(u for u in request.updates if u.slot != "spec:year") + (older,))
                if (year := named_year(text)) is not None:
                    given.append(float(year))  # the year now has its meaning: the note that it had none is withdrawn
        # a figure the conversation gave its meaning is no number the parser failed to read: its note is withdrawn; so
        # is a figure refused that names a filter in force, even cut short ("wait not 80, I can do 90k" under 80,000)
        refused = [f for f in refused_figures(text)
                   if any(_holding_figure(base.constraints, f * scale) for scale in (1, 1_000, 100_000))]
        self._notes = withdrawn_unread(self._notes, request.unread_numbers, [*given, *refused])
        correction = self._corrects(text) or fixed is not None
        if correction:
            # "不对，我说的是华为不是荣耀", "我说的是手机，不是平板": what follows "not" was misheard, not wished for; a
            # refusal said again ("sorry, I meant no xiaomi") takes the place of the one it corrects
            not_meant = corrected_away(text, res.vocabulary.aliases)
            request = replace(request, updates=corrected_refusals(
                tuple(corrected_chip(_misheard_out(u, not_meant, corrected_away(text, DEVICE_NAMES)), base.constraints,
                                     res.vocabulary.chip_scores) for u in request.updates),
                text, base, not_meant))
        if any(_drops(u) for u in request.updates) and not says_only(text):
            # "一加的好像都挺老的，牌子不限了", "drop the ram requirement, iphones dont need that much anyway": a message that
            # lets filters go names a brand already wanted as what it speaks of, no narrower wish ("only" would narrow)
            request = replace(request, updates=tuple(u for u in request.updates if not (
                u.slot == "brands" and u.op == "set" and frozenset(u.value) <= base.constraints.brands)))
        drops_only = bool(request.updates) and all(_drops(u) for u in request.updates) \
            and not (request.intents or request.sort or request.relative)
        if drops_only:
            # "meh, the weight doesnt matter, take that back out": a message that only drops filters says why and how
            # they go; its words are no taste to re-rank the rest by
            request = replace(request, semantic_text="")
        after = apply(base, request, shown=self._looked_at(res), loosen=loosen, correction=correction)
        if any(r.key == "year" and r.direction > 0 for r in request.relative):
            after = self._newer_within_the_catalog(after, res)
        # "now one for me" when the conversation began with someone else's phone: a search of the shopper's own
        for_another = (someone is not None and someone != before.owner) or (to_me and mine is None)
        if why != "return" and not correction and (for_another or (after.topic != before.topic and not keeps_the_rest(text))):
            # "actually a tablet for my kid first": the new topic starts from what this message says; the
            # phone search stays in the history for "back to my phone". A correction ("I meant a phone, not
            # a tablet") or a kind put in place of the other for the shopper ("make it a tablet", "换成平板")
            # is not a new topic: it fixes the device and keeps the rest
            # a search for someone else ("now one for my dad") starts the same way, and says whose it is
            fresh = DialogueState(constraints=Constraints(devices=base.constraints.devices), language=before.language,
                                  currency=before.currency, shown=before.shown, turn=before.turn,
                                  owner=someone or person_for(text) or "", hong_kong_dollars=before.hong_kong_dollars)
            after = replace(apply(fresh, request, shown=self._looked_at(res), loosen=loosen),
                            history=before.history)
        if before.turn == 0 and not after.owner and (kin := kin_for(text)):
            # the first search is for someone else ("a phone for my dad"): a later "and for me?" starts the shopper's own
            after = replace(after, owner=kin)
        changes = diff(before, after)
        if why == "return":
            changes = (restored(after, topic),) + changes
        elif for_another:
            why = "switch"
        elif request.reset:
            why = "reset"
        elif after.search()[:-1] == before.search()[:-1]:
            why = "more"  # only the page moved ("show more"): `undo` passes over it to the last change of the search
        elif after.topic != before.topic:
            why = "switch"
        elif correction or loosen:
            why = "correct" if correction else "loosen"
        elif request.relative:
            why = "relative"
        elif changes and all(c.op == "clear" for c in changes):
            why = "clear"
        if (given or drops_only) and not (request.intents or request.sort or request.relative) \
                and (earlier := before_last_change(before)) is not None \
                and earlier.constraints == after.constraints != before.constraints:
            if given:
                # "还是改回刚才 500 那个好了" after "400 美元以下好了", "12 was fine after all": the figure held before the
                # last change, said back, brings that earlier search back as it was (its taste and order too), as an
                # undo does
                self.state = replace(earlier, language=after.language)
                return changes
            # dropping just what the last change added ("5G 那個條件先拿掉好了" right after "最好有 5G") brings that search
            # back with its taste and order too, and stays a step of its own ("go back a step" after it returns to
            # the filter dropped)
            after = replace(after, sort=earlier.sort, intents=earlier.intents, taste=earlier.taste)
        # a reset said with the new wishes ("全部清掉重來好了，改看三星") is a step an undo takes back, as a bare one is
        self.state = after if request.reset and _is_command(text) else record(before, after, changes, why)
        return changes

    def undo(self, language: str | None = None, to_list: bool = False, steps: int = 1) -> Answer:
        """Take the last `steps` changes back: the state before them, exactly, or say that there are not so many
        to go back over (and change nothing). With `to_list` ("back", "go back to the list") an answer about one
        phone first goes back to the list it came from."""
        res = self.advisor.resources
        speaking = _language(language) if language else self.state.language
        if to_list and steps == 1 and self.state.focus and self.state.shown:
            # "back" after a details, why or compare answer: the list those came from, as it was
            self.state = replace(self.state, language=speaking)
            return self._with(self._results(res), changes=(restored(self.state),))
        previous = undo(self.state, steps)
        if previous is None:
            self.state = replace(self.state, language=speaking)
            done = undoable(self.state)  # page moves are no step the shopper takes back
            text = say(speaking, "too_far", n=str(done), steps=say(speaking, "step" if done == 1 else "steps")) \
                if done else say(speaking, "nothing")
            return self._simple("social", res, text=text)
        self.state = replace(previous, language=speaking)
        return self._with(self._results(res), changes=(restored(self.state),))

    def _undo_filters(self, slots: tuple[str, ...], language: str, brands: frozenset[str] = frozenset()) -> Answer:
        """Take back the latest change of the named filters (slots as `Change.slot` names them): those filters go back
        to what they were before it, the changes made since to others stay. When that change is the last step and
        changed nothing else, this is `undo`: the state before it, exactly. No such change: nothing changes.
        `brands`: only the latest change of these brands' wish or refusal, and only they go back."""
        res = self.advisor.resources
        speaking = _language(language)
        history = self.state.history
        n = self._brand_step(brands) if brands else next(
            (i for i in range(len(history) - 1, -1, -1) if any(c.slot in slots for c in history[i].changes)), None)
        if n is None:
            self.state = replace(self.state, language=speaking)
            return self._simple("social", res, text=say(speaking, "nothing"))
        if brands:
            brands = self._swapped_along(n, brands)
        step = history[n]
        if n == len(history) - 1 and all(c.slot in slots for c in step.changes) and (
                not brands or self._brands_changed(n) <= brands):
            return self.undo(speaking)
        before = self.state
        # the needs of a step are no filter: past its last step they stay as they are
        constraints = _filters_from(before.constraints, step.before.constraints,
                                    tuple(slot for slot in slots if slot != "intents"), brands)
        after = replace(before, constraints=constraints, language=speaking, offset=0, turn=before.turn + 1)
        changes = diff(before, after)
        self.state = record(before, after, changes, "undo")
        return self._with(self._results(res), changes=changes)

    def _lone_added(self) -> str | None:
        """The slot of the one filter the last turn added, when the last turn was a search that added just that (and no
        answer about a phone came since); else None."""
        history = self.state.history
        if not history or self.state.focus:
            return None
        step = history[-1]
        adds = [c for c in step.changes if c.op == "add"]
        if step.why not in ("refine", "correct", "relative") or len(adds) != 1 or len(step.changes) != 1:
            return None
        return adds[0].slot

    def _brands_changed(self, n: int) -> frozenset[str]:
        """The brands whose wish or refusal step `n` of the history changed."""
        history = self.state.history
        was = history[n].before.constraints
        now = history[n + 1].before.constraints if n + 1 < len(history) else self.state.constraints
        return (was.brands ^ now.brands) | (was.exclude_brands ^ now.exclude_brands)

    def _swapped_along(self, n: int, brands: frozenset[str]) -> frozenset[str]:
        """`brands` and the brands step `n` swapped them for in the same list: "oops I meant no xiaomi, oneplus is ok"
        put Xiaomi in OnePlus's place among the refused, so taking back "the xiaomi thing" brings OnePlus back too; a
        brand of the other list changed in the same step ("no realme, samsung only") stays as it is."""
        history = self.state.history
        was = history[n].before.constraints
        now = history[n + 1].before.constraints if n + 1 < len(history) else self.state.constraints
        along: set[str] = set()
        for before, after in ((was.brands, now.brands), (was.exclude_brands, now.exclude_brands)):
            added, removed = after - before, before - after
            if brands & added:
                along |= removed
            if brands & removed:
                along |= added
        return brands | along

    def _brand_step(self, brands: frozenset[str]) -> int | None:
        """The index in the history of the latest step that changed the wish or refusal of any of `brands`, or None."""
        return next((i for i in range(len(self.state.history) - 1, -1, -1) if self._brands_changed(i) & brands), None)

    def more(self) -> Answer:
        """The next page of results for the same filters."""
        before = self.state
        self.state = record(before, replace(before, offset=before.offset + PAGE_SIZE), (), "more")
        return self._results(self.advisor.resources)

    def remove_filter(self, slot: str) -> Answer:
        """Drop one filter ("budget", "brands", "spec:ram_gb", "sort", "intents", ...) and search again."""
        request = Request(text="", language=self.state.language, updates=(SlotUpdate(slot, "clear"),))
        before = self.state
        after = apply(before, request)
        changes = diff(before, after)
        self.state = record(before, after, changes, "clear")
        return self._with(self._results(self.advisor.resources), changes=changes)

    def compare(self, phone_ids: list[str]) -> Answer:
        """A comparison table of catalog phones given by id."""
        res = self.advisor.resources
        phones = tuple(res.catalog.get(i) for i in phone_ids)
        return self._answer("compare", res, comparison_of=phones)

    def details(self, phone_id: str) -> Answer:
        """Specs and reasons for one catalog phone."""
        res = self.advisor.resources
        return self._detail_answer("details", res.catalog.get(phone_id), res)

    def similar_to(self, phone: int | str, cheaper: bool = False, newer: bool = False) -> Answer:
        """"More like this": phones close to one (a shown position, a catalog id or a name), within the filters."""
        res = self.advisor.resources
        reference = self._resolve_any(phone, res)
        pool = [p for p in self._ranking(res).matching_phones if p.family != reference.family]
        positions = [res.catalog.position(p.id) for p in [reference, *pool]]
        found = similar(reference, pool, res.index.vectors(positions), res.percentiles, self.state.currency,
                        cheaper=cheaper, newer=newer)
        picks = tuple(Pick(s.phone, n + 1, s.score, differences(s.phone, reference, SPEC_ASPECTS[:-1], self.state))
                      for n, s in enumerate(found))
        return self._shown(self._answer("similar", res, picks=picks, reference=reference, match_count=len(found)))

    def upgrade_from(self, owned: int | str) -> Answer:
        """Upgrade advice: phones meaningfully better than the owned one on what the shopper cares about."""
        res = self.advisor.resources
        try:
            phone = self._resolve_any(owned, res)
        except RequestError:
            raise RequestError(TEXT[self.language]["owned_unknown"].format(ref=owned)) from None
        pool = self._ranking(res).matching_phones
        found = upgrades(phone, pool, self.state.intents, res.percentiles, self.state.currency)
        focus = focus_for_upgrade(self.state.intents)
        picks = tuple(Pick(s.phone, n + 1, s.score, differences(s.phone, phone, focus, self.state))
                      for n, s in enumerate(found))
        return self._shown(self._answer("upgrade", res, picks=picks, reference=phone, match_count=len(found)))

    def ranking(self) -> Ranking:
        """The full family-level ranking for the current state (for evaluation and "more like this")."""
        return self._ranking(self.advisor.resources)

    def reset(self, language: str | None = None) -> Answer:
        """Start over as a new shopper: filters, history, language and currency all go back to the defaults
        (the next message sets language and currency again); `language` is the one to answer this reply in. A start-over
        typed as words is recorded afterwards as a step an undo can take back (see `_ask`)."""
        self.state = DialogueState(language=_language(language) if language else "en")
        return self._simple("reset", self.advisor.resources)

    # -- internals -------------------------------------------------------------------------

    def _ranking(self, res: Resources) -> Ranking:
        def semantic(text, positions):
            return semantic_scores(res, text, positions)

        def personal(positions):
            return adjustments(self.profile, res.catalog, res.index, positions)

        return rank(self.state, res.catalog, res.percentiles, semantic, None if self.profile.empty else personal,
                    res.columns)

    def _results(self, res: Resources, request: Request | None = None) -> Answer:
        ranking = self._ranking(res)
        # a list: "it" means its first phone again, and no comparison is pending
        self.state = state = replace(self.state, focus=(), compared=(), compared_from="")
        unsupported = request.unsupported if request else ()
        notes = request.notes if request else ()
        if ranking.matches:
            page = ranking.matches[state.offset:state.offset + PAGE_SIZE]
            if not page and state.offset:
                self.state = state = replace(state, offset=0)
                page = ranking.matches[:PAGE_SIZE]
            facts = MatchFacts(ranking.matching_phones, state.currency, res.columns, ranking.matching_positions)
            picks = tuple(Pick(r.phone, state.offset + n + 1, r.score,
                               pick_reasons(r.phone, facts, state)
                               + personal_reasons(r.personal, res.catalog, state.language), (), r.variants)
                          for n, r in enumerate(page))
            self.state = replace(state, shown=tuple(p.phone.id for p in picks))
            return self._answer("results", res, picks=picks, exact=True, unsupported=unsupported,
                                match_count=len(ranking.matches), notes=notes)
        picks = tuple(Pick(r.phone, n + 1, r.score, (), relaxations(r.violations, state))
                      for n, r in enumerate(ranking.alternatives))
        self.state = replace(state, shown=tuple(p.phone.id for p in picks))
        relaxed = tuple(x for p in picks for x in p.relaxed)
        return self._answer("results", res, picks=picks, exact=False, unsupported=unsupported, relaxed=relaxed,
                            notes=notes)

    def _answer_followup(self, followup: Followup, res: Resources, notes: tuple[str, ...],
                         changes: tuple[Change, ...] = ()) -> Answer:
        """The answer to a question about phones, with what the message changed and the parser's notes."""
        try:
            answer = self._followup(followup, res)
            return self._with(answer, changes=changes, notes=notes) if changes else self._with(answer, notes=notes)
        except _Ambiguous as several:  # "tell me more about that Pixel" with two Pixels on screen
            return self._which(several.phones, res)

    def _followup(self, followup: Followup, res: Resources) -> Answer:
        if followup.kind == "compare":
            # "compare them" after a comparison: the phones compared; "跟第一个比呢": the phone in focus and that one
            refs = followup.refs or (tuple(self.state.focus) if len(self.state.focus) > 1 else (1, 2))
            if len(refs) == 1 and self.state.focus and refs[0] != FOCUS:
                refs = (FOCUS, *refs)
            phones = tuple(self._resolve_any(ref, res) for ref in refs)
            if len(phones) < 2:
                raise RequestError(TEXT[self.language]["compare_need"])
            return self._answer("compare", res, comparison_of=phones)
        if followup.refs == (FOCUS,) and "chosen" in followup.options and len(self.state.focus) > 1:
            # "ok go with that one" right after comparing two phones: which of them is meant is unclear, so it is asked
            raise _Ambiguous(tuple(self._phone(phone_id, res) for phone_id in self.state.focus))
        ref = followup.refs[0] if followup.refs else FOCUS
        if followup.kind == "why_not" and isinstance(ref, str) and (kind_of := _kind_named(ref, res)) is not None:
            # "why are there no xiaomis?", "why is there no foldable?": asked of a maker or a kind of device, answered
            # with its phone that comes nearest: its best match further down the list, else the one that breaks the
            # filters least (not an arbitrary model)
            return self._detail_answer("why_not", self._nearest_of_kind(kind_of, res), res)
        if followup.kind == "why" and isinstance(ref, str) and (kind_of := _kind_named(ref, res)) is not None \
                and not any(map(kind_of, self._shown_phones(res))):
            # "why you like samsung so much?" with no Samsung on the list: the question's premise is wrong, so where the
            # maker's nearest phone stands is told, as "why not samsung?" tells it (not the first of its name in the catalog)
            return self._detail_answer("why_not", self._nearest_of_kind(kind_of, res), res)
        return self._detail_answer(followup.kind, self._resolve(ref, res, ask=True), res)

    def _nearest_of_kind(self, of_kind: Callable[[Phone], bool], res: Resources) -> Phone:
        """The best-ranked match of a kind, else the phone of that kind that breaks the filters in force least."""
        ranking = self._ranking(res)
        if (match := next((r.phone for r in ranking.matches if of_kind(r.phone)), None)) is not None:
            return match
        constraints = self.state.constraints
        return min(filter(of_kind, res.catalog), key=lambda p: _how_far(violations(p, constraints)))

    def _from_focus(self, text: str, res: Resources) -> Phone | None:
        """The phone a message finds from the one in focus: its neighbour on the shown list ("the one below that"), the
        other shown phone of a pair by that name ("the other infinix" with two Infinix shown), the other phone of the
        last comparison ("and the other one?", also right after comparing the phone in focus with another); None when
        the message points no such way or nothing is there."""
        state = self.state
        if len(state.focus) == 2 and state.compared_from in state.focus:
            focus = state.compared_from
            if other_named(text) != "":
                return None  # "the one above it" after a comparison: above which of the two is not said
        elif len(state.focus) == 1:
            focus = state.focus[0]
        else:
            return None
        if (step := neighbour_step(text)) is not None:
            return self._neighbour(focus, step, res)
        name = other_named(text)
        if name is None:
            return None
        pair = tuple(p.id for p in self._named_on_screen(name, res)) if name else self.state.compared
        others = [phone_id for phone_id in pair if phone_id != focus]
        return self._phone(others[0], res) if len(pair) == 2 and len(others) == 1 else None

    def _neighbour(self, focus: str, step: int, res: Resources) -> Phone | None:
        """The phone `step` places from `focus`: on the shown list, else in the ranking the list is a page of ("下一个"
        on the last phone of a page is the first phone of the next one; the list shown stays as it is); None when the
        phone in focus is on neither. Above the first match is the phone in focus itself ("上面那款" there is the phone
        talked about above); past the last match the shopper is told there is none."""
        shown = self.state.shown
        if focus in shown and 0 <= (index := shown.index(focus) + step) < len(shown):
            return self._phone(shown[index], res)
        ranked = [r.phone for r in self._ranking(res).matches]
        at = next((n for n, p in enumerate(ranked) if p.id == focus), None)
        if at is None:
            return None
        if at + step < 0:
            return ranked[at]
        if at + step >= len(ranked):
            raise RequestError(TEXT[self.language]["no_next"])
        return ranked[at + step]

    def _newer_within_the_catalog(self, state: DialogueState, res: Resources) -> DialogueState:
        """"something newer" past the newest year the catalog has: the shopper wants the newest phones there are, so
        the floor is the newest year shown rather than a year no phone is from."""
        bound = state.constraints.spec("year")
        newest = max((p.year for p in res.catalog if p.year is not None), default=None)
        shown = [p.year for p in self._looked_at(res) if p.year is not None]
        if bound is None or bound.lo is None or newest is None or bound.lo <= newest or not shown:
            return state
        specs = dict(state.constraints.specs)
        specs["year"] = replace(bound, lo=float(max(shown)))
        return replace(state, constraints=replace(state.constraints, specs=tuple(sorted(specs.items()))))

    def _named_not_shown(self, text: str, res: Resources) -> str:
        """The brand a message names when no shown phone is of a brand it names and the filters in force rule its
        phones out ("the Samsung you showed" while looking at Google phones); "" otherwise. A brand the filters let
        in may have phones further down the list ("the iPhone you showed" after "apple or samsung")."""
        named = {alias: res.vocabulary.aliases[alias] for alias in brand_aliases_said(text, res.vocabulary.aliases)}
        shown = {p.brand for p in self._shown_phones(res)}
        wanted, refused = self.state.constraints.brands, self.state.constraints.exclude_brands
        if not named or any(brands & shown or (brands & wanted if wanted else brands - refused)
                            for brands in named.values()):
            return ""
        fewest = min(named.values(), key=_size)  # "pixel" names Google alone; "ov" names two makers
        return min(fewest)

    def _best_named_unshown(self, text: str, res: Resources) -> tuple[str, Phone] | None:
        """The loose name in a message and the first phone of the list the filters in force make that it names, when
        no shown phone has that name; None otherwise."""
        names = [p.name for p in pointed_names(seen_words_cut(text) if says_shown(text) else text)]
        names += brand_aliases_said(text, res.vocabulary.aliases)
        if not names or any(self._named_on_screen(name, res) or res.vocabulary.resolve_name(name) for name in names) \
                or any(model_named(p) for p in pointed_names(text)):
            return None  # a name on screen is pointed at there; a model named exactly is that model
        matches = tuple(r.phone for r in self._ranking(res).matches)
        return next(((name if has_cjk(name) else name.title(), named[0]) for name in names
                     if (named := named_among(name, matches, res.vocabulary.aliases))), None)

    def _brand_not_shown(self, text: str, res: Resources) -> frozenset[str]:
        """The brands a message points at by a loose name ("谷歌那款") when none of their phones is on screen."""
        shown = self._shown_phones(res)
        for pointer in pointed_names(text):
            brands = res.vocabulary.aliases.get(pointer.name) or res.vocabulary.aliases.get(latin_name(pointer.name))
            if brands and not any(p.brand in brands for p in shown):
                return frozenset(brands)
        return frozenset()

    def _shown_of_brands(self, request: Request, res: Resources) -> tuple[Phone, ...]:
        """The two shown phones of the brands a message names and wishes nothing else with; () otherwise."""
        if not request.updates or any(u.slot != "brands" or u.op not in ("set", "add") for u in request.updates):
            return ()
        brands = frozenset().union(*(u.value for u in request.updates))
        phones = tuple(p for p in self._shown_phones(res) if p.brand in brands)
        return phones if len(phones) == 2 else ()

    def _which(self, phones: tuple[Phone, ...], res: Resources) -> Answer:
        """A question instead of a guess: the shown phones a loose name could mean, by position and name. They
        are the answer's focus ("compare them" compares them); the list and the filters stay as they are."""
        self.state = replace(self.state, focus=tuple(p.id for p in phones))
        position = {phone_id: n for n, phone_id in enumerate(self.state.shown, start=1)}
        # a phone compared by name may be on no list shown: it is named alone
        options = ("、" if self.language == "zh" else ", ").join(
            f"#{position[p.id]} {p.display_name}" if p.id in position else p.display_name for p in phones)
        answer = self._answer("social", res, focus=phones)
        return replace(answer, text=render_text(answer, res.catalog,
                                                headline=TEXT[self.language]["which_one"].format(options=options)))

    def _pointed_on_screen(self, text: str, res: Resources, parsed: Request | None = None) -> tuple[Phone, ...]:
        """The shown phones a message points at by a loose name, the longest name that names some first; none when
        the rest of the message wishes for something new ("the samsung, but cheaper"). `parsed`: the message's
        reading when the caller has it (it is not read again)."""
        # "the oppo you showed", "列表里那台OPPO": the words saying where the phone was seen point no other way
        pointers = (pointed_names(seen_words_cut(text)) if says_shown(text) else []) + pointed_names(text)
        if not pointers:
            return ()  # most messages point at no phone: no second reading of them
        asked = (parsed or understand(text, res.vocabulary)).followup
        if asked is not None and asked.kind == "compare" and len(asked.refs) > 1:
            return ()  # "is the pixel 8a better than the galaxy a54?": two phones named are compared, not one opened
        read: dict[str, bool] = {}  # each pointer's rest read once, though both passes below may ask about it

        def rest_wishes_nothing(rest: str) -> bool:
            if rest not in read:
                read[rest] = _wishes_nothing(understand(rest, res.vocabulary))
            return read[rest]

        for pointer in pointers:
            if exact := res.vocabulary.resolve_name(pointer.name):
                # a model named exactly ("一加11", "is the galaxy S24 any good?") is that model, on screen or not
                if not rest_wishes_nothing(pointer.rest):
                    return ()
                named = tuple(p for p in self._shown_phones(res) if (p.brand, p.family) in exact)
                return named or (self._resolve(pointer.name, res),)
            named = self._named_on_screen(pointer.name, res)
            if named and rest_wishes_nothing(pointer.rest):
                return named
        for pointer in pointers:
            model = model_named(pointer)
            if model is not None and rest_wishes_nothing(pointer.rest) \
                    and any(u.slot == "brands" for u in understand(model[1], res.vocabulary).updates):
                # "is the vivo x100 pro any good?", "vivo X100 Pro咋样": a model the catalog does not have is said to be
                # missing; its brand is no wish for that brand's other phones
                raise RequestError(TEXT["zh" if has_cjk(text) else "en"]["unknown_phone"].format(ref=model[0]))
        return ()

    def _named_in_focus(self, text: str, res: Resources) -> Phone | None:
        """The one phone of those the last answer was about that a message names by a loose name and nothing else
        ("the pixel", "那台三星"), or asks of it ("the google one - how's the battery on it?": "it" is the one named); None
        when it names none or several of them, or wishes or asks for something besides."""
        focus = self._focus_phones(res)
        for pointer in pointed_names(text):
            named = named_among(pointer.name, focus, res.vocabulary.aliases)
            if len(named) == 1 and _wishes_nothing(rest := understand(pointer.rest, res.vocabulary)) \
                    and (rest.followup is None or (rest.followup.kind == "details" and rest.followup.refs == (FOCUS,))):
                return named[0]
        return None

    def _named_on_screen(self, name: str, res: Resources) -> tuple[Phone, ...]:
        """The shown phones a loose name names (`named_among`)."""
        return named_among(name, self._shown_phones(res), res.vocabulary.aliases)

    def _back_to_named_search(self, text: str, res: Resources) -> bool:
        """True when a message goes back to the phone search before this one by a brand it wanted or showed ("back to
        the motorolas" after a tablet detour from Motorola phones)."""
        words = back_to_words(text)
        earlier = topic_return(self.state, "phone") if words else None
        return words is not None and earlier is not None and names_earlier_search(
            understand(words, res.vocabulary), earlier, _still_listed(res, earlier.shown))

    def _steps_back_to_named(self, text: str, res: Resources) -> int | None:
        """How many steps back lies the earlier search that wanted just the brands a message goes back to ("go back to
        the iphones"); None when the message goes back to no brands alone, or no earlier search wanted just them."""
        words = back_to_words(text)
        said = understand(words, res.vocabulary) if words else None
        if said is None or not said.updates or said.relative or said.sort \
                or any(u.slot != "brands" or u.op not in ("set", "add") for u in said.updates):
            return None
        return steps_back_to_brands(self.state, frozenset().union(*(frozenset(u.value) for u in said.updates)))

    def _nth_on_screen(self, place: int, name: str, res: Resources) -> Phone | None:
        """The phone at `place` (1-based, negative from the end) among the shown phones a loose name names; None when
        fewer of them are shown."""
        named = self._named_on_screen(name, res)
        return named[place - 1 if place > 0 else place] if 0 < abs(place) <= len(named) else None

    def _best_shown(self, sort, res: Resources, among: tuple[Phone, ...] | None = None) -> Answer:
        """Details of the phone on screen (or `among` some phones) that is first by `sort` ("the lightest of these")."""
        return self._detail_answer("details", self._first_shown_by(sort, res, among), res)

    def _shown_reordered(self, sort: Sort, res: Resources) -> Answer:
        """The phones on screen as a list ordered by `sort` (those without the value last, as they were); the answer is
        about its new first phone, the filters stay as they are, and later lists keep the order."""
        phones = self._shown_phones(res)
        if not phones:
            raise RequestError(TEXT[self.language]["no_shown"])
        currency = self.state.currency
        known = [p for p in phones if _sort_value(p, sort.key, currency) is not None]
        known.sort(key=lambda p: _sort_value(p, sort.key, currency) or 0.0, reverse=sort.descending)
        ordered = known + [p for p in phones if p not in known]
        self.state = replace(self.state, sort=sort, offset=0)
        ranking = self._ranking(res)
        facts = MatchFacts(ranking.matching_phones, currency, res.columns, ranking.matching_positions)
        picks = tuple(Pick(p, n + 1, 0.0, pick_reasons(p, facts, self.state),
                           relaxations(broken, self.state) if (broken := violations(p, self.state.constraints)) else ())
                      for n, p in enumerate(ordered))
        self.state = replace(self.state, shown=tuple(p.id for p in ordered), focus=(), compared=(), compared_from="")
        return self._answer("results", res, picks=picks, exact=not any(p.relaxed for p in picks),
                            match_count=len(ranking.matches), focus=(ordered[0],))

    def _first_shown_by(self, sort, res: Resources, among: tuple[Phone, ...] | None = None) -> Phone:
        """The phone on screen (or `among` some phones) that is first by `sort`."""
        phones = self._shown_phones(res) if among is None else among
        known = [(value, p) for p in phones if (value := _sort_value(p, sort.key, self.state.currency)) is not None]
        if not known:
            raise RequestError(TEXT[self.language]["no_shown"])
        return sorted(known, key=lambda pair: pair[0], reverse=sort.descending)[0][1]

    def _best_shown_by(self, weights: Mapping[str, float], res: Resources) -> Phone:
        """The phone on screen that scores best on aspect `weights` (advisor.ranking.aspects; the "budget" need's weigh
        price against battery and performance: value for money), priced phones before unpriced ones."""
        phones = self._shown_phones(res)
        if not phones:
            raise RequestError(TEXT[self.language]["no_shown"])
        scores = res.percentiles.scores([res.catalog.position(p.id) for p in phones], weights, self.state.currency)
        return max(zip(phones, scores.tolist()), key=lambda pair: (pair[0].price(self.state.currency) is not None,
                                                                    pair[1]))[0]

    def _detail_answer(self, kind: str, phone, res: Resources) -> Answer:
        state = self.state
        if kind == "why_not" and phone.id in state.shown:
            kind = "why"  # "why no vivos?" with a Vivo on the list: it is among the picks, so say why it is, not "is not"
        broken = violations(phone, state.constraints)
        ranking = self._ranking(res)
        if broken:
            pick = Pick(phone, 0, 0.0, pick_reasons(phone, ranking.matching_phones or (phone,), state),
                        relaxations(broken, state))
        else:
            position = next((n + 1 for n, r in enumerate(ranking.matches) if r.phone.family == phone.family), 0)
            pick = Pick(phone, position, 0.0, pick_reasons(phone, ranking.matching_phones, state))
        table = comparison((phone,), state) if kind == "details" else None
        if kind == "details" and (rating := self.advisor.rating_label(phone)):
            pick = replace(pick, reasons=pick.reasons + (Reason(rating, kind="prediction"),))
        self.state = replace(state, focus=(phone.id,))
        return self._answer(kind, res, picks=(pick,), exact=not broken, match_count=len(ranking.matches),
                            table=table, focus=(phone,))

    def _resolve(self, ref: int | str, res: Resources, ask: bool = False):
        """The phone a reference points at; with `ask`, a loose name of several shown phones raises _Ambiguous."""
        catalog = res.catalog
        if ref == FOCUS:  # "it", "that one": the phone the last answer was about, else the first shown
            ids = self.state.focus or self.state.shown[:1]
            if not ids:
                raise RequestError(TEXT[self.language]["no_shown"])
            return self._phone(ids[0], res)
        if isinstance(ref, int):
            if not self.state.shown:
                raise RequestError(TEXT[self.language]["no_shown"])
            # negative: counted from the end of the list shown ("the last one", "倒数第二个")
            index = ref - 1 if ref > 0 else len(self.state.shown) + ref
            if not 0 <= index < len(self.state.shown):
                raise RequestError(TEXT[self.language]["unknown_phone"].format(ref=f"#{ref}"))
            return catalog.get(self.state.shown[index])
        if (focused := self.state.focus or self.state.shown[:1]) and BARE_MODEL_NUMBER.fullmatch(ref) \
                and (own := self._phone(focused[0], res)) is not None:
            # "它和12R差在哪": a model number without its maker, beside the phone in focus, is that maker's model
            # (the family ends with it: "12R" is the OnePlus 12R, "7a" beside a Pixel the Pixel 7a)
            number = _norm(ref)
            same_maker = [p for p in catalog if p.brand == own.brand and f" {_norm(p.family)}".endswith(f" {number}")]
            if same_maker:
                return min(same_maker, key=lambda p: len(p.family))
        wanted = _norm(res.vocabulary.resolve_family(ref) or ref)
        shown = self._shown_phones(res)
        if (namesakes := res.vocabulary.namesakes(ref)) and not res.vocabulary.brand_pattern.search(self._message):
            # "tell me about the a54" with a Galaxy A54 on screen (or only Samsung wanted): a model number several makers
            # use is the one of the phones the shopper sees, not the first in the catalog (the Oppo A54 5G); else the
            # one the conversation spoke of before ("2nd one vs the a54" after comparing the pixel 8a and the galaxy a54)
            spoken = {i for state in (self.state, *(step.before for step in self.state.history))
                      for i in (*state.focus, *state.compared)}
            seen = [p for p in shown if (p.brand, p.family) in namesakes] or \
                [p for p in catalog if (p.brand, p.family) in namesakes and p.id in spoken] or \
                [p for p in catalog if (p.brand, p.family) in namesakes and not violations(p, self.state.constraints)]
            if len({p.family for p in seen}) == 1:
                return seen[0]
        # a model named exactly ("一加11" is the OnePlus 11) beats a longer name that holds it ("OnePlus 11 Pro"),
        # on screen or not; a loose name ("that Pixel") is looked for among the shown phones first, and when it
        # names several of them the shopper is asked which (no guess)
        for exact, pool in ((True, shown), (True, catalog), (False, shown), (False, catalog)):
            hits = [p for p in pool if wanted and _norm(p.family) in (wanted, _norm(f"{p.brand} {p.family}"))] if exact \
                else list(_holding(wanted, pool))
            if ask and not exact and pool is shown and len({p.family for p in hits}) > 1:
                raise _Ambiguous(tuple(hits))
            if hits:
                return min(hits, key=lambda p: len(p.family))
        if len(ref) > 3 and ref.endswith("s") and not ref.endswith("ss"):
            # a maker or family said in the plural ("why are there no xiaomis", "how come no pixels"): the name without
            # its "s", tried only once the name as written is nobody's
            try:
                return self._resolve(ref[:-1], res, ask)
            except _Ambiguous:
                raise  # "why so many samsungs?" with two on the list: the shopper is asked which
            except RequestError:
                pass
        raise RequestError(TEXT[self.language]["unknown_phone"].format(ref=ref))

    def _resolve_any(self, ref: int | str, res: Resources):
        if isinstance(ref, str):
            try:
                return res.catalog.get(ref)
            except CatalogError:
                pass  # not an id: a name
        return self._resolve(ref, res)

    def _shown(self, answer: Answer) -> Answer:
        focus = (answer.reference.id,) if answer.reference is not None else ()
        self.state = replace(self.state, shown=tuple(p.phone.id for p in answer.picks), focus=focus)
        return answer

    def _phone(self, phone_id: str, res: Resources):
        try:
            return res.catalog.get(phone_id)
        except CatalogError:  # the catalog was replaced since; the phone is gone
            raise RequestError(TEXT[self.language]["no_shown"]) from None

    def _looked_at(self, res: Resources) -> tuple:
        """The phones a relative word ("cheaper", "a bit bigger", "便宜点") moves away from: the phone(s) the last answer
        was about ("cheaper than that" after the details of one phone is cheaper than that phone, not than the list it
        came from), else the last list shown."""
        return self._focus_phones(res) or self._shown_phones(res)

    def _focus_phones(self, res: Resources) -> tuple[Phone, ...]:
        """The phones the last answer was about that the catalog still has."""
        return _still_listed(res, self.state.focus)

    def _shown_phones(self, res: Resources) -> tuple[Phone, ...]:
        """The phones of the last list answer that the catalog still has."""
        return _still_listed(res, self.state.shown)

    def _with(self, answer: Answer, **fields) -> Answer:
        """`answer` with more fields set (changes, notes), its text rendered again."""
        answer = replace(answer, **fields)
        return replace(answer, text=render_text(answer, self.advisor.resources.catalog))

    def _simple(self, kind: str, res: Resources, language: str | None = None, text: str | None = None) -> Answer:
        if language:
            self.state = replace(self.state, language=_language(language))
        answer = self._answer(kind, res)
        return answer if text is None else replace(answer, text=render_text(answer, res.catalog, headline=text))

    def _answer(self, kind, res: Resources, *, picks=(), exact=True, unsupported=(), relaxed=(), match_count=0,
                comparison_of=None, table=None, reference=None, focus=(), notes=()) -> Answer:
        state = self.state
        if comparison_of is not None:
            table = comparison(comparison_of, state)
            focus = tuple(comparison_of)
            ids = tuple(p.id for p in comparison_of)
            before = state.focus[0] if len(state.focus) == 1 and state.focus[0] in ids else ""
            self.state = state = replace(state, focus=ids, compared=ids, compared_from=before)
        if reference is not None:
            focus = (reference,)
        answer = Answer(kind=kind, text="", language=state.language, currency=state.currency,
                        constraints=state.constraints, filters=filter_lines(state), picks=tuple(picks), exact=exact,
                        relaxed=tuple(relaxed), unsupported=tuple(unsupported), comparison=table,
                        match_count=match_count, reference=reference, notes=tuple(notes), focus=tuple(focus))
        return replace(answer, text=render_text(answer, res.catalog))


class _Ambiguous(RequestError):
    """A loose name that names several of the shown phones; the session asks which instead of guessing."""

    def __init__(self, phones: tuple[Phone, ...]):
        super().__init__(", ".join(p.display_name for p in phones))
        self.phones = phones


def _language(value: str) -> Language:
    """A language the callers name ("en" or "zh") as the conversation's; anything else is refused."""
    if value == "en":
        return "en"
    if value == "zh":
        return "zh"
    raise ValueError(f"The advisor speaks 'en' or 'zh', not {value!r}.")


def _wishes_nothing(request: Request) -> bool:
    """True when a message changes no filter, order or relative wish (it may ask a question)."""
    return not (request.updates or request.sort or request.relative or request.reset)


def _moved_only_taste(before: DialogueState, after: DialogueState) -> bool:
    """True when a turn changed the conversation in nothing but its taste (and the language of the answer)."""
    return replace(after, taste=before.taste, history=before.history, language=before.language,
                   turn=before.turn) == before


def _reads_nothing(request: Request) -> bool:
    """True when no rule and no encoder read anything in a message: no wish, need, question, unsupported feature
    or parser note (a note already tells the shopper what was not used)."""
    return _wishes_nothing(request) and not (request.intents or request.followup or request.unsupported
                                             or request.notes)


def _let_go(brands: frozenset[str], constraints: Constraints) -> tuple[SlotUpdate, ...]:
    """The update that takes `brands` out of the wanted ones, none when none of them is wanted: a removal of brands not
    wanted is read as their refusal (`dropped_as_refused`), and a brand let go of is not refused."""
    return (SlotUpdate("brands", "remove", brands),) if constraints.brands & brands else ()


def _unrefused(update: SlotUpdate, brands: frozenset[str]) -> SlotUpdate:
    """An update without the exclusion of `brands` (a refused exclusion lets them back in)."""
    if (update.slot, update.op) in (("exclude_brands", "add"), ("brands", "remove")):
        return replace(update, value=frozenset(update.value) - brands)
    return update


# any word that puts a figure on a side or around it, before or after it ("around 6.5 inches", "6.5寸左右")
_SIDE_SAID = re.compile(rf"{SIDE_WORD.pattern}|{LO_AFTER}|{HI_AFTER}|左右|上下|(?<![a-z])(?:or\s+so|give\s+or\s+take)(?![a-z])"
                        r"|\d\s*-?ish(?![a-z])")


def _says_side(text: str) -> bool:
    """True when the message says on which side of its figure the wish lies, or that it is about the figure."""
    return bool(_SIDE_SAID.search(text.lower()))


def _in_held_currency(request: Request, text: str, held: Budget | None) -> Request:
    """The request with its budget figures in the currency of the budget `held` in force where the text names none."""
    if held is not None and not names_currency(text):
        # "max 1800 then" in a conversation about dirhams, "预算改成800" in one about dollars: a figure without a
        # currency word is in the currency of the budget in force, not the default of the message's language
        return replace(request, updates=tuple(_in_currency(u, held.currency) for u in request.updates))
    if held is not None and held.currency in RUPEE_MARKETS and names_only_shared_rupees(text):
        # "the budget is 45,000 rupees, not 40,000" in a conversation about Pakistani rupees: rupees with no
        # country named are the rupees of the budget in force, not India's (the parser's default for the word)
        return replace(request, updates=tuple(_in_currency(u, held.currency) if _priced_in(u, "INR") else u
                                              for u in request.updates))
    return request


def _currency_guess_withdrawn(notes: tuple[str, ...], said: Request, read: Request) -> tuple[str, ...]:
    """`notes` less the parser's note that a figure was read as Indian rupees where the conversation read it in the
    currency in force instead ("under 90k" in a talk about Pakistani rupees): that note would now be false."""
    moved = [u.value for u, v in zip(said.updates, read.updates, strict=True)
             if u.slot == "budget" and u.op == "set" and v.value.currency != u.value.currency]
    false = {guessed_rupees_note(x) for budget in moved for x in (budget.lo, budget.hi, budget.around) if x is not None}
    return tuple(n for n in notes if n not in false)


def _priced_in(update: SlotUpdate, currency: str) -> bool:
    """True when the update sets a budget in `currency`."""
    return update.slot == "budget" and update.op == "set" and update.value.currency == currency


def _in_currency(update: SlotUpdate, currency: str) -> SlotUpdate:
    """A budget update read in `currency` (its figures as they were said); other updates as they are."""
    if update.slot == "budget" and update.op == "set" and update.value.currency != currency:
        return replace(update, value=replace(update.value, currency=currency))
    return update


def _without_brands(update: SlotUpdate, brands: frozenset[str]) -> SlotUpdate | None:
    """A brand update without `brands` (None when nothing is left of it); other updates as they are."""
    if update.slot not in ("brands", "exclude_brands") or update.op == "clear":
        return update
    left = frozenset(update.value) - brands
    return replace(update, value=left) if left else None


def _allowed_platform(update: SlotUpdate, constraints: Constraints) -> tuple[SlotUpdate, ...]:
    """A platform allowed beside the one in force ("android is also fine" after "an iPhone") widens the search to both:
    the platform filter goes, and so does Apple as the only brand when it stood for iOS; a platform said on an open
    search, or the one already in force, stays as said."""
    if update.slot != "platform" or update.op != "set":
        return (update,)
    apple_only = constraints.brands == frozenset({"Apple"})
    held = constraints.platform or ("ios" if apple_only else None)
    if held is None or held == update.value:
        return (update,)
    return (SlotUpdate("platform", "clear"),) + ((SlotUpdate("brands", "clear"),) if apple_only else ())


def _of_the_corrected(update: SlotUpdate, slot: str, pair: tuple[float, float] | None) -> bool:
    """True when a correction's update of a figure is the parser's reading of the correction itself: the filter corrected,
    or any budget or spec that holds one of the two figures (`pair`: the old and the new)."""
    if update.slot != "budget" and not update.slot.startswith("spec:"):
        return False
    return update.slot == slot or pair is None or any(_holds(update.value, figure) for figure in pair)


def _drops(update: SlotUpdate) -> bool:
    """True when an update only takes a filter away: a slot cleared, or the 5G need set off ("5G 那個條件先拿掉")."""
    return update.op == "clear" or (update.slot == "needs_5g" and update.value is False)


def _holds(value: object, figure: float) -> bool:
    """True when a bound or budget has `figure` on one of its sides."""
    return isinstance(value, (Bound, Budget)) and any(side is not None and abs(side - figure) < 1e-9
                                                      for side in (value.lo, value.hi))


def _refigures(request: Request, slot: str, figure: float) -> bool:
    """True when the message sets `slot` to a figure other than `figure`."""
    return any(u.slot == slot and u.op == "set" and not _holds(u.value, figure) for u in request.updates)


def _said_around(request: Request, slot: str, figure: float) -> SlotUpdate | None:
    """The parser's budget of `slot` centred on `figure` ("~50k", "around 50k", "大概5万"), if the message said one."""
    return next((u for u in request.updates if u.slot == slot == "budget" and isinstance(u.value, Budget)
                 and u.value.around == figure), None)


def _holding_figure(constraints: Constraints, figure: float) -> list[str]:
    """The filters in force ("budget", "spec:ram_gb", ...) with `figure` on one of their sides."""
    slots = ["budget"] if constraints.budget is not None and _holds(constraints.budget, figure) else []
    return slots + [f"spec:{name}" for name, bound in constraints.specs if _holds(bound, figure)]


def _budget_figure_of_spec(request: Request, constraints: Constraints) -> tuple[tuple[float, str], str] | None:
    """For a message the parser read as a one-sided budget only, whose figure is on a side of exactly one filter in
    force and that filter is a spec's: ((figure, the side said), that spec's slot); None otherwise."""
    if len(request.updates) != 1 or (request.updates[0].slot, request.updates[0].op) != ("budget", "set"):
        return None
    budget = request.updates[0].value
    if not isinstance(budget, Budget) or budget.around is not None or (budget.lo is None) == (budget.hi is None):
        return None
    side = "lo" if budget.lo is not None else "hi"
    figure = budget.lo if budget.lo is not None else budget.hi
    holding = _holding_figure(constraints, figure) if figure is not None else []
    if len(holding) != 1 or not holding[0].startswith("spec:"):
        return None
    return (figure, side), holding[0]  # type: ignore[return-value]


def _names_excluded(request: Request, constraints: Constraints) -> bool:
    """True when the message wants a brand that the constraints exclude."""
    return any(u.slot == "brands" and u.op in ("set", "add") and frozenset(u.value) & constraints.exclude_brands
               for u in request.updates)


def _repeats_the_feature(split: tuple[str, str], aside: Request, res: Resources) -> bool:
    """True when the filters an aside after a question names are only the feature the question asks about ("does it
    support 5g? i think jazz has 5g in lahore now"): the aside says why it is asked, it wishes for no such phones."""
    question, said = (set(re.findall(r"[a-z0-9]+", part.lower())) for part in split)
    return understand(" ".join(sorted(question & said)), res.vocabulary).updates == aside.updates


def _refigured(update: SlotUpdate, old: float, new: float) -> SlotUpdate:
    """A budget or spec update with `new` on the side that holds `old` ("not 2000" read as a wish for 2000); other
    updates as they are."""
    value = update.value
    if update.op != "set" or not isinstance(value, (Bound, Budget)):
        return update
    lo, hi = (new if side is not None and abs(side - old) < 1e-9 else side for side in (value.lo, value.hi))
    if (lo, hi) == (value.lo, value.hi):
        return update
    return replace(update, value=replace(value, lo=lo, hi=hi))


_BRAND_SLOTS = ("brands", "exclude_brands")  # the filters a brand's wish or refusal is in


def _names_a_feature(parsed: Request) -> bool:
    """True when a parsed phrase asks only for 5G or spec bounds ("5g", "12gb ram"), no phone, brand or kind."""
    return bool(parsed.updates) and parsed.followup is None and \
        all(u.slot == "needs_5g" or u.slot.startswith("spec:") for u in parsed.updates)


def _filters_from(current: Constraints, earlier: Constraints, slots: tuple[str, ...],
                  brands: frozenset[str] = frozenset()) -> Constraints:
    """`current` with the filters named by `slots` ("budget", "spec:ram_gb", "needs_5g", ...) as `earlier` had them;
    with `brands`, a brand slot takes back only those brands' places in it (other brands changed since stay)."""
    specs = dict(current.specs)
    for slot in slots:
        if brands and slot in _BRAND_SLOTS:
            had: frozenset[str] = getattr(earlier, slot)
            current = replace(current, **{slot: (getattr(current, slot) - brands) | (had & brands)})
        elif slot.startswith("spec:"):
            name = slot[5:]
            bound = earlier.spec(name)
            if bound is None:
                specs.pop(name, None)
            else:
                specs[name] = bound
        else:
            current = replace(current, **{slot: getattr(earlier, slot)})
    return replace(current, specs=tuple(sorted(specs.items())))


def _misheard_out(update: SlotUpdate, brands: frozenset[str], devices: frozenset[str]) -> SlotUpdate:
    """A correction's update without the brands or device kinds it says were not meant; a device kind
    named only after "not" ("a phone, not a tablet") leaves the wanted devices."""
    if update.slot == "brands" and update.op in ("set", "add") and brands:
        return replace(update, value=frozenset(update.value) - brands)
    if update.slot == "devices" and update.op in ("set", "add") and devices & frozenset(update.value):
        kept = frozenset(update.value) - devices
        return replace(update, value=kept) if kept else SlotUpdate("devices", "remove", devices)
    return update


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def _sort_value(phone, key: str, currency: str) -> float | None:
    if key == "price":
        return phone.price(currency)
    if key == "performance":
        return phone.chip_score
    return phone.spec(key)


def _still_listed(res: Resources, phone_ids: Iterable[str]) -> tuple[Phone, ...]:
    """The phones of `phone_ids` that the catalog still has (it may have been replaced since they were shown)."""
    phones = []
    for phone_id in phone_ids:
        try:
            phones.append(res.catalog.get(phone_id))
        except CatalogError:
            continue
    return tuple(phones)


def _size(brands: frozenset[str]) -> int:
    """How many makers a name names."""
    return len(brands)



def _kind_named(ref: str, res: Resources) -> Callable[[Phone], bool] | None:
    """Which phones a name stands for when it names makers (as written, or in the plural: "xiaomis", "samsungs") or a
    kind of device ("foldables", "平板") rather than a model; None for a model's name ("galaxy z flip 5" names a model,
    though "z flip" alone is a foldable). Only kinds the catalog has."""
    low = ref.lower().strip()
    if res.vocabulary.resolve_name(low):
        return None
    plural = low[:-1] if low.endswith("s") and not low.endswith("ss") else ""
    aliases = res.vocabulary.aliases
    makers = aliases.get(low) or aliases.get(plural) or frozenset()
    rest = res.vocabulary.brand_pattern.sub(" ", low).strip()
    device = device_named(low) or (device_named(rest) if rest else None)
    if device is not None and not makers:  # "ipads", "galaxy tabs", "samsung tablets": a maker's line of that device
        makers = frozenset(b for m in res.vocabulary.brand_pattern.finditer(low) for b in aliases.get(m.group(), ()))

    def of_kind(phone: Phone) -> bool:
        return (not makers or phone.brand in makers) and (device is None or phone.device == device)

    return of_kind if (makers or device) and any(map(of_kind, res.catalog)) else None


def _how_far(broken: list) -> tuple[float, int, float]:
    """How far a phone is from the filters: the cost of what it breaks, how many, then by how much (relative)."""
    relative = sum(v.amount / max(abs(v.bound.lo if v.bound.lo is not None else v.bound.hi or 1.0), 1e-9)
                   for v in broken if v.amount is not None and v.bound is not None)
    return sum(v.cost for v in broken), len(broken), relative


def _is_command(text: str) -> bool:
    """Whether the message is a slash command ("/reset", "/start"): a new shopper, rather than words typed to the advisor."""
    return text.lstrip().startswith("/")
