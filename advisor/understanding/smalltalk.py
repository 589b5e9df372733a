"""Messages that are about the conversation or the advisor, not about phones: social turns and help questions.

Both are read by the kind of words a message is made of, not from a list of whole phrases:
- a social turn is made only of thanks, acknowledgements, praise, laughter, greetings and deferrals ("core"
  words, at least one) and fillers, in any order, in either language, with emoji and punctuation around them;
- a help question has the advisor as its subject (its abilities, its use, what it is) and nothing else in it
  but generic words: "can you compare phones?" is help, "can you compare the first two?" is a request; a few
  whole-message forms ("help", "instructions", "你能比较两款手机吗") take what the word kinds do not, and
  `is_help_question` is the one reading of both.
"""

from __future__ import annotations

import re

from advisor.understanding.currencies import CURRENCY_AFTER
from advisor.understanding.normalize import in_dictionary
from advisor.understanding.scan import latin_alt

# -- social turns -------------------------------------------------------------------------------------

# thanks and goodbyes, the words that close a talk (not a bare "ok", which may open a wish: "alright, back to the phone")
_THANKS_EN = [
    r"thanks?", r"thankyou", r"thx", r"thnx", r"tnx", r"ty", r"tysm", r"ta", r"cheers", r"appreciated?", r"grateful",
    r"th?a+n+k+s+", r"thanx", r"thanku", r"thnks?", r"thks", r"tks", r"tq",
    # thanks in the languages shoppers mix in
    r"merci", r"gracias", r"danke", r"arigato", r"obrigad[oa]", r"grazie", r"jazak(?:allah|allahu?\s*khair)?", r"jzk",
    r"shukriya", r"shukria", r"shukran", r"dhanyavaad?", r"salamat", r"bye", r"goodbye",
]
_THANKS_ZH = ("谢谢", "谢了", "谢啦", "多谢", "感谢", "谢", "感恩", "再见", "拜拜")
_CORE_EN = re.compile(latin_alt([
    *_THANKS_EN, r"kind", r"gr8",
    # acknowledgements
    r"o+k+(?:a+y+)?", r"okie", r"okey", r"oki", r"k+", r"dokie?", r"dokey", r"alright", r"aight", r"yes", r"yeah?", r"yea",
    r"yep", r"yup", r"ya", r"sure", r"right", r"fine", r"noted", r"roger", r"gotcha", r"got", r"understood", r"clear",
    r"fair", r"true", r"indeed", r"absolutely", r"exactly", r"makes", r"sense", r"see", r"alr", r"ight", r"np",
    r"worries", r"problem", r"probs?",
    # praise
    r"cool", r"nice", r"good", r"great", r"awesome", r"amazing", r"brilliant", r"lovely", r"super", r"wonderful", r"perfect",
    r"neat", r"excellent", r"fantastic", r"sweet", r"wow", r"whoa", r"helpful", r"interesting", r"useful", r"informative",
    r"handy", r"oops", r"rad", r"dope",
    # approval as Irish and British shoppers say it: "that's grand", "brill", "ace", "that's class", "smashing"
    r"grand", r"brill", r"ace", r"class", r"smashing", r"cracking", r"lush", r"magic",
    # laughter and interjections
    r"(?:ha){1,8}h?", r"(?:he){2,8}", r"lol+", r"lmao", r"rofl", r"xd", r"hm+", r"um+", r"uh+", r"oh+", r"ah+", r"ooh", r"aha",
    r"e+m+", r"mm+",
    # greetings, goodbyes and deferrals
    r"hi", r"hello", r"hey", r"morning", r"evening", r"afternoon", r"later", r"think", r"ponder", r"consider", r"maybe",
    # praise of the advisor and promises ("you rock", "well done", "will do", "I'll get back to you")
    r"best", r"rock", r"job", r"kindly", r"will", r"done", r"needed", r"get", r"love", r"loved", r"legend", r"glad", r"happy",
    # romanized Hindi and Urdu: "theek hai" (alright), "acha" (ok), "badhiya" (great), "mehrbani" (kindness: thanks)
    r"th?ee?k", r"thik", r"acc?h?h?a", r"badhiya", r"zabardast", r"shabash", r"meh?e?rbani",
]))
_FILLER_EN = re.compile(latin_alt([
    r"i", r"im", r"ill", r"me", r"my", r"you", r"u", r"ya", r"it", r"its", r"that", r"thats", r"this", r"is", r"was",
    r"will", r"do", r"all", r"set", r"done", r"for", r"now", r"the", r"a", r"an", r"your", r"help", r"info", r"lot",
    r"ton", r"bunch", r"so", r"very", r"really", r"much", r"again", r"stuff", r"one", r"to", r"know", r"about", r"let",
    r"then", r"well", r"and", r"mate", r"man", r"dude", r"buddy", r"bro", r"sir", r"friend", r"guys?", r"folks", r"everyone", r"everybody", r"no", r"just",
    r"yaar", r"yar", r"bhai", r"bhaiya", r"ji",  # how Indian and Pakistani shoppers address the bot: "thanks yaar"
    # ... and the Hindi and Urdu words around their thanks: "theek hai", "bohot help hui", "bahut madad mili", "chalo bye"
    r"hai", r"bohot", r"bahut", r"bahot", r"boht", r"hui", r"hua", r"mili", r"mila", r"madad", r"chalo", r"aapka", r"apka",
    r"aapki", r"apki", r"aap", r"ap", r"bas",
    # ... and shoppers elsewhere: Malayalam "chetta", Tamil "anna", Bengali "dada", Arabic "habibi", "boss"
    r"chett(?:a|an)", r"chechi", r"anna", r"akka", r"dada", r"didi", r"habibi", r"habibti", r"boss",
    # ... Urdu and Hindi "beta" to the young, the Filipino "po" of respect: "thank you beta", "salamat po"
    r"beta", r"beti", r"po", r"kuya",
    # ... and as Nigerian and Irish shoppers thank: "thank you my brother", "thanks a million"
    r"brother", r"sister", r"sis", r"million",
    r"enough", r"pretty", r"quite", r"too", r"also", r"oh", r"it'?ll", r"make", r"sounds?", r"definitely", r"totally",
    r"helps", r"helped", r"tons?", r"time", r"of", r"good", r"on", r"over", r"thing", r"things", r"many", r"youre",
    r"need", r"back", r"you'?re", r"ur", r"are", r"were",
    # knowing where one stands now: "got it, I have a good idea now", "ok I've got a clear picture"
    r"have", r"ive", r"idea", r"picture",
    r"beans", r"sauce",  # the playful tails of praise: "cool beans", "awesome sauce"
    # how strongly praise is meant: "ur lowkey helpful", "that was genuinely useful", "honestly great"
    r"lowkey", r"highkey", r"genuinely", r"truly", r"honestly", r"seriously", r"actually", r"kinda", r"legit", r"ever",
    r"been",
]))
_CORE_ZH = (*_THANKS_ZH, "好的", "好滴", "好哒", "好嘞", "好吧", "好", "行", "可以", "不错", "棒",
            "赞", "牛", "厉害", "收到", "明白", "知道", "了解", "懂", "嗯", "哦", "噢", "喔", "哈", "呵呵", "嘿嘿", "辛苦",
            "没问题", "你好", "您好", "想想", "考虑一下", "看看", "酷", "完美", "ok",
            "原来如此", "有道理", "麻烦", "考虑", "晓得", "再说", "没事", "不用", "妥", "哇", "哇塞", "爱", "额", "呃",
            "这样", "赞赞", "好评", "有用", "有帮助", "对", "是的", "没错",
            # knowing where one stands: "我心里有数了", "心中有底了", "大概有谱了", "清楚了"
            "有数", "有底", "有谱", "清楚", "懂了",
            # the northern "right then": "得嘞，谢谢老铁", "得咧"
            "得嘞", "得咧", "得勒")
_FILLER_ZH = ("的", "了", "啦", "呀", "啊", "呢", "吧", "嘛", "咯", "哟", "您", "你", "老板", "亲", "太", "很", "非常", "真",
              "一下", "那", "那就", "先", "我", "再", "让", "帮", "忙", "就", "啊", "呐", "滴", "哒", "嘞", "也", "都", "帮助",
              "回头", "哈", "挺", "原来", "是", "心里", "心中", "大概", "基本", "差不多",
              "晒",  # Cantonese "all" after thanks: "多谢晒"
              # the one thanked, as friends are called online and up north: "谢谢老铁", "多谢兄弟", "谢了哥们"
              "老铁", "兄弟", "哥们", "哥们儿", "兄嘚")
