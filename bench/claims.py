"""False claims in random answers: N answers to random conversations, every claim checked.

Conversations are drawn from a table of request fragments (budgets, brands, specs, vague needs,
superlatives, follow-ups such as "why not the <phone>?", in English and Chinese), combined at random
and sent through a real Session; each answer's claims go through advisor.explain.claims.ClaimChecker, which
recomputes them from the catalog.

    .venv/bin/python -m bench.claims --answers 10000 --seed 0

Prints the answers and claims checked, the false claims per kind, and up to --show examples.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence

from advisor.catalog.model import Catalog

EN = {
    "budget": ("under ${n}", "below ${n}", "around ${n}", "between ${lo} and ${n}", "under ₹{k}000", "max {n} dollars"),
    "brand": ("Samsung", "only Xiaomi", "no Apple", "not Huawei", "an iPhone", "Google Pixel", "OnePlus or Motorola",
              "anything but Samsung"),
    "spec": ("at least 8GB RAM", "12GB RAM", "5000mAh battery", "under 180g", "screen under 6.3 inches",
             "256GB storage or more", "50MP camera", "5G", "from 2023 or newer", "6.7 inch screen or bigger",
             "at least 3 rear cameras"),
    "need": ("for gaming", "with a good camera", "for selfies", "with long battery life", "compact", "a light phone",
             "big screen for my grandma", "cheap", "a flagship", "for business", "for PUBG", "that lasts two days"),
    "most": ("cheapest", "lightest", "biggest battery", "fastest", "newest", "best selfie camera", "most RAM",
             "smallest", "most expensive"),
    "followup": ("cheaper", "more battery", "lighter", "faster", "only Samsung", "no Xiaomi", "show more",
                 "why the first one?", "why not the {family}?", "details of the second", "compare the first two",
                 "more like the first one", "tell me about the {family}", "bigger screen", "newer"),
}
ZH = {
    "budget": ("预算{n}0元", "{n}0元以内", "{lo}0到{n}0元", "{n}0块左右", "不超过{n}0元"),
    "brand": ("三星", "只要小米", "不要苹果", "华为", "别要华为", "一加或者vivo"),
    "spec": ("内存8G以上", "电池5000毫安以上", "200克以下", "5G", "12G内存", "屏幕6.5寸以下", "256G存储", "后置三摄以上"),
    "need": ("玩游戏", "拍照好", "自拍好看", "续航好", "小巧", "大屏", "便宜点", "旗舰", "别太重", "玩原神不卡", "给老人用"),
    "most": ("最便宜的", "最轻的", "电池最大的", "性能最强的", "最新的"),
    "followup": ("便宜点", "再便宜一点", "为什么推荐第一个", "为什么不推荐{family}", "第二个详细参数", "对比前两个",
                 "只要三星", "换一批", "电池再大点", "轻一点"),
}
SLOTS = ("budget", "brand", "spec", "need", "most")


def fill(fragment: str, rng: random.Random, catalog: Catalog) -> str:
    """A fragment with its blanks filled: prices, and a real family name for {family}."""
    n = rng.choice((150, 200, 250, 300, 400, 500, 600, 800, 1000, 1200))
    family = catalog[rng.randrange(len(catalog))].family
    return fragment.format(n=n, lo=n // 2, k=n // 12, family=family)


def random_message(rng: random.Random, catalog: Catalog, language: str, followup: bool) -> str:
    """One message: a follow-up, or one to three request fragments."""
    table = EN if language == "en" else ZH
    if followup and rng.random() < 0.6:
        return fill(rng.choice(table["followup"]), rng, catalog)
    slots = rng.sample(SLOTS, rng.randint(1, 3))
    parts = [fill(rng.choice(table[s]), rng, catalog) for s in slots]
    return (" " if language == "en" else "，").join(parts)


def random_conversation(rng: random.Random, catalog: Catalog) -> tuple[str, list[str]]:
    """A language and one to four messages."""
    language = rng.choice(("en", "zh"))
    turns = rng.randint(1, 4)
    return language, [random_message(rng, catalog, language, followup=t > 0) for t in range(turns)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the measurement and print the false claims per kind."""
    parser = argparse.ArgumentParser(prog="python -m bench.claims", description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10000, help="answers to check (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=5, help="false claims to print as examples")
    args = parser.parse_args(argv)

    from advisor import Advisor
    from advisor.errors import AdvisorError
    from advisor.explain.claims import ClaimChecker, count_by_kind

    advisor = Advisor.load()
    catalog = advisor.resources.catalog
    checker = ClaimChecker(catalog)
    rng = random.Random(args.seed)
    answers = claims = 0
    by_kind: dict[str, int] = {}
    found = []
    started = time.perf_counter()
    while answers < args.answers:
        language, messages = random_conversation(rng, catalog)
        session = advisor.session()
        for message in messages:
            try:
                answer = session.ask(message, language)
            except AdvisorError:
                continue  # a clear message to the shopper ("no phones on screen yet"), not an answer
            answers += 1
            for pick in answer.picks:
                for reason in pick.reasons:
                    if reason.claim is not None:
                        claims += 1
                        by_kind[reason.claim.kind] = by_kind.get(reason.claim.kind, 0) + 1
            found += [(message, f) for f in checker.false_claims(answer)]
            if answers >= args.answers:
                break
    false_by_kind = count_by_kind(f for _, f in found)
    print(f"{answers} answers, {claims} claims checked in {time.perf_counter() - started:.0f} s "
          f"(seed {args.seed}, catalog of {len(catalog)} phones)")
    print(f"{'kind':<12} {'claims':>8} {'false':>6}")
    for kind in sorted(by_kind):
        print(f"{kind:<12} {by_kind[kind]:>8} {false_by_kind.get(kind, 0):>6}")
    print(f"{'total':<12} {claims:>8} {len(found):>6}")
    for message, item in found[:args.show]:
        print(f"  {message!r}: {item.text!r} ({item.why})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
