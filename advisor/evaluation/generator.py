"""A generator of shopper requests with known gold constraints (issue 9, "How it is measured").

A request is a random set of constraint parts (a budget in one of the five markets, brands and
exclusions, a series exclusion, the platform, a device kind, a chip family, model, exclusion or
"X or better", 5G, bounds on numeric specs, a superlative, an OR of two alternatives). Each part
knows its gold predicate (advisor/evaluation/cases.py format) by construction and is rendered by a
grammar: templates per part and language, lexicon variants, number styles, part order, joiners,
then seeded noise (typos, traditional characters, full-width forms, a part in the other language).

The grammar is split into modules: generator_dev.py, which the parser may be developed against,
and the held-out parts generator_heldout.py and generator_heldout_fresh.py (written later, when
phrasings of the first began to appear in parser changes), which nobody tunes to, and the sealed
part generator_heldout_sealed.py (written by someone who had not read the parser, committed before
anything ran on it; parser and dialogue work never opens it), and the blind part
generator_heldout_blind.py (written by a session that had not read the parser, committed before any
parser work ran on it), and the second blind part generator_heldout_blind2.py ("blind-2", written on 2026-12-04 by a
session that had read neither the parser nor the other held-out grammars, committed before anything ran on it), and the
third blind part generator_heldout_blind3.py ("blind-3", written on 2026-12-05 by a helper that had read neither the
parser nor the other held-out grammars, committed before anything ran on it; it prefers common wordings), and the
fourth blind part generator_heldout_blind4.py ("blind-4", written on 2026-12-05 by a helper that had read neither the
parser nor the other held-out grammars, committed before anything ran on it), and the fifth blind part
generator_heldout_blind5.py ("blind-5", written on 2026-12-05 by a helper that had read neither the parser nor the other
held-out grammars, committed before anything ran on it), and the sixth blind part generator_heldout_blind6.py ("blind-6",
written on 2026-12-06 by a helper that had read neither the parser nor the other held-out grammars, finished before
anything ran on it), and the seventh blind part generator_heldout_blind7.py ("blind-7", written later on 2026-12-06 by
two such helpers, one per language, finished before anything ran on it), and the eighth blind part
generator_heldout_blind8.py ("blind-8", written later still on 2026-12-06 by two more such helpers, one per language,
finished before anything ran on it), and the ninth blind part generator_heldout_blind9.py ("blind-9", written later
on 2026-12-06 by two more such helpers, one per language, finished before anything ran on it), and the tenth blind part generator_heldout_blind10.py ("blind-10", written
later still on 2026-12-06 by two more such helpers, one per language, finished before anything ran on it), and the
eleventh blind part generator_heldout_blind11.py ("blind-11", written on 2026-12-07 by two more such helpers, one per
language, finished before anything ran on it), and the twelfth blind part generator_heldout_blind12.py ("blind-12",
written later on 2026-12-07 by two more such helpers, one per language, finished before anything ran on it), and the
thirteenth blind part generator_heldout_blind13.py ("blind-13", written later still on 2026-12-07 by two more such
helpers, one per language, finished before anything ran on it), and the fourteenth blind part
generator_heldout_blind14.py ("blind-14", written later still on 2026-12-07 by two more such helpers, one per language,
finished before anything ran on it), and the fifteenth blind part generator_heldout_blind15.py ("blind-15", written
later still on 2026-12-07 by two more such helpers, one per language, finished before anything ran on it), and the
sixteenth blind part generator_heldout_blind16.py ("blind-16", written later still on 2026-12-07 by two more such
helpers, one per language, finished before anything ran on it; nobody working on the parser opens it).
`phone-advisor eval` reports blind-16 first (the one grammar nobody has looked at: blind-15, blind-14, blind-13, blind-12, blind-11
and blind-10 were opened for error analysis on 2026-12-07, blind-9, blind-8, blind-7, blind-6 and blind-5 on 2026-12-06, blind-4, blind-3 and blind-2 on
2026-12-05, and are working figures), then blind-14, blind-13, blind-12, blind-11, blind-10, blind-9, blind-8, blind-7, blind-6, blind-5, blind-4, blind-3, blind-2, the sealed part, the blind part and the other held-out parts, then development.
Requests whose gold admits no catalog phone are resampled, so every case is satisfiable.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from advisor.catalog.model import Catalog, Phone
from advisor.evaluation import (
    generator_dev,
    generator_heldout,
    generator_heldout_blind,
    generator_heldout_blind2,
    generator_heldout_blind3,
    generator_heldout_blind4,
    generator_heldout_blind5,
    generator_heldout_blind6,
    generator_heldout_blind7,
    generator_heldout_blind8,
    generator_heldout_blind9,
    generator_heldout_blind10,
    generator_heldout_blind11,
    generator_heldout_blind12,
    generator_heldout_blind13,
    generator_heldout_blind14,
    generator_heldout_blind15,
    generator_heldout_blind16,
    generator_heldout_fresh,
    generator_heldout_sealed,
)
from advisor.evaluation.cases import chip_scores, satisfies
from advisor.evaluation.generator_lexicon import (
    BRANDS,
    CHIP_FAMILIES,
    CHIP_MODELS,
    MARKET_AMOUNTS,
    ORDERS,
    SERIES,
    SPEC_VALUES,
    WORDS,
)
from advisor.evaluation.generator_text import (
    format_number,
    full_width,
    traditional,
    typo,
    zh_full_numeral,
    zh_megapixel_numeral,
)

SPLITS: dict[str, ModuleType] = {"dev": generator_dev, "heldout": generator_heldout,
                                  "heldout_fresh": generator_heldout_fresh, "heldout_sealed": generator_heldout_sealed,
                                  "heldout_blind": generator_heldout_blind, "heldout_blind2": generator_heldout_blind2,
                                  "heldout_blind3": generator_heldout_blind3, "heldout_blind4": generator_heldout_blind4,
                                  "heldout_blind5": generator_heldout_blind5, "heldout_blind6": generator_heldout_blind6,
                                  "heldout_blind7": generator_heldout_blind7, "heldout_blind8": generator_heldout_blind8,
                                  "heldout_blind9": generator_heldout_blind9, "heldout_blind10": generator_heldout_blind10,
                                  "heldout_blind11": generator_heldout_blind11,
                                  "heldout_blind12": generator_heldout_blind12,
                                  "heldout_blind13": generator_heldout_blind13,
                                  "heldout_blind14": generator_heldout_blind14,
                                  "heldout_blind15": generator_heldout_blind15,
                                  "heldout_blind16": generator_heldout_blind16}
HELDOUT_SPLITS = ("heldout_blind16", "heldout_blind15", "heldout_blind14", "heldout_blind13", "heldout_blind12", "heldout_blind11", "heldout_blind10", "heldout_blind9", "heldout_blind8", "heldout_blind7", "heldout_blind6", "heldout_blind5", "heldout_blind4", "heldout_blind3", "heldout_blind2", "heldout_sealed", "heldout_blind",
                  "heldout", "heldout_fresh")
"""Held-out splits in report order: the newest untouched one first (blind-16: nobody has looked at it), then blind-15, blind-14, blind-13, blind-12,
blind-11 and blind-10 (all opened for error analysis on 2026-12-07), blind-9, blind-8, blind-7, blind-6 and blind-5 (opened on 2026-12-06), blind-4, blind-3 and blind-2 (opened on 2026-12-05), all now
working figures, and the sealed one."""
SPLIT_LABELS = {"heldout_blind16": "blind-16 held-out", "heldout_blind15": "blind-15 held-out", "heldout_blind14": "blind-14 held-out", "heldout_blind13": "blind-13 held-out", "heldout_blind12": "blind-12 held-out", "heldout_blind11": "blind-11 held-out", "heldout_blind10": "blind-10 held-out", "heldout_blind9": "blind-9 held-out", "heldout_blind8": "blind-8 held-out", "heldout_blind7": "blind-7 held-out", "heldout_blind6": "blind-6 held-out", "heldout_blind5": "blind-5 held-out", "heldout_blind4": "blind-4 held-out", "heldout_blind3": "blind-3 held-out", "heldout_blind2": "blind-2 held-out",
                "heldout_sealed": "SEALED held-out"}
"""How `phone-advisor eval` names a split in its report (the split's own name where it has no label)."""
LANGUAGES = ("en", "zh")
CURRENCY_ODDS = {"en": {"USD": 45, "INR": 25, "CNY": 10, "PKR": 10, "AED": 10},
                 "zh": {"CNY": 80, "USD": 10, "INR": 5, "AED": 5}}
GENERIC_SPECS = ("ram_gb", "storage_gb", "battery_mah", "screen_in", "main_camera_mp", "front_camera_mp")
"""Specs the generic "at least {q}" templates can say; weight and year only have their own templates."""
NEGATIVE_KINDS = {"brand_not", "brand_not_two", "series_not", "device_not_foldable", "chip_not", "platform_android"}
"""Around these (and an OR) a hard joiner (a comma) goes, so that "no Samsung and 5G" does not extend the
negation and "小米 三星的不要" does not read as "no Xiaomi"."""
MAX_TRIES = 200
NOISE = {"typo": 0.25, "traditional": 0.25, "full_width": 0.12, "mixed_zh": 0.12, "mixed_en": 0.06}


@dataclass(frozen=True)
class Part:
    """One constraint of a request: its template kind, scoring slots, gold fragment and values to say."""

    kind: str
    slots: tuple[str, ...]
    gold: dict[str, Any]
    fill: dict[str, Any] = field(default_factory=dict)
    order: dict[str, Any] | None = None


@dataclass(frozen=True)
class GeneratedCase:
    """One generated request with its gold predicate and the slots the gold names."""

    id: str
    language: str
    split: str
    text: str
    gold: dict[str, Any]
    order: dict[str, Any] | None
    slots: tuple[str, ...]
    noise: tuple[str, ...] = ()
    """The seeded noise applied after rendering (names from NOISE, "mixed" for a part in the other language),
    so that figures can be split into clean requests and noisy ones."""


class Grammar:
    """The templates and words of one split, plus the canonical words both splits share."""

    def __init__(self, module: ModuleType):
        self.templates: dict[str, dict[str, tuple[str, ...]]] = module.TEMPLATES
        self.lexicon: dict[str, dict[str, tuple[str, ...]]] = module.LEXICON

    def template(self, lang: str, kind: str, rng: random.Random) -> str:
        """A random template for a part kind."""
        return rng.choice(self.templates[lang][kind])

    def word(self, lang: str, key: str, rng: random.Random) -> str:
        """A random wording of a lexicon entry: its canonical word or one of this split's variants."""
        return rng.choice(self.words(lang, key))

    def words(self, lang: str, key: str) -> tuple[str, ...]:
        """Every wording of a lexicon entry this split may use."""
        return _canonical(lang, key) + self.lexicon[lang].get(key, ())


def _canonical(lang: str, key: str) -> tuple[str, ...]:
    kind, _, name = key.partition(":")
    table = {"brand": BRANDS, "chip": {**CHIP_FAMILIES, **CHIP_MODELS}}.get(kind)
    if table is not None:
        return (table[name][lang],)
    if kind == "series":
        return (SERIES[name][1][lang],)
    return WORDS[lang].get(key, ())


def generate(catalog: Catalog, n: int, language: str, split: str, seed: int = 0) -> list[GeneratedCase]:
    """`n` requests in one language from one grammar split; the same arguments give the same cases."""
    if split not in SPLITS:
        raise ValueError(f"Unknown split {split!r}; use one of {', '.join(SPLITS)}.")
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of {', '.join(LANGUAGES)}.")
    grammar = Grammar(SPLITS[split])
    rng = random.Random(f"{seed}-{split}-{language}")
    phones = list(catalog)
    cases = []
    for i in range(n):
        parts = _feasible_parts(rng, language, phones)
        text, noise = _render(grammar, language, parts, rng)
        gold, order = merge_gold(parts)
        slots = tuple(sorted({s for p in parts for s in p.slots}))
        cases.append(GeneratedCase(f"gen-{split}-{language}-{i}", language, split, text, gold, order, slots, noise))
    return cases


def _feasible_parts(rng: random.Random, lang: str, phones: list[Phone]) -> list[Part]:
    """Sample until the gold admits a phone (and each OR alternative does on its own)."""
    for _ in range(MAX_TRIES):
        parts = sample_parts(rng, lang)
        gold, _ = merge_gold(parts)
        if not any(satisfies(p, gold) for p in phones):
            continue
        rest = {k: v for k, v in gold.items() if k != "any_of"}
        alternatives = gold.get("any_of", ())
        if all(any(satisfies(p, {**rest, "any_of": [alt]}) for p in phones) for alt in alternatives):
            return parts
    raise RuntimeError(f"No satisfiable request after {MAX_TRIES} tries; the lexicon values are too narrow.")


def _weighted(rng: random.Random, odds: dict[str, int]) -> str:
    return rng.choices(list(odds), weights=list(odds.values()))[0]


def sample_parts(rng: random.Random, lang: str) -> list[Part]:
    """A random, consistent set of constraint parts (at least one)."""
    currency = _weighted(rng, CURRENCY_ODDS[lang])
    parts: list[Part] = []
    used_specs: set[str] = set()
    if rng.random() < 0.07:
        parts.append(_alternatives(rng, used_specs))
    elif rng.random() < 0.45:
        parts.append(_brand_part(rng))
    if rng.random() < 0.55:
        parts.append(_budget_part(rng, currency))
    ios = any(p.kind == "platform_ios" for p in parts)
    if not ios and rng.random() < 0.18:
        kind = rng.choice(("device_tablet", "device_foldable", "device_not_foldable"))
        devices = {"device_tablet": ["tablet"], "device_foldable": ["foldable"], "device_not_foldable": ["phone"]}
        parts.append(Part(kind, ("device",), {"device": devices[kind]}))
    if rng.random() < 0.2:
        parts.append(_chip_part(rng))
    if rng.random() < 0.18:
        parts.append(Part("fiveg", ("5g",), {"5g": True}))
    for _ in range(rng.choice((0, 0, 1, 1, 1, 2))):
        spec = rng.choice([s for s in SPEC_VALUES if s not in used_specs])
        side = "hi" if SPEC_VALUES[spec]["hi"] and rng.random() < 0.35 else "lo"
        used_specs.add(spec)
        value = rng.choice(SPEC_VALUES[spec][side])
        bound = [value, None] if side == "lo" else [None, value]
        kind = f"spec_{side}:{spec}"
        parts.append(Part(kind, (f"spec:{spec}",), {"spec": {spec: bound}}, {"spec": spec, "value": value}))
    if rng.random() < 0.18:
        key, desc = rng.choice(ORDERS)
        gold_key = f"price:{currency}" if key == "price" else key
        parts.append(Part("sort", ("sort",), {}, {"order": (key, desc)}, order={"key": gold_key, "desc": desc}))
    if not parts:
        return sample_parts(rng, lang)
    rng.shuffle(parts)
    # an OR goes last, so that what follows it cannot be read as part of its second side
    return sorted(parts, key=lambda p: p.kind == "or")


def _budget_part(rng: random.Random, currency: str) -> Part:
    amounts = MARKET_AMOUNTS[currency]
    kind = rng.choices(("budget_under", "budget_over", "budget_between", "budget_around"), (50, 12, 18, 20))[0]
    a = rng.choice(amounts[:-1] if kind == "budget_between" else amounts)
    bounds: list[float | None]
    if kind == "budget_under":
        bounds = [None, a]
    elif kind == "budget_over":
        bounds = [a, None]
    elif kind == "budget_around":
        bounds = [round(a * 0.85, 2), round(a * 1.15, 2)]
    else:
        b = rng.choice([x for x in amounts if a < x <= a * 3] or [amounts[-1]])
        bounds = [a, b]
    return Part(kind, ("budget",), {"price": {currency: bounds}}, {"currency": currency, "amounts": (a, bounds[1])})


def _brand_part(rng: random.Random) -> Part:
    kind = rng.choices(("brand_only", "brand_two", "brand_not", "brand_not_two", "series_not",
                        "platform_android", "platform_ios"), (30, 10, 30, 10, 10, 7, 3))[0]
    if kind == "series_not":
        series = rng.choice(list(SERIES))
        brand = SERIES[series][0]
        return Part(kind, ("brand", "series"), {"brand": [brand], "not_series": [series]},
                    {"brands": (brand,), "series": series})
    if kind.startswith("platform"):
        gold = {"not_brand": ["Apple"]} if kind == "platform_android" else {"brand": ["Apple"]}
        return Part(kind, ("brand",), gold)
    brands = tuple(rng.sample(sorted(BRANDS), 2 if kind.endswith("two") else 1))
    key = "not_brand" if "not" in kind else "brand"
    return Part(kind, ("brand",), {key: list(brands)}, {"brands": brands})


def _chip_part(rng: random.Random) -> Part:
    kind = rng.choices(("chip_family", "chip_model", "chip_not", "chip_at_least"), (35, 20, 25, 20))[0]
    if kind == "chip_at_least":
        chip = rng.choice([c for c in CHIP_MODELS if c.lower() in chip_scores()])
        return Part(kind, ("chip_score",), {"chip_at_least": chip}, {"chip": chip})
    chip = rng.choice(list(CHIP_MODELS if kind == "chip_model" else CHIP_FAMILIES))
    gold = {"not_chipset": [chip]} if kind == "chip_not" else {"chipset": chip}
    return Part(kind, ("chipset",), gold, {"chip": chip})


def _alternatives(rng: random.Random, used_specs: set[str]) -> Part:
    """"A Samsung with 12GB RAM or a Pixel with 256GB storage": brand and a lower spec bound per side."""
    brands = rng.sample(sorted(BRANDS), 2)
    specs = rng.sample(GENERIC_SPECS, 2)
    used_specs.update(specs)
    sides = [{"brand": brand, "spec": spec, "value": rng.choice(SPEC_VALUES[spec]["lo"])}
             for brand, spec in zip(brands, specs)]
    gold = {"any_of": [{"brand": [s["brand"]], "spec": {s["spec"]: [s["value"], None]}} for s in sides]}
    return Part("or", ("alternatives",), gold, {"sides": tuple(sides)})


def merge_gold(parts: Iterable[Part]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The gold predicate (and order) of a set of parts."""
    gold: dict[str, Any] = {}
    order = None
    for part in parts:
        order = part.order or order
        for key, value in part.gold.items():
            if key in ("price", "spec"):
                gold.setdefault(key, {}).update(value)
            elif key in ("brand", "not_brand", "not_series", "not_chipset"):
                gold[key] = sorted(set(gold.get(key, [])) | set(value))
            else:
                gold[key] = value
    return gold, order


# -- rendering ---------------------------------------------------------------------------------


def _render(grammar: Grammar, lang: str, parts: list[Part], rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The request's text and the noise applied to it."""
    other = "en" if lang == "zh" else "zh"
    mixed = rng.random() < NOISE["mixed_zh" if lang == "zh" else "mixed_en"]
    sayable = [i for i, p in enumerate(parts) if not p.kind.startswith("budget")]
    switched = rng.choice(sayable) if mixed and sayable else None
    phrases = [_say(grammar, other if i == switched else lang, part, rng) for i, part in enumerate(parts)]
    text = phrases[0]
    for previous, part, phrase in zip(parts, parts[1:], phrases[1:]):
        hard = {previous.kind, part.kind} & (NEGATIVE_KINDS | {"or"})
        joiner = grammar.word(lang, "joiner_hard" if hard else "joiner", rng)
        if joiner.strip() and phrase.startswith(joiner.strip() + " "):  # not "5G with with a Snapdragon"
            joiner = grammar.word(lang, "joiner_hard", rng)
        text += joiner + phrase
    neutral = any(p.kind.startswith(("device", "platform_ios")) for p in parts)
    opener = grammar.word(lang, "opener_neutral" if neutral else "opener", rng)
    if opener:
        text = opener + grammar.word(lang, "opener_joiner", rng) + text
    text += grammar.word(lang, "closer", rng)
    noise = ["mixed"] if switched is not None else []
    if lang == "en" and rng.random() < NOISE["typo"]:
        noisy = typo(text, rng)
        noise += ["typo"] if noisy != text else []
        text = noisy
    if lang == "zh":
        for name, change in (("traditional", traditional), ("full_width", full_width)):
            if rng.random() < NOISE[name]:
                noisy = change(text)
                noise += [name] if noisy != text else []
                text = noisy
    return text, tuple(noise)


def _say(grammar: Grammar, lang: str, part: Part, rng: random.Random) -> str:
    if part.kind.startswith("spec_"):
        spec = part.fill["spec"]
        kinds = [part.kind] if part.kind in grammar.templates[lang] else []
        if spec in GENERIC_SPECS:
            kinds.append(part.kind.split(":")[0])
        template = grammar.template(lang, rng.choice(kinds), rng)
    else:
        template = grammar.template(lang, part.kind, rng)
    return _fill(grammar, lang, template, part, rng)


def _fill(grammar: Grammar, lang: str, template: str, part: Part, rng: random.Random) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values: dict[str, str] = {}
    fill = part.fill
    if "m" in names or "lo" in names or "hi" in names or "lo_n" in names:
        currency = fill["currency"]
        style = _number_style(grammar, lang, currency, fill["amounts"], rng)
        money = grammar.word(lang, f"money:{currency}", rng)
        a, b = fill["amounts"]
        values.update(m=money.format(n=_number(a, style)), lo=money.format(n=_number(a, style)),
                      lo_n=_number(a, style))
        if b is not None:
            values["hi"] = money.format(n=_number(b, style))
    brands = fill.get("brands", ())
    if brands:
        values["b"] = grammar.word(lang, f"brand:{brands[0]}", rng)
    if len(brands) > 1:
        values["b2"] = grammar.word(lang, f"brand:{brands[1]}", rng)
    if "series" in fill:
        values["s"] = grammar.word(lang, f"series:{fill['series']}", rng)
    if "chip" in fill:
        values["c"] = grammar.word(lang, f"chip:{fill['chip']}", rng)
    if "spec" in fill:
        values.update(_quantity(grammar, lang, fill["spec"], fill["value"], rng))
    if "order" in fill:
        key, desc = fill["order"]
        direction = "desc" if desc else "asc"
        if "sup" in names:
            values["sup"] = grammar.word(lang, f"sup:{key}:{direction}", rng)
        else:
            values.update(by=grammar.word(lang, f"by:{key}", rng), dir=grammar.word(lang, f"dir:{direction}", rng))
    if "sides" in fill:
        values["x"], values["y"] = (_alternative(grammar, lang, side, rng) for side in fill["sides"])
    text = template.format(**values)
    return _articles_before(text, [values[k] for k in ("b", "b2") if k in values]) if lang == "en" else text


def _alternative(grammar: Grammar, lang: str, side: dict[str, Any], rng: random.Random) -> str:
    brand = grammar.word(lang, f"brand:{side['brand']}", rng)
    values = _quantity(grammar, lang, side["spec"], side["value"], rng)
    return grammar.template(lang, "alt", rng).format(ab=f"{_article(brand)} {brand}" if lang == "en" else brand, **values)


def _article(word: str) -> str:
    """'a' or 'an' by the sound the word starts with: an Asus, an Honor (silent h), a OnePlus (a 'w' sound)."""
    low = word.lower()
    return "an" if (low[:1] in "aeiou" and not low.startswith(("one", "uni", "us"))) or low.startswith("hon") else "a"


def _articles_before(text: str, words: Iterable[str]) -> str:
    """The template's 'a' before each filled-in name corrected to the name's own article ('not a Honor' -> 'not an Honor')."""
    for word in words:
        text = re.sub(rf"\b([Aa])n? (?={re.escape(word)}\b)", rf"\g<1>{_article(word)[1:]} ", text)
    return text


def _quantity(grammar: Grammar, lang: str, spec: str, value: float, rng: random.Random) -> dict[str, str]:
    """{v} (value with unit), {noun} and {q} (the whole quantity) for one spec value."""
    if spec == "storage_gb" and value >= 1024:
        v = f"{value / 1024:g}TB" if lang == "en" else rng.choice((f"{value / 1024:g}T", f"{value / 1024:g}TB"))
    else:
        unit = grammar.word(lang, f"unit:{spec}", rng)
        v = unit.format(n=f"{value:g}", nk=f"{value / 1000:g}k", zhmp=_zh_megapixels(value),
                        zhn=zh_full_numeral(value), zhmpn=zh_megapixel_numeral(value))
    noun = grammar.word(lang, f"noun:{spec}", rng) if grammar.words(lang, f"noun:{spec}") else ""
    q = grammar.word(lang, f"q:{spec}", rng).format(v=v, noun=noun) if noun else v
    return {"v": v, "noun": noun, "q": q}


def _zh_megapixels(mp: float) -> str:
    """50 -> 5000万, 108 -> 1.08亿 (how Chinese shops write camera resolution)."""
    return f"{mp / 100:g}亿" if mp >= 100 else f"{mp * 100:g}万"


def _number_style(grammar: Grammar, lang: str, currency: str, amounts: tuple, rng: random.Random) -> str:
    styles = [s for s in grammar.words(lang, f"num:{currency}")
              if all(format_number(x, s) is not None for x in amounts if x is not None)]
    return rng.choice(styles) if styles else "plain"


def _number(n: float, style: str) -> str:
    return format_number(n, style) or f"{n:g}"