# names the fillers would spell: 真我 is the brand Realme ("真我就行" settles on a brand, it is no "ok")
_SPELLED_BY_FILLERS = re.compile("真我")
_ZH_TOKEN = re.compile("|".join(sorted(_CORE_ZH + _FILLER_ZH, key=len, reverse=True)))
_TOKEN = re.compile(r"[a-z][a-z0-9']*|[\u4e00-\u9fff]+|\d+[a-z]*")  # "gr8" and "5g" are one word each
# ":D", ":-P", ";)", "<3", "xD": faces typed with punctuation, no words
_EMOTICON = re.compile(r"(?<![a-z0-9])(?:[:;=8][-']?[dp3o)(\]\[/\\|*]|<3|x-?d)(?![a-z0-9])")


def _words(text: str, chinese: re.Pattern[str]) -> list[str] | None:
    """The words of a message: Latin words (apostrophes dropped) and runs of Chinese cut into the words of
    `chinese`; None when it holds a number or Chinese that `chinese` cannot cut."""
    words: list[str] = []
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            return None
        if token.isascii():
            words.append(token.replace("'", ""))
            continue
        position = 0
        while position < len(token):
            m = chinese.match(token, position)
            if m is None or not m.group(0):
                return None
            words.append(m.group(0))
            position = m.end()
    return words


# a plan to go and see the phones shown, closing the talk: "gonna check em out at best buy", "i'll go look at them in
# the mall tomorrow", "will try those at the store": the shop named is no wish, whatever words it is called by
_SHOP_VISIT = re.compile(r"""
    (?<![a-z])(?:(?:i'?m|im|i\s+am)\s+)?(?:gonna|going\s+to|will|i'?ll|i\s+will|let\s+me|lemme|(?:i\s+)?might)\s+(?:go\s+(?:and\s+)?)?
    (?:check|look\s+at|see|try|test|hold|feel)\s+(?:em|'em|them|these|those|they|it|both|the\s+(?:phones|ones|two))(?:\s+out)?
    (?:\s+(?:at|in|from)\s+(?:the\s+|a\s+|my\s+)?[a-z']+(?:\s+[a-z']+){0,2}?)?
    (?:\s+(?:store|shop|mall|tomorrow|later|today|tonight|this\s+weekend|in\s+person))*(?=\s*(?:[!.,~;]|$))
    """, re.VERBOSE)


# praise of how the advisor treated the shopper, the one treated named after "with": "you have been very patient with an old
# lady", "you've been so kind with me", "you're being really patient with a newbie": the person is no wish for a phone
_PRAISED_MANNER = re.compile(r"(?<![a-z])(?:you(?:'ve|\s+have)\s+been|you'?re\s+being|you\s+are\s+being|you\s+were)\s+"
                             r"(?:(?:very|so|really|ever\s+so|most|incredibly|super|truly)\s+)?"
                             r"(?:patient|kind|helpful|understanding|generous)\s+with\s+(?:me|us|(?:an?|this)(?:\s+[a-z']+){1,3})"
                             r"(?=\s*(?:[.!,~;]|$))")


# thanks said as a blessing or as Jamaica says it ("God bless you", "Allah bless", "respect, big up yuhself"): a thanks,
# read as the word "thanks" (the words that make it up are no core words alone: "big", "up", "god")
_THANKS_PHRASE = re.compile(r"(?<![a-z])(?:(?:(?:may\s+)?(?:god|allah|jah)\s+)?bless(?:\s+(?:you|u|ya|yuh|yourself|up))?"
                            r"|big\s+up(?:\s+(?:yourself|yuhself|yuself|yaself|you|u))?|respect|maraming)(?![a-z])")


# a goodbye until something happens or some time passes, the shopper coming back then: "上岸了回来换平果", "等发工资再来看华为",
# "下个月再来看oppo", "考完试回来再换vivo". What they will look at then (a brand, a phone) is no wish now: the filters stay.
# The coming back needs its when: a wait (等…), a time ahead (改天, 过几天, 下个月) or an event done before it (…了, …完,
# …后) right before 回来. The event is one of the shopper's life, not of the talk: a choice in it ("不要小米了回来看华为",
# "看完这几款再来看华为") or an interjection ("算了，回来看华为吧", "等一下，再来看看华为") keeps the message a request, as
# "再来看看华为" (next, Huawei) and "来个华为" are.
_EVENT_CHAR = r"(?:(?!要|别|看|选|挑|比|换|买|推荐|试试)[^\s,，。.!！?？;；~～])"
_CLAUSE_CHAR = r"[^\s,，。.!！?？;；~～]"
_TIME_AHEAD = (r"(?:改天|回头|下次|下回|以后|到时候?|明天|后天|周末|月底|年底|过(?:几|两|一|些)?(?:天|阵子?|段时间|周|个?星期|个?礼拜|个?月)"
               r"|下个?(?:月|周|星期|礼拜))")
_COME_BACK = r"(?:我|咱)?(?:再|就)?(?:回来|再来|过来|来(?=看|瞧|买|换|挑|选|入|问))"
_SIGN_OFF_LATER = re.compile(rf"""
    # (one 嗯 an iteration: "嗯+" inside the repeated group backtracks exponentially on a long run of 嗯)
    (?:(?:好的?|行|嗯|ok|那|那我|那就|那就先这样|先这样|谢谢|谢啦|多谢)[\s,，.。!！~～]*)*   # "好的谢谢，", "那我"
    (?:我|咱)?(?:先)?
    (?:等(?:到|我|咱)?{_EVENT_CHAR}{{1,12}}?{_COME_BACK}                       # "等发工资再来", "等我攒够钱再来"
      |{_TIME_AHEAD}{_EVENT_CHAR}{{0,10}}?[\s,，]*{_COME_BACK}                # "过几天发了奖金再来", "改天再来"
      |{_EVENT_CHAR}{{1,10}}?(?:(?<!算)(?<!好)(?<!行)(?<!对)(?<!罢)(?<!得)(?<!够)了|完{_EVENT_CHAR}{{0,3}}?|后|以后|之后)
       (?:我|咱)?(?:再|就)?回来)                                                # "上岸了回来", "考完试回来"
    (?:再)?(?:看看?|瞧瞧?|买|换|挑|选|入手?|问问?)?(?:一下)?
    {_CLAUSE_CHAR}{{0,16}}?                                                    # what they will look at then: "华为", "平果"
    (?:吧|了|哈|啦|哦|呀|啊|咯)*[\s,，.。!！~～]*(?:(?:谢谢|拜拜|再见)[\s.。!！~～]*)?
    """, re.VERBOSE)


# the choice put off until a launch or a price cut: "等华为新款出了再说", "小米15出来以后再考虑吧", "等苹果降价了再看" (the maker
# named is what the shopper waits for, no wish now); a question ("华为新款出了吗") or a wish ("华为新款出了，推荐一下") is none
_WAIT_FOR_LAUNCH = re.compile(rf"""
    (?:(?:好的?|行|嗯|ok|那|那我|那就|算了|谢谢)[\s,，.。!！~～]*)*(?:我|咱)?(?:还是)?(?:先)?(?:等(?:到|等|一等|着)?)?
    {_CLAUSE_CHAR}{{1,16}}?(?:出了|出来了?|发布了?|上市了?|开售了?|降价了?|便宜了?)(?:以后|之后|后)?[\s,，]*
    (?:我|咱)?(?:再说|再看看?|再考虑|再决定|再定|再买|再来)
    (?:吧|了|哈|啦|哦|呀|啊|咯)*[\s,，.。!！~～]*(?:(?:谢谢|拜拜|再见)[\s.。!！~～]*)?
    """, re.VERBOSE)


def signs_off_for_later(text: str) -> bool:
    """True when the whole message says goodbye until later, naming when the shopper comes back ("等发工资再来看华为",
    "上岸了回来换平果") or what they wait for ("等华为新款出了再说"); what they will look at then sets no filter now."""
    said = " ".join(text.lower().split())
    return _SIGN_OFF_LATER.fullmatch(said) is not None or _WAIT_FOR_LAUNCH.fullmatch(said) is not None


def is_social(text: str) -> bool:
    """True when the whole message is a social turn ("haha ok", "much appreciated", "好滴谢谢", "ok 👍", "改天再来")."""
    low = text.lower()
    if "?" in low or "？" in low:
        return False  # "is it good?" asks about a phone
    if signs_off_for_later(low):
        return True
    low = _THANKS_PHRASE.sub(" thanks ", _PRAISED_MANNER.sub(" kind ", _EMOTICON.sub(" ", low)))
    if _SHOP_VISIT.search(low):
        low = _SHOP_VISIT.sub(" ", low)
        if not _TOKEN.search(low):
            return True  # the plan alone closes the talk too
    if not _TOKEN.search(low):
        return bool(text.strip())  # "👍", "🙏", ":D": a face alone
    if _SPELLED_BY_FILLERS.search(low):
        return False  # "真我就行": Realme's name is no "真" and "我"
    words = _words(low, _ZH_TOKEN)
    if words is None:
        return False
    core = [w in _CORE_ZH or bool(w.isascii() and _CORE_EN.fullmatch(w)) for w in words]
    return any(core) and all(c or not w.isascii() or _FILLER_EN.fullmatch(w) or _greeted_mistyped(w)
                             for c, w in zip(core, words))


