"""Bound words around a number: "under $300", "5000mAh+", "两千以内", "around 6.5 inch".

`bound_of` reads the words just before and after a number and says which side of a range the
number is ("lo", "hi", "around"), widening the span to include those words so they are masked.
The word lists (LO_BEFORE, HI_BEFORE, AROUND_BEFORE, LO_AFTER, HI_AFTER) are the one table of
comparison words, EN and ZH: every extractor that reads a side (specs between their noun and
figure, camera and memory words after a figure, chips) takes them from here.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from advisor.understanding.negation import ASIDE, BOUND_NEGATION, SIGN_OFF, verdict_against
from advisor.understanding.request import Bound
from advisor.understanding.scan import Scan, latin_alt

BoundKind = Literal["lo", "hi", "around"]

AROUND_TOLERANCE = 0.15
""""around X" / "X左右" is the range X*(1-0.15) .. X*(1+0.15)."""

I_WOULD_TAKE = (r"(?:\s+i(?:'?d|\s+would|'?ll|\s+will|\s+can|\s+could)\s+(?:go(?:\s+(?:to|for))?|consider|accept|take|pay|spend"
                 r"|carry|look\s+at|live\s+with)"
                 r"|\s+(?:i|we)\s+(?:want|accept|take)|\s+(?:one\s+)?(?:allowed|acceptable))(?![a-z])")
"""What the shopper says of the far end they accept: "I'd go", "I'll accept", "I can pay", "I want", "allowed"."""
I_ACCEPT = rf"{I_WOULD_TAKE}(?:\s+(?:is|would\s+be)|\s*[:=])"
"""What follows a superlative naming the far end the shopper accepts: "the cheapest I'd consider is", "the most I'll
pay is", "the heaviest I'd carry is", "oldest acceptable: 2021"."""
SAME_LEVEL_AS = r"(?:on\s+(?:a\s+)?par\s+with|(?:on|at)\s+(?:the\s+)?(?:same\s+)?level\s+(?:of|as|with))"
"""Said before a chip or a figure, what it names is the least one wants: "on par with an A15", "on the level of a
Snapdragon 8 Gen 1", "at the same level as the 870"."""
_MORE_HI = r"(?:zyada|ziada|ziyada|jyada|zada)"
""""More" in Hindi and Urdu written in Latin letters, as shoppers spell it."""
LO_BEFORE = latin_alt([
    r"at\s*least", r"at\s+last",  # "at last 220 grams": the typo no speller catches, "last" being a word
    r"a\s+minimum\s+of", r"minimum(?:\s+of)?", r"min", r"over", r"above", r"more\s+than",
    r"greater\s+than", r"bigger\s+than", r"larger\s+than", r"higher\s+than", r"newer\s+than", r"heavier\s+than",
    r"(?:equal(?:\s+to)?|the\s+same\s+as)\s+or\s+(?:better|faster|stronger|higher|more\s+powerful)(?:\s+than)?",  # "equal or better than"
    r"(?:better|faster|stronger|quicker|more\s+powerful)\s+(?:chip(?:set)?|processor|cpu|soc)\s+than",  # "a better processor than"
    r"better\s+than", r"faster\s+than", r"(?:more\s+powerful|stronger|quicker)\s+than", r"more\s+power\s+than",
    r"(?:pricier|costlier|dearer|more\s+expensive|more\s+costly|longer|bigger|heavier|newer)\s+than",
    r"(?:at\s+least\s+)?as\s+(?:fast|good|powerful|strong|quick|big|large|new)\s+as", r"no\s+worse\s+than",
    r"not\s+worse\s+than", r"(?:that\s+)?(?:beats?|outperforms?)", rf"(?:at\s+least\s+)?{SAME_LEVEL_AS}",
    r"(?:at\s+least\s+)?match(?:es|ing)?(?:\s+or\s+(?:beats?|exceeds?|outperforms?))?", "不弱于",  # "matches or beats"
    "不差于", "不输于", "不输给", "不输", "强过", "胜过", "快过", "不逊于", "不逊色于",
    "强于", "快于", "优于", "好于", "贵于", "重于",
    "大过", "高过", "多过", "长过", "重过", "贵过", "新过", "好过",  # Cantonese and colloquial comparatives: "屏幕大过6.5寸", "好过骁龙695"
    r"(?:no|not\s+an?)\s+(?:smaller|lower|lighter|older)\s+(?:batter(?:y|ies)|screens?|displays?|storage|rom|ram|memory|cameras?)\s+than",  # "no smaller screen than"
    r"no\s+less(?:er)?\s+than", r"not\s+less(?:er)?\s+than", r"no\s+fewer\s+than", r"not\s+fewer\s+than", r"starting\s+(?:at|from)", r"from", r"upwards?\s+of",  # "upward of": the "s" left off; "not lesser than 6.7\"" (Indian English)
    r"in\s+excess\s+of", r"exceed(?:s|ing)?", r"north\s+of", r"beyond",
    r"nothing\s+short\s+of",  # "nothing short of 6.7 in": anything less falls short
    r"(?:go(?:es|ing)?)\s+past",  # "shouldn't go past 4000mAh": beyond it ("the past 2 years" is no side)
    # a mark to reach or pass: "screen must reach 6.7 inch"; negated, a ceiling: "display mustn't pass 6.3 inch",
    # "must not pass 4500 mAh"
    r"reach(?:es|ing)?", r"pass(?:es|ing)?",
    r"start(?:s|ing)?(?:\s+off)?(?:\s+(?:at|from))?", r"begin(?:s|ning)?(?:\s+(?:at|from))?", r"kick(?:s|ing)?\s+off\s+at",  # "starts off at 20k"
    # a range said end by end, each end named before its figure: "low end 800 bucks, high end 1500 bucks", "lower bound $300"
    r"low(?:er)?\s+(?:end|bound)",
    r"min\.", r"at\s+the\s+(?:very\s+)?least", r"lowest", rf"(?:the\s+)?(?:lowest|cheapest|lightest|smallest|least|oldest){I_ACCEPT}", r"lower\s+limit(?:\s+(?:of|is|at))?", r"floor(?:\s+(?:of|is|at))?", "下限", "保底", "最便宜", "起点(?:是|为|在)?", r"starting\s+(?:at|from)", r">=?", r"≥", "≧", "⩾", "(?:大于|高于|多于|好于|好过|强于|强过|快于|快过|优于|胜过)(?:或者?|或是)?等于", r"(?:more|greater|higher|bigger)\s+(?:than\s+)?or\s+equal(?:\s+to)?",
    # ("少说": colloquial "at least", said before the figure: "屏幕少说6.7寸", "少说也要5000毫安")
    "至少", "最少", "最低", "最小", "起码", "少说", "最轻", "不低于", "不少于", "不小于", "大于", "高于", "超过", "超", "多于", "从",
    "超(?:过)?了",  # "容量超了六十四个GB就莫要": past the figure (refused after it, the figure is the most)
    "(?:(?<![\u4e00-\u9fff])|(?<=[要买是找选]))上",  # "上万的", "要上三千的": upwards of (not "市场上")
    # "过万的手机", "破万的旗舰": past the figure; opening the clause or after a wish only, so "不过三千" (but…) is none
    "(?:(?<![\u4e00-\u9fff])|(?<=[要买是找选]))[过破]",
    r"(?:至少|起码|最少|最低|最小)\s*(?:也|都)?\s*(?:要|得|需要)?\s*(?:有|达到|能有)",  # "存储起码有128", "电池至少要有5000"
    # the least named as a standard or a mark to reach: "屏幕最低标准6.8寸", "最低要求是5000毫安", "屏幕要达到6.6寸"
    r"(?:最低|起码)(?:标准|要求)\s*(?:是|为|要|得)?", r"(?:要|得|需要|必须|一定要)\s*达到",
    # the figure it starts from or the bar it must clear: "屏幕起跳六点六寸", "电池门槛5000毫安"
    "起跳", "门槛", "打底",  # "屏幕打底6.7寸": the figure the floor is laid at
    # the price a range starts at, the bottom line: "起价一万元", "起步价3k", "价格底线6kRMB"
    "起价", "起步价", r"底线\s*(?:是|为|在)?",
    # ... "起步" only right after the spec's noun ("屏幕起步6.6inch"): after a figure it closes that figure's floor ("8个G起步
    # 预算300": the budget is no floor)
    # ... or the price's: "预算起步100000印度币"
    r"(?<=屏幕|电池|电板|内存|运存|存储|容量|前置|主摄|后摄|前摄|重量|尺寸|预算|价格|价位|售价|价钱)\s*(?:的话)?\s*起步",
    "好歹",  # "重量好歹220克": at any rate that much
    "最[差次]",  # "最差也要骁龙695", "屏幕最差也要6.5寸", "最次也要骁龙695": at worst, still that
    "(?:怎么|无论如何)(?:也|都)",  # "mon怎么也要6.8in": whatever else, at least that
    # "起步" opening its clause is where the wish starts: "起步我要6.8吋屏幕", "起步要12G内存" (glued after a figure or a
    # word it closes that figure's floor: "8个G起步 预算300")
    r"(?<!\w)起步",
    r"kam\s+(?:se|say|az)\s+kam",  # Hindi and Urdu in Latin letters: "RAM kam se kam 8", "kam az kam 5000mAh"
    # a size the phone must have is the least one takes: "屏幕得有6.7寸", "电池必须要有5000毫安" (a plain "要有" stays a wish)
    # ("预算得有3000" is the sum the shopper has, left to the money words)
    r"(?<!预算)(?<!价格)(?<!价钱)(?<!价位)(?<!售价)(?:得|必须|必需|务必|一定要)\s*(?:要)?\s*有",
    # a size the phone must reach, said after the spec's noun, is the least too: "屏幕要够6.5寸", "电池得够5000毫安" (not a sum
    # of money: "够3000块" is what one has)
    r"(?<=屏幕|电池|内存|运存|存储|容量|像素|前置|主摄|后摄|前摄|重量|尺寸)\s*(?:也|都)?\s*(?:要|得|必须|需要)?\s*够(?:到)?",
    r"(?:最便宜|最轻|最小|最少|最低)\s*(?:也|都)?\s*不(?:能|要|会|可以|得|应该?)?(?:低于|少于|小于)",  # "最轻也不能低于180克"
])
HI_BEFORE = latin_alt([
    r"under", r"below", r"beneath", r"less\s+than", r"fewer\s+than", r"lower\s+than", r"smaller\s+than", r"lighter\s+than",
    r"cheaper\s+than", r"older\s+than", r"slower\s+than", r"weaker\s+than", r"worse\s+than",
    r"(?:worse|weaker|slower|less\s+powerful)\s+(?:chip(?:set)?|processor|cpu|soc)\s+than", r"at\s*most", r"at\s+the\s+(?:very\s+)?most", r"maximum(?:\s+of)?", r"max\.?", r"up\s*to", r"up\s*till", r"till", r"until", r"within",  # "no weaker chip than the 870"
    r"(?:i\s+)?(?:can|could)\s+(?:stretch|go|push)(?:\s+(?:it|myself|up|as\s+(?:high|far)))?\s+(?:to|as)",  # "i can stretch to 400"
    r"no\s+more\s+than", r"not\s+more\s+than", r"no\s+(?:bigger|larger|heavier|higher)\s+than", r"not\s+over",
    r"not\s+above", r"south\s+of", r"sub(?![a-z])-?",  # "sub-6.2\"" (hyphened to its figure)
    r"<=?", r"≤", "≦", "⩽", "(?:小于|低于|少于)(?:或者?|或是)?等于", r"(?:less|lower|smaller)\s+(?:than\s+)?or\s+equal(?:\s+to)?",  # "less or equal 700"
    "顶多", "至多", "最多", "最高", "最大", "最重", "最贵", "不超过", "不超", "不到", "不足", "不满", "低于", "小于", "少于", "不高于",
    "不大于", "不多于", "控制在", "便宜于", "轻于", "上限", "封顶", r"capped\s+at", r"capped", r"topping\s+out\s+at",
    "天花板",  # "价格天花板3500": the ceiling
    r"限价\s*(?:是|为|在)?",  # "限价¥6k": the price limited to it
    # the figure held at, no higher: "价格卡死在5000", "最多卡在五千", "预算死死卡到4000", "价格死卡5000" (卡 alone before
    # the figure only with 死 before it, and no card's: "双卡5000毫安" is two SIM slots, "存储卡到256G" a memory card)
    r"(?:死死?)?(?<![存储双单fd])卡(?:死|住|牢)?\s*(?:在|到)", "死死?卡(?:死|住|牢)?",
    "小过", "低过", "少过", "轻过", "短过", "便宜过",  # "价钱少过2000"; "不高过" is turned by its negation
    # short of: "电池少了四千毫安不行", "主摄不够4800万像素的pass" (turned by the refusal after them); 少了 only after a spec's
    # noun ("预算说少了，是一千五左右" corrects a figure)
    "(?:(?<=[池存储幕屏摄置素量芯身机头])|(?<=ram|rom|mon))少了", "不够",
    "弱于", "差于", "慢于", "逊于", "逊色于", "输给", "输于",  # "不能弱于麒麟9000S": turned by its negation, as "不弱于" is said
    # lacking the figure, said to refuse it: "主摄没有108M不要" (Cantonese 冇, Sichuanese 莫得: "Ram冇4个G唔要") is at least
    # that (turned by the refusal after it); not the question "有没有12G的"
    "(?<!有)没有",
    "差过", "弱过", "慢过",  # Cantonese: "唔可以差过驍龍8 Gen 1" (simplified "不可以差过") is at least that chip
    rf"{_MORE_HI}\s+(?:se|say|az)\s+{_MORE_HI}",  # Hindi and Urdu in Latin letters: "zyada se zyada 30k", "ziada az ziada 8"
    "顶(?:破)?天(?:了)?", "撑死(?:了)?", "充其量",  # "预算顶天3000", "撑死两千", "顶破天也就1500": at the very most
    r"no\s+more\s+(?:storage|rom|space|ram|memory|battery|mah|megapixels)\s+than",  # "no more storage than 128GB"
    # the spec's noun between the comparative and "than": "no bigger battery than 4500mAh", "no larger screen than 6.5\""
    r"(?:no|not\s+an?)\s+(?:bigger|larger|heavier|higher|newer)\s+(?:batter(?:y|ies)|screens?|displays?|storage|rom|ram|memory|cameras?)\s+than",
    r"(?:最贵|最重|最大|最多|最高|顶多|至多)\s*(?:也|都)?\s*(?:(?:不(?:能|要|会|可以|得|应该?)?|别|唔(?:能|好|可以|会)?)(?:超过|超|过|高于|大于|多于)"
    r"|也就|也不过|只能)",  # "最贵不超过", "最贵不能过3000", "最贵别过": 过 (pass) refused is 超过
    # a refused 过 alone: "不能过三千", "别过6.5寸" (a bare "不过" is "but", left alone)
    r"(?:不(?:能|要|可以|得|应该?|许|准)|别|唔(?:能|好|可以))\s*(?:再)?过(?![了去来])",
    r"(?:(?:spending|price|budget)\s+)?(?:limit|ceiling|cap)(?:'?s|\s+(?:of|is|at))?",  # "my ceiling's 700"
    r"(?:high(?:er)?|upper)\s+(?:end|bound)",  # "high end US$1000", "upper bound 500": the range's top end named first
    r"cap\s+(?:it|that|the\s+(?:price|budget))\s+at", r"(?:limited|restricted|capped)\s+to",  # "storage limited to 128 GB"
    r"without\s+(?:breaking|crossing|passing|topping)",  # "without breaking 300"
    rf"(?:the\s+)?(?:most(?:\s+expensive)?|priciest|highest|heaviest|biggest|largest){I_ACCEPT}",
    r"max(?:es|ed|ing)?\s+out\s+at", r"top(?:s|ped)?\s+out\s+at", r"caps?\s+out\s+at",  # "a screen maxing out at 6.2 inches", "tops out at 200g", "budget caps out at 300"
    # where a range is cut off is its ceiling: "budget caps off at 30k", "price cuts off at 400", and the verb mistyped
    # past the speller ("crods off at 30k"): any short verb before "off at" but one that opens a range ("starts off at")
    r"(?:cap(?:s|ped)?|cut(?:s|ting)?|top(?:s|ped)?|max(?:es|ed)?)\s+(?:off|out)\s+at",
    r"(?<![a-z])(?!(?:start|kick|begin|set|take|took|show|head|go|went|come|came|sell|sold|pay|paid)[a-z]*\s)[a-z]{3,7}\s+off\s+at",
    # where the money runs out is the ceiling: "the wallet stops at 500", "my budget ends at 400"
    r"(?:wallet|pocket|budget|money|spending)\s+(?:stops|ends|runs\s+out)\s+at",
])
AROUND_BEFORE = latin_alt([
    r"around", r"(?<!what\s)(?<!how\s)about", r"approximate(?:ly)?", r"ap+ro?x\.?", r"rough", r"estimated", r"in\s+the\s+range\s+of", r"ap+x\.?", r"abt\.?", r"something\s+like",  # "ap+x": "appx"
    r"nearly", r"almost", r"close\s+on", r"(?<=spend\s)like", r"(?<=pay\s)like", r"(?<=is\s)like",  # "spend like 300"
    r"roughly(?:\s+speaking)?", r"(?:broadly|approximately)\s+speaking", r"circa",  # "roughly speaking 300 bucks"
    r"near(?:[\s-]*ish|[\s-]+enough(?:\s+to)?|\s+to)?", r"close(?:[\s-]*ish|[\s-]+enough)?\s+to",  # "near-ish 450 bucks"
    # "ca. USD 1,000" (circa, dotted), "within shouting distance of Rs.50k": near the figure, said before it
    r"ca\.", r"within\s+(?:shouting|spitting|striking|touching)\s+distance\s+of", r"thereabouts?\s+of",  # "near to 350", "thereabouts of 400"  # "near enough 4000 yuan"  # "close-ish to 700 usd"
    # "round US$450": "around" without its "a", as spoken; "budget in the area of USD 400", as "in the region of"
    r"round", r"in\s+the\s+area\s+of",
    r"arun", r"arnd", r"rund",  # "arun INR 12K", "rund 3,500 CNY": "around" clipped as it is said
    # "~300": about; glued to a Chinese word it is the chat's lilt, a pause ("求推荐~手里就3000", "手机~6000元是上限"),
    # unless that word is the price the figure gives ("预算~3000", "价位~2000")
    r"(?:(?<![\u3400-\u9fff])|(?<=预算)|(?<=价)|(?<=价位)|(?<=价格))~",
    r"ta[qk]ree?ban", r"lag\s*bh?ag", r"(?:ka|qa)ree?b",  # Hindi and Urdu in Latin letters: "lagbhag 30k", "takreeban 50k"
    r"≈", r"somewhere\s+(?:near|a?round|about|close\s+to)", r"more\s+like",
    # "not far off 300 bucks", "+/- 2500 AED", "± 40k": near the figure on either side, said before it
    r"not\s+far\s+(?:off|from)", r"\+/?-", r"±",
    r"within\s+a\s+(?:bit|little|touch|tad)\s+of", r"give[\s-]+or[\s-]+take,?",  # "give or take, $500": the width word first
    # "a little either side of $500", "plus minus 200 dollars" (Singapore's "plus minus" said before the figure)
    r"(?:(?:a\s+)?(?:little|bit|touch|tad)\s+)?either\s+side\s+of", r"plus\s+minus", r"(?:in\s+the\s+)?(?:region|ballpark|neighbou?rhood|vicinity)\s+of", r"more\s+or\s+less", r"ballpark(?:\s+(?:figure|number|price|amount))?(?:\s+(?:of|is))?",  # "ballpark figure 700 bucks"
    "大概", "大约", "大致", "约莫", "约摸", "约合", "约等于", "约", "差不多", "多多少少",  # "多多少少2500块": more or less
    # reckoned roughly, as the north and the southwest say it: "估摸着3500", "大概齐3000", "差不离2K", "大差不差1500"
    "估摸(?:着)?", "大概齐", "差不离", "大差不差",
    "(?<![\\d零一二两三四五六七八九十百千万kw元块钱])左右",  # "左右3000"; after a figure it is that figure's ("3000左右 8G")
    "接近", "将近", "近(?![期年来日况])",
    "围绕(?:着)?",  # "预算围绕RMB6K": round about it
    "(?<!大)小(?!米)",  # "小三千": just under 3000; "小米" is the maker, never a bound ("为啥没推荐小米14")
])
APPROX_THEN_TO = r"\s*(?:左右|上下)(?=\s*(?:到|至|-|–|—|~))"
"""An approximation between a range's first figure and its joiner ("两千左右到三千", "6.5寸左右到6.8寸"): the range is
still from that figure to the next, said loosely."""
FLIP: dict[str, BoundKind] = {"lo": "hi", "hi": "lo"}
"""The other side of a range: what a refusal or a negation of one side wants."""
# "最低也要2000", "最少都得3000", "最多给到3000", "最少出1万" (what the shopper pays: 出, 花, 掏), "至少得有6.5寸", "最多也就6.3寸": 也/都 (also, even), 就 (just), 得 (must),
# 有 (have) and a verb reaching the figure (给到, 出到, or 到 alone: "屏幕最多到6.2寸", "内存最多到8G")
# sit between a side word and its figure, and so does whom it is given ("屏幕至少给我6.7寸", "最多给咱2000")
# a possessive naming whose the figure is ("better than my pixel 7's tensor g2") adds nothing to the side either
# a limit moved to its figure or kept at it: "上限拉到6000", "上限提高到6000", "下限一样3000", "下限还是3000"
# ... and who wants it, before the verb: "至少我要6.8寸屏幕", "最多我出3000", "起码咱们得有5000毫安"
_FILLER = (r"(?:\s*(?:of|is|be|a|an|the|:|=|or\s+equal(?:\s+to)?|是|为|在|只|要|(?:想|需)要|也|都|就|得|有|能|可以"
           r"|(?:我|咱|俺)们?(?=\s*(?:想|需|要|得|出|花|掏|能|只|就|也|都))|(?:给|出|花|加)?到|出|花|掏|给(?:(?:我|咱)们?)?|舍得(?:花|出)?"
           r"|(?:拉|提|调|放|改|升|涨|降|放宽|提高|调高|调低|降低)到|改(?:成|为)|调成|一样|还是|照旧|照样|不变|仍然|依然|保持|维持"
           r"|(?:my|your|our)(?:\s+[a-z0-9+]+){1,3}'s|(?:my|your|our)\s+(?:old|current|previous|present|existing)))*\s*")

