"""Turn one shopper message (English or Chinese) into a `Request`.

`understand(text, vocabulary)` reads, in this order: follow-ups about shown phones, clears and
"start over", features we cannot filter on, superlatives, budgets with a currency, numeric specs,
budgets without one, chipset, 5G, platform, device type, brands, relative requests and vague
intents. Each step masks the words it understood (see advisor/_understand/scan.py), so a phrase
is read once: "cheaper than $300" is a budget, not also "cheaper".

SlotUpdates emitted (values as advisor.dialogue expects them):
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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from advisor._aliases import load_aliases
from advisor._understand.brands import find_brands
from advisor._understand.features import chip_key, find_5g, find_chipset, find_devices, find_platform
from advisor._understand.followups import find_followup
from advisor._understand.lexicon import INTENT_PHRASES, RELATIVES, SORTS, UNSUPPORTED, PhraseTable
from advisor._understand.money import BudgetFinder
from advisor._understand.normalize import Guess, Speller, simplified
from advisor._understand.scan import Scan, has_cjk, latin_alt, normalize
from advisor._understand.specs import SpecFinder
from advisor._understand.talk import find_clears, find_reset
from advisor.catalog import Catalog
from advisor.errors import RequestError
from advisor.request import INTENTS, SLOTS, Relative, Request, SlotUpdate, Sort

_NO_PLURAL = frozenset({"pixel"})  # "more pixels" is about cameras, not Google

MAX_CHARS = 2000
"""Only this much of a message is read; the rest is noted and ignored."""

# Read before anything else: titles and words that contain a brand or a number ("王者荣耀", "千元机").
_EARLY_INTENTS = PhraseTable({"gaming": ["王者荣耀", r"honou?r\s+of\s+kings"], "budget": ["千元机", "百元机"]})


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The names the parser knows: brands and their aliases, chipsets, model families."""

    brands: frozenset[str]
    aliases: Mapping[str, frozenset[str]]  # lower-cased alias or brand -> brands as the catalog spells them
    chipsets: frozenset[str]
    families: Mapping[str, str]  # spelling-free key ("pixel8a", "googlepixel8a") -> family ("Pixel 8a")
    reference_year: int  # "this year"; the newest launch year in the catalog
    brand_pattern: re.Pattern[str] = field(repr=False)
    chip_keys: Mapping[str, str] = field(repr=False)
    speller: Speller = field(repr=False)

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
        )

    @classmethod
    def build(cls, brands: Iterable[str], families: Iterable[tuple[str, str]], chipsets: Iterable[str],
              aliases: Mapping[str, frozenset[str]], reference_year: int) -> Vocabulary:
        """Vocabulary from plain names: (brand, family) pairs, chipset names, alias -> brands."""
        brand_set = frozenset(brands)
        spelling = {b.casefold(): b for b in brand_set}
        table: dict[str, frozenset[str]] = {b.lower(): frozenset({b}) for b in brand_set}
        for alias, named in aliases.items():
            table[alias] = frozenset(spelling.get(b.casefold(), b) for b in named)
        family_keys: dict[str, str] = {}
        for brand, family in families:
            family_keys.setdefault(_name_key(family), family)
            family_keys.setdefault(_name_key(f"{brand} {family}"), family)
        chips = frozenset(chipsets)
        chip_keys: dict[str, str] = {}
        for chip in sorted(chips):
            key = chip_key(chip)
            chip_keys.setdefault(key, chip)
            chip_keys.setdefault(re.sub(r"(bionic|pro)$", "", key), chip)
        # Latin aliases also match their plural or possessive ("iPhones", "Samsung's")
        words = [r"\s+".join(map(re.escape, alias.split())) + (r"(?:'?s)?" if alias[-1].isascii() and alias not in _NO_PLURAL else "")
                 for alias in table]
        speller = Speller(table)
        return cls(brand_set, table, chips, family_keys, reference_year, re.compile(latin_alt(words)), chip_keys,
                   speller)

    def resolve_family(self, fragment: str) -> str | None:
        """The catalog family a name fragment means ("google pixel 8a 128gb" -> "Pixel 8a"), or None."""
        key = _name_key(re.sub(r"\d+\s*(?:gb|tb)$", "", fragment.strip().lower()))
        if not key:
            return None
        candidates = [key]
        candidates += [key[len(a):] for a in map(_name_key, self.aliases) if key.startswith(a) and len(key) > len(a)]
        for candidate in candidates:
            # catalogs often name the network generation ("A55 5G"); shoppers rarely do
            for spelled in (candidate, candidate + "5g", candidate + "4g"):
                if spelled in self.families:
                    return self.families[spelled]
        return None


def _rating_named(feature: str, text: str) -> str:
    """"IP67 water resistance" when the shopper named IP67; IP68 is the usual ask otherwise."""
    if feature == "IP68 water resistance" and (m := _IP_RATING.search(text)):
        return f"{m.group(0).upper().replace(' ', '')} water resistance"
    return feature


_IP_RATING = re.compile(r"(?<![a-z])ip\s?(?:[56][0-9]|x[4-8])(?!\d)")