# the ones greeted, by the words fillers hold for them ("evening folks", "hi guys", "morning everyone")
_GREETED_ONES = frozenset({"folks", "guys", "everyone", "everybody", "friends", "people", "mates", "buddy", "team"})


def _greeted_mistyped(word: str) -> bool:
    """True for the ones greeted typed with two neighbouring letters the other way round ("fokls", "folsk", "guyz"
    is no swap and stays unread): a word in no dictionary, so "folds" (foldables) never passes."""
    if len(word) < 4:
        return False
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    return bool(swaps & _GREETED_ONES) and not in_dictionary(word)


# Haggling, as with a shopkeeper: "抹个零噻", "打个折呗", "老板优惠点", "can you knock a bit off", "any discount?". The advisor
# sells nothing, so no price moves; a figure makes it a budget ("打完折3000以内") and "cheaper" asks for other phones
_HAGGLE = re.compile(r"""
    抹(?:个|掉|了)?零(?:头)?|打(?:个|点)?折(?!叠)|给(?:个|点)?(?:折扣|优惠)|(?:再)?优惠(?:点|一点|些|一些)|讲(?:讲)?价|砍(?:砍|个|点)?价
    | 便宜(?:点|一点|些)?(?:卖|出)(?:给我|我)?  # "便宜点卖我" (not "便宜点给我推荐": cheaper phones asked for)
    | (?<![a-z])(?:(?:give|get|do)\s+(?:me\s+|us\s+)?(?:a|any|some)\s+discount|any\s+discount|discount\s+(?:please|pls)
                 |knock\s+(?:a\s+bit|some(?:thing)?|a\s+few\s+(?:bucks|dollars))\s+off|round\s+(?:it\s+)?down|haggle|bargain\s+with)(?![a-z])
    """, re.VERBOSE)


def haggles(text: str) -> bool:
    """True when the message bargains over a price as with a shopkeeper and gives no figure ("这个价格还能再少点不嘛，抹个零噻",
    "打个折呗", "can you knock a bit off?"): the advisor can lower no price, and no filter changes."""
    low = text.lower()
    return bool(_HAGGLE.search(low)) and not re.search(r"\d", low)


# Asking whether a feature is needed or worth it: "do I need 5g?", "is 5G worth it?", "what's the point of 12gb ram",
# "5G有必要吗", "我真的需要12G内存吗": a question for advice, not a wish; the feature asked about is the group "feature"
# (the session checks it names a filter). Said as a statement it stays a wish: "I need 5G", "5G is a must".
_DOUBTS_NEED = re.compile(r"""
    ^(?:(?:so|and|but|hm+|ok(?:ay)?|honestly|wait|btw)[\s,]+)*
    (?: (?:do|would|will|should)\s+(?:i|we)\s+(?:really\s+|even\s+|actually\s+|truly\s+)?need\s+(?P<f1>.+?)
      | (?:is|are)\s+(?P<f2>.+?)\s+(?:really\s+|even\s+|actually\s+)?(?:worth\s+it|necessary|needed|a\s+must|important
                                                                      |that\s+important|useful)
      | what'?s\s+the\s+(?:deal|point|use)\s+(?:with|of)\s+(?P<f3>.+?)
    )(?:\s+(?:for\s+me|these\s+days|nowadays|tbh|though))?\s*[?？]*\s*$
    | ^(?:我|咱)?(?:真的|到底|确实)?(?:需要|有必要(?:上|要)?|要不要|非得要?)(?P<f4>.+?)(?:吗|么|嘛|不)?[?？]+$
    | ^(?:我|咱)?(?:真的|到底|确实)?(?:需要|有必要(?:上|要)?)(?P<f5>.+?)(?:吗|么|嘛)[?？]*$
    | ^(?P<f6>.+?)(?:真的|到底)?(?:有(?:必要|用)(?:吗|么|嘛)|重要(?:吗|么|嘛)|值得(?:吗|么|嘛)|有啥用|有什么用)[?？]*$
    """, re.VERBOSE)


def doubted_feature(text: str) -> str | None:
    """The feature a message asks whether the shopper needs ("do I need 5g?" -> "5g", "5G有必要吗" -> "5g"); None for
    any other message. Whether it names a filter is for the session to check."""
    m = _DOUBTS_NEED.match(" ".join(text.lower().split()))
    return next((g for g in m.groups() if g), None) if m else None


# -- whole-message moves: what may open and close a move that is the whole message (an undo, a help question) --

MOVE_OPENER = (r"(?:please|pls|ok(?:ay)?|so|then|hm+|well|let'?s|(?:can|could)\s+(?:you|u|we)|just|now|no+|nope|nah|hi|hello|hey|"
                # casual assent and laughter before the move: "yeah undo that", "lol undo", "alright, go back"
                r"yeah?|yep|yup|alright|right|lol|lmao|(?:ha){2,}|k|"
                # interjections and verdicts on the last change before taking it back: "oops, undo", "that's worse, go back"
                r"oops|whoops|ugh|argh|actually|wait|sorry|ah|oh|eh|meh|my\s+bad|on\s+second\s+thought|nvm|never\s*mind|(?:i\s+)?changed\s+my\s+mind|"
                r"that'?s\s+(?:worse|wrong|not\s+(?:it|right|better|what\s+i\s+wanted))|that\s+was\s+(?:a\s+)?(?:mistake|wrong)|"
                r"i\s+(?:want|'?d\s+like)\s+to|"
                # openers of a question about the advisor: "hey there, what can you do?", "btw how does this work"
                r"(?:hi|hey|hello)\s+there|um+|uh+|e+m+|btw|by\s+the\s+way|also|quick\s+question|excuse\s+me|yo|"
                # the one addressed, after a greeting or alone: "hello sir, what all can you do", "bhai undo that"
                r"sir|madam|ma'?am|bhai|bhaiya|bro|boss|dude|mate|"
                # Hindi "wait a minute", "no", "ok" before the move: "ek minute, 5G wali baat undo karo", "arre nahi, undo"
                r"ek\s+(?:minute|min|sec(?:ond)?)|ruko|arre|nahi|nahin|acha|achha|"
                r"请|请问|麻烦|那|那就|好|你好|嗨|算了|算啦|不要了|还是|帮我|给我|不对|不好|不行|唉|哎|嗯|哦|对了|额|那个|"
                # Taiwan's interjection and "rather not" before the move: "欸还是不要好了，回到刚刚那样"
                r"欸|诶|不要好了|"
                # an "oops" or an apology before the move, as "oops, undo" and "sorry, go back" say it: "哎呀 撤销",
                # "不好意思 撤销一下", "抱歉，退回去"
                r"哎呀|哎哟|哎唷|唉呀|啊呀|不好意思|抱歉|对不起|"
                # Cantonese 唔 drawn out as a hesitation ("唔…回到上一步吧", read 不 by then), or "no," before the move; not 不
                # glued to the move, which refuses it ("不回到上一步")
                r"不+(?=…|\.{2,}|~|～|[,，])|"
                # Cantonese 都係唔好 (simplified 都是不要: "better not, after all") before the move: "都係唔好 撤銷返上一步"
                # (a pause after it: "还是不要撤销了" keeps the step, "let's not undo")
                r"(?:都是|还是)(?:不要|不好)了?(?=[\s,，…~～.。!！])|"
                # Cantonese 都係 alone (simplified 都是: "after all", as 还是) before the move: "都係撤回啱先嗰句啦"
                r"都是(?=\s*(?:撤|退|回|返|恢复|还原|undo)))")
# a pause drawn out after the opener ("嗯…撤銷", "hmm... undo", "唉~~撤回") is part of it
MOVE_OPENER = rf"(?:{MOVE_OPENER}(?:…+|\.{{2,}}|~+|～+)?)"
# what may close a move: a softener, thanks or laughter ("undo that lol", "undo that real quick", "撤销吧"); 好了 /
# 就好 / 就行 settle on it ("还是撤回好了", "撤销就好")
# "here" / "这里" close a move in either language ("need some help here", "need some help 这里")
MOVE_CLOSER = (r"(?:[\s,，]+(?:please|pls|thanks|thx|ty|lol|lmao|(?:ha){2,}|real\s+quick|quickly|for\s+me|here|这里|这儿|这边"
               # a Cantonese particle romanized closes it too: "undo 返啱啱嗰下 la"; so does an aside said last: "what can I
               # filter on btw?", "what can you do, by the way"
               r"|la|lah|ah|btw|by\s+the\s+way|anyway|anyways))*"
               r"(?:好了|就好|就行|吧|呀|啊|呢|哈|啦)?[\s?？!！.。,，~]*")


# -- help: questions about the advisor itself ---------------------------------------------------------