_BEFORE = re.compile(
    rf"(?:(?P<lo>{LO_BEFORE})|(?P<hi>{HI_BEFORE})|(?P<around>{AROUND_BEFORE})){_FILLER}$")

# a bare "above", "below", "up" or "down" after a figure says its side only where the clause ends or a spec's noun follows:
# "screen 6.5 above", "6.2 down"; not "300 above all", "200 down payment"
_BARE_SIDE_ENDS = (r"(?=\s*(?:$|[,.;!?)/]|(?:screens?|displays?|batter(?:y|ies)|ram|memory|storage|cameras?|weight)(?![a-z])))")
_FIRM = r"(?:absolute|bare|hard|strict|firm)"
"""Words that make a side said after its figure firm: "absolute max", "hard limit", "bare minimum"."""
# ... and the adverbs that stress "is my limit": "2000 is really my limit", "$500 is honestly the max"
_FIRMLY = r"(?:\s+(?:really|truly|definitely|honestly|seriously|absolutely|actually|realistically|basically|pretty\s+much|literally|still))?"
# "$500 plus", "5000 plus battery": a floor where the clause ends or the noun of the figure follows; before another ask
# ("700 bucks plus Huawei Kirin processor", "1,500 bucks plus 不少于8个G的运行内存") it joins the two, as "and" does
# ... or a chat aside or an insistence ends the clause: "250 dollars plus fwiw", "18K INR plus thats a must", "$900 plus (must)"
_PLUS_AS_FLOOR = (r"plus(?!\s+(?:or\s+)?minus)(?=\s*(?:$|[,.;:!?()/&|+~-]|(?:and|n|or|range|bracket|segment|budget|price|phones?"
                  r"|mobiles?|handsets?|devices?|models?|batter(?:y|ies)|screens?|displays?|ram|memory|storage|rom|cam(?:era)?s?"
                  r"|weight|mah|gb|mp|mpx|megapixels?|gigs?|tb|grams?|inch(?:es)?|sensor|lens|shooter|snapper"
                  # the noun's qualifier: "16 megapixels plus front camera", "48M plus main cam", "64 G plus internal memory"
                  r"|front|selfie|main|rear|back|primary|internal|on-?board|built|system"
                  rf"|only|is|would|will|ok(?:ay)?|fine|please|pls|kindly|thanks|thx|{ASIDE})(?![a-z])"
                  # ... or a sign-off closes the message: "$500 plus ta", "8gb plus cheers", "$500 plus xx"
                  rf"|{SIGN_OFF}))")
