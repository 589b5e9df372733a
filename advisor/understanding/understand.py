"""Turn one shopper message (English or Chinese) into a `Request`.

`understand(text, vocabulary)` reads, in this order: follow-ups about shown phones, clears and
"start over", features we cannot filter on, superlatives, budgets with a currency, numeric specs,
budgets without one, chipset, 5G, platform, device type, brands, relative requests and vague
intents. Each step masks the words it understood (see advisor/understanding/scan.py), so a phrase
is read once: "cheaper than $300" is a budget, not also "cheaper".

SlotUpdates emitted (values as advisor.dialogue.state expects them):
- ("budget", "set", Budget): Budget.currency is the market to read prices in; "around X" gives
  around=X, lo/hi = X -+15%; a bare amount ("$300") is a ceiling.
- ("brands", "set" | "add" | "remove", frozenset[str]) and ("exclude_brands", "add", frozenset[str]);
  an exclusion also emits ("brands", "remove", same set). Brands are spelled as in the catalog.
- ("platform", "set", "android" | "ios"); ("chipset", "set", str): a catalog chipset name, a family
  ("Dimensity", "Snapdragon", "MediaTek", "Apple") or, for an unknown model, the name as written.
- ("devices", "set", frozenset of "phone"/"foldable"/"tablet") or ("devices", "remove", {"tablet"}).
- ("needs_5g", "set", bool); ("spec:<name>", "set", Bound) for the specs in catalog.NUMERIC_SPECS.
- (slot, "clear") for "ignore the budget", "any brand" (brands and exclude_brands), "any size"
  (spec:screen_in plus ("intents", "remove", {"compact", "big_screen"})), ...
Orderings go to Request.sort, intents to Request.intents (never as SlotUpdates).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from advisor.catalog.aliases import load_aliases, load_series_words
from advisor.catalog.model import Catalog, Phone
from advisor.errors import RequestError
from advisor.understanding.bounds import HI_AFTER, LO_AFTER, to_bound
from advisor.understanding.brands import (
    BrandChanges,
    Series,
    any_of_maker,
    find_brands,
    find_excluded_series,
    find_wanted_series,
    glosses_brand,
    numbered_series,
    series_names,
)
from advisor.understanding.clauses import break_spaced_clauses
from advisor.understanding.features import (
    CHIP_FAMILIES,
    ChipChanges,
    chip_key,
    find_5g,
    find_chipset,
    find_devices,
    find_platform,
    series_members,
)
from advisor.understanding.followups import find_followup
from advisor.understanding.lexicon import (
    INTENT_PHRASES,
    RELATIVES,
    SORTS,
    UNKNOWN_ASPECT_ZH,
    UNKNOWN_SORT,
    UNKNOWN_SUPERLATIVES,
    UNSUPPORTED,
    PhraseTable,
)
from advisor.understanding.money import BudgetFinder
from advisor.understanding.normalize import (
    Guess,
    Speller,
    an_indian_scale,
    and_a_half,
    arabic_chip_models,
    arabic_decimals,
    arabic_inches,
    aspect_wise,
    bare_terabytes,
    bars,
    bracketed_sets,
    chat_spellings,
    chinese_digit_years,
    choices_between,
    cross_marks,
    currency_before_tolerance,
    currency_ish,
    decimal_commas,
    dotted_thousands,
    english_numerals,
    expand_abbreviations,
    faces,
    figures_taken_back,
    full_certainty,
    grouped_thousands,
    hyphened_sides,
    is_english_word,
    joined_units,
    maker_glosses,
    opening_tildes,
    pauses,
    separated_figures,
    shared_units,
    short_directions,
    simplified,
    smallest_sizes,
    spelled_arrows,
    spelled_places,
    stops_after_decimals,
    than_for_then,
    undotted_abbreviations,
    unit_glosses,
    word_typos,
    zeros_for_os,
)
from advisor.understanding.numbers import small_number
from advisor.understanding.pattern_words import pattern_words
from advisor.understanding.request import (
    DEFAULT_DEVICES,
    INTENTS,
    SLOTS,
    Bound,
    Constraints,
    Relative,
    Request,
    SlotUpdate,
    Sort,
)
from advisor.understanding.scan import KIN_EN_WORD, KIN_ZH, MASK, Scan, has_cjk, latin_alt, normalize
from advisor.understanding.specs import SCREEN_TOLERANCE, SpecFinder
from advisor.understanding.superlatives import ZH_NOUNS
from advisor.understanding.talk import find_clears, find_reset

_NO_PLURAL = frozenset({"pixel"})  # "more pixels" is about cameras, not Google ...
# ... unless no quantity word stands before it: "Pixels only", "no pixels" are Google's phones
_COUNTED = r"(?<![\w])(?<!more\s)(?<!million\s)(?<!mega\s)(?<!higher\s)(?<!of\s)(?<!\d\s)"

_EITHER = re.compile(r"(?<![a-z])(?:or|either)(?![a-z])|或者|或是|或|还是")


MAX_CHARS = 2000
"""Only this much of a message is read; the rest is noted and ignored."""

# a verdict on a kind of phone, not a wish: "the newer ones r decent", "the cheaper models are fine too", "older ones
# were solid": the comparative names the phones judged, and had been read as a step past the shown ones
_VERDICT_ON_KIND = re.compile(r"""
    (?<![a-z])(?:the|those|these)\s+(?:newer|older|cheaper|pricier|bigger|larger|smaller|lighter|heavier|faster|latest|recent)
    \s+(?:ones|models|phones|versions|gens?|generations)\s+(?:are|r|'re|were|seem|look|got)\s+(?:pretty\s+|really\s+|quite\s+|kinda\s+)?
    (?:decent|good|fine|ok(?:ay)?|great|solid|nice|alright|reliable|better|not\s+bad|legit)(?![a-z])
    """, re.VERBOSE)

# a thing the shopper says they don't know, not a wish: "骁龙的我不太懂", "高通那些我也不了解", "曲面屏我不熟": the words
# before "我不懂" name it and are set aside (a wish said before them stands apart: "要骁龙的 我不懂这些" keeps 骁龙)
_UNFAMILIAR_ZH = re.compile(r"""
    (?:(?<=^)|(?<=[\s,，。;；!！?？、]))(?!要|想要|必须|只要)[^\s,，。;；!！?？、]{1,10}?
    (?:的|那些|这些|那种|这种|啥的)?我(?:也|都|实在|真)?(?:不太|不怎么|不大|不是很|不是太|不|没)(?:懂|了解|熟悉?|清楚|研究(?:过)?)
    """, re.VERBOSE)

# someone's first phone ever, not the first phone on the list: "her first phone", "my son's very first smartphone",
# "给闺女买她第一部手机", "人生第一台手机"; an owner (a pronoun or a relative) stands before "first"
_FIRST_PHONE_OF = re.compile(rf"""
    (?<![a-z])(?:(?:my|her|his|their|your|our)\s+(?:{KIN_EN_WORD}['’]s\s+)?|{KIN_EN_WORD}['’]s\s+)(?:very\s+)?first\s+(?:ever\s+)?
      (?:smart\s*)?(?:phone|cell\s*phone|mobile|smartphone)(?![a-z])
    | (?:{KIN_ZH}|闺女|她|他|我|俺|佢|自己|人生)(?:的)?(?:人生)?(?:第一|头一)(?:部|台|个|支|款)?(?:智能)?手机
    """, re.VERBOSE)

# a figure of phones owned before, said as the reason for the wish beside it: "the 3gb ones my old cashier had were
# laggy", "my 4gb one lagged", "those 64gb phones we had filled up"; a past verb in the same clause says they were owned
# ("show me the 8gb ones" is a wish)
_OWNED_FIGURE = re.compile(r"""
    (?<![a-z])(?:the|those|my|our|his|her|their)\s+(?:(?:old|previous|current|last)\s+)?\d+(?:\.\d+)?\s*(?:gb|g|tb|mah|mp)
      (?:\s+(?:ram|storage|battery|camera))?\s+(?:ones?|phones?|models?|handsets?)(?![a-z])
    (?=(?:\s+[a-z']+){0,4}?\s+(?:had|has|were|was|lagged|lags|used\s+to|kept|died|broke|filled|hung|froze)(?![a-z]))
    """, re.VERBOSE)

_PAYER = re.compile(r"""
    (?<![a-z'])(?:my\s+|our\s+)?(?:dad|daddy|papa|mom|mommy|mum|mummy|mama|father|mother|parents?|grand(?:ma|pa|mother|father|parents?)
       |granny|nana|uncle|aunt(?:ie|y)?|brother|sister|husband|wife|boss|company|office|employer)
    \s+(?:(?:is|are|was|were|will|would|has|have|just|kindly)\s+)?
    (?:gave|give[sn]?|giving|pa(?:ys?|id|ying)|fund(?:s|ed|ing)?|sponsor(?:s|ed|ing)?|cover(?:s|ed|ing)?|chip(?:s|ped|ping)?\s+in
       |sen[dt]s?|lent|lends?|(?:buy(?:s|ing)?|bought|get(?:s|ting)?|got)(?=\s+me(?![a-z])))
    (?:\s+(?:me|us)(?![a-z]))?(?:\s+(?:for\s+(?:it|this|the\s+phone))(?![a-z]))?(?![a-z])
    # "我爸出钱", "我妈给我3000", "爸妈给的预算", "公司报销": the Chinese payer, before the verb of paying
    | (?:我|俺|咱)?(?:老爸|老妈|爸爸?|妈妈?|爸妈|父母|爷爷|奶奶|外公|外婆|老公|老婆|公司|老板)
      (?:说|会|就|已经|答应)?(?:出钱|给钱|付钱|掏钱|买单|报销|赞助|给(?:了)?(?:我)?(?:的)?(?=\s*(?:钱|预算|\d|[一二两三四五六七八九十]|\x00)))
    """, re.VERBOSE)
"""A relative (or an employer) said to pay for the phone: "my dad gave me", "mom is paying", "my boss is buying me",
"我爸出钱"; the payer is not the user."""

# Read before anything else: titles and words that contain a brand or a number ("王者荣耀", "千元机").
# "两千元机", "三千元机" are phones of that price, read by money.py: only 千元机 and 百元机 said alone are budget phones
_EARLY_INTENTS = PhraseTable({"gaming": ["王者荣耀", r"honou?r\s+of\s+kings"],
                              "budget": [r"(?<![\d一二两三四五六七八九十])千元机", r"(?<![\d一二两三四五六七八九十])百元机"]})


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The names the parser knows: brands and their aliases, chipsets, model families."""

    brands: frozenset[str]
    aliases: Mapping[str, frozenset[str]]  # lower-cased alias or brand -> brands as the catalog spells them
    chipsets: frozenset[str]
    families: Mapping[str, tuple[tuple[str, str], ...]]  # key ("pixel8a", "googlepixel8a") -> (brand, family)s
    reference_year: int  # "this year"; the newest launch year in the catalog
    brand_pattern: re.Pattern[str] = field(repr=False)
    chip_keys: Mapping[str, str] = field(repr=False)
    speller: Speller = field(repr=False)
    chip_scores: Mapping[str, float] = field(default_factory=dict, repr=False)  # catalog chipset -> benchmark score
    series: Mapping[str, tuple[Series, ...]] = field(default_factory=dict, repr=False)  # "nord" -> OnePlus Nord
    series_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    numbered: Mapping[str, Series] = field(default_factory=dict, repr=False)  # "Xiaomi" -> its numbered series
    # a model number without its series word ("a34" -> Samsung Galaxy A34): read only when no full name matches
    short_families: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)
    family_years: Mapping[str, int] = field(default_factory=dict, repr=False)  # family -> its launch year

    @classmethod
    def from_catalog(cls, catalog: Catalog, aliases_path: Path, *, reference_year: int | None = None) -> Vocabulary:
        """Vocabulary of a catalog plus the brand aliases file (data/aliases.csv)."""
        phones = list(catalog)
        years = [p.year for p in phones if p.year]
        return cls.build(
            brands=catalog.brands,
            families=((p.brand, p.family) for p in phones),
            chipsets=(p.chipset for p in phones if p.chipset),
            aliases=load_aliases(aliases_path),
            reference_year=reference_year or (max(years) if years else datetime.date.today().year),
            chip_scores={p.chipset: p.chip_score for p in phones if p.chipset and p.chip_score is not None},
            series_words=load_series_words(aliases_path),
            family_years=_launch_years(phones),
        )

    @classmethod
    def build(cls, brands: Iterable[str], families: Iterable[tuple[str, str]], chipsets: Iterable[str],
              aliases: Mapping[str, frozenset[str]], reference_year: int,
              chip_scores: Mapping[str, float] | None = None,
              series_words: Mapping[str, str] | None = None,
              family_years: Mapping[str, int] | None = None) -> Vocabulary:
        """Vocabulary from plain names: (brand, family) pairs, chipset names, alias -> brands,
        chipset -> benchmark score (for "Snapdragon 8 Gen 2 or better"), family -> launch year ("iPhone 13 or
        newer")."""
        brand_set = frozenset(brands)
        spelling = {b.casefold(): b for b in brand_set}
        table: dict[str, frozenset[str]] = {b.lower(): frozenset({b}) for b in brand_set}
        for alias, named in aliases.items():
            table[alias] = frozenset(spelling.get(b.casefold(), b) for b in named)
        family_keys: dict[str, dict[tuple[str, str], None]] = {}
        short_keys: dict[str, dict[tuple[str, str], None]] = {}
        family_pairs = list(families)
        for brand, family in family_pairs:
            for key in (_name_key(family), _name_key(f"{brand} {family}")):
                family_keys.setdefault(key, {})[(brand, family)] = None
            series_word, _, rest = family.partition(" ")
            if series_word.isalpha() and _MODEL_CODE.fullmatch(_name_key(rest)):
                short_keys.setdefault(_name_key(rest), {})[(brand, family)] = None
            # a one-letter line inside the series is dropped too: "Fold5" is the Galaxy Z Fold 5, "Flip 5" its Z Flip 5
            line, _, model = rest.partition(" ")
            if series_word.isalpha() and len(line) == 1 and line.isalpha() and _MODEL_CODE.fullmatch(_name_key(model)):
                short_keys.setdefault(_name_key(model), {})[(brand, family)] = None
        chips = frozenset(chipsets)
        chip_keys: dict[str, str] = {}
        for chip in sorted(chips):
            key = chip_key(chip)
            chip_keys.setdefault(key, chip)
            chip_keys.setdefault(re.sub(r"(bionic|pro)$", "", key), chip)
        # Latin aliases also match their plural or possessive ("iPhones", "Samsung's")
        # an alias that starts with a digit ("1+") never starts inside a number ("6.1+ inch") or a Latin word; after
        # a Chinese character it may ("想要1加")
        words = [(r"(?<![a-z0-9_.])" if alias[0].isdigit() else "") + r"\s+".join(map(re.escape, alias.split())) +
                 (r"(?:'?s)?" if alias[-1].isascii() and alias[-1].isalnum() and alias not in _NO_PLURAL else "")
                 for alias in table]
        words += [rf"{_COUNTED}{re.escape(alias)}s" for alias in table if alias in _NO_PLURAL]
        series = series_names(family_pairs, table)
        speller = Speller(table, patterns=pattern_words(), names=series)
        for word, name in (series_words or {}).items():  # "红米" says the Redmi series, a sub-brand's own
            if name.lower() in series:
                series[word] = tuple(replace(s, sub_brand=True) for s in series[name.lower()])
        series_alt = latin_alt(r"\s+".join(map(re.escape, name.split())) for name in series)
        # "Galaxy w/ a 200MP camera": the "w" of "w/" (with) is no letter of a series name ("Galaxy W")
        series_pattern = re.compile(rf"(?:{series_alt})(?!\s*\d)(?!(?<=\sw)/)") if series else None
        families_by_key = {k: tuple(v) for k, v in family_keys.items()}
        return cls(brand_set, table, chips, families_by_key, reference_year, re.compile(latin_alt(words)), chip_keys,
                   speller, dict(chip_scores or {}), series, series_pattern, numbered_series(family_pairs),
                   {k: tuple(v) for k, v in short_keys.items()}, dict(family_years or {}))

    def resolve_family(self, fragment: str) -> str | None:
        """The catalog family a name fragment means ("google pixel 8a 128gb" -> "Pixel 8a"), or None."""
        named = self.resolve_name(fragment)
        return named[0][1] if named else None

    def family_resolver(self, text: str) -> Callable[[str], str | None]:
        """`resolve_family` for the names of one message: a model number several makers use ("a54": Oppo A54 5G,
        Samsung Galaxy A54) is read as the maker's that has every model number the message names ("is the a54
        better than the a34?": only Samsung has both)."""
        makers = [found for code in dict.fromkeys(_MODEL_CODE.findall(text.lower()))
                  if (found := {brand for brand, _ in self.resolve_name(code, every=True)})]
        shared = set.intersection(*makers) if len(makers) > 1 else set()

        def resolve(fragment: str) -> str | None:
            named = self.resolve_name(fragment, every=bool(shared))
            preferred = [pair for pair in named if pair[0] in shared] or list(named)
            return preferred[0][1] if preferred else None

        return resolve

    def namesakes(self, family: str) -> tuple[tuple[str, str], ...]:
        """The (brand, family) pairs that share the model number `family` is named by alone ("A54 5G": Oppo A54 5G and
        Samsung Galaxy A54), so that a caller who knows which phones the shopper sees can take the one meant; () when no
        other maker uses it or a series word says whose it is."""
        words = [w for w in family.lower().split() if w not in ("4g", "5g")]
        if len(words) != 1 or not _MODEL_CODE.fullmatch(words[0]):
            return ()  # a series word says whose it is ("Galaxy A54")
        pairs = self.resolve_name(words[0], every=True)
        return pairs if len({brand for brand, _ in pairs}) > 1 else ()

    def resolve_name(self, fragment: str, *, every: bool = False) -> tuple[tuple[str, str], ...]:
        """The (brand, family) pairs a phone name means: "Nokia T21", "pixel 8a 128gb", "一加12" (a brand
        alias narrows the brand), in catalog order; () when it names no family. A model number without its
        series word ("a34" for Galaxy A34) is read only when no full name matches; with `every`, its pairs
        follow those of the full names. The one name resolver of the chat and the shop owner's `data show`."""
        key = _name_key(re.sub(r"\d+\s*(?:gb|tb)$", "", fragment.strip().lower()))
        if not key:
            return ()
        candidates: list[tuple[str, frozenset[str] | None]] = [(key, None)]
        for alias, alias_brands in self.aliases.items():
            if key.startswith(k := _name_key(alias)) and len(key) > len(k):
                rest = key[len(k):]
                # "一加12" is "OnePlus 12", "红米note13" is "Redmi Note 13": the rest after the brand's other names too
                candidates += [(rest, alias_brands)] + [(_name_key(other) + rest, alias_brands)
                                                        for other, named in self.aliases.items()
                                                        if other.isascii() and named & alias_brands]
        found: dict[tuple[str, str], None] = {}
        for table in (self.families, self.short_families):
            for candidate, brands in candidates:
                # catalogs often name the network generation ("A55 5G"); shoppers rarely do
                for spelled in (candidate, candidate + "5g", candidate + "4g"):
                    pairs = [pair for pair in table.get(spelled, ()) if brands is None or pair[0] in brands]
                    if pairs and not every:
                        return tuple(pairs)
                    found.update(dict.fromkeys(pairs))
        return tuple(found)


def _rating_named(feature: str, text: str) -> str:
    """"IP67 water resistance" when the shopper named IP67; IP68 is the usual ask otherwise."""
    if feature == "IP68 water resistance" and (m := _IP_RATING.search(text)):
        return f"{m.group(0).upper().replace(' ', '')} water resistance"
    return feature


_IP_RATING = re.compile(r"(?<![a-z])ip\s?(?:[56][0-9]|x[4-8])(?!\d)")


# a count is a whole numeral: "first 六千块" is an amount after "first", not six phones and a thousand
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[一两二三四五六七八九十])(?![\d十百千万亿])"
# "top 3 heaviest", "show the 3 heaviest", "3 lightest phones": a count right before a superlative, after "top",
# "the" or a verb of showing or at the clause's start (not "iPhone 15 cheapest")
_TOP_BEFORE = re.compile(rf"""
    (?: (?P<top>(?<![a-z])(?:the\s+)?(?:top|first)\s+)                  # "top 3", "the first 3"
      | (?<![a-z])(?:the|show(?:\s+me)?|give\s+me|list|see)\s+          # "show me 3", "the 3"
      | (?:^|[,;:]\s*)                                                 # a clause's start
    )
    (?P<n>{_COUNT})\s+$                                                # the count, right before the superlative
    """, re.VERBOSE)
# "电池最大的那款": the one a superlative picks, not a phone on screen
_TOP_BY = re.compile(rf"(?:the\s+)?(?:top|best)\s+(?P<n>{_COUNT})(?=\s+(?:(?:phones|ones|models|picks|options|results)\s+)?by\s)")
# "top 5 phones in 300", "the top 3 under 20k": a count bounded by an amount after it asks for that many phones in that
# price, not the first positions of a list on screen (nor "top" phones, a flagship)
_TOP_PRICED = re.compile(rf"""
    (?<![a-z])(?:the\s+)?top\s+(?P<n>{_COUNT})(?:\s+(?:phones?|mobiles?|smartphones?|ones|models|options|picks))?
    (?=\s+(?:in|under|below|within|upto|up\s+to|less\s+than|for|around|budget|max)\s*(?:rs\.?|inr|usd|pkr|aed|[$₹¥])?\s*\d)
    """, re.VERBOSE)
_THE_ONE = re.compile(r"\s*(?:的)?\s*(?:那|这)(?:一)?(?:款|个|台|部|只)")
_TOP_AFTER = re.compile(rf"""
    (?:\s|的|款|手机|机型)*前(?P<n>{_COUNT})(?:个|款|部|台|名)?              # "电池最大的前3款"
    | [\s,]+(?:top|first)\s+(?P<m>{_COUNT})(?![a-z])                     # "lightest, top 3"
    | \s+(?P<k>{_COUNT})\s+(?:phones?|ones|models|options|picks)(?![a-z])  # "cheapest 3 phones"
    """, re.VERBOSE)
# "the cheapest 5 samsungs", "the 4 lightest motorolas": a count before a name said in the plural; the name stays unread
# for the brand readers
_COUNT_OF_NAMED = re.compile(rf"\s+(?P<n>{_COUNT})(?=\s+(?P<name>[a-z]+)s(?![a-z]))")


# a point or a colon before a figure is inside a side: "6.7", "ram: 8GB+"
# (a colon before the side's requirement and its figure stays inside it too: "a Samsung: min storage 1TB or an Honor: at
# least main camera 48MP")
_INNER = r"\.(?=\d)|[:：](?=\s*\d)|(?<=[a-z])[:：](?=\s*[a-z][^,;:?!.。，；：？！\x00]{0,30}?\d)"
_SIDE = rf"(?:[^,;:?!.。，；：？！\x00]|{_INNER})+"  # a clause part; "6.7" keeps its point
# without spaces, except between a figure and a Latin word: "带8GB的华为或者小米 最新款的", "存储达到64 GB", "vivo 3000以内",
# or a figure and its Chinese unit: "屏幕为6.5 英寸或以上", "3000 元"
_ZH_UNIT = r"(?:英寸|英吋|寸|吋|毫安|克|元|块|百万|万|千|像素|个)"
# (a figure's Chinese scale may come before the space: "5000万 像素"); a 、 goes on into the side only before a spec's
# noun, as the side's brand and what it wants ("荣耀、前置最少16MP或者Tecno…"; "荣耀、小米或者三星" lists brands)
_SPEC_NOUN_NEXT = "|".join(sorted({noun for nouns in ZH_NOUNS.values() for noun in nouns.split("|") if not noun.isascii()},
                                  key=len, reverse=True))
_WORD_SIDE = (rf"(?:[^,;:?!.。，；：？！、\x00\s]|{_INNER}|(?<=\d)\s+(?=[a-z])|(?<=[a-z])\s+(?=\d)"
              rf"|(?<=[\d百千万])\s+(?={_ZH_UNIT})|、(?=(?:{_SPEC_NOUN_NEXT}))"
              # or a Latin unit and the Latin noun it measures: "联想带8GB RAM内存起步"
              rf"|(?<=gb|mp)\s+(?=(?:ram|rom|storage|memory|main|front|selfie|camera)(?![a-z])))+")
# a Chinese side may go on after a comma with what it wants: "三星Galaxy，要运行内存8GB"
_ZH_SIDE = rf"{_WORD_SIDE}(?:[,，]\s*要{_WORD_SIDE})?"
_CLAUSES = rf"(?:[^;:?!.。；：？！\x00]|{_INNER})+"  # clause parts joined by commas
_CLAUSE_SIDE = rf"(?:[^,;:?!.。，；：？！\x00]|{_INNER})+?"  # one clause part
# words that offer a clause as one acceptable choice ("…也行", "…的话", "… also ok"); without them two clauses with two
# brands may be an owned phone and a wish ("my old phone was a Samsung with 4GB RAM, now I want a Pixel with 8GB")
# ("…也凑合", "…将就": will make do)
_CHOICE_SAID = re.compile(r"也行|也可以|可以|都行|都可以|也成|都成|的话|也好|备选|能接受|可接受|凑合|将就|(?<![a-z])(?:also|too|works|would\s+do|is\s+(?:fine|ok|okay)|fine\s+too|"
                          r"as\s+(?:a\s+)?(?:backup|fallback|plan\s+b|second\s+choice)|acceptable|fallback|backup|will\s+do|"
                          r"would\s+work|ok\s+too|okay\s+too|(?:my|a|the)\s+(?:second|2nd|next)\s+(?:choice|option|pick)|plan\s+b)(?![a-z])")
# the clause after or before a side, past a comma or a space ("三星 运存≥12G 或者 谷歌 存储≥256G")
_NEXT_CLAUSE = re.compile(rf"(?:\s*,\s*|\s+)(?P<c>{_WORD_SIDE})")
# ... or a whole English clause after a comma, spaces and brackets included: "or an Oppo, RAM (memory) 6GB or better"
_NEXT_EN_CLAUSE = re.compile(rf"\s*,\s*(?P<c>{_SIDE})")
_CLAUSE_BEFORE = re.compile(rf"(?P<c>{_WORD_SIDE})(?:\s*,\s*|\s+)$")
# an "or" that opens a bound word of the shared table ("4000mAh or less", "2021 or before", "or so") or stands inside
# one ("1200 dirhams give or take") is no choice; written for re.VERBOSE, as _EITHER_SIDES' English patterns are
# words that offer the second side as a fallback ("otherwise", "failing that", "不然", "实在不行"): what the first side
# requires is its own, even when the second side names only a brand ("华为的话要256G，不然小米也行")
# ("else" alone only after a comma: "a Samsung with 12GB RAM, else a Pixel", not "nothing else")
# ... or as what the shop may lack: "if not available", "and if that's not possible", "or if you don't have (it)"
_EN_FALLBACK = r"""(?:(?:(?:or|and)\s*,?\s*)?(?:otherwise|failing\s+(?:that|which)|if\s+not(?:\s+(?:that|available|possible))?
                    |if\s+(?:that|it)(?:'?s|\s+is)\s+not\s+(?:possible|available)|if\s+you\s+don'?t\s+have(?:\s+(?:it|that|one))?)
                    |or\s+(?:else|instead|as\s+a\s+(?:backup|fallback))|(?<![a-z]\s)else)(?![a-z])"""
# ("要不" is no "or" when its 不 negates a comparison: "电池要不少于4000毫安" is "must be no less than");
# (a lone "要么" after the first side says the same: "5000毫安的诺基亚，要么就vivo（主摄2亿起）"; said twice it is 要么…要么)
# ... Cantonese 要唔系就 (要不是就: "or else") is one too, though 要不是 alone is "were it not for"
_ZH_FALLBACK = (r"(?:要不然|要不是就(?:是)?|要不(?!是|[少低小超高多大能得会可要够足差弱输短])|再不然|不然|否则|(?:实在)?不行(?:的话)?(?:就)?|再不济|退而求其次|没有的话|(?:如果|要是|假如|实在)没有(?:的话)?(?:就)?|备选(?:是)?|次选(?:是)?"
                r"|要么(?:就是|就|是)?|另(?:一|外一)个(?:选择|选项|方案)(?:是|就是)?)")  # "…，另一个选择是…": the other choice
_BUT = r"(?:but\s|但是|但|不过)"
# "或者" before a bound word or a comparison is part of it: "2022年或者更早", "或者以上", "870或者比它更强的"
_NOT_A_BOUND = r"(?!\s*(?:比|更|以[上下内前后]|之[前后]))"
_ZH_OPENS_SIDE = re.compile(rf"\s*(?:{_ZH_FALLBACK}|(?:或者|或是){_NOT_A_BOUND}|还是|或(?![者是以之更及比]))")
_EN_OR = rf"""(?:
    (?<!give)(?:[,;]\s*|\.{{1,3}}(?!\d)\s*|…\s*|\s+[-–—]\s+|\s*\(\s*|\s+)              # the gap before the "or" ("... or maybe")
    (?!{LO_AFTER}|{HI_AFTER}|or\s+(?:so|thereabouts|before|after)(?![a-z]))          # not a bound word: "or less"
    (?P<c>{_EN_FALLBACK}|or(?:\s+(?:maybe|perhaps|possibly))?|alternatively|or\s+alternatively)
    [,\s]\s*
    | \s*(?<!\bw)/\s*                                                                  # "a Pixel … / a OnePlus …", not "w/"
    | \s*[-–—]or[-–—]\s*                                                  # "a Motorola … -or- a Nokia …"
    )"""
_EN_ARTICLE = r"(?:a|an|any|some|anything|something)\s+"
_NOT_INSIDE = r"(?<!with\s)(?<!w/\s)(?<!least\s)(?<!has\s)(?<!having\s)(?<!of\s)(?<!packing\s)(?<!sporting\s)(?<!featuring\s)"
# ... or a word that any one of them will do, bracketed or not: "(one of them)", "any of those", "whichever"
_EN_END = (r"\s*(?:[,;?!]|\.(?!\d)|thanks|thank\s+you|please|cheers|either\s+works|$"
           r"|\(?\s*(?:(?:any|one|either)\s+of\s+(?:them|those|these|the\s+two)|whichever)(?![a-z]))")
# A side without an article starts after "either" or at the start of a clause ("Huawei with 8GB RAM, or Samsung
# with a 50MP camera"), stops before "and", which adds a requirement for both ("either Xiaomi or Infinix and a
# foldable"). A clause that opens with a negation negates both sides ("no foldables or tablets"): no choice.
_EN_NEGATED = r"(?:no|not|without|never|neither|nothing|avoid|don'?t|do\s+not|except|exclude|excluding)(?![a-z])"
_EN_BARE_SIDE = rf"(?:(?!\s+and\s|\s[-–—]\s)[^,;:?!.。，；：？！\x00]|{_INNER})+"
# where an English clause starts: the message's start, a comma or the like, a full stop (not a decimal point) or a
# dash between spaces ("under $500 - Samsung with 5000mAh or Pixel with 50MP": the budget is no side's own)
_EN_CLAUSE_START = r"(?:^|(?<=[,;!?])|(?<=:)(?!\s*\d)|(?<=\.)(?!\d)|(?<=\s[-–—]))"
# ... and each side holds its own requirement ("Huawei with 8GB RAM"): in "tablet from Lenovo or Realme under
# 20000 rupees" what follows the last name holds for both names
# "Samsung (12GB RAM)" too, not a currency's code in brackets after an amount ("500 dollars (US) min / 1200 dollars (US) max")
_EN_OWN = r"(?:\s+(?:with|having|that\s+has|which\s+has|w/|featuring|sporting|packing)\s+|\s*\((?!\s*[a-z]{2,3}\s*\))(?=[^)]*\)))"
# a Chinese option's label ("选项二：", "方案2："), said before its side as "B:" is
# ... with its colon or, after 方案/选项, without one before the side ("方案一vivo…，方案二…"; not "选择一款", nor the 一 of
# a word: "方案一定要…", "方案一样")
_OPTION_LABEL = r"(?:(?:选项|方案|备选|选择)\s*(?:[一二三四]|[1-4])\s*[:：]|(?:选项|方案)\s*[一二三四](?![款个台部只定样般起直些下点]))"
_EITHER_SIDES = (
    # "a Pixel or a Samsung": each side opens with an article, not one inside a requirement ("Honor with at least a
    # 50MP camera, failing that a Realme …": the side is Honor's, read by the next pattern)
    re.compile(rf"(?:(?<![a-z])either\s+)?(?<![a-z]){_NOT_INSIDE}(?P<x>{_EN_ARTICLE}{_SIDE}?){_EN_OR}(?P<y>{_EN_ARTICLE}{_SIDE}?)(?={_EN_END})",
               re.VERBOSE),
    re.compile(rf"""
        (?: (?<![a-z])either\s+                                    # after "either"
          | {_EN_CLAUSE_START}\s*(?!{_EN_NEGATED})                  # or at a clause's start that negates nothing
        )
        (?P<x>{_EN_BARE_SIDE}?{_EN_OWN}{_EN_BARE_SIDE}?)            # a side with its own requirement
        {_EN_OR}
        (?P<y>(?:{_EN_ARTICLE})?{_EN_BARE_SIDE}?(?:{_EN_OWN}{_EN_BARE_SIDE}?)?)  # the other side, requirement optional
        (?=\s+and\s|{_EN_END})                                     # up to "and" or the clause's end
        """, re.VERBOSE),
    # "Xiaomi under $300, or a Motorola under $250", "either Samsung 12GB RAM or Pixel 256GB": sides without "with",
    # each naming whose phone it is and what it requires (checked in _find_either)
    re.compile(rf"""
        (?: (?<![a-z])either\s+ | {_EN_CLAUSE_START}\s*(?!{_EN_NEGATED}) )
        (?P<x>{_EN_BARE_SIDE}?){_EN_OR}(?P<y>(?:{_EN_ARTICLE})?{_EN_BARE_SIDE}?)
        (?=\s+and\s|{_EN_END})
        """, re.VERBOSE),
    # "要么" opens each side, so the first side runs to the second "要么", commas included
    re.compile(rf"(?P<c>要么|要不(?!然))(?:就是|是)?(?P<x>{_CLAUSES}?)[,、\s]*(?:要么|要不)(?:就是|是|就)?(?P<y>{_SIDE})"),
    # "或者X，或者Y" opening the message or a clause reads as 要么…要么
    re.compile(rf"(?:^|(?<=[,;:!?。，；：！？]))\s*(?P<c>或者|或是)(?P<x>{_CLAUSE_SIDE})[,，、\s]*(?:或者|或是)(?P<y>{_SIDE})"),
    # two whole clauses, each with its own brand and requirement and no "or" ("三星12G运存的也行，苹果256G的也行",
    # "Samsung with 12GB RAM; Pixel with 256GB also ok"): a phone cannot be of both brands, so each clause is one choice
    # (checked in _find_either); the second clause is read in a lookahead so that it may open the next pair
    # ("a Samsung with 12GB RAM but a Pixel with 256GB would also do": "but" parts the clauses too)
    # ("… — a Pixel with 256GB would work too", "…. A Pixel with 256GB is a fine fallback": a dash or a full stop too)
    # ("A：三星…；B：小米…，哪个都行": options labelled by a letter, the second label said before its side)
    re.compile(rf"(?:^|(?<=[,;:!?。，；：！？])|(?<=\.)(?!\d))\s*(?P<x>{_CLAUSE_SIDE})\s*"
               rf"(?:[,;，；]\s*{_BUT}?|\s+{_BUT}|{_BUT}|\s+[-–—]\s+|\.(?!\d)\s*)\s*(?:(?<![a-z])b\s*[:：]\s*|{_OPTION_LABEL}\s*)?"
               rf"(?=(?P<y>{_CLAUSE_SIDE})\s*(?:$|[,;:!?。，；：！？]|\.(?!\d)))"),
    # a lone 或 joins two sides too, but not as part of a bound word: "或以上", "或更好"; nor before a comparison with
    # what was just named ("870或者比它更强的", "或者比870更好的": that chip or a faster one)
    # ("又或者", "抑或": or else)
    # (a year said to do too, "2022年以后的，2022年也可以", keeps that year in its bound: no "or" opens there)
    re.compile(rf"(?P<x>{_ZH_SIDE}?)\s*[,，;；。]?\s*(?P<c>{_ZH_FALLBACK}|(?:又|抑)?(?:或者|或是){_NOT_A_BOUND}|还是|(?<!年)也可以|其次(?:是)?|抑或(?:是)?|或(?![者是以之更及比]))\s*"
               rf"(?P<y>{_ZH_SIDE})"),
    # two sides joined by "and" (和, 与, 跟), then told that one of them will do ("华为48M主摄的与摩托罗拉，屏幕6.6寸起，二选一",
    # "菊花厂6400万主摄的和三爽电池6000mAh任选"): the "and" lists the choices (each its own, checked in _find_either)
    re.compile(rf"(?P<x>{_WORD_SIDE}?)\s*(?P<c>和|与|跟)\s*(?P<y>{_WORD_SIDE}(?:[,，]\s*{_WORD_SIDE})?)"
               rf"(?=\s*[,;，；。]?\s*(?:二选一|任选|随便(?:一个|一款|哪个|选)|(?:选|挑)(?:一个|一款|一台|其一)))"),
)
_EN_PATTERNS = 3  # the first patterns of _EITHER_SIDES read English
_SAID_TWICE = (3, 4)  # the patterns whose word opens each side ("要么…要么"): every side is said on its own
_CLAUSE_PAIR = 5  # the pattern of two clauses without "or"
_ZH_OR = 6  # the pattern of two Chinese sides joined by an "or" word
_ZH_AND_ONE_OF = 7  # the pattern of two Chinese sides joined by "and", one of them said to do
# options labelled in Chinese ("选项一：…；选项二：…", "方案1：", "备选二："): each is one choice
# ... or the choices announced before them: "满足其一：…；…"
_OPTIONS_LABELLED = re.compile(rf"{_OPTION_LABEL}|满足(?:其|任)一(?:个|条)?(?:即可|就行)?\s*[:：]")
# a clause after two that says one of them will do ("…，…，二选一")
_ONE_OF_TWO = re.compile(r"\s*[,;，；。]?\s*(?:二选一|任选一个|任选其一|任一个|任意一个|满足(?:其)?一个(?:就行|即可)|哪个都(?:行|可以|好)|都(?:行|可以)|(?:either|any)\s+(?:one|of\s+them|of\s+the\s+two)(?![a-z]))")
_BARE_SIDES = 2  # the pattern whose sides have no "with": each must name its own brand (or platform) and requirement
_FOLDED = {"brands": "brands", "series": "series", "platform": "platform", "devices": "devices", "chipset": "chipset", "needs_5g": "needs_5g",
           "budget": "budget", "exclude_brands": "exclude_brands"}


def _find_either(scan: Scan, vocabulary: Vocabulary) -> list[tuple[Constraints, ...]]:
    """"a Huawei with a 50MP selfie camera or a Lenovo with 8GB RAM", "要么…的OPPO，要么…的三星": OR groups
    whose sides are read on their own; every group of the message, masked so the rest is read without them.
    Sides that differ only in their brands ("a Samsung or a Google phone under $450", "iPad或者三星平板")
    are no alternatives: the brands are a set and the rest holds for both, as the other extractors read it.
    A group of one side is a bound of the whole request ("128G或256G都行": either figure will do)."""
    groups: list[tuple[Constraints, ...]] = _find_clause_runs(scan, vocabulary)
    said_twice: list[tuple[int, int]] = []  # "要不是OPPO要不就是vivo", judged a brand set: no later pattern reads it again
    for i, pattern in enumerate(_EITHER_SIDES):
        english = i < _EN_PATTERNS
        for m in scan.matches(pattern):
            if not scan.free(m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b in said_twice):
                continue
            if i in _SAID_TWICE:
                said_twice.append((m.start(), m.end()))
            said = [_side(scan.text[m.start(g):m.end(g)], vocabulary) for g in ("x", "y")]
            sides = [side for side in said if side is not None and side != Constraints()]
            if len(sides) < len(said):
                continue
            start, end = m.start(), max(m.end(), m.end("y"))
            cut = _side_stops(m, sides[1], vocabulary) if i == _ZH_OR else None
            if i != _CLAUSE_PAIR and (cut := cut or _last_side_ends(m, sides, vocabulary)) is not None:
                sides[1], end = cut
            if i != _CLAUSE_PAIR and (lead := _first_side_starts(m, sides, vocabulary)) is not None:
                sides[0], start = lead
            if i != _CLAUSE_PAIR and (floor := _one_floor(sides)) is not None:
                scan.take(start, end)
                groups.append((floor,))  # "128G或256G都行": one spec, either figure will do
                continue
            if i == _CLAUSE_PAIR:
                if _ZH_OPENS_SIDE.match(m["y"]):
                    continue  # "…以上，要不6G内存以上的华为也行": the "or" pattern reads the side without its "要不"
                texts = (m["x"], m["y"])
                offered = any(_CHOICE_SAID.search(t) for t in texts) or all("要" in t for t in texts) or \
                    _ONE_OF_TWO.match(scan.low, m.end("y")) is not None or _OPTIONS_LABELLED.search(scan.low) is not None
                if offered and _each_its_own(sides) and scan.free(start, end):
                    scan.take(start, end)
                    groups.append(tuple(sides))
                continue
            if english and (inside := _side_in_brackets(scan, m, sides[1], vocabulary)) is not None:
                sides[1], end = inside  # "… (or a Samsung, screen 6.6 in or above)": the bracket holds the side
            elif sides[1].brands and not sides[1].specs and sides[0].specs and \
                    (more := _side_goes_on(scan, m.end(), sides[1], vocabulary)) is not None:
                sides[1], end = more  # "要么…，要么荣耀，主摄2亿像素起": the last side's spec after a comma
            if sides[1].brands and not sides[0].brands and sides[0].specs and \
                    (brand := _brand_before(scan, m.start(), vocabulary)) is not None:
                sides[0], start = replace(sides[0], brands=brand[0]), brand[1]  # "诺基亚，16MP自拍起，要不…的果子"
            if i == _ZH_AND_ONE_OF and not _each_its_own(sides):
                continue  # "运存12G和存储256G任选": one phone's two asks, no two choices
            any_other = english and _any_other(m, sides, vocabulary)
            if english and (kinds := _kinds_apart(m, sides)) is not None:
                sides = kinds  # "a foldable under $1200 or a normal phone under $500": each kind asks its own
            elif english and all(side.devices for side in sides) and not any(side.brands for side in sides) and \
                    Constraints() in [_rest(side) for side in sides]:
                continue  # "a tablet or a foldable with a 50MP camera": what one kind asks is asked of both
            elif english and _spec_choice(m, sides):
                pass  # "either 12GB RAM or 512GB storage": one spec or another
            elif english and not (sides[1].brands or _platform_sides(sides)) and m["y"].strip() and not re.search(_EN_OWN, m["y"]):
                continue  # "with 8GB RAM or 12GB": a last side without its own requirement must name a brand
            elif i == _BARE_SIDES and not any_other and not (
                    all((side.brands or side.platform) and _rest(side) != Constraints() for side in sides)
                    and _name_leads(m["x"], m["y"], vocabulary)):
                continue  # "8GB/256GB", "Samsung under $500 or Pixel", "tablet from Lenovo or …": no two whole alternatives
            rests = [replace(side, brands=frozenset(), series=frozenset()) for side in sides]
            # "a Samsung with 8GB RAM or a Pixel": the first side's requirement is its own, so the sides differ
            # ("不要三星或者小米": a refusal names no side of its own; both brands are refused)
            own_first = rests[0] != Constraints() and rests[1] == Constraints() and bool(sides[1].brands) and (
                _named_before_own(m["x"], vocabulary) if english else bool(sides[0].brands) and _named_first(m["x"], vocabulary))
            # each side said on its own ("要么…，要么小米的") or the second offered as a fallback ("不然小米也行"): what the
            # first side asks is its own, even said before its brand; what follows the last side may be the request's
            # ("要么真我要么联想 4000到6000")
            # ("支持5G不超过3000元一加，不然华为": what is said before the first brand may be the whole request's)
            apart = rests[0] != Constraints() and rests[1] == Constraints() and (i in _SAID_TWICE or (bool(
                re.fullmatch(_EN_FALLBACK if english else _ZH_FALLBACK, (m["c"] or "").strip(), re.VERBOSE)) and (
                english or _named_first(m["x"], vocabulary))))
            if len(set(rests)) == 1 or (Constraints() in rests and not own_first and not apart and not any_other):
                continue  # "Huawei or Xiaomi", "a Samsung or a Google phone under $450": a brand set
            scan.take(start, end)
            groups.append(tuple(sides))
    return groups


def _find_clause_runs(scan: Scan, vocabulary: Vocabulary) -> list[tuple[Constraints, ...]]:
    """Two choices said over three or four comma clauses, a brand in one clause and what it needs in the next
    ("苹果，续航至少五千毫安，联想，运行内存不少于12个G也可以", "存储256以上的一加，谷歌，屏6.7寸以上也可以"): each side
    is one clause or a brand clause and its spec clause, and the message offers the second (or one of the two). The
    runs read are masked."""
    groups = []
    for run in re.finditer(_CLAUSES, scan.low):
        parts = [(run.start() + p.start(), run.start() + p.end()) for p in re.finditer(r"[^,，]+", run.group(0))]
        if not 3 <= len(parts) <= 4 or not scan.free(run.start(), run.end()):
            continue
        for k in range(1, len(parts)):
            halves = (parts[:k], parts[k:])
            if max(len(h) for h in halves) > 2:
                continue
            texts = [scan.text[h[0][0]:h[-1][1]] for h in halves]
            sides = [_run_side(h, scan, vocabulary) for h in halves]
            offered = any(_CHOICE_SAID.search(t) for t in texts) or _ONE_OF_TWO.match(scan.low, run.end()) is not None
            if offered and all(sides) and _each_its_own([side for side in sides if side is not None]):
                scan.take(run.start(), run.end())
                groups.append(tuple(side for side in sides if side is not None))
                break
    return groups


def _run_side(clauses: list[tuple[int, int]], scan: Scan, vocabulary: Vocabulary) -> Constraints | None:
    """One side of a clause run: a clause, or a clause naming only a brand and the next naming only the specs it
    needs. A brand clause that offers itself ("华为也可以") ends its side, and a budget after it is the request's
    ("小米的，存储256G以上，华为也可以，3000以内")."""
    said = [_side(scan.text[a:b], vocabulary) for a, b in clauses]
    if any(side is None for side in said):
        return None
    if len(said) == 1:
        return said[0]
    whose, needs = said
    offers = _CHOICE_SAID.search(scan.text[clauses[0][0]:clauses[0][1]]) is not None
    if whose is None or needs is None or not whose.brands or _rest(whose) != Constraints() or offers or \
            needs != Constraints(specs=needs.specs) or not needs.specs:
        return None
    return replace(needs, brands=whose.brands)


def _one_floor(sides: list[Constraints]) -> Constraints | None:
    """Sides that each set only a floor (or only a ceiling) on one and the same spec ("128G或256G都行",
    "128GB or 256GB is fine") are no choice: either figure will do, so the lower floor (the higher ceiling) holds.
    None for anything else."""
    specs = [side.specs for side in sides]
    if any(side != Constraints(specs=side.specs) or len(spec) != 1 for side, spec in zip(sides, specs)) or \
            len({spec[0][0] for spec in specs}) != 1:
        return None
    bounds = [spec[0][1] for spec in specs]
    name = specs[0][0][0]
    if all(b.hi is None and b.lo is not None for b in bounds):
        return Constraints(specs=((name, Bound(lo=min(b.lo for b in bounds if b.lo is not None))),))
    if all(b.lo is None and b.hi is not None for b in bounds):
        return Constraints(specs=((name, Bound(hi=max(b.hi for b in bounds if b.hi is not None))),))
    return None


def _side_stops(m: re.Match[str], side: Constraints, vocabulary: Vocabulary) -> tuple[Constraints, int] | None:
    """The last side of a Chinese OR cut at its comma when the part before the comma already holds what the side
    requires ("…或者谷歌机身存储256G以上的，要5G": the 5G is the whole request's; "三星Galaxy，要运行内存8GB" goes on).
    Returns the side and where it ends, or None to keep it whole."""
    head = re.match(r"[^,，]*", m["y"])
    if head is None or head.end() == len(m["y"]):
        return None
    cut = _side(head.group(0), vocabulary)
    if cut is None or _rest(cut) == Constraints() or cut == side:
        return None
    return cut, m.start("y") + head.end()


_ASKS = ("budget", "chipset", "needs_5g", "exclude_brands", "exclude_chipsets", "exclude_series")  # besides specs


def _asks(side: Constraints) -> int:
    """How many requirements a side has besides whose phone it is: each spec bound, budget, chipset, 5G ..."""
    return len(side.specs) + sum(bool(getattr(side, name)) for name in _ASKS)


def _last_side_ends(m: re.Match[str], sides: list[Constraints], vocabulary: Vocabulary) -> tuple[Constraints, int] | None:
    """The last side of an OR cut where the request goes on after it: "a Samsung with 12GB RAM or a Pixel with 256GB
    under $500 with 5G, sorted by price" asks one thing of each phone, and the budget, the 5G and the order are the
    whole request's. Read when the last side asks for more than the first, or holds an ordering (which a side
    cannot hold): the side ends at the shortest start of it that names the same phone and asks as much as the first side.
    Returns the side and where it ends, or None to keep it whole."""
    text = m["y"]
    sort = _not_a_sides(text, last=False)
    limit = sort.start() if sort is not None else len(text)  # an ordering is never a side's
    # the side as said before any ordering: "5000万像素价格从低到高" reads no camera as a whole
    whole = sides[1] if sort is None else _side(text[:limit], vocabulary)
    if whole is None:
        return None
    first, last = _asks(sides[0]), _asks(whole)
    if not (last > first >= 1 or sort is not None):
        return None
    wanted = min(first, last) if first >= 1 else last
    # a Chinese side may end anywhere; an English one at a space or a comma
    cuts = [c for c in _cuts(text) if c <= limit] + [limit]
    for n, cut in enumerate(cuts):
        side = _side(text[:cut], vocabulary)
        if side is not None and _part_of(side, whole) and _asks(side) >= wanted:
            return side, m.start("y") + _side_tail(text, cuts[n:], side, vocabulary)
    return None


def _cuts(text: str) -> list[int]:
    """Where a side's text may be cut, in order: a Chinese side between any two characters but never inside a figure
    or a Latin word ("128G"); an English one at a space or a comma."""
    if has_cjk(text):
        return [c for c in range(1, len(text)) if not (text[c - 1].isascii() and text[c - 1].isalnum() and
                                                       text[c].isascii() and (text[c].isalnum() or text[c] == "."))]
    return sorted({c for b in re.finditer(r"[\s,]", text) for c in (b.start(), b.end())} - {0, len(text)})


def _part_of(cut: Constraints, side: Constraints) -> bool:
    """True when a piece of a side names the same phone and reads each of its figures as the whole side does
    ("16MP" alone is a main camera, "16MP front camera" is not: the piece must go on)."""
    return (cut.brands, cut.platform) == (side.brands, side.platform) and set(cut.specs) <= set(side.specs) and \
        all(not getattr(cut, name) or getattr(cut, name) == getattr(side, name) for name in _ASKS)


def _not_a_sides(text: str, *, last: bool) -> re.Match[str] | None:
    """The first (or last) ordering said in a side's text ("lightest", "价格从低到高"): what a side cannot hold, so the
    side ends before it (or starts after it). A need ("selfie", "cheap") may be part of a side's own words."""
    found = list(SORTS.pattern.finditer(text.lower()))
    if not found:
        return None
    return max(found, key=lambda m: m.end()) if last else min(found, key=lambda m: m.start())


def _first_side_starts(m: re.Match[str], sides: list[Constraints], vocabulary: Vocabulary) -> tuple[Constraints, int] | None:
    """The first side of an OR cut where it starts after what the request says first: in "under $500 Samsung with
    12GB RAM or Pixel with 256GB", "5G的三星12G运存或者谷歌256G", "lightest Samsung with …" the budget, the 5G and
    the order are the whole request's. Read when the first side asks for more than the last, or holds an ordering:
    the side starts at its brand, or as far before it as it needs to ask as much as the last side. Returns the
    side and where it starts, or None to keep it whole."""
    text = m["x"]
    first, last = _asks(sides[0]), _asks(sides[1])
    sort = _not_a_sides(text, last=True)
    if not (first > last >= 1 or sort is not None):
        return None
    wanted = last if first > last >= 1 else first
    name = vocabulary.brand_pattern.search(text.lower(), sort.end() if sort is not None else 0)
    if name is None:
        return None
    starts = [c for c in reversed([*_cuts(text[:name.start()]), name.start()]) if sort is None or c >= sort.end()]
    for n, start in enumerate(starts):
        side = _side(text[start:], vocabulary)
        if side is not None and _part_of(side, sides[0]) and _asks(side) >= wanted:
            return side, m.start("x") + _side_tail(text, starts[n:], side, vocabulary, leading=True)
    return None


def _side_tail(text: str, cuts: list[int], side: Constraints, vocabulary: Vocabulary, *, leading: bool = False) -> int:
    """Where a side cut at cuts[0] really ends (or, `leading`, starts, the cuts then going back): it takes on the words
    past the cut that are still its own ("a Realme with 12GB" goes on over "RAM", or "RAM and 5G" would read a 5GB
    memory; "运存8G以上的三星" goes back over "运存", or "要5G运存" would) or that the rest reads the same without ("and
    5G" is "5G"), and stops before the first that the rest needs ("over $300", not "$300")."""
    def reading(rest: str) -> tuple[Any, ...]:
        request = understand(rest, vocabulary)
        return request.updates, request.sort

    def rest(at: int) -> str:
        return text[:at] if leading else text[at:]

    own = {f"spec:{name}" for name, _ in side.specs}
    end = cuts[0]
    for cut in cuts[1:]:
        before, after = reading(rest(end)), reading(rest(cut))
        steals = any(u.slot in own for u in before[0])
        if _side(text[cut:] if leading else text[:cut], vocabulary) != side or not (steals or before == after):
            break
        end = cut
    return end


def _spec_choice(m: re.Match[str], sides: list[Constraints]) -> bool:
    """True for "either" (or sides that each open with an article) between sides that each ask only for specs or 5G,
    different ones ("either 12GB RAM or 512GB storage", "with either a 6000mAh battery or a 200MP camera", "a phone
    with 5G or a 6000mAh battery"): one or the other will do. Two figures of one spec
    ("8GB RAM or 12GB") are no choice between specs."""
    said_either = re.search(r"(?<![a-z])either\s", m.group(0)) is not None or bool(m["x"] and re.match(_EN_ARTICLE, m["x"]))
    keys = [{key for key, _ in side.specs} | ({"5g"} if side.needs_5g else set()) for side in sides]
    return said_either and all(replace(side, needs_5g=False) == Constraints(specs=side.specs) and key
                               for side, key in zip(sides, keys)) and not keys[0] & keys[1]


def _kinds_apart(m: re.Match[str], sides: list[Constraints]) -> list[Constraints] | None:
    """The sides of an OR that each name their own kind of device, different ones, and each ask for something of their
    own ("a foldable under $1200 or a normal phone under $500", "a tablet under $400 or a phone under $300"): what a
    side asks holds for its kind only; so do two brands each of its own kind ("a Huawei tablet or a Lenovo phone"). A
    side that says "phone" against another kind means a plain phone. None for
    anything else: "a tablet or a foldable" is a set of kinds, as the device reader has it, and in "a tablet with 8GB
    RAM or a foldable" what one kind asks is said for both."""
    kinds = [side.devices or (frozenset({"phone"}) if _PHONE_WORD.search(m[g]) else frozenset())
             for side, g in zip(sides, ("x", "y"))]
    brands = [side.brands for side in sides]
    own_brands = all(brands) and not brands[0] & brands[1]  # "a Huawei tablet or a Lenovo phone": whose and what kind
    if not all(kinds) or kinds[0] == kinds[1] or (Constraints() in [_rest(side) for side in sides] and not own_brands):
        return None
    return [replace(side, devices=kind) for side, kind in zip(sides, kinds)]


def _platform_sides(sides: list[Constraints]) -> bool:
    """True for a brand side and a platform side that each ask something of their own ("an iPhone under $700 or an
    Android under $400"): the platform names whose phone the last side is, as a brand would."""
    first, last = sides
    return bool(first.brands) and last.platform is not None and not last.brands and \
        _rest(first) != Constraints() and _rest(last) != Constraints()


_PHONE_WORD = re.compile(r"(?<![a-z])(?:phones?|smartphones?|handsets?)(?![a-z])")


_ANY_OTHER = re.compile(r"\s*(?:just\s+|simply\s+)?any(?:thing\s+from)?\s")
_ANY_THING = re.compile(r"\s*(?:just\s+|simply\s+)?(?:anything|something|any\s+(?:phone|model|device))\s+(?:with|having|that\s+has|w/)\s")


def _any_other(m: re.Match[str], sides: list[Constraints], vocabulary: Vocabulary) -> bool:
    """True for a last side that opens with "any" and names only a brand after a first side that names its brand and
    then its own requirement ("either Samsung under $600 or any Xiaomi"): any phone of that brand will do, so the first
    side's requirement is its own. "Samsung or any Xiaomi under $600" shares the budget (the first side asks nothing).
    True too for "anything with …" after a brand ("a Pixel or anything with Snapdragon"): that requirement is the
    last side's alone."""
    first, last = sides
    if _ANY_THING.match(m["y"]):  # "either a Pixel or anything with Snapdragon": the last side's requirement is its own
        return bool(first.brands) and not last.brands and _rest(last) != Constraints()
    return bool(_ANY_OTHER.match(m["y"])) and bool(last.brands) and last == Constraints(brands=last.brands) and \
        bool(first.brands) and _rest(first) != Constraints() and _name_leads(m["x"], m["y"], vocabulary)


def _each_its_own(sides: list[Constraints]) -> bool:
    """True when each side names whose phone it is, no phone can be both (other brands, or Apple and Android), and
    each asks for something else of its own, different from the other's: two choices, not one request."""
    whose = [side.brands or ({"Apple"} if side.platform == "ios" else None) for side in sides]
    android = [side.platform == "android" for side in sides]
    apart = (whose[0] is not None and whose[1] is not None and not whose[0] & whose[1]) or \
        (android[0] and whose[1] == {"Apple"}) or (android[1] and whose[0] == {"Apple"})
    rests = [_rest(side) for side in sides]
    return apart and Constraints() not in rests and rests[0] != rests[1]


def _rest(side: Constraints) -> Constraints:
    """What a side requires of its own besides whose phone it is (brands, series, platform) and the device kind,
    which _device_scope moves out to the whole request."""
    return replace(side, brands=frozenset(), series=frozenset(), platform=None, devices=frozenset())


def _name_leads(first: str, second: str, vocabulary: Vocabulary) -> bool:
    """True when what the first side asks before its brand is its own: nothing ("Samsung under $500 or …"), or the
    second side too asks for something before its brand ("12GB Samsung or 256GB Pixel"). In "under $500 Samsung
    with 8GB or Pixel with 256GB" the budget is the whole request's."""
    def lead(text: str) -> Constraints | None:
        name = vocabulary.brand_pattern.search(text.lower())
        return None if name is None else _side(text[:name.start()], vocabulary)

    return lead(first) in (None, Constraints()) or lead(second) not in (None, Constraints())


def _named_first(text: str, vocabulary: Vocabulary) -> bool:
    """True when a Chinese side opens with whose phone it is ("华为8G以上的", "要三星12G运存的"): what follows is that
    brand's own. A requirement said before the brand ("8G以上的华为或者小米") may be meant for both."""
    name = vocabulary.brand_pattern.search(text.lower())
    return name is not None and _side(text[:name.start()], vocabulary) == Constraints()


def _named_before_own(text: str, vocabulary: Vocabulary) -> bool:
    """True when a side names its brand before what it requires ("a Samsung with 8GB RAM"), not after ("budget 500
    dollars with either Nokia": the requirement is the request's, and "with" only joins it to the brands)."""
    own = re.search(_EN_OWN, text)
    before = _side(text[:own.start()], vocabulary) if own else None
    after = _side(text[own.end():], vocabulary) if own else None
    return before is not None and bool(before.brands) and (after is None or not after.brands)


def _side_goes_on(scan: Scan, end: int, side: Constraints, vocabulary: Vocabulary) -> tuple[Constraints, int] | None:
    """The last side of an OR that names only a brand, taken on over the next clause when that clause says
    only specs ("要不然就小米，存储512G"): the spec is that brand's. Anything else in the clause (a budget, another
    brand) is for the whole request, and the side stops at the comma."""
    for after in (_NEXT_CLAUSE, _NEXT_EN_CLAUSE):  # "…，存储512G"; "… or an Oppo, RAM (memory) 6GB or better"
        m = after.match(scan.low, end)
        if m is None or not scan.free(m.start(), m.end()):
            continue
        clause = _side(scan.text[m.start("c"):m.end("c")], vocabulary)
        if clause is not None and clause.specs and replace(clause, specs=()) == Constraints():
            return replace(side, specs=clause.specs), m.end()
    return None


def _side_in_brackets(scan: Scan, m: re.Match[str], side: Constraints, vocabulary: Vocabulary) -> tuple[Constraints, int] | None:
    """The last side of an OR whose "or" opens a bracket, taken on to the bracket's close: in "a OnePlus with a 32MP
    front camera (or a Samsung, screen 6.6 in or above)" the specs after the comma are the Samsung's, as the bracket
    says. Returns the side and where the bracket closes; None when no bracket opened the "or" or the words after the
    side in it say more than specs."""
    if "(" not in scan.low[m.end("x"):m.start("y")]:
        return None
    depth, close = 1, None
    for at in range(m.end("y"), min(len(scan.low), m.end("y") + 80)):
        depth += {"(": 1, ")": -1}.get(scan.low[at], 0)
        if depth == 0:
            close = at
            break
    if close is None:
        return None
    rest = scan.text[m.end("y"):close].lstrip(" ,")
    clause = _side(rest, vocabulary) if rest else None
    if clause is None or not clause.specs or replace(clause, specs=()) != Constraints():
        return None
    return replace(side, specs=tuple(sorted((dict(side.specs) | dict(clause.specs)).items()))), close + 1


def _brand_before(scan: Scan, start: int, vocabulary: Vocabulary) -> tuple[frozenset[str], int] | None:
    """The brands of the clause just before a first OR side that names none, when that clause says only
    brands ("诺基亚，1600万像素自拍起，要不…的果子"): the side is that brand's. Returns them and where the clause starts."""
    m = _CLAUSE_BEFORE.search(scan.low, 0, start)
    if m is None or not scan.free(m.start(), m.end()):
        return None
    clause = _side(scan.text[m.start("c"):m.end("c")], vocabulary)
    if clause is None or not clause.brands or replace(clause, brands=frozenset()) != Constraints():
        return None
    return clause.brands, m.start("c")


def _device_scope(group: tuple[Constraints, ...]) -> tuple[frozenset[str] | None, tuple[Constraints, ...]]:
    """The device kinds an OR group's sides name, for the whole request (the sides are checked within them):
    a kind every side names moves out of the sides ("an iPad or an Android tablet"); different kinds are
    all allowed ("a foldable under $1000 or a regular phone"). None when no side names a kind."""
    kinds = [side.devices for side in group]
    if not any(kinds):
        return None, group
    if all(k == kinds[0] for k in kinds):
        return kinds[0], tuple(replace(side, devices=frozenset()) for side in group)
    return frozenset().union(*(k or DEFAULT_DEVICES for k in kinds)), group


def _kinds_only_choice(group: tuple[Constraints, ...]) -> Constraints | None:
    """The one side of a device-scoped OR group that still asks something, when every other side asked only the kind
    (now the scope) and it asks only specs; None when the group is a real choice."""
    asking = [side for side in group if side != Constraints()]
    if len(asking) == 1 and len(group) > 1 and asking[0] == Constraints(specs=asking[0].specs):
        return asking[0]
    return None


def _all_of(groups: list[tuple[Constraints, ...]]) -> tuple[Constraints, ...]:
    """Several OR groups as one: each side of the first holds the rest as its own alternatives."""
    combined = groups[-1]
    for group in reversed(groups[:-1]):
        combined = tuple(replace(side, alternatives=combined) for side in group)
    return combined


# "…12个G以上的内存都行": the words that offer a side are no wish of its own ("内存都行" alone clears the memory)
_OFFERED_AT_END = re.compile(r"\s*(?:都|也)(?:行|可以|好)\s*$")


def _side(text: str, vocabulary: Vocabulary) -> Constraints | None:
    """One side of an OR as constraints, or None when it says something a side cannot hold."""
    request = understand(_OFFERED_AT_END.sub("", text), vocabulary)
    values: dict[str, Any] = {}  # Constraints fields by name, each value of its field's type
    specs: dict[str, Bound] = {}
    for u in request.updates:
        if u.slot.startswith("spec:") and u.op == "set" and isinstance(u.value, Bound):
            specs[u.slot[5:]] = u.value
        elif u.slot in _FOLDED and u.op in ("set", "add"):
            values[_FOLDED[u.slot]] = frozenset(u.value) if isinstance(u.value, (set, frozenset)) else u.value
        elif not (u.slot == "brands" and u.op == "remove") and not (u.slot == "series" and u.op == "clear"):
            return None  # a side holds no series but those it names, so "any Xiaomi" letting every line in is still one
    return Constraints(**values, specs=tuple(sorted(specs.items())))


# a number nothing read: not inside a word ("S24", "8a"), not a model number after a read name ("iPhone 15")
# a Chinese word may follow it ("要3个摄像头"): only Latin letters and digits make it part of a word; a full stop that
# ends the sentence ("cheaper. 250.") leaves it whole, one before more of a word ("1.x", "2.a") does not
_LOOSE_NUMBER = re.compile(r"(?<![a-z0-9_.\x00])(?<!\x00\s)\d+(?:\.\d+)?(?![a-z0-9_%]|\.[a-z0-9_])")
_WORDS_BEFORE = re.compile(r"(?:[a-z]+\s+){1,3}$")
# "给我看3款": a count of phones, not a figure to filter on ("3个摄像头" is a figure)
_PHONE_COUNT = re.compile(r"\s*(?:款|部|台|个|只)(?:手机|机型|机子|的)?\s*(?=$|[,，。.;；!！?？、])")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}$")  # a Chinese brand name before a model number


def _unread_numbers(scan: Scan, vocabulary: Vocabulary) -> list[str]:
    """Each number the message gave that no extractor understood, so it is not dropped unsaid; a model number
    ("Redmi Note 13") is part of a phone's name, not a loose number."""
    found = []
    for m in _LOOSE_NUMBER.finditer(scan.low):
        before = _WORDS_BEFORE.search(scan.plain, max(0, m.start() - 30), m.start())
        words = before.group(0).split() if before else []
        start = before.start() if before else m.start()
        glued = _CJK_BEFORE.search(scan.plain, max(0, start - 6), start)  # "小米14", "红米note 13"
        words = ([glued.group(0)[i:] for i in range(len(glued.group(0)))] if glued else []) + words
        named = any(w in vocabulary.aliases or any(s.strong for s in vocabulary.series.get(w, ())) for w in words) or any(
            vocabulary.resolve_name(" ".join(words[i:]) + m.group(0)) for i in range(len(words)))
        if not named and not _PHONE_COUNT.match(scan.low, m.end()):
            found.append(m.group(0))
    return found


def unread_numbers_note(numbers: Sequence[str], zh: bool) -> str:
    """The note that says the numbers were not understood and not used (the session withdraws it when the conversation
    gives one a meaning, as a year allowed under a year floor)."""
    said = "、".join(f"“{n}”" for n in numbers) if zh else ", ".join(f"'{n}'" for n in numbers)
    return (f"没看懂{said}指的是什么，没有用它筛选。" if zh else
            f"Did not understand what {said} refers to, so it was not used as a filter.")


def _find_limit(scan: Scan, vocabulary: Vocabulary) -> int | None:
    """How many phones of a superlative were asked for ("top 3 heaviest", "最轻的前三款", "the cheapest 5 samsungs");
    the count words are masked so they are not read as positions of shown phones."""
    for m in scan.matches(SORTS.pattern):
        if (named := _COUNT_OF_NAMED.match(scan.low, m.end())) is not None and \
                (named["name"] in vocabulary.aliases or named["name"].removesuffix("e") in vocabulary.aliases):
            scan.take(named.start("n"), named.end("n"))
            return small_number(named["n"])
        if (one := _THE_ONE.match(scan.low, m.end())) is not None:
            scan.take(m.end(), one.end())
        if (top := _TOP_BY.match(scan.low, m.start())) is not None:  # "top 3 by battery": the count starts the phrase
            scan.take(top.start(), top.end())
            return small_number(top["n"])
        if (top := _TOP_BEFORE.search(scan.low, max(0, m.start() - 24), m.start())) is not None:
            scan.take(top.start("top" if top["top"] else "n"), m.start())
            return small_number(top["n"])
        if (top := _TOP_AFTER.match(scan.low, m.end())) is not None:
            scan.take(m.end(), top.end())
            return small_number(top["n"] or top["m"] or top["k"])
    if (top := _TOP_PRICED.search(scan.low)) is not None and scan.free(top.start(), top.end()):
        scan.take(top.start(), top.end("n"))  # the phone word stays: "phones in 300" is a phone within 300
        return small_number(top["n"])
    return None


# "from nothing or poco", "nothing, poco or iqoo": a bare "nothing" is most often no thing, so the maker Nothing's alias is
# "nothing phone"; listed before another brand it is that maker, and a wish for it must be named back (the catalog
# lacks it), not vanish while the other brand is kept. Said before the message is split at its "or"
_NOTHING_LISTED = re.compile(r"(?<![a-z])nothing(?P<join>\s*(?:,|/|&|\bor\b|\band\b)\s*)", re.IGNORECASE)


def _nothing_named(source: str, vocabulary: Vocabulary) -> str:
    """`source` with "nothing" listed before another brand written as the maker's name, "nothing phone"."""
    low = source.lower()
    if "nothing phone" not in vocabulary.aliases or len(low) != len(source):
        return source
    cuts = [m.start("join") for m in _NOTHING_LISTED.finditer(source) if vocabulary.brand_pattern.match(low, m.end())]
    for cut in reversed(cuts):
        source = f"{source[:cut]} phone{source[cut:]}"
    return source


# "0ppo", "viv0", "m0torola": the digit zero typed for the letter o inside a name; a word of letters and zeros is read
# with o's where that spells a brand's name, or two names glued ("0ppovivo"); model numbers keep their zeros ("A50",
# "X100": other digits), as do words that spell no name that way
_ZEROED_WORD = re.compile(r"(?<![a-z0-9_])(?=[a-z0]*[a-z][a-z0]*[a-z])[a-z0]*0[a-z0]*(?![a-z0-9_])")


def _zeros_in_names(source: str, vocabulary: Vocabulary) -> str:
    """`source` with a zero typed for the letter o inside a brand's name read as that letter ("viv0" -> "vivo")."""
    low = source.lower()
    if "0" not in low or len(low) != len(source):
        return source

    def named(word: str) -> bool:
        return word in vocabulary.aliases or _two_names_cut(word, vocabulary) is not None

    spans = [m.span() for m in _ZEROED_WORD.finditer(low) if named(m.group(0).replace("0", "o"))]
    for start, end in reversed(spans):
        source = source[:start] + source[start:end].replace("0", "o") + source[end:]
    return source


# "ＯＰＰＯＰＯＣＯ都不要", "SAMSUNGTecno都可以": in Chinese, with no spaces between words, two Latin brand names are
# glued into one word that matches neither; a Latin word that is no name itself but exactly two names end to end is those
# two, listed
_LATIN_RUN = re.compile(r"(?<![a-z0-9])[a-z]{6,}(?![a-z0-9])")
_GLUED_NAME_MIN = 3  # each of the two names at least this long: "oppo", "poco", "tecno" (not "lg" inside a word)


# a name's gloss in brackets right after it: "苹果（Apple）", "Infinix (传音)"; the name inside is matched by the caller
_GLOSS_OPEN = re.compile(r"\s*[(（]\s*")
_GLOSS_CLOSE = re.compile(r"\s*[)）]")
_CHIP_FAMILY = re.compile("|".join(sorted(map(re.escape, CHIP_FAMILIES), key=len, reverse=True)))


def _bracketed_glosses(source: str, vocabulary: Vocabulary) -> str:
    """`source` without a bracketed name that glosses the brand or chip family named right before it: the same name in
    the other script ("一加（OnePlus）", "麒麟（Kirin）"), or the brand's maker or group ("POCO（小米）", "Tecno（传音）"). Left
    in, the gloss names a second brand (传音 is Tecno and Infinix) and its closing bracket parts the name from the list or
    the refusal around it ("苹果（Apple）与POCO（小米）一律排除", "一加（OnePlus）以外随意"). A bracket naming another brand
    ("苹果（三星也行）") is no gloss and stays."""
    low = source.lower()
    if len(low) != len(source) or ("(" not in low and "（" not in low):
        return source
    cuts: list[tuple[int, int]] = []
    for pattern, same in ((vocabulary.brand_pattern, lambda a, b: glosses_brand(a, b, vocabulary.aliases)),
                          (_CHIP_FAMILY, lambda a, b: CHIP_FAMILIES[a] == CHIP_FAMILIES[b])):
        for m in pattern.finditer(low):
            if (opening := _GLOSS_OPEN.match(low, m.end())) is None or \
                    (gloss := pattern.match(low, opening.end())) is None or \
                    (closing := _GLOSS_CLOSE.match(low, gloss.end())) is None:
                continue
            if same(" ".join(m.group(0).split()), " ".join(gloss.group(0).split())):
                cuts.append((m.end(), closing.end()))
    for start, end in sorted(set(cuts), reverse=True):
        source = source[:start] + source[end:]
    return source


def _glued_brands(source: str, vocabulary: Vocabulary) -> str:
    """`source` with a Latin word made of two brand names end to end written as the two, joined by "、"."""
    low = source.lower()
    if len(low) != len(source) or not has_cjk(source):
        return source
    cuts: list[int] = []
    for m in _LATIN_RUN.finditer(low):
        word = m.group(0)
        if word not in vocabulary.aliases and (cut := _two_names_cut(word, vocabulary)) is not None:
            cuts.append(m.start() + cut)
    for cut in reversed(cuts):
        source = f"{source[:cut]}、{source[cut:]}"
    return source


# where a Chinese clause opens: the message's start, a semicolon or colon ("选项一："), a full stop, or "，另外" ("besides")
_ZH_CLAUSE_OPENS = re.compile(r"(?:^|[;；:：。]|[,，]\s*另外\s*[,，]?)\s*$")
# a pause after a brand's name, then that brand's own figure ("小米，12G内存", "三星、256G存储"), or "也行，只要" ("X也行，只要
# 12G内存": X will do as long as it has 12 GB)
_PAUSE_THEN_FIGURE = re.compile(r"(?P<offered>(?:也|都)(?:行|可以|成))?(?P<pause>\s*[,，、]\s*)(?(offered)只要|(?:只要|要)?)\s*"
                               r"(?=\d+(?:\.\d+)?\s*(?:gb?|tb?|mah|mp|m|w|hz|毫安|万|寸|英寸|克|元|块|以[上下内]|起|左右)(?![a-z]))"
                               # not two figures offered for one spec: "三星，8G或者12G运存" keeps its figures the brand's
                               r"(?![^,，;；。]*(?:或|还是|要么|要不|/))")


def _brands_own_figures(source: str, vocabulary: Vocabulary) -> str:
    """`source` with the pause taken out between a brand that opens a Chinese clause and the figure it requires
    ("选项一：小米，12G内存；选项二：三星，256G存储" -> "…小米12G内存…三星256G存储"; "小米也行，只要12G内存"), so that
    each brand's clause reads as its own choice. A brand after "或者" or in a list ("苹果或者小米，8G以上") keeps the pause:
    the figure there is for all of them."""
    low = source.lower()
    if len(low) != len(source) or not has_cjk(source):
        return source
    cuts: list[tuple[int, int]] = []
    for m in vocabulary.brand_pattern.finditer(low):
        # (a Latin name stays apart from its figure: "OPPO，2000元" glued would read as a model, "OPPO2000")
        pause = _PAUSE_THEN_FIGURE.match(low, m.end()) if not m.group(0)[-1:].isascii() else None
        if pause is not None and (pause["offered"] or _ZH_CLAUSE_OPENS.search(low, 0, m.start())):
            # "小米也行，只要12G内存" -> "小米也行只要12G内存": only the pause goes, the offering words stay
            cuts.append(pause.span("pause"))
    for start, end in reversed(cuts):
        source = source[:start] + source[end:]
    return source


_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？]")


def brands_own_clauses(text: str, vocabulary: Vocabulary) -> tuple[tuple[frozenset[str], str], ...]:
    """The clauses of a Chinese message in which one brand requires its own figure ("小米，12G内存" in "选项一：小米，12G内存；
    选项二：三星，256G存储", "小米也行，只要12G内存"), each with its brands and its words as said after the pause is taken
    out; () for a message in another language. Where the conversation cannot keep such a figure to its brand, the
    shopper is told which (the figure holds for every brand then)."""
    if not has_cjk(text):
        return ()
    source = text[:MAX_CHARS]
    for step in _PREPARE:
        source = step(source)
    found: list[tuple[frozenset[str], str]] = []
    for clause in _CLAUSE_BREAK.split(_brands_own_figures(source, vocabulary)):
        clause = _OPTIONS_LABELLED.sub("", clause).strip()
        if not clause or not re.search(r"\d", clause):
            continue
        request = understand(clause, vocabulary)
        brands = [u.value for u in request.updates if u.slot == "brands" and u.op in ("set", "add")]
        if len(brands) == 1 and len(brands[0]) == 1 and any(u.slot.startswith("spec:") for u in request.updates):
            found.append((frozenset(brands[0]), clause))
    return tuple(found)


# "Tecnopass", "POCONO", "HWNO", "三星Mpass": in Chinese a refusal typed in Latin letters may be glued to the name before it
_GLUED_REFUSAL = re.compile(r"(?<![a-z0-9])(?P<name>[a-z]+?)(?P<refusal>pass|no)(?![a-z0-9])")


def _glued_refusals(source: str, vocabulary: Vocabulary) -> str:
    """`source` with a Latin "pass" or "no" glued to the word before it set apart by a space ("Tecnopass" -> "Tecno pass",
    "HWNO" -> "HW NO"), in a Chinese message only. A word that is a name or an English word itself stays ("Tecno",
    "casino", "bypass"); "no" is set apart only from a brand's name, "pass" from any other letters ("Mpass": the series
    letter of "三星M")."""
    low = source.lower()
    if len(low) != len(source) or not has_cjk(source):
        return source
    cuts = [m.start("refusal") for m in _GLUED_REFUSAL.finditer(low)
            if m.group(0) not in vocabulary.aliases and not is_english_word(m.group(0))
            and (m["name"] in vocabulary.aliases or m["refusal"] == "pass")]
    for cut in reversed(cuts):
        source = f"{source[:cut]} {source[cut:]}"
    return source


def _two_names_cut(word: str, vocabulary: Vocabulary) -> int | None:
    """Where `word` splits into two brand names end to end ("opporealme" -> 4), each at least _GLUED_NAME_MIN long."""
    return next((cut for cut in range(_GLUED_NAME_MIN, len(word) - _GLUED_NAME_MIN + 1)
                 if word[:cut] in vocabulary.aliases and word[cut:] in vocabulary.aliases), None)


def _absent_brand_note(brand: str, zh: bool) -> str:
    # The aliases table names makers the catalog lacks so that a wish for one is answered, not dropped
    return f"目录里没有{brand}的手机。" if zh else f"The catalog has no {brand} phones."


def _chip_updates(chips: ChipChanges, scores: Mapping[str, float], notes: list[str], zh: bool) -> list[SlotUpdate]:
    """Chipset updates: wanted (one, or alternatives when joined by "or"), excluded, and comparisons as a
    bound on the chip's benchmark score. A chip without a known score is taken as itself, and said so."""
    wanted = list(dict.fromkeys(chips.wanted))
    updates: list[SlotUpdate] = []
    for chip, side, strict in chips.compared:
        score = scores.get(chip)
        if score is None and (members := sorted(series_members(chip, scores), key=lambda c: scores[c])):
            # a series stands for its slowest chip as a floor ("Snapdragon 7 series or better") and for its fastest
            # as a ceiling; "faster than" a series goes past its fastest, "slower than" below its slowest
            named = members[0] if (side == "lo") != strict else members[-1]
            score = scores[named]
            notes.append(f"把“{chip}系列”按其中的{named}（跑分{score:.0f}）比较。" if zh else
                         f"The {chip} series was compared by its {named} (score {score:.0f}).")
        if score is None:
            notes.append(f"没有{chip}的跑分数据，只按{chip}本身筛选。" if zh else
                         f"No benchmark score is known for the {chip}, so only phones with it are shown.")
            wanted.append(chip)
            continue
        step = 1.0 if strict else 0.0  # scores are whole numbers: "faster than" is at least one point more
        bound = Bound(lo=score + step) if side == "lo" else Bound(hi=score - step)
        updates.append(SlotUpdate("spec:chip_score", "set", bound))
    either = chips.either
    if wanted and chips.joined:
        # "8gen3的手机，8gen2也可以": a chip said fine too beside the one wanted in the same message; either will do
        wanted = list(dict.fromkeys([*(wanted if either else wanted[-1:]), *chips.joined]))
        either = True
    if len(wanted) > 1 and either:
        updates.append(SlotUpdate("alternatives", "set", tuple(Constraints(chipset=c) for c in wanted)))
        updates.append(SlotUpdate("chipset", "clear"))
    elif wanted:
        updates.append(SlotUpdate("chipset", "set", wanted[-1]))
    elif chips.joined and not chips.excluded:
        # "Dimensity is fine too" widens the chips that will do; beside a refusal ("不要天玑 骁龙也行") it is the wish
        updates.extend(SlotUpdate("chipset", "add", chip) for chip in dict.fromkeys(chips.joined))
    elif chips.joined:
        updates.append(SlotUpdate("chipset", "set", chips.joined[-1]))
    if chips.excluded:
        updates.append(SlotUpdate("exclude_chipsets", "add", frozenset(chips.excluded)))
    return updates


def _series_wish(scan: Scan, wanted: list[tuple[int, int, Series]], brands: BrandChanges,
                 in_force: frozenset[str] = frozenset()) -> frozenset[tuple[str, str]]:
    """The (brand, series) pairs wanted, their words masked. A series narrows a brand the message wants ("Galaxy" is
    Samsung, "vivo X", "小米数字系列") or the conversation wants (`in_force`: "只看S系列的" after "三星") and never adds
    one: a line named without its brand ("Z Fold", "pro series") may be a phone owned or compared with, and reading it
    as a wish showed phones of a brand nobody asked for."""
    pairs = set()
    for start, end, series in wanted:
        if series.brand not in brands.wanted | in_force:
            continue
        pairs.add((series.brand, series.name))
        scan.take(start, end)
    return frozenset(pairs)


def _guess_note(guesses: Iterable[Guess], vocabulary: Vocabulary, zh: bool) -> str:
    """"Guessed: 'samsng' as Samsung": typos read as key words are guesses the shopper should see."""
    def shown(g: Guess) -> str:
        brands = vocabulary.aliases.get(g.read)
        return ", ".join(sorted(brands)) if brands else g.read

    if zh:
        return "猜测：" + "，".join(f"把“{g.said}”当作 {shown(g)}" for g in guesses) + "。"
    return "Guessed: " + ", ".join(f"'{g.said}' as {shown(g)}" for g in guesses) + "."


def _launch_years(phones: Iterable[Phone]) -> dict[str, int]:
    """The launch year of each model family: its first variant's."""
    years: dict[str, int] = {}
    for phone in phones:
        if phone.year:
            years[phone.family] = min(years.get(phone.family, phone.year), phone.year)
    return years


# "iPhone 13 or newer", "a Galaxy S22 or later", "iPhone 13 onwards": a phone model with its generation's successors, up
# to three words of name before the model number and its tier words ("Pro", "Max")
_MODEL_NAME = r"""(?P<name>(?:[a-z][a-z+]*\s+){0,3}?(?P<number>(?<![\w+])[a-z]*\d{1,3}[a-z]?(?![\w+])
        (?:\s+(?:pro|plus|max|ultra|mini|lite|fe|\+))*))"""
_MODEL_OR_NEWER = re.compile(rf"""
    (?<![\w+]){_MODEL_NAME}
    \s+(?:(?:or|and)\s+(?:newer|later|above|up|more\s+recent)(?:\s+(?:models?|ones?|versions?|generations?))?|onwards?)(?![a-z])
    """, re.VERBOSE)
# "at least an iPhone 12", "newer than the iPhone 12" (strictly), "nothing older than a Pixel 6"
_NEWER_THAN_MODEL = re.compile(rf"""
    (?<![a-z])(?:at\s+least|minimum|(?P<strict>newer|later|more\s+recent)\s+than|(?:nothing|not|no)\s+older\s+than)
    \s+(?:an?\s+|the\s+|my\s+)?{_MODEL_NAME}
    """, re.VERBOSE)


def _model_or_newer(scan: Scan, vocabulary: Vocabulary) -> int | None:
    """The oldest launch year a phone model named as the oldest wanted allows ("iPhone 13 or newer": 2021, "newer than
    the iPhone 12": 2021), masking the model number and the words that said so (the name before the number still names
    the brand); None when no such model is named."""
    for pattern in (_MODEL_OR_NEWER, _NEWER_THAN_MODEL):
        for m in scan.matches(pattern):
            words = m["name"][:m.start("number") - m.start("name")].split()
            # the longest name that is a model ("iphone 13 pro", then "13 pro"); a number alone names none ("at least 50 mp")
            for first in range(len(words)):
                named = vocabulary.resolve_name(" ".join(words[first:] + [m["number"]]))
                year = vocabulary.family_years.get(named[0][1]) if named else None
                if year is not None and scan.free(m.start(), m.end()):
                    scan.take(m.start(), m.start("name"))
                    scan.take(m.start("number"), m.end())
                    return year + 1 if m.re is _NEWER_THAN_MODEL and m["strict"] else year
    return None


# "a 6.1 or 6.7 inch screen", "6.1\"/6.7\"": two screen sizes offered, each that size; the unit may be said once, last
_INCH = r"(?:inch(?:es)?|in(?![a-z])|\"|″|'')"
_TWO_SIZES = re.compile(rf"""
    (?<![\d.])(?P<a>\d\.\d{{1,2}})\s*(?:-?\s*{_INCH}\s*)?(?:(?<![a-z])or(?![a-z])|/)\s*(?:an?\s+)?
    (?P<b>\d\.\d{{1,2}})\s*-?\s*{_INCH}(?:\s+(?:screens?|displays?)(?:\s+size)?(?![a-z]))?
    """, re.VERBOSE)


def _screen_sizes_offered(scan: Scan) -> list[tuple[Constraints, ...]]:
    """OR groups of two screen sizes offered for one phone ("a 6.1 or 6.7 inch screen"): either size will do, and
    nothing between them; masked, so the later readers see neither figure (one had been read as a compare follow-up
    of phones 1 and 6, the other as the only size)."""
    groups: list[tuple[Constraints, ...]] = []
    for m in scan.matches(_TWO_SIZES):
        sizes = [float(m[g]) for g in ("a", "b")]
        if sizes[0] == sizes[1] or not scan.free(m.start(), m.end()):
            continue
        scan.take(m.start(), m.end())
        groups.append(tuple(Constraints(specs=(("screen_in", to_bound(size, "around", "around", around=SCREEN_TOLERANCE)),))
                            for size in sizes))
    return groups


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-_'()]+", "", name.lower())


# a model number inside a series: a letter or a word, then digits ("a54", "note13", "s24ultra", "s23+"), as a name key
_MODEL_CODE = re.compile(r"(?<![a-z0-9])[a-z]{1,5}\d{1,3}[a-z0-9]{0,6}\+?(?![a-z0-9+])")

_PREPARE: tuple[Callable[[str], str], ...] = (
    normalize, faces, cross_marks, chat_spellings, full_certainty, aspect_wise, bars, bracketed_sets, pauses, opening_tildes, spelled_arrows, short_directions, simplified, unit_glosses, arabic_decimals, arabic_inches, arabic_chip_models, separated_figures,
    joined_units, currency_ish, spelled_places, decimal_commas, dotted_thousands, and_a_half, an_indian_scale, english_numerals,
    grouped_thousands, currency_before_tolerance, undotted_abbreviations, than_for_then, stops_after_decimals, smallest_sizes, figures_taken_back, shared_units,
    choices_between,
    zeros_for_os, chinese_digit_years, bare_terabytes, word_typos, hyphened_sides,
)
"""The rewrites before the speller, in order: each spells one kind of figure or word the way the patterns read it."""


TIER_WITHOUT_LINE = "a model tier (Pro, Ultra) said without its line"
"""The unsupported feature a tier said of no line is: "pro models only", "just the ultra ones" name a tier of every
line, which no filter holds (a line's own tier, "iPhone Pro only", is read as that series)."""
_TIER_OF_NO_LINE = re.compile(r"(?<![a-z])(?:pro(?:\s+max)?|ultra|lite|mini)\s+(?:models?|ones|versions?|variants?|editions?|phones?)(?![a-z])")


def understand(text: str, vocabulary: Vocabulary, *, hong_kong_dollars: bool = False,
               brands_in_force: frozenset[str] = frozenset()) -> Request:
    """Parse one message; never raises except RequestError for a message that is not text. `hong_kong_dollars`: the
    conversation named Hong Kong dollars before, so a bare Cantonese 蚊 counts them, as when the message names them.
    `brands_in_force`: the brands the conversation wants, which say whose series a series said without its brand is."""
    if not isinstance(text, str):
        raise RequestError(f"A message must be text, not {type(text).__name__}.")
    notes: list[str] = []
    source = text[:MAX_CHARS]
    for step in _PREPARE:
        source = step(source)
    source = _zeros_in_names(source, vocabulary)
    source = _bracketed_glosses(source, vocabulary)
    source = _glued_brands(source, vocabulary)  # before the speller, which would guess at the glued word
    source = _glued_refusals(source, vocabulary)
    source = _brands_own_figures(source, vocabulary)
    source, guesses = vocabulary.speller.correct(source)
    # after the spelling: "Snapdraogn 8 Gen 1" is one chip once its family is spelled, not a family and a shorthand
    source = expand_abbreviations(source)
    source = maker_glosses(source)  # after the spelling: "tensor (googel)" is a gloss once its maker is spelled
    source = _nothing_named(source, vocabulary)
    scan = Scan(source)
    break_spaced_clauses(scan)  # "vivo可以了 荣耀还是不要": a space for a comma between two clauses
    zh = has_cjk(scan.text)
    if len(text) > MAX_CHARS:
        notes.append(f"消息太长，只读了前{MAX_CHARS}个字符。" if zh else
                     f"Only the first {MAX_CHARS} characters of the message were read.")
    if guesses:
        notes.append(_guess_note(guesses, vocabulary, zh))

    for m in scan.matches(_VERDICT_ON_KIND):  # before the relatives and follow-ups that read its comparative
        scan.take(m.start(), m.end())
    for m in scan.matches(_UNFAMILIAR_ZH):  # before the chips and brands its words would name
        scan.take(m.start(), m.end())
    for m in scan.matches(_FIRST_PHONE_OF):  # before the follow-ups, which would read "first" as a shown position
        scan.take(m.start(), m.end())
    for m in scan.matches(_OWNED_FIGURE):  # before the specs, which would read its figure as a wish
        scan.take(m.start(), m.end())
    either = _screen_sizes_offered(scan) + _find_either(scan, vocabulary)
    limit = _find_limit(scan, vocabulary)  # before follow-ups: "top 3 heaviest" is an ordering, not shown phones 1-3
    followup = find_followup(scan, vocabulary.family_resolver(scan.low))
    updates: list[SlotUpdate] = find_clears(scan)
    reset = find_reset(scan)
    # superlatives of aspects without figures before the features: "快充最快的", "充电速度最快" order by charging, which the
    # feature words "快充", "充电速度" would take first and leave "最快" to be read as the fastest chip
    unknown_orders = [aspect for aspect, _ in UNKNOWN_SUPERLATIVES.find(scan)]  # "highest rated": before "highest"
    unsupported = [_rating_named(str(v), scan.plain) for v, _ in UNSUPPORTED.find(scan)]
    intents = [(v, at) for v, at in _EARLY_INTENTS.find(scan, keep=True)]
    sorts = SORTS.find(scan)
    for m in scan.matches(UNKNOWN_SORT):
        if scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
            unknown_orders.append(m["aspect"])
    for aspect in unknown_orders:
        notes.append(f"不能按“{UNKNOWN_ASPECT_ZH.get(aspect, aspect)}”排序：能排序的有价格、重量、电池、内存、存储、屏幕、摄像头、性能和发布时间。" if zh else
                     f"I can't sort by '{aspect}': I can order by price, weight, battery, RAM, storage, screen "
                     "size, cameras, speed or release year.")
    money = BudgetFinder(scan, zh, hong_kong_dollars)
    money.explicit()
    chips = find_chipset(scan, vocabulary.chip_keys, notes, zh)  # before specs and bare amounts: "778G", "9000"
    model_year = _model_or_newer(scan, vocabulary)  # after chips: "A15 or newer" is the chip
    specs = SpecFinder(scan, vocabulary.reference_year, zh)
    specs.run()
    if model_year is not None:
        specs.bounds.setdefault("year", Bound(lo=model_year))
    notes.extend(specs.notes)
    for relative in RELATIVES.peek(scan):  # "more battery, 6000 minimum": the number is the battery's
        if isinstance(relative, Relative):
            specs.named_by_relative(relative.key, relative.direction)
    money.bare()
    notes.extend(money.notes)
    five_g = find_5g(scan)
    platform = find_platform(scan)
    refused_lines: list[str] = []
    devices = find_devices(scan, refused_lines, vocabulary.brand_pattern, vocabulary.aliases)
    every_series: list[tuple[str, tuple[Series, ...]]] = []
    listed_with_series: set[str] = set()
    dropped_series: set[tuple[str, str]] = set()  # the session tells a wish let go from a refusal (dropped_as_refused)
    excluded_series = find_excluded_series(scan, vocabulary.series_pattern, vocabulary.series, vocabulary.aliases,
                                           vocabulary.brand_pattern, listed_with_series, every_series,
                                           dropped_series) | set(refused_lines)
    for said, named in every_series:
        if mine := [s for s in named if s.brand in brands_in_force]:
            # "不要A系列" after "三星的": the brands the conversation wants say whose series it is; no other brand's is
            excluded_series -= {s.name for s in named} - {s.name for s in mine}
            continue
        # the brands alone, each once: the series' own names repeat the brand ("POCO POCO C", "Motorola Moto G")
        makers = list(dict.fromkeys(s.brand for s in named))
        notes.append(f"“{said}”没说是哪个品牌的，已排除这几家的：{'、'.join(makers)}。" if zh else
                     f"'{said}' names no brand, so it is excluded for each brand that has one: {', '.join(makers)}.")
    wanted_series = find_wanted_series(scan, vocabulary.series_pattern, vocabulary.series, vocabulary.numbered,
                                       vocabulary.aliases, vocabulary.brand_pattern, brands_in_force)
    brands = find_brands(scan, vocabulary.brand_pattern, vocabulary.aliases)
    brands.excluded |= listed_with_series
    notes.extend(_absent_brand_note(brand, zh) for brand in sorted((brands.wanted | brands.excluded) - vocabulary.brands))
    series = _series_wish(scan, wanted_series, brands, brands_in_force)
    relatives = RELATIVES.find(scan)
    # "my dad gave me 250 dollars", "mom is paying": the one who pays is not the one who will use the phone, so the
    # words of who pays are read as saying no need (not the older user's big screen "dad" says, nor a guess)
    for m in scan.matches(_PAYER):
        if scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
    # A need the rules read leaves the taste text: it is ranked by its documented aspects (advisor.ranking.aspects), and
    # the encoder judging the same words again by its own notion (its training weighs a phone's weight as much
    # as its screen for 'compact') put a 6.3-inch phone above 6.1-inch ones. Words no rule read stay.
    intents += INTENT_PHRASES.find(scan)

    groups = []
    for group in either:
        if len(group) == 1:  # one side: a bound the whole request holds, unless a spec pattern said that spec
            for name, floor in group[0].specs:
                specs.bounds.setdefault(name, floor)
            continue
        scope, group = _device_scope(group)
        if (rest := _kinds_only_choice(group)) is not None:
            # "要大折叠或者小折叠、存储512G以上": the sides chose between kinds of one scope, so the spec said with the
            # last kind is the whole request's
            for name, floor in rest.specs:
                specs.bounds.setdefault(name, floor)
        else:
            groups.append(group)
        if scope is not None and devices is None:
            devices = ("set", scope)
    if platform is not None and _EITHER.search(scan.plain) and (
            clash := frozenset(b for b in brands.wanted if (b == "Apple") != (platform == "ios"))):
        # "an iPad or an Android tablet": a brand and a platform that exclude each other, joined by "or"
        groups.append((Constraints(brands=clash), Constraints(platform=platform)))
        brands.wanted -= clash
        platform = None
    if money.budget is not None:
        updates.append(SlotUpdate("budget", "set", money.budget))
    if brands.wanted:
        updates.append(SlotUpdate("brands", "add" if brands.add else "set", frozenset(brands.wanted)))
    if series:
        updates.append(SlotUpdate("series", "add" if brands.add else "set", series))
    # (the message is scanned for "any <maker>" only when it wishes for a maker: most messages name none)
    elif brands.wanted and brands.wanted & any_of_maker(scan, vocabulary.brand_pattern, vocabulary.aliases):
        updates.append(SlotUpdate("series", "clear"))  # "any samsung then": every line of the maker, none kept
    if brands.excluded:
        updates.append(SlotUpdate("exclude_brands", "add", frozenset(brands.excluded)))
        updates.append(SlotUpdate("brands", "remove", frozenset(brands.excluded)))
    if brands.removed - brands.excluded:
        updates.append(SlotUpdate("brands", "remove", frozenset(brands.removed - brands.excluded)))
    if excluded_series:
        updates.append(SlotUpdate("exclude_series", "add", frozenset(excluded_series)))
    if dropped_series:
        updates.append(SlotUpdate("series", "remove", frozenset(dropped_series)))
    if platform is not None:
        updates.append(SlotUpdate("platform", "set", platform))
    if devices is not None:
        updates.append(SlotUpdate("devices", devices[0], devices[1]))
    for update in _chip_updates(chips, vocabulary.chip_scores, notes, zh):
        if update.slot == "alternatives":
            groups.append(update.value)
        else:
            updates.append(update)
    if groups:
        updates.append(SlotUpdate("alternatives", "set", _all_of(groups)))
    if five_g is not None:
        updates.append(SlotUpdate("needs_5g", "set", five_g))
    for slot in SLOTS:
        if slot.startswith("spec:") and (bound := specs.bounds.get(slot[5:])) is not None:
            updates.append(SlotUpdate(slot, "set", bound))

    if unread_numbers := _unread_numbers(scan, vocabulary):
        notes.append(unread_numbers_note(unread_numbers, zh))
    unread = _unread_clauses(scan)
    if any(_TIER_OF_NO_LINE.search(clause) for clause in unread):
        unsupported.append(TIER_WITHOUT_LINE)  # told, never dropped silently
    sort = min(sorts, key=lambda found: found[1])[0] if sorts else None
    return Request(
        text=text,
        language="zh" if zh else "en",
        updates=tuple(updates),
        relative=tuple(dict.fromkeys(v for v, _ in relatives if isinstance(v, Relative))),
        sort=sort if isinstance(sort, Sort) else None,
        limit=limit if isinstance(sort, Sort) else None,
        intents=tuple(dict.fromkeys(str(v) for v, _ in sorted(intents, key=lambda f: f[1]) if v in INTENTS)),
        unsupported=tuple(dict.fromkeys(unsupported)),
        followup=followup,
        reset=reset,
        semantic_text=_semantic_text(scan),
        unread=unread,
        unread_numbers=tuple(unread_numbers),
        notes=tuple(notes),
    )


_EN_FILLER = frozenset("""
i i'm im me my a an the want wanna need needs looking look for to buy get find show give recommend suggest please pls
phone phones smartphone smartphones mobile mobiles cell cellphone cellphones handset handsets telephone telephones smart
device devices something some one ones with and or
that which is are be has have it in of on can could you should would like any hi hello hey ok okay thanks thank
what whats what's good new also just really very but so then now let's lets see tell about from by at as
anything everything only actually instead except rather whatever maybe perhaps too well
was were been being am do does did has had having got gets support supports supporting comes come must will may might
this these those its it's there
""".split())
_ZH_FILLER = re.compile("|".join(sorted(
    "我 想 要 买 一个 一部 一款 一台 个 款 部 推荐 的 手机 给 吗 呢 吧 啊 呀 有 什么 哪个 哪款 帮 帮我 请 找 看看 一下 几款 "
    "几个 能 可以 需要 还是 就 和 或 或者 也 都 机子 机型 了 是 在 你 好 都行 都可以 也行 也可以 行".split(), key=len, reverse=True)))


CLAUSE_BREAK = re.compile(r"[,;:!?。，；：！？、\n]+|\.(?!\d)|(?<![a-z])but(?![a-z])|但是")
"""Where a message breaks into clauses; the encoder reads the unread words clause by clause."""


_LEADING_LINK = re.compile(r"^(?:(?:and|also|plus|then|so)\s+)+")


def _content_words(text: str) -> list[str]:
    """The words of a text that are not filler ("I want a phone with")."""
    words = re.findall(r"[^\W_]+(?:'[a-z]+)?", _ZH_FILLER.sub(" ", text.lower()))
    return [w for w in words if w not in _EN_FILLER]


def _unread_clauses(scan: Scan) -> tuple[str, ...]:
    """The clauses of the message that hold words no extractor read (intent words count as read), for
    the encoder's intent reading (advisor.understanding.intent_match); a clause of filler alone is no clause."""
    parts = CLAUSE_BREAK.split(scan.low.replace(MASK, " "))
    return tuple(_LEADING_LINK.sub("", " ".join(part.split())) for part in parts if _content_words(part))


def _semantic_text(scan: Scan) -> str:
    rest = scan.remainder().strip(" ,.;:!?，。；：！？、-")
    if not _content_words(rest):
        return ""  # only constraint words: no taste to keep, so an earlier taste in the conversation stays
    return rest