# Words that set a question aside from the talk about phones without adding to it ("what is this bot for anyway",
# "btw what can you do", "话说你能干嘛", "所以你到底是做什么的"): generic in a help question, however it is read
_ASIDES_EN = [r"anyway", r"anyways", r"anyhow", r"btw", r"so", r"wait", r"sorry", r"just", r"curious",
              # "what else can you do besides this?", "你还会啥 besides this?": the rest of what it does
              r"besides"]
_ASIDES_ZH = ("话说", "说起来", "其实", "所以", "顺便问一下", "顺便问下", "顺便", "对了", "到底", "究竟",
              "问下", "问一下", "想问下", "想问一下",  # "问下你还能干啥": asking leave to ask
              "等等", "等一下", "等下")  # "等等 你這個到底可以幫我做哪些事啊": a pause before the question

_YOU = r"(?:you|u|this(?:\s+(?:bot|thing|app|tool|assistant|chat|service))?|the\s+(?:bot|assistant|app|tool))"
_ABILITY_VERB = (r"(?:do|help|compare|explain|handle|support|understand|speak|read|answer|convert|filter|rank|sort|search|"
                 r"know|tell|work|chat|talk|check|look\s+up|calculate|offer)(?:s|es|ing)?")
# a currency by its name, no amount: "can I talk prices in dirhams?", "do you take euros"
_CURRENCY_NAME = latin_alt([word for words in CURRENCY_AFTER.values() for word in words if re.match(r"[a-z(]", word)])
# phones of no name counted for a task asked about ("两台", "兩部機" read 两部机, "几款手机"): what is compared, not which
_TASK_COUNT = "(?:两|几|2)\\s*(?:款|个|部|台|支|只)"
_PHONE_NOUN_ZH = "(?:手机|机型|机子|机|平板)"
_ADVISOR_QUESTIONS = [
    # "can you compare phones?", "are you able to compare specs?", "do you handle comparisons?"; "like" said as a
    # filler is no comparison ("can u like compare stuff too?")
    rf"(?:can|could|will|would|do|does)\s+{_YOU}\s+(?:also\s+|even\s+|actually\s+|really\s+|like\s+)?(?:be\s+able\s+to\s+)?{_ABILITY_VERB}",
    rf"(?:are|is)\s+{_YOU}\s+(?:also\s+)?(?:able\s+to|capable\s+of|good\s+at)\s+{_ABILITY_VERB}",
    # the shopper asking leave to set the advisor a task: "can i also ask you to compare phones?", "may I get you to explain"
    rf"(?:can|could|may)\s+i\s+(?:also\s+|even\s+)?(?:ask|get)\s+{_YOU}\s+to\s+{_ABILITY_VERB}",
    # "can you do anything else or just phones?", "do you do anything else besides phones" (not a bare "anything else?",
    # which asks for more phones)
    rf"(?:can|could|do|does)\s+{_YOU}\s+(?:do|help(?:\s+me)?\s+with)\s+any(?:thing|\s+other\s+things?)\s+else(?:\s+(?:or|but|than))?",
    # "what are you good at?", "what r u good for", "whats this for?"
    rf"what(?:'?s|\s+is|\s+are|\s+r)\s+{_YOU}\s+(?:good\s+(?:at|for)|useful\s+for|for|capable\s+of|able\s+to\s+do|made\s+for|here\s+for|about)",
    rf"what(?:\s+(?:else|exactly|all|actually|really))?\s+(?:can|could|do|does|will)\s+{_YOU}"
    r"(?:\s+(?:actually|exactly|really|even|also))?\s+(?:do|offer|support|know|handle|help(?:\s+me)?\s+with)",
    r"what(?:'?s|\s+is)\s+this(?:\s+(?:bot|thing|app|tool|assistant|service))?(?:\s+for)?(?=\s*[?!.]*$)",
    rf"what\s+(?:features|functions|options|commands)\s+(?:do|does)\s+{_YOU}\s+have",
    r"what\s+(?:do|should|can)\s+i\s+(?:type|say|write|ask|do|search(?:\s+for)?|look\s+for)",
    # "how do I get started?", "where do I start?", "I'm confused", "what's the point of this"
    r"how\s+(?:do|can|should)\s+i\s+get\s+started", r"where\s+(?:do|should|can)\s+i\s+(?:start|begin)",
    r"(?:i'?m|i\s+am)\s+(?:confused|lost)", rf"what'?s\s+the\s+point\s+of\s+{_YOU}",
    # "tell me what you can do", "can you explain what you do"
    rf"(?:explain|tell\s+me|show\s+me)\s+what\s+{_YOU}\s+(?:can\s+)?(?:do|does)",
    # "any instructions?", "can you give me some examples?", "what commands are there"
    r"(?:(?:can|could)\s+you\s+(?:give|show)\s+(?:me\s+)?)?(?:any|some)\s+(?:examples?|instructions|tips|commands)",
    r"what\s+(?:commands|options|features)\s+(?:are\s+there|exist|do\s+you\s+have)",
    r"what\s+(?:info|information|data)\s+do\s+you\s+(?:have|know|cover)", r"\?+", r"huh\??",
    # "what kinds of things can I ask you", "what sort of questions do you answer", "what are you able to help with"
    rf"what\s+(?:kinds?|sorts?|types?)\s+of\s+(?:things|questions|stuff|requests)\s+(?:can|could|should|do)\s+"
    rf"(?:i\s+ask(?:\s+{_YOU})?|{_YOU}\s+(?:answer|handle|do|help\s+with))",
    rf"what\s+(?:are|is)\s+{_YOU}\s+(?:able|here)\s+to\s+(?:help(?:\s+me)?\s+with|do)",
    # "help me understand how to use this", "I don't get how this works", "tell me what features you have"
    rf"(?:help\s+me\s+understand|i\s+(?:don'?t|do\s+not)\s+(?:get|understand|know))\s+how\s+"
    rf"(?:to\s+use(?:\s+(?:{_YOU}|it))?|(?:{_YOU}|it)\s+works?)",
    rf"(?:tell|show)\s+me\s+what\s+(?:features|functions|options|commands)\s+{_YOU}\s+(?:have|has|offers?)",
    # whether the advisor reads a currency: "can I talk prices in dirhams?", "do you take euros", "can i use rupees here"
    rf"(?:can|could|may)\s+i\s+(?:talk|give|say|use|write|quote|type|enter|put|ask)\s+(?:(?:the\s+|my\s+)?(?:prices?|budgets?"
    rf"|amounts?|figures?|money)\s+)?(?:in\s+)?(?:{_CURRENCY_NAME})",
    rf"(?:do|can|will|does)\s+{_YOU}\s+(?:take|accept|understand|read|handle|support|do|know|show\s+prices\s+in"
    rf"|work\s+(?:in|with))\s+(?:{_CURRENCY_NAME})",
    # "how do I use this thing?", "how does one use you", "how should I ask?", "how does it work", "how do I even use this"
    rf"how\s+(?:do|does|should|can|could|would|to)\s+(?:i|one|we|you|{_YOU}|it)?\s*(?:(?:even|actually|really|best)\s+)?"
    rf"(?:use|work|search|ask|start|begin|operate|"
    rf"talk\s+to|chat\s+with)(?:\s+(?:{_YOU}|it))?",
    # "how am I supposed to use this?", "show me how this works"
    r"how\s+(?:am\s+i|are\s+we)\s+supposed\s+to\s+(?:use|ask|work|start)(?:\s+(?:this|it|you))?",
    rf"(?:show|tell|explain\s+to)\s+me\s+how\s+(?:{_YOU}|it)\s+works?",
    # "are you a bot?", "is this a real person?", "are you human", "is this AI?"
    # also said as a statement asked back ("You are a computer program?") and by what the advisor is ("a program")
    r"(?:are|r)\s+(?:you|u)\s+(?:(?:a|an)\s+)?(?:real\s+)?(?:bot|robot|ai|human|person|machine|chatgpt|gpt|(?:computer\s+)?program)",
    r"(?:you\s+are|you'?re|u\s+r)\s+(?:(?:a|an|just\s+a|only\s+a)\s+)?(?:real\s+)?(?:bot|robot|ai|human|person|machine|(?:computer\s+)?program)(?=\s*\?)",
    # "what is it you do exactly?", "what is it that you do", "what is it you can do": what the advisor is for
    r"what\s+is\s+it\s+(?:that\s+)?(?:you|u)\s+(?:can\s+|could\s+)?do",
    rf"is\s+{_YOU}\s+(?:(?:a|an)\s+)?(?:real\s+)?(?:bot|robot|ai|human|person|chatgpt|gpt)", r"who\s+(?:are|r)\s+(?:you|u)",
    # Chinese: "你可以对比手机吗", "你能比较吗", "你是机器人吗", "这个机器人怎么用的", "我该怎么问", "有什么用法"
    # (the advisor also as the service, platform or site it is: "这个服务还可以查什么")
    # ... or the program it is ("你这个程式可以帮我做点什么", Cantonese "你呢個程式": 呢 is 这)
    # the advisor as "your thing" when spoken to ("你这玩意儿都能干啥", "你這玩意兒會啥", "你这东西能干嘛")
    "(?:(?:你|您)(?:(?:这|這|呢)个?)?(?:机器人|助手|bot|工具|服务|平台|网站|app|应用|程式|程序|玩意儿?|玩意兒|东西|東西)?"
    "|(?:这|呢)个?(?:机器人|助手|bot|工具|东西|服务|平台|网站|app|应用|程式|程序)?)"
    "(?:到底)?(?:都|还|也)?(?:能|会|可以|能够|懂|支持)(?:帮我|给我|帮忙)?"
    "(?:做|干|比较|对比|比|回答|筛选|查|搜索?|介绍|讲|解释|说|分析|提供)?(?:点|些)?",
    # ... as a piece of software or a little helper, and what it does for the shopper said 弄 / 整 / 搞 ("闺女，你这个软件都能
    # 帮我弄啥呀", "這個小幫手能做哪些事")
    "(?:(?:你|您)(?:(?:这|這|呢)个?)?|(?:这|呢)个)(?:软件|小帮手|帮手|小助手)"
    "(?:到底)?(?:都|还|也)?(?:能|会|可以|能够)(?:帮我|给我|帮忙)?(?:做|干|弄|整|搞)?(?:点|些)?",
    "(?:你|您)(?:(?:这|這|呢)个?)?(?:到底)?(?:都|还|也)?(?:能|会|可以|能够)(?:帮我|给我|帮忙)(?:弄|整|搞)(?:点|些)?",
    "(?:你|您|这)(?:个)?(?:bot|机器人|助手|工具|东西)?是(?:谁|什么|啥|干嘛的|做什么的|干什么的|干啥的|机器人|真人|人工智能|ai|bot|人)",
    "(?:我|该|要|应该)?(?:该|要|应该)?(?:怎么|如何|怎样|咋)(?:才能)?(?:使用|用|问|提问|搜索|搜|查|开始|操作|玩)",
    "有(?:什么|哪些|啥)(?:用法|用处|功能|用)", "使用方法|用法|使用说明|教程|功能介绍",
    # whether it compares, asked as a yes-no question with no one spoken to: "可唔可以幫我比較" (可不可以帮我比较), "能不能对比"
    # ... with the kind of thing it compares, counted or not ("可唔可以幫我比較兩部機": two phones, none named)
    "(?:可不可以|能不能|会不会)(?:帮我|给我|帮忙)?(?:比较|对比)(?:一下)?"
    f"(?:{_TASK_COUNT}?\\s*{_PHONE_NOUN_ZH}|{_TASK_COUNT})?",
    # "能介绍一下你自己吗", "有什么可以问的", "第一次用，怎么弄", "不会用", "能举个例子吗"
    "介绍(?:一下)?(?:你|您)?自己", "有(?:什么|啥|哪些)(?:可以|能)(?:问|说|查)的?", "怎么弄", "不(?:太|是很|是好|大)?会用", "不知道怎么用",
    "(?:举|给)(?:个|几个)?例子", "示例",
    # "我可以问你什么", "你是真人还是机器人", "教我怎么用", "不太会", "能说说你的功能吗"
    "(?:我)?(?:还)?(?:可以|能|该)问(?:你|您)?(?:些|点)?(?:什么|啥|哪些)", "是(?:真人|人)还是(?:机器人|机器|ai|bot)",
    "教(?:我|一下)(?:怎么|如何)(?:用|使用|问|操作)?", "不(?:太|大)?会(?:用|使|操作)?", "(?:你|您)的(?:功能|用法|本事)",
    # the criteria it can search by: "你能用哪些条件帮我筛手机", "可以按什么参数筛选", "能根据哪些标准来找"
    "(?:能|可以|会)?(?:用|按照?|根据|依)(?:哪些|什么|啥|哪几个|哪几种)(?:条件|参数|标准|规格|方面|维度)(?:来)?(?:帮我|给我)?"
    "(?:筛选?|过滤|找|挑|选|搜索?|查)",
    r"what\s+(?:filters|criteria|conditions)\s+(?:can|could|do)\s+(?:you|i)\s+(?:use|filter\s+by|search\s+by|support|set)",
    r"what\s+can\s+(?:you|i)\s+(?:filter|search|sort)\s+(?:phones\s+)?by",
    # romanized Hindi and Urdu, the verb last: "main kya kya pooch sakta hoon aap se?" (what all can I ask you),
    # "aap aur kya kar sakte ho?" (what else can you do), "aap kis cheez mein madad kar sakte hain"
    r"(?:main|mai|mein|hum|me)\s+(?:(?:aap|ap|tum)\s*se\s+)?(?:aur\s+)?kya(?:\s+kya)?\s+(?:pooch|puch|poochh|puchh)\s+"
    r"(?:sakta|sakti|sakte)\s+(?:hoon|hun|hu|hain|hai|h)(?:\s+(?:aap|ap|tum)\s*se)?",
    r"(?:aap|ap|tum)\s+(?:aur\s+)?(?:kya(?:\s+kya)?|kis\s+(?:cheez|cheezon|chiz|baat)\s+(?:mein|me))\s+(?:aur\s+)?"
    r"(?:kar|bata|dikha|madad\s+kar|help\s+kar)\s+(?:sakte|sakti|sakta)\s+(?:ho|hain|hai|hu|hoon)",
]
# each form alone: where two forms match at one place ("can you explain" and "explain what you do"), the one whose
# leftover words are all generic decides
_ASKS_ADVISOR = [re.compile(latin_alt([form])) for form in _ADVISOR_QUESTIONS]
# the words around a question that both readings of a help question allow beside it ("hey, could you give me some
# tips on it all", "so what can I do here then")
_AROUND_A_QUESTION_EN = [
    r"can", r"could", r"i", r"me", r"my", r"a", r"an", r"the", r"of", r"for", r"with", r"on", r"here", r"and", r"so",
    r"some", r"any", r"stuff", r"things?", r"all", r"exactly", r"actually", r"really", r"also", r"please", r"hi", r"hey",
    r"hello", r"yo", r"um+", r"uh+", r"give", r"there", r"then", *_ASIDES_EN,
    # "how do I even use this properly", "salam, before anything, what does this bot do"
    r"even", r"properly", r"correctly", r"before", r"anything", r"salam", r"salaam", r"namaste", r"hola",
    # the regional softeners a question ends on: Filipino "po", Singlish and Malaysian "lah", "leh", Nigerian "sha"
    r"po", r"lah", r"leh", r"sha",
    # ... and the Hindi and Urdu "and" and forms of address: "aur main kya kya pooch sakta hoon", "bhai aap kya kar sakte ho"
    r"aur", r"bhai", r"yaar", r"ji",
]
_GENERIC = re.compile(latin_alt([
    *_AROUND_A_QUESTION_EN,
    r"phones?", r"mobiles?", r"devices?", r"models?", r"specs?", r"specifications", r"comparisons?",
    # not "them" or "it": they point at phones on screen ("can you compare them?" compares the list)
    r"prices?", r"features?", r"questions?", r"too", r"kind", r"sort", r"well", r"ok", r"okay", r"tips", r"chinese",
    r"english", r"languages?", r"this", r"thing", r"bot", r"now", r"oh", r"quick", r"again", r"i'?m", r"new", r"first",
    r"time", r"lol", r"haha", r"you",
    "手机", "东西", "问题", "事情?", "功能", "参数", "价格", "呀", "啊", "呢", "吗", "么", "嘛", "吧", "的", "了", "些", "一些",
    "什么", "啥", "哪些", "都", "还", "也", "请问", "你好", "您好", "一下", "用", "哈", "这个?", "机器人", "助手", "你", "您",
    "我", "该", "应该", "要", "对了", "那个", "额", "嗯", "这玩意儿?", "第一次用", "第一次", "能", "可以",
    "不懂", "不太懂", "说说", "讲讲", "介绍介绍", *_ASIDES_ZH,
]))