LO_AFTER = latin_alt([
    # "$500+", "500 +": a floor; spaced on both sides it joins two wishes ("700 dollars + battery 5000mah"); "Exynos 1380
    # performance or more": a chip's level said by its performance
    r"(?<!\s)\+(?!/?-)|\+(?!/?-)(?!\s)", r"-plus(?!\s+(?:or\s+)?minus)", _PLUS_AS_FLOOR, r"(?:level|class|tier|grade|equivalent|performance)\s+or\s+(?:better|above|higher|faster|more)", r",?\s*or\s+(?:anything\s+)?(?:more|higher|above|bigger|larger|wider|longer|better|newer|later|greater|over|up(?:wards?)?)",  # "Rs 25,000 or upwards", "or anything above"
    r"(?:and|&|'?n'?)\s*(?:up|upwards?|above|over|more|newer|later|higher|greater|heavier|bigger|larger)(?![a-z])", r"on\s+up",
    # "6.6\" at a minimum", with its article as "at a maximum" is said
    r"at\s+(?:the\s+)?very\s+(?:least|minimum)", r"at\s+(?:a\s+)?minimum", r"at\s+the\s+(?:very\s+)?lowest", r"lowest", r"floor",
    # "Rs 20,000 and not a rupee less": the floor said as HI_AFTER's "not a cent more" says the ceiling
    r"(?:,|and)?\s*not\s+a\s+(?:cent|penny|dime|dollar|buck|rupee|paisa|dirham|yuan)\s+less",
    # "6.7-inch screen, no smaller", "210 g, not lighter": a refusal of less said after the figure closes it as a floor
    r"(?:,\s*|(?:and|but)\s+)?(?:no|not)\s+(?:less|lower|smaller|lighter|older|fewer|cheaper|earlier|shorter|narrower)(?!\s+than)(?![a-z])",
    r"(?:is|as|would\s+be)\s+(?:my|the)\s+(?:lowest|minimum|floor)", r"at\s+least", r"minimum", r"min", r"onwards?",
    r"upwards?", r"or\s+(?:faster|quicker|stronger|heavier|longer|pricier|more\s+powerful|more\s+expensive)", r"(?:and|or)\s+beyond",
    r"(?:as\s+a|at\s+the)\s+(?:minimum|least)", rf"(?:is|as){_FIRMLY}\s+(?:my|the|a)\s+(?:(?:absolute|bare|hard|strict)\s+)?(?:minimum|floor|lower\s+limit)",
    r"(?:absolute|bare)\s+minimum",  # "64 GB bare minimum"
    # "USD 450 ≤ price ≤ USD 1000", "4000 <= battery <= 5000": the figure below the quantity that another ceiling closes
    r"(?:<=?|≤|≦|⩽)\s*[a-z][a-z\s-]{0,15}?(?=\s*(?:<=?|≤|≦|⩽))",
    r"(?:<=?|≤|≦|⩽)\s*[\u4e00-\u9fff]{1,6}(?=\s*(?:<=?|≤|≦|⩽))",  # "两千块≤价格≤两千五块": the quantity named in Chinese
    r"(?:(?:as|at)\s+(?:the|my)\s+)?lower\s+(?:end|bound)", r"(?:as|at)\s+(?:the|my)\s+low\s+end",  # "$300 lower end, $600 upper end": a range said end by end: the least the shopper takes
    # ... or by the end's word alone: "aed 400 lower, aed 500 upper" (closing its clause: "300, lower is better" is none)
    r"lower(?=\s*(?:$|[,;/&.!?]|(?:and|n|plus)\s))",
    "以上", r"(?:或者?|及其?)(?:以上|更好|更强|更快|更高|更新|更大|更重|更多|更贵)",  # "8000元或更贵": that price or dearer
    "往上", "朝上", "向上", "之上", "起步", "起", "打底", "开外",  # "6.7吋开外": beyond that
    r"(?:或者?|及)(?:往上|朝上|向上|再往上)",  # "6.6 inches或往上": that or upwards
    r"(?:se|say)\s+(?:zyada|ziada|jyada|zada|upar|oopar)", r"ke\s+(?:upar|oopar)",  # Hindi and Urdu in Latin letters
    r"kam\s+(?:se|say|az)\s+kam",  # ... the least said after the figure: "8GB RAM kam se kam"
    r"(?:se|say)\s+(?:ba[dr][aie]|lamb[aie]|bhaa?r[ie]|m[ae]h[ae]?n?g[aie]|nay[aie])(?![a-z])",  # "6.5 inch se badi" (bigger than)
    "起跳", "保底",  # "前置50M起跳": from there up; "8G保底": the least
    "(?:是|为|作为)(?:我的)?(?:下限|最低要求|最低标准|底线)",  # "5000毫安是最低要求", "两千五米是底线": the bottom line
    "(?:是|为)(?:最)?起码的?",  # "前置2000万是起码的": the bare minimum
    "(?:只|仅仅?|就|也就)?(?:是|算)?(?:个)?起点",  # "800大洋只是起点": where the price starts
    rf"(?:above|up){_BARE_SIDE_ENDS}",  # "screen 6.5 above", "6.5 above screen", "ram 8 up"
    rf"{_FIRM}\s+min(?:imum)?",  # "~ 300 dollars bare minimum": a floor said firm
    rf"is\s+the\s+(?:lowest|cheapest|lightest|smallest|least|oldest){I_WOULD_TAKE}",  # "200 grams is the lightest I'd go"
])
HI_AFTER = latin_alt([
    # ("or lesser": Indian English, "4GB's or lesser")
    r",?\s*or\s+(?:anything\s+)?(?:lesser|less|fewer|lower|below|under|smaller|narrower|shorter|lighter|cheaper|older|earlier)", r"(?:and|&|'?n'?)\s*(?:under|below|less|lower|lighter|smaller|older|cheaper)(?![a-z])",  # "fewer": a count
    # ("4000 mAh & under", "n below": the sign for "and", as "& up" says the floor)
    # "600 dollars absolute max", "Rs 25000 hard limit": a ceiling said firm after its figure; "128gb at a maximum"
    rf"{_FIRM}\s+(?:max(?:imum)?|limit|cap|ceiling)", r"maximum", r"max", r"tops", r"at\s+(?:the\s+|a\s+)?(?:very\s+)?(?:most|max(?:imum)?)", r"highest", r"ceiling",
    # "500, not more", "500 but not more", "500 no higher": a refusal of more said after the figure closes it as a ceiling
    # ... or of a bigger one: "6.3 inch display, no bigger", "190 g, not heavier"
    r"or\s+cheaper", r"(?:,\s*|(?:and|but)\s+)?(?:no|not)\s+(?:more|higher|bigger|larger|heavier|greater|pricier|newer|later)(?!\s+than)(?![a-z])",
    # "128G storage upper limit", "6.5\" screen cap": the ceiling named after the figure or its noun
    r"upper\s+limit", r"cap(?![a-z])",
    # "128G就够，不要更大", "8G就行，不用再多": the figure said enough, then more refused, is a ceiling (the figure alone
    # said enough, "8G就够", stays the least one takes)
    # ("64G就够，别更大": 别 refuses more as 不要 does)
    r"(?:就|也就)?(?:够|行|可以)了?\s*[,，、;；]?\s*(?:不要|不用|不需要|不必|唔要|唔使|别)(?:再|更)(?:大|多|高|长|贵)(?:的|了)?",
    # ... or told not to go past it: "128个G就够了，别超", "64G的存储就够了，不要超", "两千预算，别超"
    r"(?:的?\s*(?:预算|价位|价格))?(?:就|也就)?(?:(?:够|行|可以)了?)?\s*[,，、;；]?\s*(?:不要|别|不能|不可以|不许)\s*(?:再)?超(?:过|出)?了?"
    r"(?=\s|$|[,，。.;；!！?？~～、]|哈|哦|啊|呀|吧)",
    r"is\s+(?:the\s+)?most\s+i(?:'?d|'?ll|\s+can|\s+could|\s+would|\s+will)?\s+(?:(?:want\s+to|be\s+able\s+to)\s+)?(?:pay|spend|go|afford)",
    r"at\s+a\s+(?:push|stretch)",  # "350 is the most i can pay", "400 at a push"
    # what the shopper has is all they spend: "300 and not a cent more", "450 in my pocket", "400 to spend"
    r"(?:,|and)?\s*not\s+a\s+(?:cent|penny|dime|dollar|buck|rupee|paisa)\s+more", r"(?:(?:as|at)\s+(?:the|my)\s+)?upper\s+(?:end|bound)", r"upper(?=\s*(?:$|[,;/&.!?]|(?:and|n|plus|thx|thanks|pls)(?![a-z])))", r"(?:as|at)\s+(?:the|my)\s+high\s+end", r"in\s+my\s+(?:pocket|wallet|account)",
    r"to\s+spend", rf"is\s+the\s+(?:most\s+expensive|priciest|highest|heaviest|biggest|largest|newest){I_WOULD_TAKE}",
    rf"(?:is|as){_FIRMLY}\s+(?:my|the|a)\s+(?:(?:absolute|hard|strict|total|final)\s+)?(?:ceiling|limit|max(?:imum)?|cap|upper\s+limit|top\s+limit|budget)",
    r"is\s+(?:all|what)\s+i\s+(?:have|'?ve\s+got|got|can\s+(?:spend|afford))",  # "300 is my budget", "300 is all i have"
    r"(?:或者?|及其?)(?:以下|以内|更低|更少|更小|更轻|更便宜|更差|更旧|更早)", "以内", "以下", "之内", "之下", "内(?![存外置])",
    "以里", "往下", "朝下", "向下",  # 以里: northern speech for 以内 ("2500以里")
    "(?:就|也就)?撑死了?", "(?:就|也就)顶天了?",  # "两千撑死了", "3000就顶天了"
    "(?:就)?到头(?:了)?", "为止", "(?:就)?打住",  # "电池4000毫安到头", "内存6G为止", "6.5寸打住": that far and no further
    r"tak", rf"{_MORE_HI}\s+(?:se|say|az)\s+{_MORE_HI}", r"(?:se|say)\s+(?:kam|neeche|niche)", r"ke\s+(?:andar|under|neeche|niche|bhitar)",  # Hindi, Urdu: "50k tak"
    r"(?:se|say)\s+(?:chh?o(?:t|tt)[aie]|halk[aie]|sast[aie]|puran[aie])(?![a-z])",  # "6.5 inch se chhoti" (smaller than)
    rf"(?:below|down){_BARE_SIDE_ENDS}",  # "weight 180 below", "screen 6.2 down"
    "(?:就|也就)?封顶(?:了)?", "(?:都|也)?不到", "为限",  # "存储六十四个GB就封顶了": that far and no further
    # "俺就2500，多一分都不行": not one cent more
    r"(?:,\s*)?多(?:一)?(?:分|毛|块|分钱|毛钱|块钱)(?:钱)?(?:都|也)(?:不行|不可以|不能|不成)", "(?:为|是|作为|就是)(?:我的)?(?:上限|极限|天花板)", "顶天(?:了)?",
    "到(?:头|顶)了?",  # "4500mAh到头": that far and no further
    r"(?:就)?卡死(?=\s*(?:$|[,，。.;；!！~～]))",  # "预算5000卡死": held there (not "卡死了", a phone that hangs)
])
# "plus or minus" with no width after it ("80k Rs, plus or minus a bit", "$600 +/-") is about the figure; a width said
# after it ("plus or minus 50") is read as the range's half-width by money.py's tolerance reader
_AROUND_AFTER = latin_alt([r"plus\s+(?:or\s+)?minus(?:\s+(?:a\s+)?(?:bit|little|tad|touch|some))?",
                           r"(?:\+/?-|±)(?:\s*(?:a\s+)?(?:bit|little|tad|touch|some)(?![a-z]))?", r"or\s+so", r"-?ish", r"(?:(?:a\s+)?(?:bit|little)\s+|give\s+or\s+take\s+|roughly\s+)?more\s+or\s+less(?:\s+ok(?:ay)?)?",
                           r"give[\s-]+or[\s-]+take", r"not\s+far\s+off",  # "give-or-take": hyphened as one word
                           r"(?:or\s+)?thereabouts?",  # "Rs.10K or thereabout": the "s" left off
                           # "$500, a little up or down is ok", "target price $500, a bit either side": room said on both sides
                           # ... said as a maybe: "8k rupees, maybe a bit either side", "$450, perhaps a little up or down"
                           r"(?:(?:maybe|perhaps|possibly)\s+)?(?:(?:a\s+)?(?:little|bit|touch|tad)\s+)?(?:up\s+or\s+down|either\s+(?:side|way))(?:\s+(?:is|would\s+be)\s+(?:ok(?:ay)?|fine))?",
                           # "450 bucks, can flex small", "200000 PKR, flexible": room either way
                           r"(?:(?:i\s+)?(?:can|could)\s+)?flex(?:ible)?(?:\s+(?:a\s+)?(?:small|bit|little|tad))?",
                           # "budget is $500 but flexible both ways": flexible on both sides, said after a "but"
                           r"but\s+(?:(?:i\s+)?(?:can|could)\s+)?flex(?:ible)?\s+(?:both\s+ways|either\s+way|on\s+both\s+sides)",
                           r"mark", r"range", "左右浮动", "上下浮动", "的?样子", "[这那]样子?", "左右",
                           "上下", "前后", "附近", "周围", "内外", "光景", "大概", "差不多",
                           # "5000元，多少浮动都ok": any float either way is fine
                           r"(?:多少|上下|左右)?浮动(?:多少)?(?:都|也)(?:ok|行|可以|没关系|没问题|无所谓)",
                           # "8000块这个数上下" (about that figure), Cantonese 左近 (near it: "3500块左近") and 咁上下 (about
                           # so much: "6000蚊咁上下")
                           "(?:这个数|这个价)(?:上下|左右)", "左近", "咁上下",
                           # a little more or less will do: "3500，多点少点都行", "4K，多一点少一点都可以"
                           r"多(?:一)?点儿?少(?:一)?点儿?(?:都|也)?(?:行|可以|ok|没关系|无所谓|不要紧)?",
                           # Cantonese 度 closing its clause after an amount: "預算1500蚊度" is about 1500 (not "40度", glued on)
                           r"度(?=\s|$|[,，。.;；!！?？、~～])",
                           # Cantonese 上落 is 上下 (about); "浮动一点" (let it float a bit) with no width said is about it too
                           # ("3000浮动500" is a width, read by money's tolerance first)
                           "上落", r"(?:可以|能|可)?(?:稍微|稍稍|略微|适当)?(?:上下|左右)?浮动(?:一点点?|一下|一些|些|点)?(?!\s*[\d一二两三四五六七八九十几百千])", r"ap+ro?x\.?", r"ap+x\.?", r"ke\s+(?:aas[\s-]*paa?s|around|qareeb|kareeb)", r"around", r"approx(?:imately)?", r"roughly", r"or\s+(?:around|about)\s+(?:that|there)",
                           # "$300 or close to it", "Rs 20k or near it", "AED 1000 or near enough", "300 dollars or in that region"
                           r"or\s+(?:(?:near|close\s+to)\s+(?:that|there|it)|(?:near|close)(?:\s+enough)?"
                           r"|(?:somewhere\s+)?(?:in\s+)?that\s+(?:region|area|range|ballpark|neighbou?rhood|vicinity))"])