def _guess_note(guesses: Iterable[Guess], vocabulary: Vocabulary, zh: bool) -> str:
    """"Guessed: 'samsng' as Samsung": typos read as key words are guesses the shopper should see."""
    def shown(g: Guess) -> str:
        brands = vocabulary.aliases.get(g.read)
        return ", ".join(sorted(brands)) if brands else g.read

    if zh:
        return "猜测：" + "，".join(f"把“{g.said}”当作 {shown(g)}" for g in guesses) + "。"
    return "Guessed: " + ", ".join(f"'{g.said}' as {shown(g)}" for g in guesses) + "."


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-_'()]+", "", name.lower())


def understand(text: str, vocabulary: Vocabulary) -> Request:
    """Parse one message; never raises except RequestError for a message that is not text."""
    if not isinstance(text, str):
        raise RequestError(f"A message must be text, not {type(text).__name__}.")
    notes: list[str] = []
    if len(text) > MAX_CHARS:
        notes.append(f"Only the first {MAX_CHARS} characters of the message were read.")
    source, guesses = vocabulary.speller.correct(simplified(normalize(text[:MAX_CHARS])))
    scan = Scan(source)
    zh = has_cjk(scan.text)
    if guesses:
        notes.append(_guess_note(guesses, vocabulary, zh))

    followup = find_followup(scan, vocabulary.resolve_family)
    updates: list[SlotUpdate] = find_clears(scan)
    reset = find_reset(scan)
    unsupported = [_rating_named(str(v), scan.plain) for v, _ in UNSUPPORTED.find(scan)]
    intents = [(v, at) for v, at in _EARLY_INTENTS.find(scan, keep=True)]
    sorts = SORTS.find(scan)
    money = BudgetFinder(scan, zh)
    money.explicit()
    specs = SpecFinder(scan, vocabulary.reference_year)
    specs.run()
    money.bare()
    notes.extend(money.notes)
    chipset = find_chipset(scan, vocabulary.chip_keys, notes)
    five_g = find_5g(scan)
    platform = find_platform(scan)
    devices = find_devices(scan)
    brands = find_brands(scan, vocabulary.brand_pattern, vocabulary.aliases)
    relatives = RELATIVES.find(scan)
    intents += INTENT_PHRASES.find(scan, keep=True)

    if money.budget is not None:
        updates.append(SlotUpdate("budget", "set", money.budget))
    if brands.wanted:
        updates.append(SlotUpdate("brands", "add" if brands.add else "set", frozenset(brands.wanted)))
    if brands.excluded:
        updates.append(SlotUpdate("exclude_brands", "add", frozenset(brands.excluded)))
        updates.append(SlotUpdate("brands", "remove", frozenset(brands.excluded)))
    if brands.removed - brands.excluded:
        updates.append(SlotUpdate("brands", "remove", frozenset(brands.removed - brands.excluded)))
    if platform is not None:
        updates.append(SlotUpdate("platform", "set", platform))
    if devices is not None:
        updates.append(SlotUpdate("devices", devices[0], devices[1]))  # type: ignore[arg-type]
    if chipset is not None:
        updates.append(SlotUpdate("chipset", "set", chipset))
    if five_g is not None:
        updates.append(SlotUpdate("needs_5g", "set", five_g))
    for slot in SLOTS:
        if slot.startswith("spec:") and (bound := specs.bounds.get(slot[5:])) is not None:
            updates.append(SlotUpdate(slot, "set", bound))

    sort = min(sorts, key=lambda found: found[1])[0] if sorts else None
    return Request(
        text=text,
        language="zh" if zh else "en",
        updates=tuple(updates),
        relative=tuple(dict.fromkeys(v for v, _ in relatives if isinstance(v, Relative))),
        sort=sort if isinstance(sort, Sort) else None,
        intents=tuple(dict.fromkeys(str(v) for v, _ in sorted(intents, key=lambda f: f[1]) if v in INTENTS)),
        unsupported=tuple(dict.fromkeys(unsupported)),
        followup=followup,
        reset=reset,
        semantic_text=_semantic_text(scan),
        notes=tuple(notes),
    )


_EN_FILLER = frozenset("""
i i'm im me my a an the want wanna need needs looking look for to buy get find show give recommend suggest please pls
phone phones smartphone smartphones mobile mobiles cell cellphone device devices something some one ones with and or
that which is are be has have it in of on can could you should would like any hi hello hey ok okay thanks thank
what whats what's good new also just really very but so then now let's lets see tell about from by at as
anything everything only actually instead except rather whatever maybe perhaps too well
""".split())
_ZH_FILLER = re.compile("|".join(sorted(
    "我 想 要 买 一个 一部 一款 一台 个 款 部 推荐 的 手机 给 吗 呢 吧 啊 呀 有 什么 哪个 哪款 帮 帮我 请 找 看看 一下 几款 "
    "几个 能 可以 需要 还是 就 和 或 或者 也 都 机子 机型 了 是 在 你 好 都行 都可以 也行 也可以 行".split(), key=len, reverse=True)))


def _semantic_text(scan: Scan) -> str:
    rest = scan.remainder().strip(" ,.;:!?，。；：！？、-")
    words = re.findall(r"[^\W_]+(?:'[a-z]+)?", _ZH_FILLER.sub(" ", rest.lower()))
    if not words or all(w in _EN_FILLER for w in words):
        return ""  # only constraint words: no taste to keep, so an earlier taste in the conversation stays
    return rest