# A question put to the advisor about itself, read by the kinds of its words rather than by their order: it
# speaks to the advisor ("you", "ur", "yourself", "你", "您"), it asks about it (a question word, or a word about the
# advisor's abilities, use or nature), and every other word is a question frame word ("can", "the", "都", "吗"). One
# word outside these kinds ("phone", "find", "samsung", "300", "more", "推荐", "华为") makes it a message about phones:
# "what do you have from Samsung?", "can you show me more?", "你们有什么华为手机" stay requests; "it" and "that" point at
# a phone ("what do you know about it?").
_TO_ADVISOR_EN = re.compile(latin_alt([r"you", r"u", r"ya", r"your", r"ur", r"yours", r"yourself", r"you'?re", r"youre",
                                       r"bot", r"chatbot", r"assistant", r"app", r"tool", r"chat", r"service"]))
_ABOUT_ADVISOR_EN = re.compile(latin_alt([
    r"what", r"whats", r"what'?s", r"how", r"who", r"capabilit(?:y|ies)", r"abilit(?:y|ies)", r"able", r"capable", r"skills?",
    r"purpose", r"point", r"work(?:s|ing)?", r"use", r"using", r"used", r"operate", r"help", r"helping", r"know", r"knows?",
    r"knowledge", r"features?", r"functions?", r"functionality", r"tips", r"examples?", r"instructions?", r"ask", r"asking",
    r"questions?", r"answer", r"offer", r"services?", r"support", r"human", r"person", r"real", r"robot", r"ai",
    r"machine", r"talk", r"speak", r"made", r"built", r"designed", r"meant", r"supposed", r"yourself",
    # what it is, what it is called, how clever it is, which languages it speaks ("u a bot?", "what's your name")
    r"bot", r"chatbot", r"assistant", r"name", r"called", r"smart", r"clever", r"intelligent", r"languages?",
]))
_FRAME_EN = re.compile(latin_alt([
    *_AROUND_A_QUESTION_EN,
    r"do", r"does", r"did", r"are", r"is", r"r", r"am", r"will", r"should", r"shall", r"may", r"im", r"we", r"to", r"at",
    r"about", r"in", r"or", r"kinds?", r"sorts?", r"types?", r"even", r"else", r"just", r"pls", r"plz", r"tell",
    r"explain", r"best", r"way", r"be", r"get", r"started", r"doing", r"anything", r"everything",
]))
_ADVISOR_NOUNS_ZH = ("机器人", "助手", "工具", "人工智能")
# "this" is the advisor only before a word for it ("this bot", "这个助手"); alone it points at a phone ("what do you
# know about this?", "你知道这个吗")
_TO_ADVISOR_ZH = ("你们", "你", "您", "自己", *_ADVISOR_NOUNS_ZH,
                  *(this + noun for this in ("这个", "这") for noun in _ADVISOR_NOUNS_ZH))