# ", a bit more or less": an approximation may follow after a comma; a side word may not
# "Rs 25000 (approx)", "$300 (min)": in brackets too
# a 的 or the size's own noun may stand between a figure and its side: "128G的以内", "4500毫安的及以下", "64GB大小以内",
# "4GB大以内" (大 only right before the side word: "6.5寸大" is a comparison of its own)
_SIZE_GAP = r"(?:(?:的|大小的?|大(?=\s*[以及或之]))\s*)?"
# what the figure is to the shopper may come between it and its side: "6.6-inch screen needed at minimum", "8GB RAM required,
# at the very least"; then the side closes the clause ("5000mAh battery required, max 200 grams": "max" is the next figure's)
_NEEDED = r"(?P<need>(?:(?:is|are)\s+)?(?:needed|required|wanted|necessary)(?![a-z])[\s,]*)"
_AFTER = re.compile(rf"\s*(?:\(\s*)?{_NEEDED}?(?:{_SIZE_GAP}(?P<lo>{LO_AFTER})|{_SIZE_GAP}(?P<hi>{HI_AFTER})|,?\s*(?P<around>{_AROUND_AFTER}))"
                    r"(?(need)(?![^,;.!?。，；]*\d))(?:\s*\))?")


SIDE_WORD = re.compile(rf"(?P<lo>{LO_BEFORE})|(?P<hi>{HI_BEFORE})|(?P<around>{AROUND_BEFORE})")
"""Any comparison word said before a figure, by the side it puts the figure on."""


