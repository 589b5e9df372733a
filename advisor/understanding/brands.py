"""Brands to include, add, drop or exclude: "only Samsung", "or Xiaomi", "anything except Apple",
"不要三星", "forget the iPhone".

Each brand mention takes its role from the nearest trigger word before it in the same clause;
a mention with no trigger of its own continues the previous one ("no Samsung or Huawei"
excludes both). The positive brands of one message replace the wanted set, unless the first
of them is introduced as an addition ("also Pixel", "小米也行").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from advisor.understanding.negation import (
    EXCLUDE,
    clause_breaks,
    continues_list,
    excepts_from_a_refusal,
    postposed,
    refused,
    refused_in_clause,
    refuses_the_rest,
    taken_back,
)
from advisor.understanding.normalize import is_english_word
from advisor.understanding.scan import Scan, latin_alt
from advisor.understanding.smalltalk import MOVE_OPENER

_REMOVE = latin_alt([r"forget(?:\s+about)?", r"drop", r"remove", r"never\s+mind", r"scratch", r"take\s+out",
                     r"no\s+longer\s+(?:want|need)", "去掉", "去除", "删掉", "取消"])
_ADD = latin_alt([r"also", r"or", r"and", r"plus", r"add", r"include", r"as\s+well\s+as", r"throw\s+in",
                  "或者", "或", "也看看", "也", "还有", "加上", "以及", "和", "跟", "还可以", "再加个", "再加一个", "再加",
                  "加个", "再来个", "再来一个"])
WANTED_AFTER = re.compile(r"""
    \s*(?:instead|rather|then                                          # "Samsung instead"
         |is\s+(?:fine|ok|okay|good|better)|would\s+be\s+(?:fine|good|better)|works  # "Apple is fine"
         |也行|也可以|可以|就行|就好)                                    # "苹果也行"
    (?![a-z])
    """, re.VERBOSE)
"""After a name: it is wanted, instead of what was refused before it ("not Samsung, Google instead", "苹果就行")."""
NO_PROBLEM_AFTER = re.compile(r"\s*(?:(?:也|都|亦)?(?:没有?问题|冇问题|无问题|没关系|没事|不要紧|无所谓)"
                              r"|(?:is|are)\s+(?:no\s+problem|fine\s+too|ok(?:ay)?\s+too)|no\s+problem)(?![a-z])")
"""After a name said after a refused one: it may be had after all, though not asked for ("不要摩托罗拉，三星没问题", "no
moto, samsung is no problem")."""
WISH_AFTER_BREAK = re.compile(r"\s*(?:only|please|pls|plz)(?![a-z])")
"""After a name that opens a clause of its own: it is wanted, the refusal before the break does not reach it ("no realme,
samsung only", "no realme, samsung please"). Only after a break: "no realme or samsung please" refuses both."""


def said_as_wish(scan: Scan, end: int, broken: bool) -> bool:
    """True when the words after a name that ends at `end` say it is wanted, which ends a refused list before it:
    "not Samsung, Google instead" and, when `broken` (a clause break stands between the name and the refusal),
    "no realme, samsung only"."""
    return WANTED_AFTER.match(scan.low, end) is not None or \
        (broken and WISH_AFTER_BREAK.match(scan.low, end) is not None)
_JOINER = re.compile(r"and|or|plus|also|as\s+well\s+as|和|跟|或|或者|以及|还有|加上")
# only openers before a joiner ("hmm also motorola", "ok, and oppo"): no other ask for it to join the brand to
_OPENERS_ONLY = re.compile(rf"(?:{MOVE_OPENER}[\s,，.。!！]*)*")
# "also" after a name adds it only where it closes the clause or says the name will do ("Xiaomi also", "Pixel also works");
# before another ask it opens that ask: "gotta be a Xiaomi also w/ 5g", "strictly a Tecno also 200 grams or more" want
# that brand alone
ALSO_AFTER = re.compile(latin_alt([r"too", r"as\s+well(?!\s+as)",
                                   r"also(?=\s*(?:$|[,.;!?/)]|(?:works?|fine|ok(?:ay)?|good|acceptable|considered|welcome"
                                   r"|an?\s+option|please|pls|too)(?![a-z])))",
                                   r"(?:is|are)\s+(?:fine|ok|okay)\s+too", "也行", "也可以", "也可", "也不错", "也考虑",
                                   # "蓝绿厂也能接受", "华为也没问题": acceptable too
                                   "也能接受", "也接受", "也能考虑", "也没问题",
                                   "亦可以", "亦得", "亦行",
                                   # the English word after the Chinese "also", spaced in a mixed message: "Huawei 也 ok"
                                   r"也\s*(?:ok(?:ay)?|fine)",
                                   # put in (or back) with the others: "再把OPPO也加上", "realme也算上", "华为也放进来看看", "折叠的也放回来"
                                   "也(?:加上|加进(?:来|去)|算上|算进(?:来|去)|放进(?:来|去)|带上|考虑进(?:来|去)|(?:放|加|拿|算)回来)"]))
# Cantonese 亦 is 也: "小米亦可以"
"""After a name (matched on the text after it, spaces stripped): it joins what is wanted ("小米也行", "a tablet is fine too")."""
ALSO_LATER = re.compile(r"""
    (?:\s+(?:would|could|can|might|will|also|works?|do|does|be|is|are|fine|ok|okay|good|acceptable|for|him|her|me|us
             |them|in|into|on|the|mix|list|running|there|here)){1,6}?  # "would work for him", "in the mix", "in there"
    (?:\s+(?:too|as\s+well)(?=\s*(?:$|[,.;!?)]))                   # closing the clause: "... as well", "... too"
      |(?<=also)\s+(?:work|do)(?![a-z])                            # "could also work", "would also do"
      |(?<=also)(?:\s+be)?\s+(?:good|fine|ok(?:ay)?|acceptable)(?=\s*(?:$|[,.;!)])))  # "is also good", not "also good for games?"
    """, re.VERBOSE)
"""After a name, a few words that say it will do, closed by "too"/"as well": it joins what is wanted ("a motorola would
work for him as well", "throw realme in the mix too", "chuck poco in there too", "honor could also work"); another ask before the closing word
("a samsung with 5g too") does not."""
DOU_ALSO_AFTER = re.compile(r"都\s*(?:行|可以|可|得|ok|okay|fine|好)")
"""After one brand's name: "as well", as 也 ("其實小米都得", "三星都OK", spaced in a mixed message: "Huawei 都 ok too"); after a
list or a group of brands 都 is "both" ("三星苹果都可以", "OV都行": those brands are the wish)."""
# written for re.VERBOSE: pasted into _TRIGGER only
_FILLER = r"""(?:\s
    |the|a|an|any|anything|everything|some|both|either|me|us|another|other|more  # articles and pronouns
    |phones?|models?|devices?|brand|of|from|made\s+by|by|stuff            # "phones made by"
    |show|see|consider|check(?:\s+out)?|look\s+at|try|get|want|like|include  # verbs of looking and wanting
    |一下|看看|考虑|推荐|任何|所有|一切|,|:)*"""  # "exclude: Samsung"
# "switch from Samsung to Apple": "to" starts a wanted brand, not the rest of the "from" list
# ... and the one meant, said after the one taken back: "不是OPPO 我想看的是小米", "我要的是华为"
_SET = latin_alt([r"to", r"towards", r"into", "换成", "换到", "改成", "改用", "想换", "换个", "换一[个部台]", "改买",
                  "(?<![不别没想])(?:想|要|想要)(?:看|买|找|选|问)?的(?:其实)?(?:是|系)"])
_TRIGGER = re.compile(rf"""
    (?:(?P<exclude>{EXCLUDE})     # "no", "except", "不要"
      |(?P<remove>{_REMOVE})      # "forget about", "去掉"
      |(?P<add>{_ADD})            # "also", "加上"
      |(?P<to>{_SET}))            # "switch to", "换成"
    {_FILLER}$                    # and only filler words up to the brand
    """, re.VERBOSE)
_OFFER_GAP = re.compile(r"[\s,，、;；]*")
"""Between one brand's "也行" and the next brand offered the same way: only a pause."""
# "a Sony one plus 5G": "one" after a word that describes it is the phone; after a noun it starts the brand ("a phone one plus")
# ... up to three words of description: "gimme the most massive display one plus main camera 200MP"
_DESCRIBED_ONE = re.compile(r"(?<![a-z])(?:a|an|the|this|that|any|some)(?:\s+(?!(?:phone|mobile|smartphone|handset|device|cell)s?\s)"
                            r"[a-z'\-]+){1,3}\s+$")
_ONEPLUS_LINE_AFTER = re.compile(r"\s*(?:nord|ace|open|pad|\d{1,2}(?![\d.,]|\s*(?:g|k|gb|mah|mp|dollars?|bucks|usd)(?![a-z]))[a-z]{0,2}(?![a-z]))",
                                 re.IGNORECASE)
"""A OnePlus line or model after "one plus" makes it the maker, whatever describes it ("the new one plus 12"); a figure
with a unit or of three digits is a figure ("an Oppo one plus 600 dollars max": the Oppo, and a budget)."""
_MODEL_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?[a-z]?\d")
# a brand's app or service after its name is what the phone runs, not who makes it: "hangs when google maps opens",
# "my whole life is in google photos", "samsung health tracks my runs"
# a brand said with what is left of the list is what the shopper sees, no wish: "nah only tecno left now", "just Xiaomi
# phones remaining"; "Samsung left out" is a refusal, read elsewhere
_LEFT_AFTER = re.compile(r"\s+(?:phones?\s+|ones\s+|models\s+)?(?:(?:is|are)\s+)?(?:left|remain(?:s|ing)?)(?![a-z])"
                         r"(?!\s+(?:out|off|behind))")
# a brand said to cost more than the shopper meant to pay is the one priced out, no wish: "Pixels are more than I
# thought", "samsungs are way too expensive", "iPhones are out of my range" (what to look at instead is said after it)
_PRICED_OUT_AFTER = re.compile(r"(?:'?s)?\s+(?:phones?\s+|ones\s+|models\s+)?(?:is|are|were|was|costs?|seem|seems)\s+"
                               r"(?:(?:way|a\s+bit|a\s+lot|much|far|just|all|kinda|a\s+little)\s+)?"
                               r"(?:more\s+than\s+(?:i|we)\s+(?:thought|expected|hoped|imagined|wanted\s+to\s+(?:spend|pay))"
                               r"|too\s+(?:expensive|pricey|dear|much)|over\s+(?:my|our|the)\s+budget|overpriced"
                               r"|out\s+of\s+(?:my|our)\s+(?:price\s+)?(?:range|budget|league))(?![a-z])")
# Apple's fruit names after a verb done to fruit are the fruit: "拍果子" (photographs the fruit), "摘苹果", "种苹果的",
# "吃水果"; "换个苹果", "要果子" stay the brand
_FRUIT_NAMES = frozenset({"苹果", "果子", "水果"})
_FRUIT_VERB_BEFORE = re.compile(r"(?:拍|摘|种|吃|削|洗|采)(?:了|下|点|些|几个|一下)?\s*$")
# "google android system", "Google's Android": the maker of the system named before it, no phone maker wished for
_SYSTEM_AFTER_ITS_MAKER = re.compile(r"(?:'s)?\s+android(?![a-z])")
_APP_AFTER = re.compile(r"\s+(?:maps|photos|drive|assistant|lens|translate|docs|meet|chrome|calendar|music|health"
                        r"|wallet|notes|cloud|account)(?![a-z])")
# "mi" as Caribbean and West African English says "I" and "my" ("mi need a phone", "mi a look fi a phone", "mi change
# mi mind", "mi budget is 300"), not Xiaomi's Mi: a verb said by it, or a word of the shopper's own life owned by it,
# follows ("a Mi phone", "Mi 11", "Mi or Samsung", "Mi wanted" stay the brand). A word of the shopper's life said of a
# phone is what kind of phone it is: "a Mi budget phone", "Mi family phone" are Xiaomi's
_PATOIS_MI_AFTER = re.compile(
    r"\s+(?:(?:just|jus|really|still|also|only|now|too)\s+)?"
    r"(?:(?:need|want|wan|waan|wanna|wah|would|will|work|werk|change|have|hav|got|gotta|get|tink|think|seh|say|nuh|cyaan"
    r"|can|cant|can't|could|did|do|don.?t|deh|am|'m|haffi|ha\s+fi|live|use|love|like|a\s+go|a\s+look|ago|gwine|gonna"
    r"|just|jus|really|also|only|look(?:ing|in)?|seek(?:ing|in)?|search(?:ing|in)?|hunt(?:ing|in)?)(?![a-z])"
    r"|(?:mind|wife|husband|son|daughter|bredda|sista|pickney|boss|budget|money|cash|pocket|job|family|mada|fada|mother"
    r"|father|self)(?![a-z])(?!\s+(?:smart)?(?:phones?|mobiles?|handsets?|models?|devices?|options?|picks?|ones?)(?![a-z])))")
# a brand right after words that make it a phone owned, left or compared with, not one wished for: "my old Huawei",
# "coming from an iPhone", "better than my Samsung", "replacing my Xiaomi", "之前用小米", "比小米便宜", "我现在用的是苹果"
# the people around the shopper whose phones are told of ("my mom's Samsung", "my coworker has the pixel 8a")
_KIN = r"(?:mom|mum|dad|wife|husband|son|daughter|kid|friend|brother|sister|partner|cousin|co-?worker|colleague|boss)"
# how the phone in hand is described after its article: "an old", "a cracked"
_WORN = r"(?:(?:old|older|current|broken|aging|ageing|trusty|cracked)\s+)?"
_OWNED_OR_COMPARED = re.compile(rf"""
    # (a dash is no word: "upgrade my phone - Oppo please" wishes for the Oppo after the clause break)
    (?:(?<![a-z'])(?:my|our|his|her|their|{_KIN}'s)\s+(?:(?!(?:is|are|was|be|would|will|next|new|future|says?|said|thinks?|reckons?|told|recommends?|suggests?)\s)[a-z'][a-z'-]*\s+){{0,2}}  # "my old", not "my next" nor "my friend says"
     | (?<![a-z'])(?:than|instead\s+of|(?:com(?:e|ing)|upgrad(?:e|ing)|migrat(?:e|ing))\s+from|replac(?:e|ing)
                   |compared\s+(?:to|with)|similar\s+to)\s+(?:(?:a|an|the|my|our)\s+)?
     | (?<![a-z'])(?:(?:i|we)\s+(?:currently\s+|already\s+|still\s+)?(?:have|own|use|am\s+using|'m\s+using|used\s+to\s+have)
                   |(?:i\s+|we\s+)?(?:had|owned|previously\s+had))
       \s+(?:(?:a|an|the)\s+)?{_WORN}   # "I have an old iPhone"
     # the phone in hand said without its subject ("used to have a Samsung"), as time spent with it ("I've been using
     # Samsung") or as what one is on ("currently on a Pixel 6", "i'm on a samsung now")
     | (?<![a-z'])(?:used\s+to\s+(?:have|own|use)|(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+been\s+using
                   |(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:currently\s+|still\s+)?|currently\s+)on)
       \s+(?:(?:a|an|the|my)\s+)?{_WORN}
     | (?<![a-z'])(?:my|our)\s+(?:(?:current|old|present|existing|daily)\s+)?(?:phone|mobile|device|handset|cell(?:phone)?)
       \s+(?:is|was)\s+(?:(?:a|an|the)\s+)?{_WORN}                                        # "my phone is an old iPhone"
     | 我的|我(?:现在|目前)?(?:用的是|用的|在用|用着|拿着|有)(?:一?[台部个])?|(?:现在|目前)?(?:用的是|在用|用着|拿着)(?:一?[台部个])?|用过的?|(?:之前|以前|原来)(?:一直)?用(?:的是|的)?|比(?:我的)?
     | 类似|替代|手(?:上|里|头)(?:是|的是|拿的是|用的是)?|用了(?:[一二两三四五六七八九十几\d]+年(?:多)?)?(?:的)?
     # the phone other people have, said as a reason ("红米就算了，宿舍一半人都用红米", "everyone in my class uses an iPhone")
     | (?:大家|别人|他们|她们|朋友|同学|室友|舍友|同事|家里人|(?:[一二两三四五六七八九十几半多]|很多|好多)(?:个)?人)[^，。,!！?？]{{0,4}}?
       (?:都|也|全)?(?:在)?用(?:的是|的)?
     | (?<![a-z'])(?:everyone|everybody|people|all\s+my\s+friends|my\s+friends|half\s+(?:of\s+)?my\s+[a-z]+|my\s+{_KIN})
       (?:\s+[a-z]+){{0,3}}?\s+(?:uses?|has|have|owns?)\s+(?:(?:a|an|the)\s+)?
    )$""", re.VERBOSE)
# who the shopper has been, by the phones carried: "been an iPhone guy for a decade", "I've been a Samsung user", "was a
# Pixel person for years": a phone owned (a wish says "I'm a Samsung guy" in the present, and "the best was a Pixel"
# names no kind of user: both stay wishes)
_BEEN_BEFORE = re.compile(r"(?<![a-z'])(?:(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+)?(?:been|was|were)\s+(?:an?\s+)?"
                          r"(?:(?:die[\s-]?hard|loyal|lifelong)\s+)?$")
_USER_AFTER = re.compile(r"(?:'?s)?\s+(?:guy|girl|user|person|fan|man|woman|loyalist|fanboy|fangirl|family)(?![a-z])")
# "从苹果换到安卓", "把苹果换成华为": a brand after 从 or 把 and before 换 is the one left
_FROM_BEFORE = re.compile(r"(?:从|把)$")
_SWITCH_AFTER = re.compile(r"(?:的)?(?:手机)?\s*(?:换|转|升级|迁移)")
# after a refused list, "以外的" turns the refusal on every other brand: "不要华为以外的", "不考虑苹果和三星之外的品牌"
_OUTSIDE_REFUSED = re.compile(r"\s*(?:以外|之外)(?:的)?(?:\s*(?:品牌|牌子|手机|机子|机型|产品))?(?:的)?(?=\s*(?:$|[,，。.;；!！?？]))")
_THEN_THAT = re.compile(r"[^,，。;；!！?？]{0,16}?就是")  # "不是X就是Y"
# read on the unmasked text: "any brand" may have been read as a clear ("not picky about brand but Samsung" is no refusal)
# ... "every" too: "every brand but Oppo"
_ANYTHING_BUT = re.compile(r"(?<![a-z])(?:anything|everything|any(?:\s*(?:brand|phone|make|model|one|body))?"
                           r"|every\s*(?:brand|phone|make|model|one|body)|whatever|all)\s*but$")
# ... and British "bar" (no clause break, as "but" is): "any make bar Vivo", "any brand bar Oppo"
_ANYTHING_BAR = re.compile(r"(?<![a-z])(?:anything|everything|any(?:\s+(?:brand|phone|make|model|one))?|every\s+(?:brand|phone|make|model|one))"
                           r"\s+bar\s+(?:(?:a|an|the)\s+)?$")


@dataclass
class BrandChanges:
    """What one message says about brands."""

    wanted: set[str] = field(default_factory=set)
    add: bool = False  # the wanted brands extend the current set instead of replacing it
    excluded: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


def find_brands(scan: Scan, pattern: re.Pattern[str], aliases: Mapping[str, frozenset[str]]) -> BrandChanges:
    """Brand mentions in the scan, sorted into wanted / excluded / removed."""
    changes = BrandChanges()
    previous_end = 0
    previous_role: str | None = None
    clause: list[frozenset[str]] = []  # wanted brands of the current list, for a refusal after it ("华为小米的不要")
    refused: list[frozenset[str]] = []  # refused brands of the current list, for "以外的" after it ("不考虑苹果和三星以外的")
    rest_end = 0  # where the last refusal of every other brand ends ("非三星小米不要")
    excepting = False  # the list is under an exception opened by 除 ("除了苹果和三星以外")
    closed_at: int | None = None  # where the refusal said after the last brand ends ("vivo就算了")
    wanted_said: list[tuple[frozenset[str], bool]] = []  # the wanted mentions in order, a group ("国货") as one, each
    # with whether it is joined to the mention before it (same clause, or "any other"), not said apart as a reason
    mentions = [m for m in scan.matches(pattern) if scan.free(m.start(), m.end())]
    # "poco小米", "POCO xiaomi": the maker glued to its own sub-brand only says whose the sub-brand is
    makers = [maker for a, b in pairwise(mentions)
              if (maker := _maker_of_glued(scan, a, b, aliases)) is not None]
    maker_only = frozenset().union(*(brands_said(m.group(0), aliases) for m in makers)) - frozenset().union(
        *(brands_said(m.group(0), aliases) for m in mentions if all(m is not maker for maker in makers)))
    qualified: set[str] = set()  # the other brands of a maker named before one of its own ("传音Infinix"), not meant
    named_alone: set[str] = set()  # brands named by a word of their own
    also_end: int | None = None  # where the "也行" said after the mention before ends
    offered_each = False  # two brands each offered with its own "也行", one right after the other
    for i, m in enumerate(mentions):
        said = " ".join(m.group(0).split())
        brands = brands_said(said, aliases)
        if not brands or (said == "one plus" and _DESCRIBED_ONE.search(scan.plain, 0, m.start())
                          and not _ONEPLUS_LINE_AFTER.match(scan.plain, m.end())):
            continue  # "a Sony one plus 5G": "one" is the phone described, "plus" joins the next ask
        if said == "mi" and _PATOIS_MI_AFTER.match(scan.plain, m.end()):  # (what follows may be read already: a budget)
            scan.take(m.start(), m.end())  # "mi need a 5G phone": the shopper, no brand
            continue
        if said in _FRUIT_NAMES and _FRUIT_VERB_BEFORE.search(scan.low, max(0, m.start() - 4), m.start()):
            scan.take(m.start(), m.end())  # "拍果子": fruit photographed, no brand
            continue
        if len(brands) == 1:
            named_alone |= brands
        member = _member_after_maker(scan, m, mentions[i + 1], brands, aliases) if i + 1 < len(mentions) else frozenset()
        if member:
            qualified |= brands - member  # "传音Infinix的不要": the group's name says whose the brand after it is
        elif i > 0 and (member := _member_before_maker(scan, mentions[i - 1], m, brands, aliases)):
            qualified |= brands - member  # "TECNO传音的不要": said after the brand, the group's name says the same
        if brands == {"Google"} and _SYSTEM_AFTER_ITS_MAKER.match(scan.plain, m.end()):
            scan.take(m.start(), m.end())
            continue  # "google android system": the system's maker, not a Pixel; the platform reader reads "android"
        if _APP_AFTER.match(scan.low, m.end()) or _LEFT_AFTER.match(scan.low, m.end()) \
                or _PRICED_OUT_AFTER.match(scan.low, m.end()):
            # "google maps", "only tecno left", "pixels are more than i thought": an app, the list seen, or a maker priced
            # out; no brand asked for
            scan.take(m.start(), m.end())
            continue
        window_start = max(previous_end, m.start() - 40)
        window = scan.low[window_start:m.start()]
        breaks = clause_breaks(scan, window_start, m.start(), _TRIGGER)
        listed = previous_role is not None and continues_list(scan, previous_end, m.start())
        same_clause = previous_role is not None and (not breaks or listed)
        if closed_at is not None and _WISH_OPENER.match(scan.low, closed_at, m.start()):
            same_clause = listed = False  # "vivo就算了只看oppo": the refusal closed vivo's clause, a wish opens oppo's
        tail = window[breaks[-1].end():] if breaks and not listed else window
        trigger = _TRIGGER.search(tail)
        owned = _OWNED_OR_COMPARED.search(tail) or (_FROM_BEFORE.search(tail) and _SWITCH_AFTER.match(scan.low, m.end())) \
            or (_BEEN_BEFORE.search(tail) and _USER_AFTER.match(scan.low, m.end()))
        if trigger is None and not listed and owned and postposed(scan, m.end()) is None:
            scan.take(m.start(), m.end())  # "better than my Samsung", "换掉我的华为": a phone owned or compared with
            continue
        role = trigger.lastgroup if trigger else None
        if role == "to" or (role == "exclude" and trigger is not None and trigger["exclude"].endswith("不是")
                            and _THEN_THAT.match(scan.low, m.end())):
            role = "set"  # "不是华为就是荣耀", "要不是OPPO要不就是vivo": either one, not a refusal
        if role is None and breaks and breaks[-1].group(0) == "but" and not same_clause \
                and _ANYTHING_BUT.search(scan.plain, window_start, window_start + breaks[-1].end()):
            role = "exclude"  # "anything but Apple"
            if excepts_from_a_refusal(scan, window_start + breaks[-1].start(), "but"):
                role = "set"  # "I don't want anything but a OnePlus"
        if role is None and _ANYTHING_BAR.search(scan.plain, window_start, m.start()):
            role = "exclude"  # "any make bar Vivo": every brand is fine but this one
        only = None if trigger is None or role != "exclude" or same_clause else _only_wish(scan, pattern, m, tail, trigger)
        if only is not None:
            role = "set"  # "nothing except Pixel", "除了小米都不要": every brand but this one is refused
            scan.take(*only)
            rest_end = only[1]
        if same_clause and role in (None, "add"):
            role = previous_role  # "no Samsung or Huawei": the list goes on
            if role == "exclude" and said_as_wish(scan, m.end(), bool(breaks)):
                role = "set"  # "not Samsung, Google instead": the refusal ends where a wish is said
            elif role == "exclude" and NO_PROBLEM_AFTER.match(scan.low, m.end()):
                role = "add"  # "不要的是摩托罗拉，三星没问题": let back in beside the one refused, no wish of its own
        if role == "add" and not same_clause and trigger is not None and _JOINER.fullmatch(trigger["add"]) \
                and not _OPENERS_ONLY.fullmatch(scan.low[:m.start() - len(tail) + trigger.start()].strip(" ,，。.;；!！?？")):
            role = None  # "5G and Xiaomi": "and" joins this brand to other asks, it does not add to earlier brands
        role = role or "set"
        if role == "remove" and not same_clause and \
                (shown := _FROM_THE_LIST.match(scan.low, _list_end(scan, pattern, m.end()))) is not None:
            role = "exclude"
            scan.take(*shown.span())
        after = scan.low[m.end():m.end() + 16].lstrip()
        also = ALSO_AFTER.match(after) if role in ("set", "add") else None
        if role in ("set", "add") and (also or ALSO_LATER.match(scan.low, m.end()) or (
                DOU_ALSO_AFTER.match(after) and len(brands) == 1 and not same_clause)):
            role = "add"
        if also is not None and also_end is not None and _OFFER_GAP.fullmatch(scan.low, also_end, m.start()):
            offered_each = True  # "荣耀也行真我也行": each offered in turn, the two are the choice, not additions
        spaces = len(scan.low[m.end():m.end() + 16]) - len(after)  # the spaces `after` was stripped of
        also_end = m.end() + spaces + also.end() if also is not None else None
        if not same_clause:
            clause, refused = [], []
        if not (same_clause and (trigger is None or trigger.lastgroup == "add")):  # a list stays under its exception
            excepting = trigger is not None and (trigger["exclude"] or "").startswith("除")
        refusal = postposed(scan, m.end())
        outside = _OUTSIDE_REFUSED.match(scan.low, m.end()) if role == "exclude" else None
        if outside is not None and excepting:
            refusal = None  # "除了苹果以外", "除了苹果和三星之外的": 以外 closes the exception 除了 opened, refusing nothing more
            scan.take(m.end(), outside.end())
        elif outside is not None:
            role, refusal = "set", None  # "不考虑苹果和三星以外的": what lies outside the named brands is refused
            for earlier in refused:
                changes.excluded -= earlier
                changes.wanted |= earlier
            scan.take(m.end(), outside.end())
        if refusal is not None and refusal.end() <= rest_end:
            refusal = None  # "非三星小米不要": the refusal of the others, read with the first of the list
        if refusal is not None and refusal.group(0).lstrip().startswith(("以外", "之外", "外")) \
                and (rest := refuses_the_rest(scan, refusal.end(), "以外")) is not None:
            scan.take(m.end(), rest.end())  # "三星以外的不考虑": every brand but this one is refused
            refusal = None
        said_in_clause = refused_in_clause(scan, m.start(), m.end(), [o.start() for o in mentions[i + 1:]]) \
            if refusal is None and role in ("set", "add") and only is None and outside is None else None
        if said_in_clause is not None:
            # "推荐里不要出现X", "X的给我划掉", "X之前用过一台，这次不想再买了": refused by a word elsewhere in its clause;
            # one after the brand refuses the brands listed with it too, as a refusal right after it does
            role = "exclude"
            if said_in_clause[0] >= m.end():
                for earlier in clause:
                    changes.wanted -= earlier
                    changes.excluded |= earlier
            scan.take(*said_in_clause)
        if refusal is not None and role in ("set", "add"):
            role = "exclude"
            for earlier in clause:
                changes.wanted -= earlier
                changes.excluded |= earlier
            scan.take(m.end(), refusal.end())
        closed_at = refusal.end() if refusal is not None and role == "exclude" else None
        if role == "exclude" and (back := taken_back(scan, m.end())) is not None:
            # "not a huge fan of Apple but open to it": a dislike said, no refusal; the brand is neither wanted nor out
            scan.take(m.start() - len(tail) + (trigger.start() if trigger is not None else len(tail)), back.end())
            previous_end, previous_role = m.end(), None
            continue
        if role in ("set", "add"):
            clause.append(brands)
            if not member:  # a maker naming whose the next brand is wishes no group: "传音的Infinix、传音的Tecno"
                wanted_said.append((brands, same_clause or _OTHER_BEFORE.search(tail) is not None))
        elif role == "exclude":
            refused.append(brands)
        _record(changes, role, brands)
        # "iPhone 15 Pro Max": a brand followed by a model number stays in the taste text
        scan.take(m.start(), m.end(), keep=_MODEL_AFTER.match(scan.plain, m.end()) is not None)
        if trigger is not None:
            scan.take(m.start() - len(tail) + trigger.start(), m.start())
        previous_end, previous_role = m.end(), role
    _narrow_to_members(changes, wanted_said)
    if offered_each:
        changes.add = False
    changes.wanted -= (qualified - named_alone) | maker_only
    changes.excluded -= (qualified - named_alone) | maker_only
    return changes


# a brand asked for, not offered: "plus iphone plz ty", "plus brand: Vivo or Realme", "also a Pixel, I want one" (not
# "Xiaomi too", "also Xiaomi", "荣耀也行": another brand offered as fine, which sets no list)
_ASKED_OUTRIGHT = re.compile(r"(?<![a-z])(?:please|pls|plz|want|need|brands?\s*[:=]|brands?\s+(?:is|are|must\s+be|should\s+be))(?![a-z])",
                             re.IGNORECASE)


def brand_asked_outright(text: str) -> bool:
    """True when the message asks for its brand, by a wish word or by naming the brand as the field it fills
    ("plus iphone plz", "brand: Vivo or Realme"), rather than offering it as fine too ("Xiaomi too")."""
    return _ASKED_OUTRIGHT.search(text) is not None


def brands_said(said: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The brands a name the brand pattern matched stands for, its plural or possessive too ("iPhones", "Samsung's")."""
    said = " ".join(said.split())
    return aliases.get(said) or aliases.get(re.sub(r"'?s$", "", said)) or frozenset()


_MAKERS_JOIN = re.compile(r"\s*(?:家)?(?:的)?\s*")
"""What may stand between a maker and one of its brands: nothing, a space or 的 ("传音的Infinix", "传音家的Tecno")."""


def _member_after_maker(scan: Scan, m: re.Match[str], following: re.Match[str], brands: frozenset[str],
                        aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The brand named right after the mention `m` when `m` names a group of brands (a maker of several: 传音 makes Tecno
    and Infinix) and that brand is one of them, glued or spaced, or joined by 的 ("传音Infinix", "传音 TECNO", "传音的Infinix",
    "传音家的Tecno"): the group only says whose the brand is, and that brand alone is meant, wanted or refused. Empty
    otherwise."""
    member = brands_said(following.group(0), aliases)
    glued = _MAKERS_JOIN.fullmatch(scan.plain, m.end(), following.start()) is not None
    return member if len(brands) > 1 and len(member) == 1 and member < brands and glued else frozenset()


def _member_before_maker(scan: Scan, previous: re.Match[str], m: re.Match[str], brands: frozenset[str],
                         aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The brand named right before the mention `m` when `m` names a group of brands and that brand is one of them,
    glued or spaced ("TECNO传音", "infinix 传音"): the group's second name only says whose the brand is, as it does said
    before it (`_member_after_maker`), and that brand alone is meant. Empty otherwise."""
    member = brands_said(previous.group(0), aliases)
    glued = not scan.plain[previous.end():m.start()].strip()
    return member if len(brands) > 1 and len(member) == 1 and member < brands and glued else frozenset()


def _maker_of_glued(scan: Scan, first: re.Match[str], second: re.Match[str],
                    aliases: Mapping[str, frozenset[str]]) -> re.Match[str] | None:
    """Of two brand mentions glued or spaced ("poco小米", "小米 poco"), the one that names the maker of the other, or None:
    the maker is known from an alias that names the sub-brand with its maker's name before it ("xiaomi poco" is POCO),
    whichever of the maker's names the shopper used and in whichever order."""
    if scan.plain[first.end():second.start()].strip():
        return None
    said = [brands_said(m.group(0), aliases) for m in (first, second)]
    if any(len(brands) != 1 for brands in said) or said[0] == said[1]:
        return None
    for sub, maker in ((0, 1), (1, 0)):
        if _makes(said[maker], said[sub], aliases):
            return (first, second)[maker]
    return None


def _makes(maker: frozenset[str], sub: frozenset[str], aliases: Mapping[str, frozenset[str]]) -> bool:
    """True when the brand `maker` makes the sub-brand `sub`, known from an alias that names the sub-brand with its maker's
    name before it ("xiaomi poco" is POCO)."""
    for alias, named in aliases.items():
        head, _, tail = alias.rpartition(" ")
        if named == sub and head and brands_said(head, aliases) == maker and brands_said(tail, aliases) == sub:
            return True
    return False


def glosses_brand(first: str, second: str, aliases: Mapping[str, frozenset[str]]) -> bool:
    """True when the brand name `second`, said in brackets right after the brand name `first`, only glosses it: it is the
    same brand's other name ("苹果（Apple）"), the group that makes it ("Infinix（传音）") or its maker ("POCO（小米）").
    Such a gloss names no brand of its own."""
    said, gloss = brands_said(first, aliases), brands_said(second, aliases)
    if not said or not gloss:
        return False
    return said <= gloss or (len(said) == len(gloss) == 1 and _makes(gloss, said, aliases))


def _narrow_to_members(changes: BrandChanges, wanted_said: list[tuple[frozenset[str], bool]]) -> None:
    """A group of brands wanted, then brands of that group named after it ("support 国货, so Huawei or Honor", "a chinese
    brand, xiaomi or oppo"), or before it in a clause of their own ("华为的有没有？支持国货"): the group says why, the
    members named are the wish. Members the group is joined to ("xiaomi or any other chinese brand", "华为或者别的国产")
    leave the group wanted."""
    for i, (group, joined) in enumerate(wanted_said):
        named = [brands for brands, _ in wanted_said[i + 1:]] + ([] if joined else [b for b, _ in wanted_said[:i]])
        members = [brands for brands in named if len(brands) == 1 and brands <= group]
        if len(group) > 1 and members:
            changes.wanted -= group - frozenset().union(*members)


def _only_wish(scan: Scan, pattern: re.Pattern[str], m: re.Match[str], tail: str,
               trigger: re.Match[str]) -> tuple[int, int] | None:
    """The span of the words that make an excepted brand the only wish, or None: a refusal before an English exception
    ("nothing except Pixel", "no brand other than Samsung") or a refusal of the rest after a Chinese one, past the list
    the exception names ("除了OPPO和vivo，其他品牌都不要", "非华为不买")."""
    word = trigger["exclude"]
    start = m.start() - len(tail) + trigger.start("exclude")
    if excepts_from_a_refusal(scan, start, word) or (word == "非" and _REFUSAL_BEFORE.search(scan.plain, 0, start)):
        return start, start + len(word)  # "nothing except Pixel", "不要非三星的"
    end = _list_end(scan, pattern, m.end())
    rest = refuses_the_rest(scan, end, word) if word in _EXCEPT_ZH else None
    return None if rest is None else (rest.start(), rest.end())


def _list_end(scan: Scan, pattern: re.Pattern[str], end: int) -> int:
    """Where the list of names that goes on from a name ending at `end` ends ("OPPO和vivo", "OnePlus and Tecno")."""
    for other in scan.matches(pattern):
        if other.start() >= end and continues_list(scan, end, other.start()):
            end = other.end()
    return end


# "drop Tecno from the list", "remove Oppo and Vivo from the results": a name dropped from what is shown is refused,
# not only let go of as a wish
_FROM_THE_LIST = re.compile(r"\s+(?:from|off|out\s+of)\s+(?:the|my|your|this)\s+(?:list|results|options|shortlist|picks)"
                            r"(?![a-z])")


# a wish opening the words right after a refusal said after its brand: "(vivo就算了)只看oppo", "(三星算了)还是要华为"
# "any other", "其他", "别的" before a group of brands: the group widens the brands named before it, it gives no reason
_OTHER_BEFORE = re.compile(r"(?<![a-z])(?:any\s+)?others?(?![a-z])|其他|其它|别的|另外")
_WISH_OPENER = re.compile(r"\s*(?:只|还是|就要|要|换成?|看看?|来个?)")
_REFUSAL_BEFORE = re.compile(rf"(?:{EXCLUDE})\s*$", re.VERBOSE)
_EXCEPT_ZH = frozenset({"除了", "除咗", "除开", "除去", "除掉", "刨除", "除", "非", "不是"})


def _record(changes: BrandChanges, role: str, brands: frozenset[str]) -> None:
    if role == "exclude":
        changes.excluded |= brands
    elif role == "remove":
        changes.removed |= brands
    else:
        if not changes.wanted and role == "add":
            changes.add = True
        changes.wanted |= brands


# "any" right before a maker, no line or model after it: "fine, any samsung then", "any old xiaomi phone will do"
_ANY_BEFORE = re.compile(r"(?<![a-z])any\s+(?:old\s+)?$")
_LINE_AFTER = re.compile(r"\s*(?:'s\s+)?(?:[a-z]+\s+)?(?:[a-z]?\d|series|line(?:up)?|range)")


def any_of_maker(scan: Scan, pattern: re.Pattern[str], aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The makers a message wishes for whole, any of their lines ("not much there. fine, any samsung then" after "a samsung
    galaxy S": every Samsung, the Galaxy S line let go); "any galaxy s" or "any samsung a55" names a line or a model."""
    found: set[str] = set()
    for m in pattern.finditer(scan.plain):  # the maker was read already: its words are masked in scan.low
        if _ANY_BEFORE.search(scan.plain, max(0, m.start() - 10), m.start()) and not _LINE_AFTER.match(scan.plain, m.end()):
            found |= brands_said(m.group(0), aliases)
    return frozenset(found)


@dataclass(frozen=True)
class Series:
    """A model series inside a brand: `name` as the model names start, `strong` when the words can mean
    nothing else ("Galaxy A"); a weak one ("Redmi", "Reno", "Magic") is read as a series only when the
    shopper says "series" after it or names its brand too ("OPPO but not a Reno"). A `sub_brand` is a word the
    alias table gives its own series ("Redmi", "红米"): refused alone it refuses that series, not its whole brand
    (a Xiaomi 14 is no Redmi)."""

    name: str
    brand: str
    strong: bool
    sub_brand: bool = False


def series_names(families: Iterable[tuple[str, str]],
                 aliases: Mapping[str, frozenset[str]]) -> dict[str, tuple[Series, ...]]:
    """Series inside brands, from the catalog's family names: the words before the model number, with
    the letters glued to it ("Galaxy A55" -> "Galaxy A", "Galaxy Z Fold5" -> "Galaxy Z Fold" and
    "Galaxy Z", "Redmi Note 13" -> "Redmi Note" and "Redmi", "OnePlus Nord 3" -> "OnePlus Nord", also
    said "Nord"). Returns spelling (lower-cased) -> the series it may name, one per brand."""
    found: dict[str, dict[str, Series]] = {}
    for brand, family in families:
        tokens = family.split()
        for i, token in enumerate(tokens):
            if not any(ch.isdigit() for ch in token):
                continue
            letters = re.match(r"[A-Za-z]+(?=\d)", token)
            words = tokens[:i] + ([letters.group(0)] if letters else [])
            if any(ch.isdigit() for w in words for ch in w):
                break
            _tier_series(found, brand, words, tokens[i + 1:], aliases)
            for size in range(len(words), 0, -1):
                prefix = words[:size]
                # also said without the brand or sub-brand word in front: "Nord", "A系列" for "Galaxy A"
                for start in (0, 1) if prefix[0].lower() in (brand.lower(), *aliases) else (0,):
                    spelled = " ".join(prefix[start:]).lower()
                    if not spelled or spelled == brand.lower() or (start and spelled in _TIERS):
                        continue  # "苹果Pro" is the iPhone Pro tier (below), not the iPad Pro with its "iPad" left out
                    strong = len(spelled) >= 3 and ((" " in spelled and spelled not in aliases) or not (
                        spelled in aliases or is_english_word(spelled)))  # "not too hot" names no series
                    found.setdefault(spelled, {}).setdefault(brand, Series(" ".join(prefix), brand, strong))
            break
    _brand_tiers(found, families, aliases)
    return {spelled: tuple(by_brand.values()) for spelled, by_brand in found.items()}


def _brand_tiers(found: dict[str, dict[str, Series]], families: Iterable[tuple[str, str]],
                 aliases: Mapping[str, frozenset[str]]) -> None:
    """Add a tier word said alone after its brand ("苹果Pro", "Apple Pro series") as the brand's one phone series with
    that tier ("iPhone # Pro"); a brand whose tier runs through several series (Huawei's Mate and P Pro) gets none."""
    tiered: dict[tuple[str, str], set[str]] = {}
    for brand, family in families:
        tokens = family.split()
        if any(_TABLET_LINE.search(t) for t in tokens):
            continue  # a phone shopper's "iQOO Pro" is no "iQOO Pad 2 Pro"
        for i, token in enumerate(tokens[1:], 1):
            if token.lower() in _TIERS and any(ch.isdigit() for ch in tokens[i - 1]):
                tiers = [t for t in tokens[i:] if t.lower() in _TIERS]
                tiered.setdefault((brand, tiers[0].lower()), set()).add(" ".join(tokens[:i - 1]).lower())
                break
    for (brand, tier), lines in tiered.items():
        named = [s for s in found.get(f"{next(iter(lines))} {tier}", {}).values() if s.brand == brand]
        if len(lines) == 1 and named and tier not in aliases:
            found.setdefault(tier, {}).setdefault(brand, Series(named[0].name, brand, False))


_TABLET_LINE = re.compile(r"(?i)(?:pad|^tab)$")
"""A tablet line's word in a family name: "iPad", "MatePad", "Pad", "Tab"."""
_TIERS = frozenset({"pro", "max", "ultra", "plus", "mini", "lite", "xl", "fe", "se"})
"""Words after a model number that name a tier across a series' generations ("iPhone 15 Pro", "Pixel 9 Pro XL")."""


def _tier_series(found: dict[str, dict[str, Series]], brand: str, words: list[str], after: list[str],
                 aliases: Mapping[str, frozenset[str]]) -> None:
    """Add the tier series of one family: "iPhone 15 Pro Max" gives "iPhone # Pro" (said "iPhone Pro") and
    "iPhone # Pro Max"; "#" is the model number. A family without series words before its number gives none."""
    if not words or [w.lower() for w in words] == [brand.lower()]:
        return
    base = " ".join(words).lower()
    # "iPhone Pro", "Galaxy S Ultra" can mean nothing else; "edge pro" may be "cutting-edge pro camera" unless the
    # brand or "series" is said with it
    strong = base in aliases or " " in base or not is_english_word(base)
    tiers: list[str] = []
    for word in after:
        if word.lower() not in _TIERS:
            break
        tiers.append(word)
        spelled = " ".join([*words, *tiers]).lower()
        if spelled not in aliases:
            found.setdefault(spelled, {}).setdefault(brand, Series(" ".join([*words, "#", *tiers]), brand, strong))


def numbered_series(families: Iterable[tuple[str, str]]) -> dict[str, Series]:
    """Brand -> its numbered series ("Xiaomi 14", "OnePlus 12", Honor's "90"), for "小米数字系列": the families whose
    name is the brand, or nothing, before the model number. Spelled "<brand> #"."""
    found: dict[str, Series] = {}
    for brand, family in families:
        tokens = family.split()
        if tokens and tokens[0].lower() == brand.lower():
            tokens = tokens[1:]
        if tokens and tokens[0][:1].isdigit():
            found.setdefault(brand, Series(f"{brand} #", brand, True))
    return found


def _starts_brand_name(scan: Scan, m: re.Match[str], brand_pattern: re.Pattern[str]) -> bool:
    """True when a series name is the start of a longer brand name: "one" of "no moto, no one plus" is OnePlus, not
    Motorola's One series."""
    name = brand_pattern.match(scan.low, m.start())
    return name is not None and name.end() > m.end()


# between a name and its twin in the other script: spaces or an opening bracket ("moto摩托罗拉", "MOTO (摩托罗拉)")
_TWIN_GAP = re.compile(r"[\s(（]*")
_TWIN_CLOSE = re.compile(r"\s*[)）]")


def _brand_twin(scan: Scan, m: re.Match[str], said: str, aliases: Mapping[str, frozenset[str]],
                brand_pattern: re.Pattern[str]) -> bool:
    """True when a series name that is also a brand's name is followed by that brand's name in the other script: "不要
    moto摩托罗拉" names Motorola twice, as "三星Samsung" names Samsung, and refuses the brand, not its Moto line."""
    named = aliases.get(said)
    gap = _TWIN_GAP.match(scan.low, m.end())
    twin = brand_pattern.match(scan.low, gap.end() if gap else m.end())
    if not named or twin is None:
        return False
    again = " ".join(twin.group(0).split()).removesuffix("'s")
    return said.isascii() != again.isascii() and bool(named & aliases.get(again, frozenset()))


def _names_next_series(scan: Scan, m: re.Match[str], said: str, following: list[re.Match[str]],
                       series: Mapping[str, tuple[Series, ...]], aliases: Mapping[str, frozenset[str]]) -> bool:
    """True when a series name that is also a brand's name stands right before another series of that brand: the "MOTO"
    of "除MOTO EDGE系列外" is Motorola's name before its Edge line, as "Samsung" is in "Samsung Galaxy A", no Moto line."""
    named = aliases.get(said)
    if not named or not following or scan.low[m.end():following[0].start()].strip():
        return False
    again = " ".join(following[0].group(0).split())
    return again != said and any(s.brand in named for s in series.get(again, ()))


def find_wanted_series(scan: Scan, pattern: re.Pattern[str] | None, series: Mapping[str, tuple[Series, ...]],
                       numbered: Mapping[str, Series], aliases: Mapping[str, frozenset[str]],
                       brand_pattern: re.Pattern[str], brands_in_force: frozenset[str] = frozenset()) \
        -> list[tuple[int, int, Series]]:
    """Series the shopper asks for, with where they were said: a strong series ("Galaxy S", "Redmi Note", "iPhone
    Pro"), a weak one said with "series" ("Redmi series", "三星S系列"), a letter line right after its brand ("vivo X"),
    a brand's numbered series ("小米数字系列"). Refused series are read before (`find_excluded_series`). A brand word
    alone ("Samsung Galaxy", "redmi") stays a brand. The spans are left readable, so the brand finder still reads
    "Galaxy" as Samsung with its role; the caller masks them once brands are read. `brands_in_force`: the brands the
    conversation wants, which say whose line a series word names without its brand ("只看S系列的" after "三星")."""
    found: list[tuple[int, int, Series]] = []
    found_all = scan.matches(pattern) if pattern is not None else []
    twins: set[int] = set()  # where a second name of the series just said starts ("红米Redmi系列"): one mention
    for i, m in enumerate(found_all):
        said = " ".join(m.group(0).split())
        if m.start() in twins or not scan.free(m.start(), m.end()) or said not in series or \
                _starts_brand_name(scan, m, brand_pattern):
            continue
        stop = _twin_end(scan, m, found_all[i + 1:], series) or m.end()
        twin = ""  # the series' name in the other script said right after it, which names its brand no second time
        if stop != m.end():
            twins.add(found_all[i + 1].start())
            twin = found_all[i + 1].group(0)
        word = _SERIES_WORD.match(scan.low, stop)
        end = word.end() if word else stop
        if refused(scan, m.start(), end) is not None:
            continue
        named = [s for s in series[said] if _brand_named(scan, s.brand, said, aliases, brand_pattern, twin=twin)]
        if not named and word is not None and _WISH_LINE_WORD.match(word.group(0)):
            named = [s for s in series[said] if s.brand in brands_in_force]
        one = named[0] if len(named) == 1 else series[said][0] if len(series[said]) == 1 else None
        if one is None or _not_a_wish(scan, m.start(), end):
            continue
        after_brand = _after_own_brand(scan, m.start(), one.brand, aliases, brand_pattern)
        if said in aliases and (word is None or after_brand) and \
                not _sub_brand_alone(scan, m.start(), one, said, aliases, brand_pattern, twin=twin):
            continue  # "Samsung Galaxy", "samsung galaxy series": the brand
        # "series", "line", "系列"; not "range", which is as often a price range ("the A range" / "in the S range")
        line_word = word is not None and _WISH_LINE_WORD.match(word.group(0)) is not None
        # a single letter after its brand is a line only in capitals: "vivo X", not "samsung a phone"
        letter_line = after_brand and (len(said) > 1 or scan.text[m.start()].isupper())
        if one.strong or one.sub_brand or (line_word and (bool(named) or len(said) >= 3)) or letter_line:
            found.append((m.start(), end, one))
    for m in scan.matches(_NUMBERED):
        before = [b for b in brand_pattern.finditer(scan.plain, max(0, m.start() - 24), m.start())
                  if not scan.plain[b.end():m.start()].strip()]
        if not before or _not_a_wish(scan, before[-1].start(), m.end()):
            continue
        brands = aliases.get(" ".join(before[-1].group(0).split()), frozenset())
        found += [(before[-1].start(), m.end(), numbered[b]) for b in sorted(brands) if b in numbered]
    return [f for f in found if not _sub_brand_before_its_line(scan, f, found)]


def _sub_brand_before_its_line(scan: Scan, item: tuple[int, int, Series], found: list[tuple[int, int, Series]]) -> bool:
    """True when a sub-brand is said right before one of its own lines ("红米Note系列", read as 红米 and Note系列): the
    line is the wish, not the whole sub-brand."""
    _, end, one = item
    return one.sub_brand and any(o.brand == one.brand and o.name.startswith(one.name + " ") and start >= end
                                 and not scan.plain[end:start].strip() for start, _, o in found)


def _sub_brand_alone(scan: Scan, start: int, series: Series, said: str, aliases: Mapping[str, frozenset[str]],
                     brand_pattern: re.Pattern[str], *, twin: str = "") -> bool:
    """True when a sub-brand ("redmi", "红米") is said without its brand ("a redmi under 15k"): it names its series, as
    "Galaxy A" does. Said with its brand it stays the brand: "xiaomi or redmi" and "小米红米都行" ask for the whole brand,
    and glued to it ("小米红米") nothing tells a list from a name; its `twin` in the other script ("红米Redmi") is no brand."""
    return series.sub_brand and not _brand_named(scan, series.brand, said, aliases, brand_pattern, twin=twin)


def _not_a_wish(scan: Scan, start: int, end: int) -> bool:
    """True when the clause names a series as a phone owned, left or compared with ("my Z Flip", "coming from a
    Galaxy S", "cheaper than a Galaxy S", "像Mate那样") or says something against it after it ("the S line is too
    pricey", "Galaxy S不考虑"), which the refusal finder may not have read: such a mention is no series wish."""
    before = re.split(r"[,.;:!?，。；：！？]", scan.plain[max(0, start - 60):start])[-1]
    after = re.split(r"[,.;:!?，。；：！？]", scan.plain[end:end + 60])[0]
    return _NOT_A_WISH.search(before) is not None or _AGAINST_AFTER.search(after) is not None


# "too" before a word is "too pricey", not the "too" of "a galaxy A would be fine too" (also)
_AGAINST_AFTER = re.compile(r"(?<![a-z'])(?:no|not|nope|never|too(?=\s+[a-z])|don'?t|doesn'?t|isn'?t|aren'?t|without|skip|except|avoid|"
                            r"hate|dislike|overkill|overpriced|pricey)(?![a-z])|[a-z]n't|不|别|太|算了|除外|免了")


_NOT_A_WISH = re.compile(
    r"(?<![a-z'])(?:my|mine|our|his|her|their|have|has|had|own|owned|owns|using|used|than|instead\s+of|"
    r"(?:coming|switch\w*|upgrad\w*|moving|move|away|migrat\w*)\s+from|replac\w*|done\s+with|tired\s+of|sick\s+of|"
    r"(?:similar|compared|alternatives?|equivalent|comparable|close)\s+(?:to|with)|as\s+\w+\s+as|"
    r"(?<!would\s)(?<!'d\s)(?<!i\s)(?<!we\s)like|versus|vs|"
    # a negation anywhere before it in the clause, which the refusal finder did not tie to the series
    r"no|not|never|nor|except|excluding|besides|without|avoid|skip|hate|other\s+than|apart\s+from|rather\s+than|[a-z]+n't)(?![a-z])|"
    r"我的|我有|我用|用过|用的是|之前|以前|原来|像|比|类似|替代|换掉|升级|对比|不|别|除了")
_NUMBERED = re.compile(r"(?:的)?\s*(?:数字(?:系列|旗舰|款|版)|number(?:ed)?\s+(?:series|line(?:up)?|models?|flagships?))")


def find_excluded_series(scan: Scan, pattern: re.Pattern[str] | None, series: Mapping[str, tuple[Series, ...]],
                         aliases: Mapping[str, frozenset[str]], brand_pattern: re.Pattern[str],
                         refused_brands: set[str],
                         every_brand: list[tuple[str, tuple[Series, ...]]] | None = None,
                         dropped: set[tuple[str, str]] | None = None) -> set[str]:
    """Series the shopper refuses ("Samsung but not a Galaxy A", "Redmi Note的不要"); a series named
    without a refusal is left to the brand finder. A refused "A系列" without its brand is every brand's A
    series; each such reading is appended to `every_brand` (said, series) so it can be told. Brands refused in
    one list with a sub-brand ("no realme/redmi") are added to `refused_brands`. A series of a known brand taken off
    by a verb that drops ("scratch the S series thing", "drop the Redmi line") goes to `dropped` as (brand, series)
    instead, when given: that lets the series wish in force go, or refuses the series where none is wished for."""
    excluded: set[str] = set()
    if pattern is None:
        return excluded
    previous_end: int | None = None
    previous_name: str | None = None  # the series refused last
    found_all = scan.matches(pattern)
    twins: set[int] = set()  # where a second name of the series just said starts ("红米 Redmi"): no series of its own
    maker_word: dict[int, int] = {}  # a series' start -> where the maker's name glued before it starts ("MOTO EDGE")
    for i, m in enumerate(found_all):
        said = " ".join(m.group(0).split())
        if m.start() in twins or not scan.free(m.start(), m.end()) or said not in series or \
                _starts_brand_name(scan, m, brand_pattern) or _brand_twin(scan, m, said, aliases, brand_pattern):
            continue
        if _article_before_series(scan, m, found_all[i + 1:]):
            continue  # "not a galaxy S lineup", "not a S-line": the article, not Galaxy A listed with the line
        if _names_next_series(scan, m, said, found_all[i + 1:], series, aliases):
            maker_word[found_all[i + 1].start()] = m.start()  # refused with its line, if the line is
            continue
        stop = _twin_end(scan, m, found_all[i + 1:], series) or m.end()
        if stop != m.end():
            twins.add(found_all[i + 1].start())
        if all("#" in s.name for s in series[said]):
            # a refused tier ("no Redmi Note Pro") refuses its whole series, as before tiers were read: an exclusion
            # too wide hides phones, one too narrow shows phones the shopper refused
            size = series[said][0].name.split().index("#")
            said = " ".join(said.split()[:size])
            tier = m.group(0).split(None, size)[-1]
            stop = m.start() + len(m.group(0)[:-len(tier)].rstrip())
            if said not in series:
                continue
        word = _SERIES_WORD.match(scan.low, stop)
        end = word.end() if word else stop
        # "drop the Spark/Nova line": the line word after a list of series is each one's
        word = word or _line_word_after_list(scan, end, found_all[i + 1:], series)
        refusal = refused(scan, m.start(), end) or _dropped(scan, m.start())
        listed = previous_end is not None and continues_list(scan, previous_end, m.start())
        # "A系列" is Samsung's Galaxy A or Oppo's A: the brand named in the message decides
        named = [s for s in series[said] if _brand_named(scan, s.brand, said, aliases, brand_pattern)]
        found = named[0] if len(named) == 1 else series[said][0] if len(series[said]) == 1 else None
        begin = m.start()
        owner = _own_brand_start(scan, m.start(), found.brand, aliases, brand_pattern) if found is not None else None
        if refusal is None and not listed and found is not None and owner is not None and \
                (said not in aliases or word is not None or found.sub_brand
                 or _wanted_apart(scan, found.brand, owner, aliases, brand_pattern)):
            # "不要三星A系列", "no samsung galaxy a": the refusal before the brand is the series', not the brand's
            refusal, begin = refused(scan, owner, end), owner
        # a sub-brand closing a list of other brands ("no realme/redmi", "vivo和红米都不要") shares the list's refusal,
        # which refuses those brands too
        shared = None
        if found is not None and found.sub_brand and word is None and not listed:
            first, listed_brands = _brand_list_before(scan, m.start(), found.brand, aliases, brand_pattern)
            shared = refused(scan, first, end) if listed_brands else None
            if shared is not None:
                refusal, begin = shared, first
                refused_brands.update(listed_brands)
        if refusal is None and not listed:
            continue
        maker = series[said][0].brand
        if said in aliases and word is None and not (found is not None and found.sub_brand) and \
                (owner := _own_brand_start(scan, m.start(), maker, aliases, brand_pattern)) is not None \
                and not _wanted_apart(scan, maker, owner, aliases, brand_pattern):
            continue  # "keep Samsung Galaxy off the list": the line word is part of the brand's name, the brand is refused
            # (a sub-brand after its maker is its own line: "Xiaomi - no Xiaomi Redmi" refuses the Redmi)
        if found is None and not named and word is not None and every_brand is not None and refusal is not None \
                and (_LINE_WORD.match(word.group(0)) or _LOOSE_LINE_WORD.match(word.group(0))):
            excluded.update(s.name for s in series[said])  # "不要A系列的": no brand says whose
            every_brand.append((scan.text[m.start():end].strip(), series[said]))
            scan.take(m.start(), end)
            if refusal is not None:
                scan.take(*refusal)
            previous_end = refusal[1] if refusal is not None and refusal[0] >= end else end
            continue
        if found is None or (not found.strong and not found.sub_brand and word is None and owner is None and
                             ((said.isascii() and len(said) < 3) or not named)):
            continue  # "no Reno" alone is a brand exclusion; "no A" is nothing without "series" or its maker ("no Samsung A")
        if refusal is None and listed and previous_name is not None and previous_name.startswith(found.name + " ") and \
                previous_end is not None and not scan.low[previous_end:m.start()].strip():
            # "skip the A-series Galaxy models": the line named again after its own sub-series, with nothing joining them,
            # is the sub-series' name, not a second series refused (which would be every Galaxy)
            scan.take(begin, end)
            previous_end = end
            continue
        if not found.strong and word is None and refusal is not None and refusal[0] >= end and \
                _listed_after_own_brand(scan, m.start(), found.brand, aliases, brand_pattern):
            continue  # "小米或红米以外的", "小米和红米都不要": the brand listed with its sub-brand is refused whole
        if dropped is not None and refused(scan, begin, end) is None and _dropped(scan, m.start()) is not None:
            dropped.add((found.brand, found.name))
        else:
            excluded.add(found.name)
        previous_name = found.name
        glued = maker_word.get(m.start())
        # a refusal before the maker's name is the line's ("不买MOTO EDGE", "除MOTO EDGE系列外"); one after it leaves the
        # maker wished for, as "三星A系列不要" does
        before = refused(scan, glued, end) if glued is not None else None
        scan.take(glued if glued is not None and before is not None and before[1] == glued else begin, end)
        if refusal is not None:
            scan.take(*refusal)
        previous_end = refusal[1] if refusal is not None and refusal[0] >= end else end
    return excluded


def _article_before_series(scan: Scan, m: re.Match[str], after: list[re.Match[str]]) -> bool:
    """True when the mention is a lower-case "a" or "an" said right before another series' name ("not a galaxy S
    lineup"): the article, which a line word after the name would otherwise make a list of two series."""
    return scan.text[m.start():m.end()] in ("a", "an") and bool(after) and \
        not scan.low[m.end():after[0].start()].strip() and after[0].start() > m.end()


def _line_word_after_list(scan: Scan, end: int, after: list[re.Match[str]], series: Mapping[str, tuple[Series, ...]]) \
        -> re.Match[str] | None:
    """The series word closing a list of series that starts after `end` ("Spark/Nova line", "A or M series"), or None
    when the list closes on none."""
    for m in after:
        if " ".join(m.group(0).split()) not in series or not continues_list(scan, end, m.start()):
            return None
        if (word := _SERIES_WORD.match(scan.low, m.end())) is not None:
            return word
        end = m.end()
    return None


def _dropped(scan: Scan, start: int) -> tuple[int, int] | None:
    """The span of a verb that drops the series named at `start` ("drop the Spark line", "cut the Redmi ones"), said
    right before it in its clause; None when none is."""
    m = _SERIES_DROPPED.search(scan.low, max(0, start - 30), start)
    return None if m is None else (m.start(), start)


def _wanted_apart(scan: Scan, brand: str, owner: int, aliases: Mapping[str, frozenset[str]],
                  pattern: re.Pattern[str]) -> bool:
    """True when `brand` is named, and not refused, before the mention at `owner` that names it with a series: "OPPO的，
    但是别要OPPO Reno" wants the brand, so the refusal of "OPPO Reno" is of the series (a brand is not both wanted and
    refused); "别要OPPO Reno" alone refuses the brand, as "keep Samsung Galaxy off the list" does."""
    return any(m.end() <= owner and brand in aliases.get(" ".join(m.group(0).split()).removesuffix("'s"), ()) and
               refused(scan, m.start(), m.end()) is None for m in pattern.finditer(scan.plain, 0, owner))


def _twin_end(scan: Scan, m: re.Match[str], following: list[re.Match[str]],
              series: Mapping[str, tuple[Series, ...]]) -> int | None:
    """Where the series named at `m` is named again in another script right after it ("红米 Redmi", "Redmi红米"), as
    a brand is ("三星Samsung"), the second maybe in brackets ("红米(Redmi)系列"): the two are one mention, ending there (past
    the closing bracket); None when it is named once."""
    if not following or (gap := _TWIN_GAP.match(scan.low, m.end())) is None or gap.end() != following[0].start():
        return None
    said, again = (" ".join(x.group(0).split()) for x in (m, following[0]))
    names = {s.name for s in series.get(said, ())}
    closed = _TWIN_CLOSE.match(scan.low, following[0].end()) if "(" in gap.group(0) or "（" in gap.group(0) else None
    return (closed.end() if closed else following[0].end()) if said.isascii() != again.isascii() and names and \
        names == {s.name for s in series.get(again, ())} else None


def _brand_named(scan: Scan, brand: str, besides: str, aliases: Mapping[str, frozenset[str]],
                 pattern: re.Pattern[str], *, twin: str = "") -> bool:
    """True when the message names `brand` (by `pattern`, the brand finder's) with a word other than `besides` (and
    other than `twin`, its name in the other script said with it)."""
    return any(brand in aliases.get(" ".join(m.group(0).split()).removesuffix("'s"), ()) and m.group(0) not in (besides, twin)
               for m in pattern.finditer(scan.plain))


def _after_own_brand(scan: Scan, start: int, brand: str, aliases: Mapping[str, frozenset[str]],
                     pattern: re.Pattern[str]) -> bool:
    """True when the words just before `start` name `brand` ("Samsung Galaxy", "Google's Pixel")."""
    return _own_brand_start(scan, start, brand, aliases, pattern) is not None


# a joining word between two names of one list ("小米或红米", "小米、红米"); a comma may start the next clause
_LIST_JOIN = re.compile(r"\s*(?:、|/|&|或者|或是|或|和|跟|与|以及|及|or|and)\s*")


def _listed_after_own_brand(scan: Scan, start: int, brand: str, aliases: Mapping[str, frozenset[str]],
                            pattern: re.Pattern[str]) -> bool:
    """True when `brand` is named just before `start` with a joining word between ("小米或红米"): a list of the brand
    and its own sub-brand, which one refusal after the list shuts out together."""
    return any(m.end() <= start and _LIST_JOIN.fullmatch(scan.plain[m.end():start]) is not None and
               brand in aliases.get(" ".join(m.group(0).split()).removesuffix("'s"), ())
               for m in pattern.finditer(scan.plain, max(0, start - 24), start))


def _brand_list_before(scan: Scan, start: int, brand: str, aliases: Mapping[str, frozenset[str]],
                       pattern: re.Pattern[str]) -> tuple[int, frozenset[str]]:
    """The list of other brands that the sub-brand at `start` closes ("realme/redmi", "vivo和红米"): where it begins and
    its brands; no brands where none is listed, or where its own brand is among them ("xiaomi or redmi" is the brand
    whole)."""
    first, brands = start, frozenset[str]()
    for m in reversed(list(pattern.finditer(scan.plain, max(0, start - 80), start))):
        if m.end() > first or not continues_list(scan, m.end(), first):
            break
        named = aliases.get(" ".join(m.group(0).split()).removesuffix("'s"), frozenset())
        if brand in named:
            return start, frozenset()
        first, brands = m.start(), brands | named
    return first, brands


def _own_brand_start(scan: Scan, start: int, brand: str, aliases: Mapping[str, frozenset[str]],
                     pattern: re.Pattern[str]) -> int | None:
    """Where the mention of `brand` just before `start` begins ("Samsung Galaxy", "三星的A系列"); None without one."""
    for m in pattern.finditer(scan.plain, max(0, start - 24), start):
        if m.end() <= start and scan.plain[m.end():start].strip() in ("", "的") and \
                brand in aliases.get(" ".join(m.group(0).split()).removesuffix("'s"), ()):
            return m.start()
    return None


# "A-series" is "A series"
_WISH_LINE_WORD = re.compile(r"[\s-]*(?:series|line(?:up)?|系列)")
# "Mate那个系列", "Edge这个系列": a demonstrative may point at the line word
_LINE_WORD = re.compile(r"[\s-]*(?:series|line(?:up)?|range|(?:[那这](?:个|一)?\s*)?系列)")  # "phones" after "a" is no series
_SERIES_WORD = re.compile(r"[\s-]*(?:series|line(?:up)?|range|models?|phones?|ones|(?:[那这](?:个|一)?\s*)?系列)(?![a-z])")
# the phones of a line said loosely, refused: "not the A ones", "done with G models" name a series as "series" does (a
# refusal must stand before them; "a G phone" stays no series)
_LOOSE_LINE_WORD = re.compile(r"[\s-]*(?:ones|models)(?![a-z])")
# a series dropped from what is looked at: "drop the Spark line", "lose the Galaxy A ones", "cut the Redmi models"; a
# refusal for a series as "no" is (the brand finder reads these verbs before a brand as letting the brand go)
_SERIES_DROPPED = re.compile(rf"(?:{_REMOVE}|lose|cut|ditch|nix|axe|scrap|bin|skip)\s+(?:(?:the|those|these|all|any|of|my)\s+)*$")