_THIS_ADVISOR_EN = re.compile(r"\bthis\s+(?=(?:bot|chatbot|assistant|app|tool|chat|service)\b)")
_ABOUT_ADVISOR_ZH = ("什么", "啥", "哪些", "怎么", "如何", "怎样", "咋", "谁", "干嘛", "功能", "能力", "本事", "本领", "作用", "用处",
                     "用途", "服务", "用", "使用", "问", "提问", "帮", "帮忙", "帮助", "忙", "会", "能", "干", "做", "懂", "知道",
                     "回答", "提供", "具备", "介绍", "真人", "机器", "ai", "问题", "什么样", "名字", "叫", "语言",
                     "中文", "英文", "英语", "聪明")
_FRAME_ZH = ("是", "可以", "能够", "都", "还", "也", "些", "一些", "点", "的", "呀", "啊", "呢", "吗", "么", "嘛", "吧", "了", "请问", "请",
             "一下", "我", "我们", "说", "该", "应该", "要", "跟", "和", "对", "给", "有", "个", "上", "比较好", "比较",
             "还是", "人", "具体", "主要", "用来", "得", "才", "好呢", "最好", "哈", "嗯", "那", "你好", "您好", *_ASIDES_ZH)
# "这是个什么工具", "这是啥机器人": a bare "this" points at the advisor when a word for the advisor follows in the message
_THIS_ZH = "这"
_ZH_ADVISOR_TOKEN = re.compile("|".join(sorted(_TO_ADVISOR_ZH + _ABOUT_ADVISOR_ZH + _FRAME_ZH + (_THIS_ZH,), key=len, reverse=True)))


def _is_one_of(word: str, english: re.Pattern[str], chinese: tuple[str, ...]) -> bool:
    """True when the word is one of a kind of words, given in English and in Chinese."""
    return word in chinese or (word.isascii() and bool(english.fullmatch(word)))


def _asked_of_advisor(text: str) -> bool:
    """True when the message is a question put to the advisor about itself and holds no other word ("what are your
    capabilities", "can you explain how to use you", "what r u", "你有哪些本事", "您都能提供哪些服务")."""
    words = _words(_THIS_ADVISOR_EN.sub("", _EMOTICON.sub(" ", text.lower())), _ZH_ADVISOR_TOKEN)
    if not words:
        return False
    to_it = [_is_one_of(w, _TO_ADVISOR_EN, _TO_ADVISOR_ZH) for w in words]
    about_it = [_is_one_of(w, _ABOUT_ADVISOR_EN, _ABOUT_ADVISOR_ZH) for w in words]
    advisor_named = any(w in _ADVISOR_NOUNS_ZH for w in words)
    known = all(t or a or _is_one_of(w, _FRAME_EN, _FRAME_ZH) or (advisor_named and w == _THIS_ZH)
                for w, t, a in zip(words, to_it, about_it))
    return known and any(to_it) and any(about_it)


def _asks_about_advisor(text: str) -> bool:
    """True when the message asks what the advisor is, can do or how to use it, about no particular phone."""
    low = " ".join(text.lower().split())
    if _asked_of_advisor(low):
        return True
    spans = []
    for form in _ASKS_ADVISOR:
        for m in form.finditer(low):
            spans.append(m.span())
            if _only_generic(low[:m.start()] + " " + low[m.end():]):
                return True
    # two questions about the advisor in one message ("what does this bot do and can I talk prices in dirhams?"): the
    # words that none of them holds are generic
    return len(spans) > 1 and _only_generic("".join(" " if any(a <= i < b for a, b in spans) else c
                                                    for i, c in enumerate(low)))


def _only_generic(text: str) -> bool:
    words = _words(text, _GENERIC)
    return words is not None and all(_GENERIC.fullmatch(w) for w in words)


# Whole-message help questions that the reading by word kinds above does not take, each between an opener and a
# closer: a call for help or for the commands that names no advisor ("help", "instructions", "/help", "说明", "能干嘛"),
# a task asked about in its exact shapes only (generic words around "can you recommend phones" would make "can you
# recommend a phone" help too), wordings with a word the tables above lack or keep for phones ("other" in "what other
# things can you do", "it" in "what can it do", "understand"), and questions the tables read but not beside an opener
# or closer they lack ("by the way what can you do", "what can you do, thanks", "嗨 你会什么")
# the specs a shopper may name to ask whether the advisor filters on them
_SPEC_NAME = (r"(?:weight|size|screen(?:\s+size)?|display|battery|camera|price|budget|brand|storage|ram|memory|chip(?:set)?"
              r"|processor|year|5g|specs?)")