_KINDS: dict[str | None, BoundKind] = {"lo": "lo", "hi": "hi", "around": "around"}


def kind_named(name: str | None) -> BoundKind | None:
    """The bound kind a regex group is named for ("lo", "hi", "around"); None for any other name."""
    return _KINDS.get(name)


# a plain side word, then an approximation, before a figure ("max around 400"), or a plain side word after the figure an
# approximation opened ("around 400 or less"): the figure is the side's, said loosely ("from around 300" and "around 300
# lowest first" say no side of it)
_LOOSE_LO = latin_alt([r"over", r"above", r"more\s+than", r"at\s*least", r"min(?:imum)?(?:\s+of)?", r"no\s+less\s+than",
                       r"not\s+less\s+than", r"upwards\s+of", r"north\s+of"])
_LOOSE_HI = latin_alt([r"under", r"below", r"less\s+than", r"no\s+more\s+than", r"not\s+more\s+than", r"at\s*most",
                       r"max(?:imum)?(?:\s+of)?", r"up\s*to", r"within", r"not\s+over", r"cheaper\s+than"])
_SIDE_THEN_AROUND = re.compile(rf"(?:(?P<lo>{_LOOSE_LO})|(?P<hi>{_LOOSE_HI})){_FILLER}(?:{AROUND_BEFORE}){_FILLER}$")
# ("~ 600 dollars absolute max": a side said firm after the figure holds over a "~" before it)
_LOOSE_SIDE_AFTER = re.compile(r"\s*(?:or\s+(?:lesser|less|lower|under|below|cheaper|more|higher|above|over|better|bigger|larger|smaller"
                               r"|lighter|heavier|newer|older|faster|greater|pricier)"
                               r"|(?:and|&)\s*(?:up|upwards|above|over|more|higher|below|under|less|lower)|upwards|onwards"
                               r"|max(?:imum)?|tops"
                               rf"|{_FIRM}\s+(?:max(?:imum)?|limit|cap|ceiling|min(?:imum)?)"
                               r"|at\s+(?:the\s+)?(?:most|least)|min(?:imum)?|以内|以下|之内|以上|起)(?![a-z])")  # "大概3000以内",