_HELP_FORMS = latin_alt([
    r"(?:what|how)\s+can\s+you\s+(?:do|help(?:\s+me)?(?:\s+with)?)", r"help(?:\s+me)?",
    r"(?:(?:can|could)\s+you\s+)?(?:explain|tell\s+me)\s+how\s+(?:this|it|you|the\s+bot)\s+works?",
    # "are you able to compare two phones?", "你能比较两款手机吗": asking whether a kind of task can be done, about
    # no phone in particular, is a question about the advisor, not a request
    # the advisor called "this thing", "this bot" ("can this thing also compare models or give reasons?")
    r"(?:are\s+you\s+able\s+to|(?:can|could|do)\s+(?:you|this\s+(?:thing|bot|app|tool))(?:\s+also)?|do\s+you\s+know\s+how\s+to"
    r"|is\s+it\s+possible\s+to)\s+"
    r"(?:compare|recommend|suggest|find|filter|sort|rank|search\s+for|look\s+up)\s+(?:(?:two|2|a\s+few|several|some|"
    r"multiple|different)\s+)?(?:phones?|models?|devices?|tablets?)(?:\s+for\s+(?:me|us))?"
    # the other task offered as the choice: "... or give reasons?", "... or only list them?"
    r"(?:\s+or\s+(?:(?:give|explain)\s+(?:(?:the\s+)?reasons?|why)"
    r"|(?:just\s+|only\s+)?(?:list|show|recommend|suggest|rank)\s+(?:them|phones?|models?)))?",
    "(?:你|您)?(?:能|可以|会)(?:不能|不会)?(?:帮我)?(?:比较|对比|推荐|筛选|排序|选|挑|找)(?:两|几|2)?(?:款|个|部|台)?(?:手机|机型|平板)(?:吗|么|嘛)?",
    # the same asked in English with "help me": "can you help me pick a phone?" as "你能帮我选个手机吗", a phone of no kind
    # in particular ("help me pick a samsung phone" names one: a request)
    r"(?:can|could|will|would)\s+(?:you|u)\s+help\s+(?:me|us)\s+(?:to\s+)?(?:pick|choose|find|select)\s+"
    r"(?:(?:a|an|one|the\s+right|a\s+good)\s+)?(?:new\s+)?(?:phones?|mobiles?|smartphones?|tablets?)",
    r"how\s+do\s+i\s+use\s+(?:this|you)", r"/help",
    # how a task is done with the advisor, for phones of no name, in either language's words: "how do I compare two
    # phones?", "how can we filter phones", "how do I 比较两台 phone" ("how do I compare the pixel and the a54" names phones)
    r"how\s+(?:do|can|should)\s+(?:i|we)\s+(?:compare|比较|对比|filter|sort|rank|find)\s*"
    rf"(?:(?:(?:two|2|a\s+few|several|some|multiple|different)\s+)|{_TASK_COUNT}\s*)?"
    rf"(?:phones?|models?|devices?|tablets?|{_PHONE_NOUN_ZH})", r"what\s+do\s+you\s+(?:know|support|understand)",
    r"what\s+(?:kind\s+of\s+)?(?:things|questions)\s+can\s+i\s+ask(?:\s+you)?",
    r"what\s+are\s+(?:your|the)\s+(?:features|commands|options)", r"(?:show\s+me\s+)?(?:the\s+)?commands", r"instructions",
    "你会什么", "帮助", "能帮(?:我)?(?:做)?(?:什么|啥)", "我(?:可以|能|该)(?:问|说)(?:什么|些什么|啥)", "说明", "指南", "使用指南",
    "(?:还)?(?:能|可以|会)(?:干|做)(?:点|些)?(?:嘛|啥|什么)", r"(?:i\s+)?need\s+(?:some\s+)?help",
    # "还能帮我干点啥", "anything else you can do?", "what other things can you help with": what else the advisor does
    "(?:还)?(?:能|可以|会)帮(?:我)?(?:干|做)(?:点|些)?(?:啥|什么|嘛)",
    # ... asked as what there is that can help: "仲有乜可以幫到我" (还有什么可以帮到我), "还有什么能帮我的" ("还有什么可以
    # 推荐的" asks for more phones)
    "(?:(?:你|您)\\s*)?(?:还)?有(?:什么|啥)(?:可以|能)帮(?:到)?(?:我|忙)?(?:的|做)?(?:吗|呢|么)?",
    r"(?:is\s+there\s+)?anything\s+else\s+(?:you|u)\s+(?:can|could)\s+(?:do|help(?:\s+me)?(?:\s+with)?)",
    r"what\s+other\s+(?:things|stuff|features)\s+(?:can|could|do)\s+(?:you|u)\s+(?:do|offer|help(?:\s+me)?(?:\s+with)?)",
    # what the shopper can filter on: "what other things can I filter on?", "what else can we sort by", "what can I
    # narrow it down by"; and the help asked beyond phones: "can u help with other stuff too"
    r"what\s+(?:other\s+|else\s+|all\s+)?(?:(?:things|stuff|filters|specs|options)\s+)?(?:can|could)\s+(?:i|we)\s+"
    r"(?:filter|search|sort|narrow(?:\s+(?:it|them))?\s+down)(?:\s+(?:on|by|with))?",
    r"(?:can|could)\s+(?:you|u)\s+(?:also\s+)?help\s+(?:me\s+)?with\s+(?:other|more)\s+(?:stuff|things)(?:\s+(?:too|as\s+well))?",
    # the filters asked for as a list, the modal after the subject or before it: "help me understand what filters i can
    # use", "tell me what criteria we could use", "what filters can i use?" ("what filters can i use for gaming" asks more;
    # "what options can i pick" may ask for phones)
    r"(?:(?:tell|show)\s+me\s+)?what\s+(?:other\s+|all\s+)?(?:filters|criteria|conditions)\s+"
    r"(?:(?:can|could|do)\s+(?:i|we|you)|(?:i|we|you)\s+(?:can|could))\s+(?:use|set|apply)(?:\s+here)?",
    # ... asked yes or no, with the specs named and no figure: "can I also narrow things down by weight or size here?",
    # "could we filter by battery and camera?" ("filter by weight under 180g" says the bound: a request)
    r"(?:can|could)\s+(?:i|we)\s+(?:also\s+|even\s+)?(?:filter|search|narrow(?:\s+(?:it|them|things|the\s+list|results))?\s+down)"
    r"(?:\s+(?:things|phones|results))?\s+(?:on|by|with)\s+(?:the\s+)?"
    rf"{_SPEC_NAME}(?:\s*(?:,|or|and|/)\s*(?:the\s+)?{_SPEC_NAME})*",
    # "what can I ask you?", "what are you able to do?", "what sort of things can this bot help with?"
    # ("what all can you do", "what all you can do": Indian English asks for the whole list with "all")
    r"(?:(?:can|could)\s+you\s+(?:tell|show|remind)\s+me\s+|remind\s+me\s+)?what\s+(?:else\s+|all\s+)?(?:(?:kind|sort|type)s?\s+of\s+)?(?:things\s+|questions\s+|stuff\s+)?"
    r"(?:(?:can|could|do|does|are|is)\s+(?:i|you|u|this\s+(?:bot|thing|app|tool)|the\s+bot|it)|(?:i|you)\s+(?:can|could|are))\s+"
    r"(?:(?:be\s+)?able\s+to\s+)?"
    # "what else does it do for a shopkeeper": the shopper's trade after "for" is no wish
    r"(?:do|ask|say|answer|help(?:\s+(?:me\s+)?with)?)(?:\s+(?:you|for\s+me|for\s+(?:a|an)\s+[a-z]+|here|with))*",
    # one task against another, asked of the advisor: "u tell price also or only suggest phone", "do you give specs too or
    # just recommend models" (the choice of tasks makes it about the advisor; "tell me the price" asks about a phone)
    r"(?:(?:do|can|will)\s+)?(?:you|u)\s+(?:also\s+)?(?:tell|give|show|say|quote)\s+(?:the\s+)?(?:prices?|specs?|reviews?)"
    r"(?:\s+(?:also|too|as\s+well))?\s+or\s+(?:(?:do\s+)?(?:you|u)\s+)?(?:only|just)\s+(?:suggest|recommend|list|show|name)"
    r"\s+(?:the\s+)?(?:phones?|models?|mobiles?)",
    # "你还能 do what?", "you can do what?": the question word said last, in either language
    # ("你还 can do what ah?": the English modal after the Chinese "you")
    r"(?:(?:你|您)(?:还|都)?\s*(?:能|可以|会|can|could)|(?:you|u)\s+(?:can|could))\s*(?:also\s+)?do\s+what",
])
# the help question put as something the shopper wants to see or know, in either language's words: "help me 看看what you can
# do", "让我看看你能做什么", "i want to know what you can do" (the question after it is one of the forms above)
_TO_SEE = (r"(?:(?:(?:帮|让|给)我|帮忙|我?想|我要|help\s+me)\s*(?:to\s+)?)?(?:看看|看一下|瞅瞅|瞧瞧|了解(?:一下)?|知道(?:一下)?)"
           r"(?:\s*(?:你|您))?"
           r"|(?:help\s+me|let\s+me|lemme|i\s+(?:want|wanna|would\s+like|'?d\s+like)(?:\s+to)?)\s+(?:see|know|understand)(?![a-z])")
# "还有" ("and also") opens a help question as "also" does: "还有 help me 看看what you can do" (only here: before an undo
# word, "还有上一个" may ask about the phone above)
_HELP_MOVE = re.compile(rf"(?:(?:{MOVE_OPENER}|还有|另外)[\s,，]*)*(?:(?:{_TO_SEE})\s*)?(?:{_HELP_FORMS}){MOVE_CLOSER}")

# What the advisor is known to do, named to ask what else it does: "besides recommending phones", "apart from phone
# lists", "除了推荐手机": a clause of a help question, not a request (the phones and lists in it are no wish)
_BESIDES_ITS_JOB = re.compile(r"""
    # either language's word in each place: "除了 recommend phones", "besides 推荐手机"
    (?<![a-z])(?:(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|beyond|in\s+addition\s+to|on\s+top\s+of)\s+
                |除了\s*)
    (?:just\s+|only\s+)?(?:giving\s+(?:me\s+)?)?
    (?:(?:(?:recommend|suggest|find|search|list|show|pick|compar|filter|rank|sort)[a-z]*|推荐|找|挑|选|比较|对比)(?:\s+(?:me|us))?
       (?:\s*(?:the\s+|some\s+|good\s+)?(?:phones?|mobiles?|smartphones?|devices?|tablets?|models?|手机|机型|机子|平板)(?![a-z]))?
       (?:以外|之外)?
     | (?:the\s+|your\s+)?(?:phone\s+|mobile\s+)?(?:phones?|lists?|recommendations?|suggestions?|picks?|results?|prices?|specs?)
       (?:\s+(?:lists?|recommendations?|suggestions?))?
     # the topic talked about so far: "besides selfie stuff", "apart from the camera questions", "other than battery things"
     | (?:the\s+|this\s+|that\s+|all\s+(?:the\s+|this\s+)?)?(?:[a-z]+\s+){1,2}?(?:stuff|things|questions|topics?))(?![a-z])
    # 推 is 推荐 said short: "除了推手机你还会干啥"
    | 除了(?:给我|帮我|给人|帮人|替人|替我)?(?:推荐?|找|挑|选|列|搜|比较|对比|查)(?:一下)?(?:手机|机型|机子|平板)?(?:以外|之外)?
    """, re.VERBOSE)


# the advisor's scope asked after a help question: "..., only phones or what", "or just phones?", "is it only phones"
_SCOPE_ASKED = re.compile(r"""
    [\s,，]+(?:(?:is\s+it|or|r\s+(?:u|you)|are\s+(?:u|you))\s+)?(?:only|just)\s+(?:about\s+|for\s+)?(?:phones?|mobiles?|smartphones?)
    (?:\s+or\s+(?:what|more|other\s+(?:stuff|things)|anything\s+else|tablets?(?:\s+too)?))?(?=[\s?？!！.。]*$)
    """, re.VERBOSE)


# what is left of a help question once "besides recommending phones" is taken out: "what else?", "还有什么" ("what else?"
# alone is no help question: after a list it asks for more phones)
# ("对了 你除了推荐手机还会点别的不": an opener, the advisor named, 会 and 点 before 别的, 不 as the question's end)
_WHAT_ELSE = re.compile(rf"(?:{MOVE_OPENER}[\s,，]*)*(?:(?:what|anything|what\s+more)\s+else(?:\s+(?:is\s+there|have\s+you\s+got))?"
                        rf"|(?:(?:你|您)\s*)?(?:还)?(?:有|能|会|可以)(?:干|做)?(?:点|些)?(?:什么|啥|别的)(?:功能)?(?:吗|呢|不|么|没有?)?){MOVE_CLOSER}")


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# what else the advisor does, asked of it with no job named: "你还能干点别的吗", "你还会干点啥别的" (its "you" and its "do" say it
# is the advisor asked about, not "还有别的吗", which asks for more phones)
_YOU_DO_ELSE = re.compile(rf"(?:{MOVE_OPENER}[\s,，]*)*(?:你|您)(?:这个)?\s*还(?:能|会|可以)(?:干|做)(?:点|些)?(?:啥|什么)?(?:别的|其他的?)(?:事)?"
                          rf"(?:吗|呢|不|么|没有?)?{MOVE_CLOSER}")


def is_help_question(text: str) -> bool:
    """True when the whole message asks what the advisor is, can do or how to use it, about no particular phone
    ("what can you do?", "你能做什么", "help", "can you compare phones?"), also when it names the advisor's known job to
    ask what else it does ("besides suggesting phones, what else?", "除了推荐手机还能干啥")."""
    low = " ".join(text.lower().split())
    # the help question less "besides ..." and less the scope asked after it
    asked = " ".join(_SCOPE_ASKED.sub("", _BESIDES_ITS_JOB.sub(" ", low)).split()).strip(" ,，、;；")
    # the gap left between Chinese words closes up: "你这个除了推荐还能干嘛" asks as "你这个还能干嘛" does
    asked = _CJK_GAP.sub("", asked)
    if any(_HELP_MOVE.fullmatch(said) for said in dict.fromkeys((low, asked))):
        return True
    return _asks_about_advisor(low) or bool(_YOU_DO_ELSE.fullmatch(asked)) or \
        (asked != low and (_asks_about_advisor(asked) or bool(_WHAT_ELSE.fullmatch(asked))))


# -- a move said with more words: "what can you do? never used a bot like this", "谢谢，我去问问我爸的意见" --------------

_THANKS = re.compile(rf"(?<![a-z])(?:{'|'.join(_THANKS_EN)})(?![a-z])|{'|'.join(_THANKS_ZH)}")
# a device named in a clause: the talk is about phones ("alright, back to the phone", "好，继续看手机")
DEVICE_WORD = re.compile(r"(?<![a-z])(?:phones?|mobiles?|smartphones?|tablets?|ipads?|foldables?)(?![a-z])|手机|平板|机子")
# what an example of the advisor's tasks compares when it names no phone: phones, their specs, "that kind of thing"
# ("like 对比 specs 那种?", "比如对比参数之类的", "like comparing prices and stuff")
_TASK_OBJECT = re.compile(rf"""(?:{DEVICE_WORD.pattern}|(?<![a-z])(?:specs?|specifications|features|prices?)(?![a-z])|参数|配置|价格|性能|规格)?
    \s*(?:那种|这种|那类|这类|之类的?|什么的|等等|(?<![a-z])(?:and\s+)?(?:stuff|things|etc\.?)(?![a-z]))?""", re.VERBOSE)


def names_no_phone(ref: str) -> bool:
    """True when a reference an example compares is a kind of thing, no phone: "phones", "specs 那种", "参数之类"."""
    return bool(ref.strip()) and _TASK_OBJECT.fullmatch(ref.strip()) is not None


def thanks_or_bye(text: str) -> bool:
    """True when a social turn thanks or says goodbye ("ok jazakallah", "谢啦"), not only acknowledges ("alright")."""
    return bool(_THANKS.search(" ".join(text.lower().split()))) or signs_off_for_later(text)


# where a message breaks into clauses: sentence and clause punctuation and a dash between spaces; a full stop breaks
# only before a space or the end and not after a one-letter word (no decimal point, no "e.g.")
CLAUSE_BREAK = re.compile(r"[,，!！?？;；~。]+|(?<!\b[a-z])\.+(?=\s|$)|\s[-–—]+\s")
# a clause telling what the shopper (or the one the phone is for) did, will do or feels, not what they want: "you've
# saved me an hour of reading reviews", "will check prices at saddar", "我去问问我爸的意见"; the taste words in it
# ("reading", "爸") are no wish
TELLS_OF_SHOPPER = re.compile(r"""
    ^(?:(?:ok|so|and|then|i\s+think)\s+)?
    (?:you'?ve|you\s+have|you'?re|i'?ve|i'?ll|i\s+will|we'?ll|she'?ll|he'?ll|they'?ll|(?:i'?m\s+)?gonna|(?:i'?m\s+)?going\s+to|will|
       she'?s|he'?s|(?:she|he|they)\s+will|never|
       # what the advisor did for the shopper: "you saved me 5 trips to hafeez centre", "you just spared me a week"
       you\s+(?:just\s+|really\s+|literally\s+)?(?:saved|spared|helped)|
       我(?:先|去|要去|会|回头)|回头|等我|明天|晚上|周末|
       # whom the shopper asked: "问了我妈 她说不用那么大", "问过我老婆了"
       (?:我)?问(?:了|过)|
       # what the shopper does with the answer: "我截个图给我爸看看", "截图发给我老婆", "拍下来给我妈看"
       (?:我)?(?:先)?(?:截(?:个|张|一下|一张)?图|截屏|拍(?:个|张)?照|拍下来|转发|转给|发给(?!我)))
    """, re.VERBOSE)
# a wish inside such a clause keeps it a request: "I'll need a big screen too", "我会要一个大屏的"
WISH_WORDS = re.compile(r"(?<![a-z])(?:need|want|wanna|looking\s+for|prefer|show|find|give)(?![a-z])|想要|需要|要一|找|推荐")
# the phone the shopper or the one it is for owns now, told of, is no wish: "her old flip phone", "my current iphone"
OWNED_PHONE = re.compile(r"(?<![a-z])(?:my|her|his|their|our|your)\s+(?:old|current|present|previous|existing|ancient)\s+"
                         r"(?:[a-z0-9]+\s+){0,2}?(?:phone|mobile|handset|device)(?![a-z])")
# a clause that opens with an example of what the advisor might do: "like compare phones?", "比如能比较吗"
EXAMPLE_OPENER = re.compile(r"^(?:like|e\.?g\.?|for\s+example|for\s+instance|such\s+as|say|比如|例如|譬如|像是"
                            # whether it can do one task, asked after the help question ("可以帮忙比较规格吗", Cantonese
                            # "识唔识 compare", read 会不会): the task is the example
                            r"|(?:那|那么)?(?:可不可以|能不能|会不会)|(?:那|那么)?(?:可以|能|会)(?=.*(?:吗|么|[?？])\s*$))[\s,，:：]*")


def tells_of_shopper(clause: str) -> bool:
    """True when a clause tells what the shopper (or the one the phone is for) did, will do or feels, wishing for
    nothing ("you've saved me an hour of reading reviews", "我去问问我爸的意见"): its taste words are no wish."""
    low = " ".join(clause.lower().split())
    return bool(TELLS_OF_SHOPPER.search(low)) and not WISH_WORDS.search(low)