# "~ 8 GB and up", "~ 210克起"


def side_before(scan: Scan, start: int) -> tuple[BoundKind | None, int]:
    """The side a comparison word just before `start` puts what follows on (turned by a negation before it), and
    where those words start: "under", "nothing over", "最低" before "价格3000"."""
    before = scan.before(start, 64)  # wide enough for "I don't want anything that has a screen bigger than"
    m = _BEFORE.search(before)
    if m is None:
        return None, start
    kind = cast(BoundKind, m.lastgroup)  # the groups of _BEFORE and _AFTER are named for the kinds
    if kind == "around" and (sided := _SIDE_THEN_AROUND.search(before)) is not None:
        m, kind = sided, cast(BoundKind, sided.lastgroup)  # "max around 400", "at least about 800": the side holds
    start -= len(before) - m.start()
    if kind != "around" and (negation := BOUND_NEGATION.search(before[:m.start()])):
        kind = FLIP[kind]  # "nothing over 170g": at most 170 g
        start -= m.start() - negation.start()
    return kind, start


def side_after(scan: Scan, end: int) -> tuple[BoundKind | None, int]:
    """The side a comparison word just after a figure ending at `end` puts it on, and where those words end: "以上",
    "or more"; for a figure whose words before it say no side ("屏幕别太小6.5以上")."""
    m = _AFTER.match(scan.after(end))
    if m is None:
        return None, end
    return cast(BoundKind, m.lastgroup), end + m.end()


# "比6.5寸大", "不能比6.6寸小": a comparison wrapped around the figure; not 屏占比, 性价比 (ratios)
_THAN_BEFORE = re.compile(r"(?<![占价])比\s*$")
_THAN_AFTER = re.compile(r"\s*(?:还|更|要)?\s*(?:(?P<lo>大|高|多|贵|重|新|长|强|快)|(?P<hi>小|低|少|便宜|轻|短|旧|弱|慢))")


def _comparison(scan: Scan, start: int, end: int) -> tuple[BoundKind | None, int, int]:
    """The side a "比 X 大/小" comparison puts the figure at text[start:end] on, and the span widened over it."""
    before = scan.before(start)
    than, bigger = _THAN_BEFORE.search(before), _THAN_AFTER.match(scan.after(end))
    if than is None or bigger is None:
        return None, start, end
    return cast(BoundKind, bigger.lastgroup), start - (len(before) - than.start()), end + bigger.end()


def bound_of(scan: Scan, start: int, end: int) -> tuple[BoundKind | None, int, int]:
    """The bound words around text[start:end] and the span widened to cover them. A side followed by a verdict
    against it is turned: "anything over 200g is too heavy" is at most 200 g."""
    kind, start, end = _side_said(scan, start, end)
    if kind in ("lo", "hi") and (verdict := verdict_against(scan, end)) is not None:
        return FLIP[kind], start, verdict.end()
    return kind, start, end


_OPEN_BRACKET = re.compile(r"[(（]\s*$")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


def _bracket_end(scan: Scan, start: int, end: int) -> int:
    """Where the bracket closing around text[start:end] ends, or `end` when the figure is said in no brackets: in
    "screen (6.6 in) min", "battery (4500 mAh) or lower" the side after the bracket is the bracketed figure's."""
    if _OPEN_BRACKET.search(scan.before(start, 4)) and (closing := _CLOSE_BRACKET.match(scan.after(end, 4))):
        return end + closing.end()
    return end


def _side_said(scan: Scan, start: int, end: int) -> tuple[BoundKind | None, int, int]:
    """The bound words around text[start:end], turned by a negation, and the span widened to cover them."""
    inner = _bracket_end(scan, start, end)
    kind, start = side_before(scan, start)
    if kind is None and (compared := _comparison(scan, start, end))[0] is not None:
        kind, start, end = compared
        after_said = True
    elif (m := _AFTER.match(scan.after(inner))) is not None and (kind is None or m.lastgroup == kind or (
            kind == "around" and _LOOSE_SIDE_AFTER.match(scan.after(inner)) is not None)) and \
            not _leads_next_figure(m, scan.after(inner), sided=kind is not None):
        after_said = kind is None
        kind = cast(BoundKind, m.lastgroup)
        end = inner + m.end()
    else:
        return kind, start, end
    before = scan.before(start)
    if after_said and kind is not None and kind != "around" and (negation := BOUND_NEGATION.search(before)):
        kind = FLIP[kind]  # "不要6.7寸以上的", "不能比6.5寸小": the refused side is out
        start -= len(before) - negation.start()
    return kind, start, end


_BEFORE_WORD = re.compile(rf"[\s,(]*(?:(?P<lo>{LO_BEFORE})|(?P<hi>{HI_BEFORE})|(?P<around>{AROUND_BEFORE}))\s*")
# the next figure, not a year ("800迪拉姆左右 2024年起") nor 三星; after a side already said, a spec's noun may come first
# ("不大于4G at most battery 4500mAh")
_FIGURE_NEXT = re.compile(r"\s*(?:\d(?![\d.]*\s*年)|[一二两三四五六七八九十](?=[零一二两三四五六七八九十百千万亿块元]))")
_NOUN_THEN_FIGURE = re.compile(r"(?:\s*[a-z]+){1,3}\s*:?\s*\d|\s*[\u4e00-\u9fff]{1,6}\d")


_JOINED_SIDE = re.compile(r"\s*(?:(?:and|but)\s+|(?:&|'?n'?)\s*)(?:under|below|less|lower|over|above|up|more)(?![a-z])")
_AMOUNT_NEXT = re.compile(r"\s*(?:[$₹¥€£]|rs\.?|usd|inr)?\s*\d")


def _leads_next_figure(after: re.Match[str], text: str, sided: bool) -> bool:
    """True when the comparison word after a figure is one said before the next figure, so it is that one's: an
    approximation right before it ("32mp 大概12k", "8GB around $300"), or, when this figure's side was said before it,
    a side word before the next spec ("运行内存不大于4G at most battery 4500mAh"). 左右 and 上下 stay with the figure before
    them, as Chinese says them."""
    if _JOINED_SIDE.match(after.group(0)) and _AMOUNT_NEXT.match(text, after.end()):
        return True  # "5000 mah and below 200": a side joined by "and" before a figure opens the next ask
    said = _BEFORE_WORD.fullmatch(after.group(0))
    if said is None or said.lastgroup != after.lastgroup or re.search("左右|上下", after.group(0)):
        return False
    if after.lastgroup == "around":
        return _FIGURE_NEXT.match(text, after.end()) is not None
    return sided and (_FIGURE_NEXT.match(text, after.end()) is not None or _NOUN_THEN_FIGURE.match(text, after.end()) is not None)


def to_bound(value: float, kind: BoundKind | None, default: BoundKind | Literal["exact"],
             around: float | None = None) -> Bound:
    """A Bound for one number; `around` overrides the relative tolerance with an absolute one."""
    kind_or_default = kind or default
    if kind_or_default == "lo":
        return Bound(lo=value)
    if kind_or_default == "hi":
        return Bound(hi=value)
    if kind_or_default == "around":
        delta = around if around is not None else value * AROUND_TOLERANCE
        return Bound(lo=round(value - delta, 6), hi=round(value + delta, 6))
    return Bound(lo=value, hi=value)


TOLERANCE_WORDS_EN = r"give[\s-]+or[\s-]+take|plus\s+(?:or\s+)?minus|\+/?-|±"
"""Words that put a half-width after an amount ("500 give or take 50", "$600 ± 100"), read as its range."""
