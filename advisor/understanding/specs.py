"""Numeric specs with units and bounds: RAM, storage, battery, weight, screen, cameras, launch year.

Each finder masks what it read and records a Bound per spec. Default sides when no bound word is
given: RAM, storage, battery and cameras are minimums ("8GB RAM" means at least 8), weight is a
maximum ("a 180g phone"), a screen size is that size +-0.15 in, a year is that year exactly.
"""

from __future__ import annotations

import re

from advisor.understanding.bounds import (
    APPROX_THEN_TO,
    AROUND_BEFORE,
    HI_AFTER,
    HI_BEFORE,
    I_WOULD_TAKE,
    LO_AFTER,
    LO_BEFORE,
    SIDE_WORD,
    BoundKind,
    bound_of,
    kind_named,
    side_after,
    to_bound,
)
from advisor.understanding.currencies import CURRENCY_AFTER, CURRENCY_BEFORE
from advisor.understanding.negation import BOUND_NEGATION, postposed
from advisor.understanding.numbers import NUM, parse_number, small_number
from advisor.understanding.price_words import KEYWORD_BEFORE
from advisor.understanding.request import Bound, merge_bounds
from advisor.understanding.scan import Scan, latin_alt

SCREEN_TOLERANCE = 0.15
GRAMS_PER_OUNCE = 28.349523125
CM_PER_INCH = 2.54
_NETWORKS = {2.0, 3.0, 4.0, 5.0, 6.0}  # "5G以上" is never memory
_STORAGE_SIZES = {16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0}
_MEGAPIXEL_SIZES = {5.0, 8.0, 10.0, 12.0, 13.0, 16.0, 20.0, 24.0, 32.0, 40.0, 48.0, 50.0, 54.0, 60.0, 64.0, 100.0, 108.0, 200.0}
"""Sensor sizes phones are sold with: a bare figure after a camera word is megapixels only when it is one of them."""
_SANE = {"ram_gb": (1, 32), "storage_gb": (8, 4096), "battery_mah": (1000, 25000), "weight_g": (80, 1500),
         "screen_in": (3, 15), "main_camera_mp": (2, 300), "front_camera_mp": (2, 100), "year": (2007, 2040),
         "rear_cameras": (1, 5)}
# "and" (和, 与, 跟) joins a range only between "between" (介于) or before "之间" (see SpecFinder._and_range)
_AND = ("and", "和", "与", "跟", "同")  # Cantonese 同 is 和: "介乎8同12GB之间"
_ZH_AND = "|".join(_AND[1:])
# "6.5寸左右到6.8寸": a first figure said loosely still opens the range (APPROX_THEN_TO)
_SEP = rf"(?:{APPROX_THEN_TO})?\s*(?P<sep>-|–|—|~|to|and|到|至|{_ZH_AND})\s*"
_SEP_OR_EITHER = rf"\s*(?P<sep>-|–|—|~|to|and|到|至|{_ZH_AND}|or|或者?|或是)\s*"  # memory sizes are also offered as either
_BETWEEN_AFTER = re.compile(r"\s*(?:之间|中间)")

# "RAM capacity"; the variant the figure names: "8GB RAM config", "128GB storage variant" (a side word after it is the figure's)
_VARIANT = r"(?:\s+(?:config(?:uration)?|variant|option|version))?"
# ... "运存容量", "运行内存容量": RAM's capacity, whose 容量 is no storage word ("内存容量" stays storage's, as shoppers say it of both)
# ... and RAM glossed by its other name, short or in brackets: "ram mem", "RAM (memory)", "memory (RAM)"
_RAM_GLOSS = r"(?:\s+mem(?:ory)?(?![a-z])|\s*\(\s*(?:ram|mem(?:ory)?)\s*\))"
_RAM_WORDS = latin_alt([rf"ram(?:{_RAM_GLOSS}|\s+capacity)?{_VARIANT}", rf"(?:working\s+)?memory(?:{_RAM_GLOSS}|\s+capacity)?", "运行内存(?:容量)?", "运存(?:容量)?",
                        "内存"])
_STORAGE_WORDS = latin_alt([rf"storage{_VARIANT}", rf"internal(?:\s+(?:storage|space))?{_VARIANT}", rf"rom{_VARIANT}", rf"space{_VARIANT}", "机身存储", "存储空间", "储存空间", "存储",
                            "内置存储", "储存", "容量"])
_COMBO = re.compile(r"""
    (?<![\d.])(?P<ram>\d{1,2})\s*(?:gb?)?              # the RAM: "8", "8gb"
    (?:\s*(?:\+|/)\s*|(?<=[gb])\s+(?=\d+\s*[gt]))          # "+" or "/", or a space between two figures with units
    (?P<sto>\d{2,4}|[12](?=\s*t))\s*(?P<tb>tb?|gb?)?   # the storage: "256", "1tb"
    (?![\d.]|\s*(?:mp|mah|w\b|hz))                     # not a camera, battery, charger or refresh figure
    """, re.VERBOSE)
# between a number and its unit: a hyphen ("4500-mAh"), a "+" ("6000+ mAh", a lower bound) or a side in words
# ("8 or more GB", "200 or less grams"), which would otherwise leave the figure without its unit
_GLUE = r"""(?:(?P<plus>\s*\+)|\s+(?:(?P<glued_lo>or\s+(?:more|higher|above|bigger|larger|greater|over)|and\s+(?:up|above|over|more))
    |(?P<glued_hi>or\s+(?:less|fewer|lower|below|under|smaller))))?[\s-]*"""
_MEMORY = re.compile(rf"""
    (?:(?P<a>{NUM})\s*(?:gb?|tb?)?{_SEP_OR_EITHER})?      # a range's first figure: "8-12gb"; or an either: "8G或12G"
    (?P<n>{NUM}){_GLUE}(?:个\s*)?(?P<u>tbs?|terabytes?|gbs?|gigs?|gigabytes?|g|t)(?![a-z])   # "8个G", "一个T", "8 GBs"
    (?!\s*(?:network|phone(?!\s+(?:storage|memory|ram))|手机|网络|信号))  # not "5g network", "5G手机"; "64GB phone storage" is
    """, re.VERBOSE)
# "5000mA": the hour left off, as shops print it; only a four- or five-figure battery size takes it (see _BATTERY)
_MAH = r"(?:mahs?|ma-hs?|mha|(?<=\d{4})\s*ma(?![a-z])|(?<=\dk)\s*ma(?![a-z])|milli[\s-]?amp(?:ere)?s?[\s-]*hours?|毫安时|毫安)(?:\s*毫安时?)?(?:\s*(?:的)?电量)?"
# ("5000mAhs": the unit written as a plural, as "8GBs" is; "4500 mA-h": hyphened)
_BATTERY = re.compile(rf"""
    (?:(?P<a>{NUM})\s*(?P<ak>k)?\s*(?:mah|毫安时?)?{_SEP})?  # a range's first figure: "4500-5000mah", "4k to 5k"
    (?P<n>{NUM})\s*(?P<k>k)?{_GLUE}{_MAH}               # the figure and its unit: "5000 mAh", "5k毫安"
    """, re.VERBOSE)
_WEIGHT = re.compile(rf"""
    (?:(?P<a>{NUM})\s*(?:g|grams?|公克|克)?{_SEP})?   # a range's first figure: "150-180g", "170克到190克"
    (?P<n>{NUM}){_GLUE}
    (?:(?P<kg>kg|kilo(?:gram(?:me)?)?s?|公斤|千克)     # kilograms (a tablet)
       |(?P<oz>oz|ounces?)|(?P<lb>lbs?|pounds?)        # ounces and pounds (pounds of money are read before)
       |grams?|grammes?|grms?|gms?|gr|g|公克|克)(?![a-z])   # or grams
    """, re.VERBOSE)
_GRAMS_PER = {"oz": GRAMS_PER_OUNCE, "lb": 453.59237}
_DECIMAL = r"(?<![\d.])(?>\d+(?:\.\d+)?)"
_SCREEN = re.compile(rf"""
    (?:(?P<a>{_DECIMAL})\s*(?:inch(?:es|e|s)?|\"|英寸|英吋|寸|吋)?{_SEP})?    # a range's first figure: "6.1-6.5 inch", "6.1吋到6.5吋"
    (?P<n>{_DECIMAL})[\s-]*
    (?P<u>inch(?:es|e|s)?|ins?\.?(?=\s|$|[,;)+，。；）?!？！]|[\u4e00-\u9fff])|\"|''|′′|”|″|英寸|英吋|寸|吋  # the unit: "inch", "in.", "ins", '"', "英寸", "inche"
       |(?P<cm>cm|centimet(?:er|re)s?|厘米|公分)(?![a-z]))                 # or centimetres: "16.5 cm"
    (?:\s*(?:screen|display|panel)(?:\s+(?:size|diag(?:onal)?|panel))?)?     # "6.7 inch display diagonal or above", "screen diag", "6.7in panel"
    """, re.VERBOSE)
_CN_NUM = "零一二两三四五六七八九十百千"  # written-out megapixels: 五千万, 一亿零八百万
_CAMERA_END = (r"(?:(?:及|或者?)?以上|(?:是|为|作为)?(?:底线|下限)|打底|保底|起步|起跳|…|\.(?!\d)|(?:或者?|及)更(?:高|多|大|好)|往上|向上|朝上|开外|(?:及|或)?以下|起|的|\+|$|[,，。;；!！?？\s、]|吧|呢|吗|啊|呀|哦|就(?:行|好|够)|即可|够了"
               # a side or a refusal after it: "前置2000万是起码的", "主摄低于6400万免谈"
               r"|(?:是|为)?(?:最)?起码|免谈|不行|不要|pass)")
# the Chinese names of the two cameras, one table for every camera pattern: 后摄 and 主摄 are the main camera
MAIN_CAMERA_ZH = "主摄像头|主摄|后置主摄|后置摄像头|后置|后摄像头|后摄|主镜头|后镜头|相机|摄像头|摄像|影像|拍照|照相(?:机)?"
# ... the camera "in front" said in plain words: "前面摄像头1600万像素+", "前面的镜头"
FRONT_CAMERA_ZH = "前面的?摄像头|前面的?镜头|前置摄像头|前置|前摄像头|前摄|前镜头|自拍镜头|自拍摄像头|自拍"
_CAMERA_NOUN = rf"(?:camera|cam|{MAIN_CAMERA_ZH}|{FRONT_CAMERA_ZH})"
_MEGAPIXELS = re.compile(rf"""
    # "50mp", "48-64 megapixels", "50m camera", "50m及以上"
    (?:(?P<a>{NUM})\s*(?:mp)?{_SEP})?(?P<n>{NUM}){_GLUE}
    # ("20M像素" whole: a refusal after the unit's noun is the figure's, "前置低于20M像素的不要")
    (?P<u>mp|mpx|mps|m\.p\.?|megapixels?|mega\s*pixels?|百万像素|兆像素|(?:m|mega)(?:\s*像素|(?=\s*{_CAMERA_NOUN}))
       |(?:m|兆)(?=\s*{_CAMERA_END})(?P<mb>))(?![a-z])       # "50 MPs", "50 M.P.", "48 mega camera"; 兆 is mega in Taiwan
    # 万 or its shorthand w ("5000万像素", "3200w像素"); without 像素 only beside a camera's noun (see _camera)
    | (?<![\d.{_CN_NUM}])(?P<w>\d+(?:\.\d+)?[千百]?|[{_CN_NUM}]+)\s*(?:万|w(?![a-z]))  # "5千万"
      (?:像素|(?=\s*(?:{_CAMERA_END}|{_CAMERA_NOUN})|\d)(?P<bare>))  # "主摄5000万2000以内": the next figure is the next ask
    # "1亿像素", "一亿零八百万" (hundreds of millions)
    | (?<![\d.{_CN_NUM}])(?P<y>\d+(?:\.\d+)?|[一两二])\s*亿(?:零?(?P<yw>[{_CN_NUM}]+)万)?
      (?:像素|(?=\s*(?:{_CAMERA_END}|{_CAMERA_NOUN})))
    # a count of pixels: "2千万像素", "50百万像素", "50 million pixels"
    | (?P<px>{NUM})\s*(?P<mil>million\s+)?(?:像素|pixels?)(?![a-z])
    """, re.VERBOSE)
# a range of megapixels in 万 or 亿 ("4800万到6400万", "5000万至1亿像素"): one end may leave its unit to the other
_MP_END = rf"\d+(?:\.\d+)?[千百]?|[{_CN_NUM}]+"
_MEGAPIXEL_RANGE = re.compile(rf"""
    (?<![\d.{_CN_NUM}])(?P<a>{_MP_END})\s*(?P<au>万|w(?![a-z])|亿|mp|m(?![a-z]))?   # the first end: "4800万", "4800"
    \s*(?P<sep>-|–|—|~|到|至|{_ZH_AND})\s*
    (?P<n>{_MP_END})\s*(?P<u>万|w(?![a-z])|亿)(?P<px>\s*像素)?                     # the second: "6400万", "1亿像素"
    """, re.VERBOSE)
_MP_FACTOR = {"万": 0.01, "w": 0.01, "亿": 100.0, "mp": 1.0, "m": 1.0}
_FRONT_WORD = re.compile(rf"front|selfie|{FRONT_CAMERA_ZH}")
_MAIN_WORD = re.compile(rf"main|rear|back|primary|{MAIN_CAMERA_ZH}")
# lenses the catalog gives no figure for: "超广角5000万", "a 50MP ultrawide", "长焦6400万像素"
_OTHER_LENS = re.compile(r"""
    (?<![a-z])(?:ultra[\s-]?wide(?:[\s-]?angle)?|tele(?:photo)?|periscope|macro|depth|zoom)(?![a-z])
      (?:\s*(?:camera|cam|lens|sensor|shooter))?
    | (?:超广角|潜望式?长焦|长焦|微距|景深)(?:镜头|摄像头)?        # not 广角: the main camera is sold as one
    """, re.VERBOSE)
_CAMERA_WORD = re.compile(rf"main|rear|back|primary|front|selfie|camera|cam|{MAIN_CAMERA_ZH}|{FRONT_CAMERA_ZH}")

# How many cameras the back has (Phone.rear_cameras): "at least 3 rear cameras", "a quad camera phone", "后置三摄",
# "后摄不少于四颗". A setup named by its count ("triple camera", "三摄") is sold and asked for as a class: a shopper who
# wants a triple camera is not put off by a fourth lens, so it reads as a floor, as "8GB RAM" does; a side said around
# it ("no more than", "以下") still wins. Counts are small (the catalog's backs have 1 to 4), so a figure is a count only
# right before a camera noun or after the rear camera's noun with a counter ("个", "颗"): a megapixel figure never is.
_SETUP_COUNTS = {"single": 1, "dual": 2, "double": 2, "twin": 2, "triple": 3, "quad": 4, "quadruple": 4, "penta": 5,
                 "单": 1, "双": 2}
_COUNT_EN = r"[1-5]|one|two|three|four|five"
_COUNT_ZH = "[1-5一二两三四五]"
_SETUP_EN = latin_alt([word for word in _SETUP_COUNTS if word.isascii()])
_REAR_EN = r"(?:rear|back)(?:[\s-]+facing)?"
_REAR_ZH = "后置|后摄|后面的?|背面的?|背部"
_CAMERA_COUNT = re.compile(rf"""
    (?<![\w.\x00])(?:(?P<setup>{_SETUP_EN})|(?P<n>{_COUNT_EN})(?![\d.]){_GLUE})     # "triple", "3", "3+", "two or more"
    (?P<rear>[\s-]*{_REAR_EN})?[\s-]*                                           # "rear", "back-facing"
    (?:(?P<plural>cameras|cams|lenses|shooters)|camera|cam|lens)(?![a-z])           # the noun: "cameras", "lens"
    (?:[\s-]*(?:setup|set-up|system|array|module|configuration|config)(?![a-z]))?    # "a triple-camera setup"
    (?P<on>\s+(?:on|at|in)\s+(?:the\s+)?(?:back|rear)(?![a-z]))?                    # "3+ cameras on the back"
    | (?<![零一二两三四五六七八九十百千万前自简\d.])(?P<zh_pre>后置\s*)?(?P<zh_setup>[单双])?(?P<zh_n>{_COUNT_ZH})?  # "双摄", "三摄"
      (?(zh_setup)|(?(zh_n)|(?!)))                                                  # (one of the two said; not 简单)
      \s*(?P<counter>个|颗|枚)?\s*(?P<zh_rear>{_REAR_ZH})?\s*(?P<zh_noun>摄像头|摄像|摄|镜头)  # "三个后置摄像头", "四摄"
      (?P<enough>\s*(?:就(?:够|行|好)了?|即可|足够了?))?                           # "双摄就够": a floor, said content
    """, re.VERBOSE)
# the rear cameras' noun first, then the count: "rear cameras: at least 3", "number of back cameras ≥ 3", "后摄不少于四颗"
_CAMERA_COUNT_AFTER_NOUN = re.compile(rf"""
    (?:(?:number|count)\s+of\s+)?{_REAR_EN}[\s-]+(?:cameras|cams|lenses|camera\s+count)(?![a-z])
      (?P<mid>[^\d\x00]{{0,24}}?)(?<![a-z])(?P<n>{_COUNT_EN})(?![\d.a-z])
      (?!\s*(?:mp|m(?![a-z])|megapixels?|px|万|像素|%))                             # "rear cameras 50mp" is a sensor size
    | (?:{_REAR_ZH})(?:摄像头|镜头)?(?:的)?(?:数量|个数|数目)?
      (?P<zh_mid>[^\d\x00]{{0,8}}?)(?P<zh_n>{_COUNT_ZH})\s*(?:个|颗|枚|只)(?:摄像头|镜头)?   # "后置摄像头至少3个"
    """, re.VERBOSE)
# the front camera named beside a count that names no side: "3 front cameras", "selfie camera with 2 lenses"
_FRONT_NEAR = re.compile(rf"(?:front|selfie|{FRONT_CAMERA_ZH})[^\d\x00,;.，；。]{{0,20}}$")
_FRONT_FOLLOWS = re.compile(r"\s*(?:(?:on|at|in)\s+(?:the\s+)?front|for\s+(?:the\s+)?selfies?)(?![a-z])")
# "3 camera phones" counts phones, not cameras; "a 3-camera phone" counts cameras
_PHONES_COUNTED = re.compile(r"[\s-]*(?:phones|handsets|smartphones|models|options)(?![a-z])")
# A count is whole, so a strict comparison before it moves it by one: "more than one camera" is at least two (a floor
# of one would admit every back), "fewer than 3 cameras" at most two. Figures with units keep the inclusive reading.
# Under a negation the comparison is inclusive again ("no more than 2", "不少于三个").
_STRICT = re.compile(r"""(?:(?<![a-z])(?<!no\s)(?<!not\s)(?<!n't\s)(?:more|greater|fewer|less)\s+than
                         | (?<!不)(?<!不能)(?<!不得)(?<!不要)(?:多于|超过|大于|少于|小于))(?P<end>\s*$)?""", re.VERBOSE)
_EXACTLY_BEFORE = re.compile(r"(?<![a-z])(?:exactly|precisely|only)\s+$|(?:正好|恰好|只要|就要)\s*$")
_FRONT_BEFORE = re.compile(rf"(?:front|selfie|facetime|{FRONT_CAMERA_ZH})[^\d\x00]{{0,32}}$")
# "50MP及以上前置": the shared words after a figure, a 的 before them too ("5000万的起步的后置主摄")
_INNER_BOUND = rf"(?:(?:的\s*)?(?P<lo>{LO_AFTER})|(?:的\s*)?(?P<hi>{HI_AFTER}))?"
_FRONT_AFTER = re.compile(rf"""
    (?:\s*像素)?                                                  # "50M像素起的前置": the unit's noun first
    \s*{_INNER_BOUND}\s*(?:的\s*)?(?:(?:of|for|on|in)\s+(?:the\s+|its\s+|a\s+)?)?(?:camera\s+)?  # "or more", "for the", "以上的"
    (?:(?:resolution|res)\s+)?                                    # "20MP resolution front camera", "16MP res frontcam"
    (?:front|(?:for\s+)?selfie|facetime|{FRONT_CAMERA_ZH})         # the front camera's word
    (?:\s*(?:camera|cam|shooter|摄像头|镜头))?
    """, re.VERBOSE)
_MAIN_AFTER = re.compile(rf"""
    \s*{_INNER_BOUND}\s*(?:的\s*)?(?:(?:of|for|on|in)\s+(?:the\s+|its\s+|a\s+)?)?  # "or more", "on the", "以上的"
    (?:main|rear|back|primary|{MAIN_CAMERA_ZH}|camera|cam|像素)     # the main camera's word
    (?:\s*(?:camera|cam|sensor|摄像头|像素))?
    """, re.VERBOSE)
_MAIN_BEFORE = re.compile(rf"(?:(?:main|rear|back|primary)\s+(?:camera|cam|sensor)|camera|{MAIN_CAMERA_ZH}|像素)"
                          r"[^\d\x00]{0,12}$")
# camera words: a bare figure after them is megapixels only with a floor said ("camera at least 50"); see _keyword_number
# written for re.VERBOSE: pasted into _KEYWORD_NUMBER and _KEYWORD_RANGE only
_SPEC_WORD = rf"""(?P<kw>
    (?:(?:main|rear|back|primary)\s+)?(?:camera|cam)(?![a-z])                     # "main camera"
    |{FRONT_CAMERA_ZH}|{MAIN_CAMERA_ZH}                                             # "主摄50", "前置16以上"
    |(?:front|selfie)(?:[\s-]+(?:facing\s+)?(?:camera|cam|shooter|snapper))?       # "front-facing camera", "front snapper"
    |batt(?:er(?:y|ies))?(?![a-z])(?:\s+(?:capacity|size))?|电池(?:容量)?|电量      # battery, "no batteries under", "batt"
    |screens?(?:\s+size)?|displays?(?:\s+size)?|屏幕(?:尺寸|大小)?                    # screen
    |显示屏(?:尺寸|大小)?|(?<!折叠)屏(?![占幕])              # "显示屏6.7", "屏6.7的"; not 屏占比 nor 折叠屏 (a kind)
    |weight|weighs?|重量                                                            # weight
    |(?<![a-z])ram|运存|内存                                                        # RAM
    |(?<![a-z])(?:storage|rom)|机身存储|存储空间|储存空间|存储|储存)"""                    # storage
_KEYWORD_NUMBER = re.compile(rf"""
    {_SPEC_WORD}(?P<mid>[^\d\x00]{{0,32}}?)                        # the spec's word and a few words: "battery at least"
    (?P<n>{NUM})(?P<k>k)?(?![\d.])                                  # the figure: "5000", "5k"
    (?!\s*(?:%|hours?|hrs?|h\b|小时|天|days?|年))                    # not a percentage or a duration
    """, re.VERBOSE)
# a range after the spec's word, without a unit: "display between 6.3 and 6.6", "ram 8 to 12"
_KEYWORD_RANGE = re.compile(rf"""
    {_SPEC_WORD}(?P<mid>[^\d\x00]{{0,24}}?)                  # the spec's word and a few words: "display between"
    (?P<a>{NUM})(?:{APPROX_THEN_TO})?\s*(?P<sep>-|–|~|to|and|到|至|{_ZH_AND})\s*(?P<n>{NUM})(?![\d.])  # "6.3 and 6.6", "6.5到6.8"
    (?:\s+range(?![a-z])                                       # "in the 6.4 to 6.6 range": the range word ends it
     |(?:\s*(?:之间|中间))?                                    # "在6.5到6.8之间"
      (?!\s*(?:%|[a-z]|元|块|钱|美元|刀|[十百千万亿]|个|寸|吋|英寸|毫安|克|年|小时|天)))  # with no unit after it
    """, re.VERBOSE)
# after a camera's bare figure: a unit or a count makes it no megapixels ("自拍5G手机", "拍照好的5款")
_NOT_MEGAPIXELS_AFTER = re.compile(r"\s*(?:(?:g|gb|tb|k|mah|w|hz|inch|fps|x)(?![a-z])|[元块寸吋克个款部台代十百千万亿]|毫安)")
_RANGE_OPENER = re.compile(r"[\s:=]*(?:(?:is|of|size|capacity)\s+)*(?:between|from|in\s+the|在|从|由|介于|要在|是)?\s*")
# a number before its noun: "5000+ battery", "6.7 inch+ screen", "12 gigs of RAM" read as the noun's spec
_NUMBER_NOUN = re.compile(rf"""
    (?<![\d.])(?P<n>{NUM})(?P<k>k)?                              # the figure: "5000", "5k"
    (?P<bound>\s*(?:{LO_AFTER}|{HI_AFTER}))?                     # "+", "or more"
    \s*(?:(?:of|in|for(?:\s+the)?)\s+)?(?:的\s*)?             # "6.1 or under for the screen"
    (?P<kw>batter(?:y|ies)|screen|display|ram|memory|storage|rom|weight|电池|屏幕|屏|运存|内存|机身存储|存储|储存)(?![a-z])  # the noun
    # a Chinese noun with its quality said after it opens a clause of its own: in "1000以内 电池耐用", "三千以内 内存大" the
    # figure before it is the price, the noun a need
    (?:(?<=[a-z])|(?!\s*(?:要|得|必须|一定要)?\s*(?:更|比较|很|超)?\s*(?:耐用|持久|给力|够用|耐|大|好|强|多|足|久|长|小|轻|薄)))
    """, re.VERBOSE)
# a weight compared without its unit: "nothing heavier than 190", "轻于180"; a money word after it keeps it money
_WEIGHT_COMPARED = re.compile(r"(?:(?<![a-z])(?:heavier|lighter)\s+than\s+|[轻重][于过]\s*)(?P<n>[1-4]\d{2})(?![\d.])"
                              r"(?!\s*(?:[$₹¥€£]|dollars?|bucks|usd|inr|rs|rupees?|aed|dirhams?|pkr|yuan|rmb|元|块|k(?![a-z])))")
# a screen size said without its unit, known by its bound and its size: "6.5以下", "under 6.7"
_PLAIN_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])")
# "6.7 or more", "6.1 max": a side word after the figure is no unit of another kind; nor is a word that closes the ask
# ("not more than 6.7 either", "under 6.5 please", "6.7 at most", "under 6.5 is fine")
_BARE_SCREEN = re.compile(r"(?<![\d.])(?P<n>[4-8]\.\d{1,2})(?![\d.%]|\s*(?!(?:or\s+(?:more|less|bigger|larger|smaller|above|"
                          r"higher|lower|up)|max|min|tops|plus|and\s+(?:up|above|over)|at\s+(?:most|least|max|the\s+most)"
                          r"|either|too|as\s+well|please|pls|plz|then|though|tho|instead|is|would|will|works?)(?![a-z]))"
                          r"[a-z\"'″”寸吋英])")
_KW_SPEC = {"came": "main_camera_mp", "cam": "main_camera_mp", "main": "main_camera_mp", "rear": "main_camera_mp",
            "back": "main_camera_mp", "prim": "main_camera_mp", "fron": "front_camera_mp", "self": "front_camera_mp",
            "stor": "storage_gb", "rom": "storage_gb", "memo": "ram_gb", "存储": "storage_gb", "机身": "storage_gb",
            "储存": "storage_gb", "屏": "screen_in", "显示": "screen_in",
            "batt": "battery_mah", "电池": "battery_mah", "电量": "battery_mah", "scre": "screen_in", "disp": "screen_in",
            "屏幕": "screen_in", "weig": "weight_g", "重量": "weight_g", "ram": "ram_gb", "运存": "ram_gb", "内存": "ram_gb",
            **{word[:2]: "front_camera_mp" for word in FRONT_CAMERA_ZH.split("|")},
            **{word[:2]: "main_camera_mp" for word in MAIN_CAMERA_ZH.split("|")}}
_MID_WORDS = rf"{LO_BEFORE}|{HI_BEFORE}|{AROUND_BEFORE}"  # the shared comparison words
_MID_NEGATION = r"(?:不要|不能|不可以|不可|不得|不应|别|not|no|cannot|can'?t|must\s+not|mustn'?t|shouldn'?t|should\s+not)"
_MID_OK = re.compile(rf"""  # "存储起码要256", "存储不要小于256", "存储要大，512起"
    # a pause after the spec's word, a word of talk or a comma: "big battery though, 5000 at least", "battery too, 5000+",
    # "camera please, at least 50" (only a floor is the spec's then: see _keyword_number)
    (?P<pause>(?:\s+(?:though|tho|too|also|as\s+well|please|pls|plz))*\s*[,，]\s*
     |(?:\s+(?:though|tho|too|also|as\s+well|please|pls|plz))+\s+)?
    [\s:=]*(?:(?:of|is|must\s+be|should\s+be|needs?\s+to\s+be|ha(?:s|ve)\s+to\s+be|最好|想要|希望|要|需要|在|是|得|有|capacity|size)\s*)*  # linking words: "电池有5000", "电池想要5000以上"
    (?P<wish>(?:(?:要|得)?(?:大|多|小|轻|够大|够用)(?:一点|一些|点|些)?       # a wish: "电池大点5000以上", "屏幕小一点，6.1左右"
       |(?:别|不要|不能|不)\s*太\s*(?:小|大|重|轻|少|短|低|高)了?  # or against too much: "屏幕别太小6.5以上"
       |(?P<good>(?:really\s+|very\s+|pretty\s+)?(?:good|great|strong|solid|decent|big|large)))  # "battery must be good, 5000 at least"
     \s*[,，]?\s*)?
    (?:比\s*)?                                                  # "电池比5000大": bound_of reads the comparison around the figure
    (?:(?P<neg>{_MID_NEGATION})\s*(?:be\s+)?)?                   # a negation that turns the side: "不要小于"
    (?:(?:{_MID_WORDS})\s*)?                                     # a comparison word
    (?:(?:of|a|an)\s+|(?:要|得|是|为|在|有)\s*)?                 # and a last link: "of", "要", "大概在", "起码有"
    """, re.VERBOSE)

# "release year 2024", "launch year ≥ 2023": the year's own noun, and a comparison sign only after it (a bare "≥ 2000"
# is as likely an amount)
_YEAR_NOUN = (r"(?:(?:(?:release|launch|model|production)\s+)?(?:year|yr)(?:\s+of\s+(?:release|launch))?|(?:release|launch)\s+date)"
              r"(?:\s+(?:is|should\s+be|must\s+be))?\s*[:=]?")
_ARTICLES = ("a", "an", "the")
_YEAR_NOUN_ZH = "(?:发布|上市|出厂|推出)?(?:年份|时间|日期)"  # "发布年份≥2023": the noun before a sign
_YEAR_VERB = r"(?:released|launched|made|announced|came\s+out)"
_ON_OR = r"(?:on|in)\s+or\s+(?:after|before)"  # "on or after 2022": the year itself is in
# a launch word between a year and its side: "2022款或更老的", "2023年出的或更新的", "2020年发布及之后"
# (or 的 alone: "2022年的或更新的")
_LAUNCH_ZH = "(?:年?款|出的|(?:发布|上市|推出)的?|的)"
_NEWER_ZH = "以后|之后|以来|后|更新|更晚|更近|往后|起|开始"  # "2020年款起", "2020年开始的": from that model year on
_OLDER_ZH = "以前|之前|更早|更老|更旧|往前|前|封顶|为止|截止|截至"  # "年份2019封顶", "2022年截止的": capped at that year
# a year refused as a side: "不老于2021年" is that year or newer; "不超过2021年发布的", "截至2022年的" that year or older
# (a comparison of amounts before a year counts only with 年 said, see SpecFinder._years)
_NOT_OLDER_ZH = ("不老于", "不旧于", "不早于", "不早过", "不低于")  # Cantonese 过 for 于: "發佈年份不早過2021年"
_NOT_NEWER_ZH = ("不晚于", "不迟于", "不新于", "不晚过", "不迟过", "不超过", "截至", "截止到?")
_AMOUNT_SIDE_ZH = re.compile("不超过|不低于|截至|截止到?")
# ... unless the year's own noun stands before it: "发布年份不超过2022", "上市年份不低于2021"
_YEAR_NOUN_BEFORE_ZH = re.compile(rf"{_YEAR_NOUN_ZH}\s*$")
_YEAR_BEFORE = latin_alt([
    # ... or the launch said alone before its sign: "launch ≥ 2022", "release <= 2021"
    rf"(?:{_YEAR_NOUN}|released|launched|made|launch|release)\s*(?:>=?|≥|<=?|≤)",
    # a bare sign before a figure that 年 or a launch noun after it makes a year: "≤2021年", "≥2021 launch"
    r"(?:>=?|≥|<=?|≤)(?=\s*20[0-4]\d\s*(?:年|(?:launch|release|model)(?:e?s)?(?![a-z])))", rf"{_YEAR_NOUN_ZH}\s*(?:>=?|≥|<=?|≤)?", _YEAR_NOUN, r"post[\s-]*", r"pre[\s-]*", *_ARTICLES,
    # ... "nothing released later than 2021": a comparison after the verb, so a refusal before the verb reaches the year
    rf"{_YEAR_VERB}(?:\s+(?:in|after|before|since|from|by|until|till|through|prior\s+to|(?:later|earlier|newer|older)\s+than|{_ON_OR}))?",  # "launched 2024"
    r"from", r"since", _ON_OR,
    # "not older than a 2022 model", "nothing newer than the 2019 lineup": an article may stand between the comparison and
    # the year; "older than or equal to 2019" keeps the year in (see _year_bound)
    *(rf"{word}(?:\s+or\s+equal(?:\s+to)?)?(?:\s+(?:an?|the))?" for word in (r"after", r"newer\s+than", r"later\s+than", r"before",
                                                                            r"older\s+than", r"earlier\s+than", r"prior\s+to")),
    r"at\s+least(?:\s+an?)?", r"at\s+most(?:\s+an?)?",
    *_NOT_OLDER_ZH, *_NOT_NEWER_ZH, "新于", "老于", "旧于", "比",
    r"at\s+the\s+(?:earliest|oldest|latest|newest)(?:\s+an?)?",  # "at the earliest a 2022 release"
    # "oldest allowed is 2024", "the newest i'd take is 2021": the far end accepted, said before the year
    # ... or with a colon: "oldest acceptable: 2021"
    rf"(?:the\s+)?(?:oldest|earliest|newest|latest|most\s+recent){I_WOULD_TAKE}(?:\s+(?:is|would\s+be)|\s*[:=])",
    # "until 2021", "launched by 2021", "max year 2021", "min launch year 2022"
    # ("up to the 2020 lineup": the article before a lineup's year)
    r"(?:up\s+)?(?:until|till|through)", r"up\s+to(?:\s+the(?=\s+20[0-4]\d\s+(?:line[\s-]?ups?|models?|releases?|phones?)))?", r"by",
    r"under", r"below", r"less\s+than", rf"(?:max(?:imum)?|latest)\s+{_YEAR_NOUN}",
    rf"(?:min(?:imum)?|earliest)\s+{_YEAR_NOUN}",
    r"earliest", r"latest",  # "earliest 2021", "latest 2020": said of a year-like figure, only of a year
    # "max 2020 release", "min 2021 models": a side any figure takes, a year's where a launch noun follows the figure
    r"(?:max(?:imum)?|min(?:imum)?)(?=\s+20[0-4]\d\s+(?:releases?|launch(?:es)?|models?)(?![a-z]))",
    # ... and so is a bare sign: "≥2024 launch", "<= 2021 models" (a year's where a launch noun follows)
    r"(?:>=?|≥|<=?|≤)(?=\s*20[0-4]\d\s+(?:releases?|launch(?:es)?|models?)(?![a-z]))",
    rf"{_YEAR_NOUN}\s*(?:capped|limited|restricted)(?:\s+(?:at|to))?",  # "year capped at 2019"
    # a side word any figure takes, said right after the year's own noun: "release year max 2019", "launch year min 2022",
    # "year of release: latest 2020" (a bare "max 2019" stays an amount)
    rf"{_YEAR_NOUN}\s*(?:max(?:imum)?|min(?:imum)?|latest|earliest)(?:\s+of)?",
    # "起码得是22年出的", "最少也要是2023年的", "最早是2021年": the least year, a helping verb or 是 between
    # ... or the oldest allowed: "最老2021年款"
    r"(?:至少|起码|最少|最低|最早|最老|最旧)\s*(?:也|都)?\s*(?:要|得|需要)?\s*(?:是)?",
    # "最晚到2019年的", "最晚也就2021年的": the latest year allowed, a helping word or a verb reaching it between
    r"(?:最晚|最迟)\s*(?:也|都)?\s*(?:只要|只|就)?\s*(?:到|是)?",
    # "过了2021年出的不要": past that year, strictly newer (turned by the refusal after it)
    "过了",
    # "最多到2022年", "顶多是2022年的", "最新也只要到2020年": at most that year, as "at most 2022"
    r"(?:最多|顶多|至多|最新)\s*(?:也|都)?\s*(?:只要|只|就)?\s*(?:到|是)?",
    r"in", r"starting", "从", "在",
    "不晚于", "不迟于", "不早于", "晚于", "早于", "迟于", r"for"])
_YEAR_SIDE_ONLY = r"max(?:imum)?|min(?:imum)?|tops|at\s+(?:the\s+)?(?:most|least)"
"""Side words after a figure that say nothing of years ("2022 max"): a year-like figure before them is a year only where
more than the words say so (see SpecFinder._side_only_year)."""
_YEARS_PHONES = r"(?:models?|phones?|releases?|ones)"
_YEARS_NEWER = (r"or\s+(?:younger|any\s+(?:year|time)\s+(?:after|later|since)(?:\s+that)?"
                r"|any\s+(?:later|newer|more\s+recent|younger)\s+(?:years?|models?|ones?|phones?|releases?))")
"""The years after one said only of years: "or younger", "or any year after", "or any later year"."""
_YEARS_OLDER = (r"or\s+(?:less\s+recent(?:ly)?|any\s+(?:year|time)\s+(?:before|earlier|prior)(?:\s+(?:that|to\s+that))?"
                r"|any\s+(?:earlier|older|less\s+recent)\s+(?:years?|models?|ones?|phones?|releases?))")
"""The years before one said only of years: "or less recent", "or any year before", "or any earlier year"."""
_YEAR_AFTER = latin_alt([
    # "released 2020 or more recently", "model year 2022 or below": the figure's side words said of years
    # ... and those said only of years: "2021 or younger", "2019 or less recent", "2021 or any year after", "2020 or any
    # later year" (with the phones' noun before them: "2022 models and older", "2021 phones or younger")
    rf"(?:{_YEARS_PHONES}\s+)?(?:{_YEARS_NEWER}|{_YEARS_OLDER})",
    rf"{_YEARS_PHONES}\s+(?:or|and|&)\s+(?:newer|later|up|above|after|older|earlier|before|below|under)(?![a-z])",
    r"or[\s-]+(?:newer|later|after|above|more\s+recent(?:ly)?|older|earlier|before|prior|below|under)",
    # "2021 and below", "2019 & older", "2023 n above": the sign for "and" too
    r"(?:(?:and|'?n'?)[\s-]+|&\s*)(?:newer|later|up|above|after|on|older|earlier|before|prior|below|under|down)(?![a-z])",
    # "2020 is the newest i want", "2021 is the oldest i'll take", "2019 is the latest allowed": the far end accepted
    rf"is\s+(?:the\s+)?(?:newest|latest|most\s+recent|oldest|earliest){I_WOULD_TAKE}",
    r"or\s+an?\s+(?:newer|later|more\s+recent|older|earlier)",  # "2022 or a newer model"
    r"onwards?", r"forwards?", r"on", r"upwards?", r"\+", r"at\s+(?:the\s+)?(?:earliest|latest|oldest|newest)", "'s", r"models?",
    r"(?:and\s+|or\s+)?back(?:wards?)?(?!\s*(?:cam|camera|cameras|sensor|lens|lenses|shooter|cover|panel|glass)(?![a-z]))",  # "from 2019
    # back": that year and the ones before (not "2019 back camera")
    r"(?:model|release|launch)\s+year",  # "2021 model year or newer": the noun before the side _YEAR_MORE reads
    _YEAR_SIDE_ONLY,  # "older, 2022 max": a side word of any figure, a year's only where _years finds it one
    r"phones?", r"releases?", r"flagships?", r"launch(?:es)?", r"editions?", r"line[\s-]?ups?",  # "the 2022 lineup onwards"
    r"(?:until|till|up\s+to|to)\s+(?:now|today|date|the\s+present)", "至今", "到现在", "到今天",  # "2023 to date", "2023年至今"
    "款(?:及|或)?(?:以后|之后|后)", "以后", "之后", "以来", "及以后", "或以后", "及之后", "或之后", "及以来", "或更新", "后(?![置摄])", "起", "开始", "及以前", "或以前", "及之前", "或之前", "及更早", "或更早", "以前", "之前", "封顶", "为止", "截止", "截至",
    "(?:或者|或是|或)(?:更晚|更新|更近|往后|以后|之后|更早|以前|之前)",  # "2023年或更晚", "2023年或者更新的"
    rf"{_LAUNCH_ZH}?(?:(?:或者|或是|以及|[或及])(?:{_NEWER_ZH}|{_OLDER_ZH})|往后|往前)",  # "2022款或更老的", "2021年往前的",
    # "2021年以及之前的"
    rf"{_LAUNCH_ZH}(?:{_NEWER_ZH}|{_OLDER_ZH})(?![置摄])",  # "2021款之前的", "2022年发布以后的"
    "更?(?:新|晚|旧|老|早)(?![\u4e00-\u9fff]?款)",  # "比2021年新的": the side a comparison with 比 says (see _year_bound)
    "年?底(?:以|之)?前",  # "2020年底前发布的": by the end of that year, the year itself in
    "前(?![置摄面])", "年款", "款", "的", "发布", "上市", "出的"])  # not 前置, 后摄: "不早于2020年 前置3200万" is the front camera
# "2023年之后发布（含2023年）": the year itself is in; read with the bound it qualifies, past a model word
# ("2022年以前的款(包括2022年)"), or said after a comma with the year named ("2021年往后的，含2021年")
# ... or that year said to do too: "2021年之前出的，2021年也行"
# ... past the launch verb and the phones' noun too: "2024年以后的机型（含2024年）", "2021年后发布的，含2021年"
_INCLUSIVE = (r"\s*(?:(?:发布|上市|推出)?\s*(?:的?(?:老|新)?(?:款|机型|型号|机子|手机)|出?的)?)\s*(?:[（(]\s*(?:含|包括|包含|including|incl\.?|inclusive)[^)）]{0,10}[)）]"
              r"|[,，、]?\s*(?:含|包括|包含)\s*(?:20[0-4]\d|[12]\d)\s*年(?:的|款)?"  # the comma may be left out: "2023年之后包括2023年"
              r"|[,，、]\s*(?:20[0-4]\d|[12]\d)\s*年(?:的|款)?\s*(?:也|都)\s*(?:行|可以|算|没问题|ok))")
_EXCLUSIVE = (r"\s*(?:发布|上市|推出)?\s*[（(]\s*(?:不含|不包括|不包含|excluding|excl\.?|exclusive|not\s+included|not\s+inclusive)"
              r"[^)）]{0,10}[)）]")
_YEAR = re.compile(rf"""
    (?:(?P<pre>{_YEAR_BEFORE})\s*)?                                   # "released after", "至少"
    (?<![\d.])(?:['’‘](?=[0-4]\d(?![\d.'’s])))?                        # "'22 or later": a year cut to its two figures
    (?P<y>20[0-4]\d|(?<=['’‘])[0-4]\d|[12]\d(?=\s*年)|2\d(?=\s*款\s*[及或]?(?:以后|之后|后|起)))(?!\d|\.\d)(?:\s*年)?  # "2023", "23年", "23款以后"
    (?:\s*当年(?=\s*(?:或|及|以|之)))?                                  # "2022年当年或之后": that very year, then its side
    # (a full stop after the year ends the sentence: "launched up to 2020. Plus no Lenovo"; a decimal point does not)
    (?P<incl0>\s*[（(]\s*(?:含|包括|包含|included|inclusive)\s*[)）])?   # "(inclusive)" right after it
    (?:[\s-]*(?P<post>{_YEAR_AFTER}))?                                # "or newer", "-or-newer", "以后"
    (?P<incl>{_INCLUSIVE})?                                           # "之后发布（含2023年）"
    (?P<excl>{_EXCLUSIVE})?                                           # "之后（不含）": the named year is out
    """, re.VERBOSE)
# words of launch years elsewhere in the message make a bounded year-like figure a year ("anything up to 2022, but not
# before 2020"); a money word after the figure keeps it an amount
_YEAR_CONTEXT = re.compile(r"(?<![a-z])(?:(?:before|after|older\s+than|newer\s+than|since|from)\s+(?:['’]?\d{2}|20[0-4]\d)(?!\d)"
                           r"|released|launched|release\s+year|launch\s+year|years?\s+old)(?![a-z])")
# a phone named right before "from <year>": "a model from 2023", "an iphone from 2023", "phones from 2022"
_PHONE_BEFORE_FROM = re.compile(r"(?<![a-z])(?:phones?|models?|ones?|devices?|handsets?|flagships?|releases?|iphones?|pixels?"
                                r"|tablets?|ipads?|foldables?|(?:a|an)\s+[a-z][a-z0-9+]*)\s+$")
# a currency (the money parser's own words for it) or a money word said around a year-like figure keeps it an amount
_MONEY_BEFORE = re.compile(rf"(?:{latin_alt([w for words in CURRENCY_BEFORE.values() for w in words])}"
                           r"|(?<![a-z])(?:budget|price|spend(?:ing)?|pay|afford|cost)(?![a-z]))[^\d,;.]*$")
_MONEY_AFTER = re.compile(r"\s*(?:" + "|".join([w for words in CURRENCY_AFTER.values() for w in words] + ["k"]) + r")(?![a-z])")
_LEFT_KEYWORD = {
    "ram_gb": _RAM_WORDS, "storage_gb": _STORAGE_WORDS,
    # "battery backup" (India); "maximum cell 4.5kmah": "cell" before a battery's figure is the battery
    "battery_mah": latin_alt([r"(?:battery|batt|cell)(?:\s+(?:capacity|size|backup|juice))?", "电池容量", "电池", "电量", "电芯"]),
    "weight_g": latin_alt([r"weight", r"weighs?", r"weighing", "重量", "机身重量"]),
    # ... with the unit it is measured in after it: "screen size in inches 6.6", "screen size inch size 6.6"
    "screen_in": latin_alt([r"(?:a\s+)?(?:screen|display)(?:[\s-]+(?:size|diag(?:onal)?|panel))?(?:\s+(?:in\s+)?inch(?:es)?(?:\s+size)?)?",  # "screen-size"
                            "屏幕尺寸", "屏幕大小", "屏幕对角线", "屏幕", "屏",
                            r"mon"]),  # "mon" (monitor): Cantonese shop talk for the screen ("mon≧6.6in")
    "main_camera_mp": latin_alt([r"(?:main|rear|back|primary)?\s*camera", r"main", *MAIN_CAMERA_ZH.split("|")]),
    "front_camera_mp": latin_alt([r"(?:front|selfie)(?:\s+(?:camera|cam|shooter))?", *FRONT_CAMERA_ZH.split("|")]),
}
# the memory word nearest the figure: "64以上储存空间，折叠屏，运存不小于16G" is RAM's 16
# (a bracket closed after the word ends its figure's words: in "12GB memory (RAM) n 5G" the 5G is the network)
_WORD_BEFORE = re.compile(rf"(?P<w>{_RAM_WORDS}|{_STORAGE_WORDS})(?:(?!{_RAM_WORDS}|{_STORAGE_WORDS})[^\d\x00)）]){{0,16}}$")
# ... or a weight compared: "不要轻于210g 存储不超过64G" (grams, not a storage size the next word names)
_WEIGHT_WORD_BEFORE = re.compile(r"(?:重量|机身重|[轻重][于过]|weigh(?:s|t|ing)?)[^\d\x00]{0,8}$")
# the spec's word right before its figure, with a link between: "not less than a screen of 6.5 inch" is the side of 6.5;
# "最低屏幕为6.8寸", "起码屏幕是6.5寸", "至少屏幕在6.5寸" (the side word before the noun is the figure's)
# ... with where it sits said before the noun: "no more than on-board storage 128gb", "at most built-in memory 8gb"
_NOUN_PLACE = r"(?:(?<![a-z])(?:on-?board|built[\s-]?in|in[\s-]?built|internal|system|phone)\s+)?"
# ... or a verb of measuring between: "battery rated 4000 mAh", "screen measuring 6.5\"", "screen sized at 6.7", "front
# camera shooting 20MP"
_MEASURED = r"(?:rated|measuring|sized|shooting|hitting|hits)(?:\s+at)?\s+"
_LEFT_AT_END = {spec: re.compile(rf"{_NOUN_PLACE}(?:{words})\s*(?:(?:of|is|at)\s+|{_MEASURED}|为|是|在|要|得有|[:=])?\s*$")
                for spec, words in _LEFT_KEYWORD.items()}
_SCREEN_WORD_BEFORE = re.compile(rf"(?:{_LEFT_KEYWORD['screen_in']})[^\d\x00,;，；]{{0,24}}$")  # "display of at least"
# between a figure and the spec's noun after it: "8GB worth of system memory", "4000 mAh worth of battery", "64GB phone
# storage"; a side said after the noun is the figure's ("8GB worth of system memory at most" is a ceiling, not a floor)
# "4500mAh for battery or less", "128g for storage or less": "for" links a figure to its noun as "of" does
NOUN_LEAD = r"(?:\s*(?:(?:(?:worth|'s\s+worth)\s+)?of|for(?:\s+(?:the|its)(?=\s))?|in(?=\s+(?:ram|memory|storage|rom|batter))))?\s*(?:(?:the\s+|its\s+)?(?:system|phone|device|on-?board|built[\s-]?in|in[\s-]?built|internal)\s+)?"
_RIGHT_KEYWORD = {
    # ("4000mAh battery inside or less": where the battery sits said after it; "4000mah cell at most": "cell" is the
    # battery after its figure, unless a phone follows it)
    "battery_mah": re.compile(rf"{NOUN_LEAD}(?:(?<![a-z])(?:batter(?:y|ies)|batt|cell(?![\s-]*phones?))(?:\s+(?:capacity|cap|pack|cells?|mah|backup))?(?:\s+inside)?(?![a-z])|的?电池|的?电芯)"),
    # "6.7 inch big screen or above": an adjective of size before the noun keeps the side after it the figure's
    "screen_in": re.compile(rf"{NOUN_LEAD}(?:(?<![a-z])(?:(?:big|large|huge|wide)\s+)?(?:screens?|displays?|panels?)(?:\s+(?:size|diag(?:onal)?|panel))?(?![a-z])|的?屏幕?(?:尺寸|对角线)?(?:大小)?|的?\s*mon(?![a-z]))"),  # "6.8寸屏幕尺寸大小以上", "6.6寸的屏幕对角线"
    # ... after a 的 and doubled as shoppers write them: "12个G的RAM内存", "256GB的储存容量"
    # ... and the variant it names: "8GB RAM config", "128GB storage variant" ("4GB in RAM": "in" links them as "of" does)
    "ram_gb": re.compile(rf"{NOUN_LEAD}(?:(?:的\s*)?(?:(?<![a-z])(?:ram|memory)(?:\s*/\s*(?:ram|memory)|{_RAM_GLOSS}|\s+(?:capacity|config(?:uration)?|variant|option))?(?![a-z])|运行内存|运存)"
                         r"(?:\s*(?:内存|运存|ram(?![a-z])))?(?:\s*容量)?)|(?:内存|运存)(?!\s*[\d一二两三四五六七八九十])"),  # "内存": the rest of "RAM内存"
    # ... and where storage sits said alone for it: "64 GB built-in max" (not before another memory's noun: "8GB built-in RAM")
    "storage_gb": re.compile(rf"{NOUN_LEAD}(?:(?:的\s*)?(?:(?<![a-z])(?:storage|rom)(?:\s+(?:space|capacity|config(?:uration)?|variant|option))?(?![a-z])|(?<![a-z])(?:built[\s-]?in|in[\s-]?built|on-?board)(?![a-z])(?![\s-]+(?:ram|memory|storage|rom|space)(?![a-z]))|机身存储|存储|储存|闪存)"
                             r"(?:\s*(?:容量|空间))?)|(?:容量|空间)(?!\s*[\d一二两三四五六七八九十])"),  # "容量": the rest of "储存容量"
    # the cameras after a 的: "1600万的自拍相机", "4800万的主摄"
    # ... or right after its figure ("48M像素主摄的不要"), unless the noun has a figure of its own
    "main_camera_mp": re.compile(rf"(?:的\s*)?(?:{MAIN_CAMERA_ZH})(?:\s*像素)?(?!\s*[\d一二两三四五六七八九十])"),
    "front_camera_mp": re.compile(rf"(?:(?:的\s*)?(?:自拍相机|{FRONT_CAMERA_ZH})(?:\s*像素)?|相机)(?!\s*[\d一二两三四五六七八九十])"),  # "相机": the rest of "自拍相机"
    # the weight's adjective or noun: "200 grams heavy or more", "210 g in weight at most", "200g weight-wise and up"
    "weight_g": re.compile(r"\s*(?:heavy|in\s+weight|weight(?:[\s-]*wise)?)(?![a-z])"),
}
_YEAR_RANGE = re.compile(r"""
    (?:(?:between|from|从|在)\s*)?
    (?<![\d.$₹¥])(?P<a>20[0-4]\d)\s*年?\s*(?P<sep>-|–|—|~|/|to|and|or|到|至|或|、|和|跟|与)\s*    # "2021 to", "2021年到", "2023—2024"
    (?P<b>20[0-4]\d)(?!\d|\.\d)
    (?!\s*(?:元|块|k(?![a-z])|usd|dollars?|bucks|rupees?|inr|rmb|yuan|aed|pkr))   # not an amount: "2000-2500元"
    \s*年?(?:\s*之间)?
    """, re.VERBOSE)
# "22-24年的", "23到25年": two-figure years, 年 after the second
_SHORT_YEAR_RANGE = re.compile(r"(?<![\d.])(?P<a>[12]\d)\s*年?\s*(?P<sep>-|–|—|~|到|至|、)\s*(?P<b>[12]\d)\s*年(?!\s*(?:内|之内|以内|前|左右))")
_YEAR_MORE = re.compile(r"""
    \s*(?P<side>or\s+(?:newer|later|after|above|more\s+recent(?:ly)?|older|earlier|before)  # "or newer", "or earlier"
              |and\s+(?:newer|later|up|above|after|on)                              # "and later"
              |onwards?|upwards?|at\s+the\s+(?:earliest|latest|oldest|newest))(?![a-z])  # "onwards", "model upward"
    """, re.VERBOSE)
# "a 2024 Pixel", "the 2023 iPhone": after an article a year names the phone's when a name follows, not an amount
_NAMED_AFTER_YEAR = re.compile(r"""
    \s+(?!(?:rupees?|rs|dollars?|bucks|usd|inr|yuan|rmb|aed|dirhams?|pkr|k|mah|gb|mp|g|grams?|budget|price)(?![a-z]))[a-z]
    """, re.VERBOSE)
# "近两年", "the last two years", "past 3 years": launched in the newest N catalog years
_RECENT_YEARS = re.compile(r"""
    (?:(?:最)?近|过去|这)(?P<n>[一两二三四五六七八九十\d]{1,2})年(?:内|之内|以内|里)?                 # "近两年内"
    | (?:发布|上市|推出|出)?(?:了)?(?:不超过|不到|没超过|少于|不满|未满)(?P<age>[一两二三四五\d])年       # "上市不到一年的"
      (?=\s*(?:的|$|[,，。;；!！]))
    | 不要(?P<ago>[一两二三四五\d])年(?:以)?前(?:的)?                                                # "不要三年前的"
    | (?<![一两二三四五六七八九十\d])(?P<k>[一两二三四五\d])年(?:内|之内|以内)                          # "两年内的", not
      (?=\s*(?:的|发布|上市|推出|出的|新机|机型|手机|款|$|[,，。;；!！]))                                  # "一年内换了三台"
    | (?<![a-z])(?:in\s+|from\s+|within\s+)?(?:the\s+)?(?:last|past)\s+(?P<m>\d{1,2}|two|three|four|five|couple(?:\s+of)?)\s+y(?:ea)?rs  # "the past 3 years", "2 yrs"
    | (?<![a-z])(?:within|in|during|over)\s+the\s+(?:last|past)\s+(?:year|12\s+months|twelve\s+months)(?![a-z])  # one year
    | (?<![a-z])(?:in\s+|from\s+|within\s+)?(?:the\s+)?(?:last|past)\s+(?P<mo>\d{1,2})\s+months(?![a-z])  # "past 24 months"
    """, re.VERBOSE)
# "no older than 2 years", "under 3 years old": an age in years is the same window as "the last N years"
_YEARS_OLD = re.compile(r"""
    (?<![a-z])
    (?:(?:no|not|nothing)\s+older\s+than|(?<!not\s)(?<!no\s)younger\s+than     # "no older than", "younger than"
       |(?:under|less\s+than|at\s+most|max(?:imum)?|no\s+more\s+than|not\s+more\s+than|up\s+to|(?<!not\s)(?<!no\s)newer\s+than)
        (?=\s+\S+\s+(?:years?|months?)\s+old))                                    # "under ... years old"
    \s+(?:(?P<m>\d{1,2}|an?|one|two|three|four|five)\s+years?|(?P<mo>\d{1,2})\s+months?)(?:\s+old)?(?![a-z])  # the age
    """, re.VERBOSE)
# "last year or this year", "this or last year's", "去年到今年": the two newest catalog years
_LAST_AND_THIS_YEAR = re.compile(latin_alt([
    r"(?:last\s+year\s+(?:or|and|&)\s+this|this\s+year\s+(?:or|and|&)\s+last)(?:\s+year)?'?s?",
    r"(?:last\s+(?:or|and|&)\s+this|this\s+(?:or|and|&)\s+last)\s+year'?s?", "(?:去年|今年)(?:或者?|或是|和|跟|与|到|至)(?:今年|去年)"]))
_RELATIVE_YEAR = re.compile(latin_alt([r"this\s+year'?s?", r"last\s+year'?s?", "今年", "去年", "(?<!\\d)(?<!年)前年"]))
_YEARS_BACK_ZH = {"去年": 1, "前年": 2}  # "前年的": the year before last
# a relative year that dates what the shopper did with a phone is part of a story, no age wished for: "the ones i bought
# last year started hanging", "last year we got two redmis", "去年买的那台卡死了"
_TOLD_ACT = r"(?:bought|got|purchased|ordered|picked\s+up|gifted|dropped|broke|replaced)"
_ACT_BEFORE_YEAR = re.compile(rf"(?<![a-z]){_TOLD_ACT}(?:\s+(?:it|them|one|two|three|four|a\s+few))?\s+$")
_ACT_AFTER_YEAR = re.compile(rf"\s*(?:,\s*)?(?:(?:i|we|he|she|they|my\s+[a-z]+)\s+{_TOLD_ACT}(?![a-z])|(?:买|入手|换)的)")


_OR_GAP = re.compile(r"\s*(?:or|/|或者?|或是)\s*")


def _either_figure(old: Bound, new: Bound) -> Bound | None:
    """Two floors (or two ceilings) offered for one spec as alternatives: the looser one; None for other bounds."""
    if old.hi is None and new.hi is None and old.lo is not None and new.lo is not None:
        return Bound(lo=min(old.lo, new.lo))
    if old.lo is None and new.lo is None and old.hi is not None and new.hi is not None:
        return Bound(hi=max(old.hi, new.hi))
    return None


class SpecFinder:
    """Collects `spec:<name>` bounds from a Scan."""

    def __init__(self, scan: Scan, reference_year: int, zh: bool = False):
        self.scan = scan
        self.reference_year = reference_year
        self.zh = zh  # the language of the notes
        self.bounds: dict[str, Bound] = {}
        self.notes: list[str] = []  # what was read and deliberately not used
        self._spans: dict[str, tuple[int, int]] = {}  # where each spec's last figure was read

    def run(self) -> None:
        """Every spec finder, most specific patterns first."""
        self._combos()
        self._years()
        self._camera_counts()  # before the megapixels: "后置三摄" is a count, and "后置" would lend a figure its camera
        for pattern, handler in ((_MEGAPIXEL_RANGE, self._camera_range), (_MEMORY, self._memory), (_BATTERY, self._battery), (_SCREEN, self._screen),
                                 (_MEGAPIXELS, self._camera), (_WEIGHT, self._weight)):
            for m in self.scan.matches(pattern):
                if self.scan.free(m.start(), m.end()):
                    handler(m)
        for m in self.scan.matches(_KEYWORD_RANGE):
            if self.scan.free(m.start(), m.end()):
                self._keyword_range(m)
        for m in self.scan.matches(_KEYWORD_NUMBER):
            if self.scan.free(m.start(), m.end()):
                self._keyword_number(m)
        for m in self.scan.matches(_WEIGHT_COMPARED):
            if self.scan.free(m.start(), m.end()):
                kind, start, end = bound_of(self.scan, m.start("n"), m.end("n"))
                if kind in ("lo", "hi"):
                    self._put("weight_g", to_bound(float(m["n"]), kind, "hi"), start, end)
        for m in self.scan.matches(_NUMBER_NOUN):
            if self.scan.free(m.start(), m.end()):
                self._number_noun(m)
        for m in self.scan.matches(_BARE_SCREEN):
            if self.scan.free(m.start(), m.end()):
                kind, start, end = bound_of(self.scan, m.start(), m.end())
                if kind in ("lo", "hi"):
                    self._put("screen_in", to_bound(float(m["n"]), kind, "around"), start, end)

    def named_by_relative(self, spec: str, direction: int) -> None:
        """A bare number with bound words in a message whose relative word names `spec` ("more battery, 6000
        minimum", "bigger display, 6.7 or more") is that spec's bound, not a price: the explicit value beats the
        relative word, and the relative word says what the value measures. Only a side that goes the relative's way
        is its bound: "3000以内，续航好一点" (under 3000, a better battery) caps a price, not the battery, and a money
        word before the figure ("预算3000以内") keeps it a price."""
        if spec in self.bounds or spec not in _SANE:
            return
        for m in self.scan.matches(_PLAIN_NUMBER):
            value = parse_number(m.group(0))
            if value is None or not self.scan.free(m.start(), m.end()) or \
                    KEYWORD_BEFORE.search(self.scan.before(m.start(), 30)):
                continue
            kind, start, end = bound_of(self.scan, m.start(), m.end())
            if kind == ("lo" if direction > 0 else "hi"):
                self._put(spec, to_bound(value, kind, "lo"), start, end)
                return
            if kind == "around" and spec == "screen_in":  # "屏幕小一点，6.1左右": a size is said about as often
                self._put(spec, to_bound(value, kind, "around", SCREEN_TOLERANCE), start, end)
                return

    def _put(self, spec: str, bound: Bound, start: int, end: int, *, sided: bool = True) -> None:
        """Record `bound` for `spec` over [start, end); `sided` is False where no side was said and the bound's side is
        the spec's default ("4G内存" is at least 4 GB)."""
        lo_ok, hi_ok = _SANE[spec]
        for v in (bound.lo, bound.hi):
            if v is not None and not lo_ok <= v <= hi_ok * (1 + SCREEN_TOLERANCE):
                return
        if (after := _RIGHT_KEYWORD.get(spec)) and (m := after.match(self.scan.after(end, 32))):
            end += m.end()
        keyword = _LEFT_KEYWORD.get(spec)
        if keyword and (m := re.search(rf"(?:{keyword})\s*(?:of|is|:|=|为|是|要)?\s*$", self.scan.before(start, 30))):
            start -= len(self.scan.before(start, 30)) - m.start()
        refusal = postposed(self.scan, end)
        if refusal is not None and not sided and bound.hi is None and (above := _size_above(spec, bound.lo)) is not None:
            # "4G内存的不要": the size itself is refused, so only bigger sizes are wanted (not 4 GB and less)
            bound, end = Bound(lo=above), refusal.end()
        elif refusal is not None and not sided and spec == "weight_g" and bound.lo is None and bound.hi is not None:
            # "200克的不要": a weight is refused for being too heavy, so lighter ones are wanted (not 200 g and more)
            bound, end = Bound(hi=bound.hi - 1), refusal.end()
        elif refusal is not None and (bound.lo is None) != (bound.hi is None):
            # "2021年及以前的不要": the refused side is out, so the other side is wanted (years are whole)
            step = 1 if spec == "year" else 0
            bound = Bound(lo=bound.hi + step) if bound.hi is not None else Bound(hi=bound.lo - step)  # type: ignore[operator]  # one side is set
            end = refusal.end()
        self.scan.take(start, end)
        old, said = self.bounds.get(spec), self._spans.get(spec)
        self._spans[spec] = (start, end)
        if old is not None and said is not None and (either := _either_figure(old, bound)) is not None and \
                _OR_GAP.fullmatch(self.scan.plain[min(said[1], end):max(said[0], start)]):
            self.bounds[spec] = either  # "8GB or 12GB RAM": either figure will do
            return
        self.bounds[spec] = merge_bounds(old, bound)

    def _measure(self, m: re.Match[str], spec: str, default: BoundKind, factor: float = 1.0,
                 around: float | None = None, end: int | None = None, hint: BoundKind | None = None,
                 extra: float = 0.0) -> None:
        """Record the bound that match `m` (value in group n, range start in group a) states;
        `end` widens the match over unit words after it, `hint` is a bound word found inside them,
        `extra` is added to the scaled value (the 八百万 of 一亿零八百万)."""
        start, end = m.start(), m.end() if end is None else end
        value = parse_number(m["n"] or m.groupdict().get("w") or m.groupdict().get("y") or m.groupdict().get("px") or "")
        if value is None:
            return
        value = value * factor * (1000 if m.groupdict().get("k") or m.groupdict().get("kg") else 1) + extra
        if factor % 1:
            value = round(value, 1)  # a converted unit ("7 oz" = 198.4 g) to a tenth, as it is shown
        groups = m.groupdict()
        hint = hint or ("lo" if groups.get("plus") or groups.get("glued_lo") else "hi" if groups.get("glued_hi") else None)
        if m["a"] is not None and m["sep"] in _AND:
            ranged = self._and_range(m, end)
            if ranged is None:
                start = m.start("n")  # "8 and 256GB": only the second number has the unit
            else:
                end = ranged
                context = self.scan.before(start, 12)
                if (between := re.search(r"between\s*$", context)) is not None:
                    start -= len(context) - between.start()
        if m["a"] is not None and start <= m.start("a"):
            first = parse_number(m["a"])
            if first is None:
                return
            first *= factor * (1000 if m.groupdict().get("ak") or m.groupdict().get("k") else 1)
            lo, hi = sorted((first, value))
            if _OR_GAP.fullmatch(m["sep"]):  # "8G或12G运存": either figure will do, not a range
                kind, start, end = self._bound_around(spec, start, end)
                side = _side(kind, hint) or default
                self._put(spec, to_bound(hi if side == "hi" else lo, side, default, around), start, end)
                return
            self._put(spec, Bound(lo, hi), start, end)
            return
        kind, start, end = self._bound_around(spec, start, end)
        said_side = _side(kind, hint)
        self._put(spec, to_bound(value, said_side, default, around), start, end, sided=said_side is not None)

    def _and_range(self, m: re.Match[str], end: int) -> int | None:
        """Where a range whose ends match `m` joins with "and" ends (over a closing "之间"), or None when the "and"
        joins two figures: "between 8 and 12GB", "介于8和12GB之间", "4500和5000mAh之间" are ranges; "8 and 256GB" is not."""
        if m["sep"] == "and":
            return end if re.search(r"between\s*$", self.scan.before(m.start(), 12)) else None
        if (after := _BETWEEN_AFTER.match(self.scan.after(end, 8))) is not None:
            return end + after.end()
        return end if re.search(r"介于\s*$", self.scan.before(m.start(), 8)) else None

    def _bound_around(self, spec: str, start: int, end: int) -> tuple[BoundKind | None, int, int]:
        """The bound words of a quantity: next to it ("at least 8GB"), after its noun ("4000mAh battery
        or less") or before its keyword ("at most RAM 4GB"); the span widened over them."""
        kind, wide_start, wide_end = bound_of(self.scan, start, end)
        if kind in ("lo", "hi"):
            return kind, wide_start, wide_end
        if (right := _RIGHT_KEYWORD.get(spec)) and (noun := right.match(self.scan.after(end, 32))):
            # "~ 220 grams heavy or more": a side after the noun overrides an approximation before the figure
            side, side_start, side_end = bound_of(self.scan, start, end + noun.end())
            if side in ("lo", "hi") or (side is not None and kind is None):
                return side, side_start if kind is not None else start, side_end
        if kind is not None:
            return kind, wide_start, wide_end
        before = self.scan.before(start, 30)
        if (left := _LEFT_AT_END.get(spec)) and (word := left.search(before)):
            kind, wide_start, _ = bound_of(self.scan, start - len(before) + word.start(), end)
            if kind is not None:
                return kind, wide_start, end
        return None, start, end

    def _combos(self) -> None:
        for m in self.scan.matches(_COMBO):
            ram, storage = float(m["ram"]), float(m["sto"])
            if ram == 5 and not re.search(r"[+/]", m.group(0)):
                continue  # "要5G 64G存储": no phone has 5 GB of RAM; a 5G beside a figure is the network
            if (m["tb"] and m["tb"].startswith("t")) or storage in (1.0, 2.0):
                storage *= 1024
            if not 1 <= ram <= 24 or storage not in _STORAGE_SIZES or (storage < 1024 and m["tb"] and
                                                                         m["tb"].startswith("t")):
                continue
            self.scan.take(m.start(), m.end())
            self.bounds["ram_gb"] = Bound(lo=ram)
            self.bounds["storage_gb"] = Bound(lo=storage)

    def _memory(self, m: re.Match[str]) -> None:
        if m["a"] is not None and m["sep"] in _AND and self._and_range(m, m.end()) is None:
            # "storage 512gb and 8gb ram": two figures, each read with its own word ("and" makes no range here)
            for part in (_MEMORY.match(self.scan.low, m.start("a"), m.start("sep")),
                         _MEMORY.match(self.scan.low, m.start("n"), m.end())):
                if part is not None and part["a"] is None and self.scan.free(part.start(), part.end()):
                    self._memory(part)
            return
        value = parse_number(m["n"])
        if value is None:
            return
        terabytes = m["u"].startswith("t")
        before = _WORD_BEFORE.search(self.scan.before(m.start(), 24))
        if before is None and m["u"] == "g" and value <= 24 and value != 5 and bound_of(self.scan, m.start(), m.end())[0] in ("lo", "hi"):
            # "内存大一点的，至少6G": the memory word read already, as a wish for more, names the bounded memory size after it
            # too ("要5G" beside it stays the network, "storage n above, and 160g or under" a weight)
            before = _WORD_BEFORE.search(self.scan.plain[max(m.start() - 24, 0):m.start()])
        if m["u"] == "g" and _WEIGHT_WORD_BEFORE.search(self.scan.before(m.start(), 16)):
            return  # "存储、重量220g", "重量210g以上 机身存储…": grams after the weight's own word
        after = re.match(rf"\s*{_INNER_BOUND}(?:{NOUN_LEAD}|\s*的\s*)"
                         rf"(?P<w>{_RAM_WORDS}|{_STORAGE_WORDS})", self.scan.after(m.end(), 40))
        word_has_number = after is not None and re.match(r"[^\d\x00,，;；.。]{0,16}?[\d一二两三四五六七八九十]",
                                                         self.scan.after(m.end() + after.end(), 24))  # "运行内存四G"
        if before is not None and word_has_number:
            after = None  # "运存8G存储256G", "RAM8G ROM128G": the word after the figure names the next figure
        said = after or before
        word = said["w"] if said else None
        bounded = m["u"] == "g" and value <= 24 and value not in _NETWORKS and bound_of(self.scan, m.start(), m.end())[0] in ("lo", "hi")
        ram_size = m["u"] == "g" and 7 <= value <= 24  # "小米 12G", "还是要12G吧": no weight, no network, so RAM
        if m["u"] in ("g", "t") and word is None and (value not in _STORAGE_SIZES or m["u"] == "t") and not bounded \
                and not ram_size:
            return  # "180g" is a weight, "5g" a network; "1T" only next to a storage word; "12G以上" is memory
        own_before = before if m["a"] is None else _WORD_BEFORE.search(self.scan.before(m.start("n"), 24))
        # "4G RAM memory at minimum" is memory; "5G 运行内存8GB" the network before a memory of its own
        if m["u"] == "g" and value in (3, 4, 5) and (m["a"] is None or m["sep"] in _AND) and own_before is None and \
                (after is None or (after.group(0)[:1].isspace() and word_has_number) or
                 re.match(r"\s*(?:要|是|为|:)?\s*[\d一二两三四五六七八九十]", self.scan.after(m.end() + after.end(), 8))):
            # "5G, RAM at least 8GB", "５Ｇ 运行内存", "要5G运存8G": the network, unless a RAM word without a figure of its
            # own right after it is glued to it ("4G运存", "四G以下的内存 储存空间…")
            if m["a"] is not None and (first := _MEMORY.match(self.scan.low, m.start("a"), m.start("sep"))):
                self._memory(first)  # "RAM up to 6gb and 5G": the 6 GB stands alone
            return
        if (word is not None and re.fullmatch(_STORAGE_WORDS, word)) or terabytes:
            spec = "storage_gb"
        elif word is not None:
            spec = "ram_gb" if value <= 24 or word.split()[0] in ("ram", "运存", "运行内存") else "storage_gb"
        else:
            spec = "ram_gb" if value <= 24 else "storage_gb"
        end = m.end() + (after.end() if after is not None else 0)
        hint: BoundKind | None = None if after is None else "lo" if after["lo"] else "hi" if after["hi"] else None
        refused = BOUND_NEGATION.search(self.scan.before(m.start())) if hint is not None else None
        if refused is not None:
            hint = "lo" if hint == "hi" else "hi"  # "不要128G以下的存储": the refused side is out
        self._measure(m, spec, "lo", 1024.0 if terabytes else 1.0, end=end, hint=hint)
        if refused is not None and not self.scan.free(m.start(), m.end()):
            self.scan.take(m.start() - len(self.scan.before(m.start())) + refused.start(), m.start())
        if before is not None and not self.scan.free(m.start(), m.end()):
            self.scan.take(m.start() - len(self.scan.before(m.start(), 24)) + before.start(), m.start())

    def _battery(self, m: re.Match[str]) -> None:
        self._measure(m, "battery_mah", "lo")

    def _weight(self, m: re.Match[str]) -> None:
        second = parse_number(m["n"])
        if m["a"] is not None and second is not None and second < _SANE["weight_g"][0]:
            # "max 200 grams and 5G": the second "range end" is the network; the weight stands alone
            if (first := _WEIGHT.match(self.scan.low, m.start("a"), m.start("sep"))) is not None:
                self._measure(first, "weight_g", "hi")
            return
        unit = "oz" if m["oz"] else "lb" if m["lb"] else None
        self._measure(m, "weight_g", "hi", _GRAMS_PER[unit] if unit else 1.0)

    def _screen(self, m: re.Match[str]) -> None:
        if m["u"].rstrip(".") == "in" and "." not in m["n"] and m.start("u") > m.end("n"):  # "10in" glued is inches
            return  # "6 in" is too likely to be the word "in"; "11 ins" is no word but the unit
        if m["cm"] is not None and not re.search(r"screen|display|屏", m.group(0)) and \
                _SCREEN_WORD_BEFORE.search(self.scan.before(m.start(), 40)) is None:
            return  # "15 cm tall" is the phone's height: centimetres are a screen's only beside its word
        self._measure(m, "screen_in", "around", 1 / CM_PER_INCH if m["cm"] else 1.0, around=SCREEN_TOLERANCE)

    def _camera(self, m: re.Match[str]) -> None:
        if self._other_lens(m):
            return
        before = self.scan.before(m.start(), 48)  # "front-facing camera starting from 32 Mpx"
        after = _FRONT_AFTER.match(self.scan.after(m.end(), 30))
        beside = _FRONT_BEFORE.search(before) or _MAIN_BEFORE.search(before) or after or \
            _MAIN_AFTER.match(self.scan.after(m.end(), 30))
        if (m["bare"] is not None or m["mb"] is not None) and not beside:
            return  # "3200万", "48M" are megapixels beside a camera word only; elsewhere money or something else
        # a camera word just before decides ("主摄4800万像素以上 前置…" is the main camera); else one after it
        front = _FRONT_BEFORE.search(before) is not None or (after is not None and _MAIN_BEFORE.search(before) is None)
        if not front:
            after = None  # the front-camera words after it belong to the next figure
        end = m.end() + (after.end() if after else 0)
        words = after
        if not front and (main := _MAIN_AFTER.match(self.scan.after(m.end(), 30))):
            end, words = m.end() + main.end(), main
        factor = 0.01 if m["w"] else 100.0 if m["y"] else 1.0 if m["mil"] else 1e-6 if m["px"] else 1.0
        hint = kind_named(words.lastgroup) if words is not None and words.lastgroup in ("lo", "hi") else None
        extra = (parse_number(m["yw"]) or 0.0) * 0.01 if m["yw"] else 0.0  # 一亿零八百万: 100 + 8 MP
        self._measure(m, "front_camera_mp" if front else "main_camera_mp", "lo", factor, end=end,
                      hint=hint, extra=extra)

    def _camera_counts(self) -> None:
        """How many rear cameras: a count before a camera noun ("at least 3 rear cameras", "三摄以上"), or after the rear
        cameras' noun ("rear cameras: no more than 2", "后摄不少于四颗")."""
        for m in self.scan.matches(_CAMERA_COUNT):
            if self.scan.free(m.start(), m.end()):
                self._count_before_noun(m)
        for m in self.scan.matches(_CAMERA_COUNT_AFTER_NOUN):
            if self.scan.free(m.start(), m.end()):
                self._count_after_noun(m)

    def _count_before_noun(self, m: re.Match[str]) -> None:
        said = m["setup"] or m["n"] or m["zh_setup"] or m["zh_n"]
        count = _SETUP_COUNTS.get(said) or small_number(said)
        rear = m["rear"] or m["on"] or m["zh_rear"] or m["zh_pre"]
        if count is None or (not rear and (_FRONT_NEAR.search(self.scan.before(m.start(), 28)) or
                                           _FRONT_FOLLOWS.match(self.scan.after(m.end(), 24)))):
            return  # "3 front cameras", "selfie camera with 2 lenses", "2 cameras on the front"
        if m["n"] and m["n"].isdigit() and not (rear or m["plural"] or "-" in m.group(0)) and \
                bound_of(self.scan, m.start(), m.end())[0] not in ("lo", "hi"):
            # "pixel 3 camera quality" is a model's camera; "3 cameras", "a 3-camera phone", "1 camera or more" count them
            return
        if m["zh_n"] and m["zh_n"].isdigit() and not (rear or m["counter"] or m["zh_noun"] == "摄"):
            return  # "小米4摄像头怎么样" is a model's camera; "3个摄像头", "4摄" count them
        if m["n"] and not m["plural"] and _PHONES_COUNTED.match(self.scan.after(m.end(), 16)):
            return  # "top 3 camera phones" counts phones
        groups = m.groupdict()
        # "双摄就够", "单摄就够了": the count said content is a floor, even one ("one is enough" is no cap)
        hint: BoundKind | None = "lo" if groups.get("plus") or groups.get("glued_lo") or groups.get("enough") else \
            "hi" if groups.get("glued_hi") else None
        self._put_count(count, hint, m.start(), m.end())

    def _count_after_noun(self, m: re.Match[str]) -> None:
        mid = m["mid"] if m["mid"] is not None else m["zh_mid"]
        if (linked := _MID_OK.fullmatch(mid)) is None or linked["pause"]:
            return  # "rear cameras are great, 3 of my friends…": only comparison and linking words stand between
        count = small_number(m["n"] or m["zh_n"])
        side = _mid_bound(mid[linked.end("neg"):], negated=True) if linked["neg"] else _mid_bound(mid)
        if count is not None:  # "后置摄像头多于两个": the strict word between noun and count
            self._put_count(_whole_bound(count, side, _STRICT.search(mid) is not None), side, m.start(), m.end())

    def _put_count(self, count: int, hint: BoundKind | None, start: int, end: int) -> None:
        """Record a rear-camera count read at text[start:end], with the side the words around it say (a floor when
        none; a count said "exactly" or "around" is that count: there is no "about three" cameras). The fewest a back
        has (one) said with no side is that count too: as a floor it would admit every phone, and "a single camera
        phone", "单摄" ask for a back with one lens ("at least one camera" still says its side)."""
        strict = (said := _STRICT.search(self.scan.before(start, 16))) is not None and said["end"] is not None
        kind, start, end = bound_of(self.scan, start, end)
        kind = _side(kind, hint)
        count = _whole_bound(count, kind, strict)
        if (exact := _EXACTLY_BEFORE.search(self.scan.before(start, 16))) is not None and kind is None:
            kind, start = "around", start - (len(self.scan.before(start, 16)) - exact.start())
        if kind is None and count <= _SANE["rear_cameras"][0]:
            kind = "around"
        self._put("rear_cameras", to_bound(float(count), kind, "lo", around=0.0), start, end)

    def _camera_range(self, m: re.Match[str]) -> None:
        """A range of megapixels in 万 or 亿 ("主摄在4800万到6400万之间"): the camera named last before it, or the main
        one when 像素 follows; without either it is left to the money finder ("4800万到6400万" is no camera)."""
        words = re.search(r"[^\d\x00]{0,32}$", self.scan.before(m.start(), 48))
        tail = words.group(0) if words else ""
        front, main = list(_FRONT_WORD.finditer(tail)), list(_MAIN_WORD.finditer(tail))
        if not (front or main or m["px"]):
            return
        end = m.end() if m["sep"] not in _AND else self._and_range(m, m.end())
        first, second = parse_number(m["a"]), parse_number(m["n"])
        if end is None or first is None or second is None:
            return
        lo = first * _MP_FACTOR[m["au"] or m["u"]]
        hi = second * _MP_FACTOR[m["u"]]
        if not lo < hi:
            return
        is_front = bool(front) and (not main or front[-1].end() >= main[-1].end())  # "前置摄像头": 摄像头 ends it too
        self._put("front_camera_mp" if is_front else "main_camera_mp", Bound(round(lo, 1), round(hi, 1)), m.start(), end)

    def _other_lens(self, m: re.Match[str]) -> bool:
        """True when the megapixels of `m` are those of a lens the catalog has no figure for ("超广角5000万以上", "a 50MP
        ultrawide"): the figure is masked, so it is read as no budget and no main camera, and a note says so."""
        before = self.scan.before(m.start(), 32)
        lenses = [lens for lens in _OTHER_LENS.finditer(before) if re.fullmatch(r"[^\d\x00,;，；。]*", before[lens.end():])]
        nearest = lenses[-1] if lenses else None
        if nearest is not None and any(word.start() >= nearest.end() for word in _CAMERA_WORD.finditer(before)):
            nearest = None  # "超广角，主摄5000万": a camera word nearer the figure owns it
        after = _OTHER_LENS.match(re.sub(rf"^\s*{_INNER_BOUND}\s*(?:的\s*)?", "", self.scan.after(m.end(), 30)))
        if nearest is None and (after is None or _FRONT_BEFORE.search(before) or _MAIN_BEFORE.search(before)):
            return False
        _, start, end = bound_of(self.scan, m.start(), m.end())
        self.scan.take(start, end)
        said = self.scan.text[m.start():m.end()]
        self.notes.append(f"目录里没有这颗镜头的像素数据，“{said}”没有用来筛选。" if self.zh else
                          f"The catalog has no megapixel figures for that lens, so '{said}' was not used as a filter.")
        return True

    def _keyword_number(self, m: re.Match[str]) -> None:
        mid = _MID_OK.fullmatch(m["mid"])
        if mid is None:
            return
        spec = _KW_SPEC[m["kw"][:4] if m["kw"][0].isascii() else m["kw"][:2]]
        value = parse_number(m["n"])
        if value is None:
            return
        value *= 1000 if m["k"] else 1
        kind, _, end = bound_of(self.scan, m.start("n"), m.end())
        said = m["mid"][mid.end("wish"):] if mid["wish"] else m["mid"]  # the wish says no side: "别太小" is no "小"
        if mid["wish"]:
            kind, end = side_after(self.scan, m.end())  # nor do the words before the figure ("小" is "just under")
        mid_kind = _mid_bound(m["mid"][mid.end("neg"):], negated=True) if mid["neg"] else _mid_bound(said)
        start = m.start()
        before = self.scan.before(start)
        if mid_kind in ("lo", "hi") and not mid["neg"] and (negation := BOUND_NEGATION.search(before)) is not None:
            mid_kind = "hi" if mid_kind == "lo" else "lo"  # "no screen above 6.4": the refused side is out
            start -= len(before) - negation.start()
        kind = mid_kind or kind
        if kind is None and (first := bound_of(self.scan, m.start(), m.start()))[0] in ("lo", "hi"):
            kind, start = first[0], first[1]  # "at least screen size 6.6": the side said before the spec's noun
        if mid["good"] and kind not in ("lo", None):
            return  # "battery must be good, 20000 max": a praised spec wants more, so a cap is the price's
        if mid["pause"] and kind != "lo":
            return  # "good battery, 300 max", "camera though, 200": after a pause only a floor is the spec's, as it wants more
        if spec.endswith("camera_mp") and (kind not in ("lo", None) or value not in _MEGAPIXEL_SIZES or
                                           _NOT_MEGAPIXELS_AFTER.match(self.scan.after(m.end(), 8))):
            return  # "camera under 300" is a price; "camera at least 50", "selfie camera 32", "主摄50" a sensor size
        default: BoundKind = "around" if spec == "screen_in" else "hi" if spec == "weight_g" else "lo"
        if spec == "ram_gb" and value > 24:
            spec = "storage_gb"
        if spec == "storage_gb" and value not in _STORAGE_SIZES:
            return  # "存储256以上" is storage; "storage under 500" names no size a phone has
        if mid["pause"] and start == m.start():
            start = m.start("mid") + mid.end("pause")  # the spec's word before the pause stays a need: "big screen please, 6.7+"
        around = SCREEN_TOLERANCE if spec == "screen_in" else None
        self._put(spec, to_bound(value, kind, default, around), start, end)

    def _keyword_range(self, m: re.Match[str]) -> None:
        # "ram 8 and 256 storage" is two figures: "and" makes a range only after "between" (介于) or before "之间"
        if not _RANGE_OPENER.fullmatch(m["mid"]) or (m["sep"] == "and" and "between" not in m["mid"]) or \
                (m["sep"] in _AND[1:] and "介于" not in m["mid"] and not m.group(0).endswith(("之间", "中间"))):
            return
        low, high = parse_number(m["a"]), parse_number(m["n"])
        if low is None or high is None or not low < high:
            return
        spec = _KW_SPEC[m["kw"][:4] if m["kw"][0].isascii() else m["kw"][:2]]
        if spec.endswith("camera_mp"):
            return  # "a good camera, 200 to 300" is a price range far more often than megapixels
        self._put(spec, Bound(low, high), m.start(), m.end())

    def _number_noun(self, m: re.Match[str]) -> None:
        value = parse_number(m["n"])
        if value is None:
            return
        value *= 1000 if m["k"] else 1
        kw = m["kw"]
        spec = _KW_SPEC[kw[:4] if kw[0].isascii() else kw[:2] if kw[:2] in _KW_SPEC else kw[:1]]
        if spec == "ram_gb" and value > 24:
            spec = "storage_gb"
        kind, start, _ = bound_of(self.scan, m.start("n"), m.end("k") if m["k"] else m.end("n"))
        default: BoundKind = "around" if spec == "screen_in" else "lo"
        around = SCREEN_TOLERANCE if spec == "screen_in" else None
        self._put(spec, to_bound(value, kind, default, around), start, m.end())

    def _side_only_year(self, m: re.Match[str]) -> bool:
        """True when a year-like figure with only a side word after it ("2022 max", "2021 at the least") is a launch
        year: an age word just before it says so ("older, 2022 max"), or it is no amount (see _year_said_elsewhere)."""
        if _AGE_BEFORE.search(self.scan.before(m.start(), 16)) is not None:
            return not _MONEY_AFTER.match(self.scan.low, m.end())
        return self._year_said_elsewhere(m)

    def _year_said_elsewhere(self, m: re.Match[str]) -> bool:
        """True when a year-like figure bounded as an amount could be ("up to 2022") is a launch year: no money word
        follows it, it is a year the catalog could hold, and the rest of the message speaks of launch years ("but not
        before 2020", "nothing older than 2019"); "up to 2000 dollars" and "under 2500 AED" stay money."""
        year = int(m["y"])
        if not 2010 <= year <= self.reference_year + 1 or _MONEY_AFTER.match(self.scan.low, m.end()):
            return False
        if year % 100 and not _MONEY_BEFORE.search(self.scan.before(m.start(), 40)):
            return True  # "anything up to 2022": nobody's budget is 2022; a round 2000 may well be
        rest = self.scan.low[:m.start()] + " " + self.scan.low[m.end():]
        return _YEAR_CONTEXT.search(rest) is not None

    def _years(self) -> None:
        for m in (*self.scan.matches(_YEAR_RANGE), *self.scan.matches(_SHORT_YEAR_RANGE)):
            if not self.scan.free(m.start(), m.end()):
                continue
            first, last = sorted((int(m["a"]) % 100 + 2000, int(m["b"]) % 100 + 2000))
            if m["sep"] in ("or", "或", "/", "、", "和", "跟", "与") and last - first != 1:
                continue  # "2023 or 2024" allows both; "2020 or 2023" is no range
            self._put("year", Bound(first, last), m.start(), m.end())
        for m in self.scan.matches(_YEAR):
            if not self.scan.free(m.start(), m.end()):
                continue
            if (floor := self._conceded_year(m)) is not None:
                self._put("year", *floor)
                continue
            if m["pre"] is None and m["post"] is None and "年" not in m.group(0):
                continue
            if m["pre"] is not None and _AMOUNT_SIDE_ZH.fullmatch(m["pre"]) and "年" not in m.group(0) and \
                    not _YEAR_NOUN_BEFORE_ZH.search(self.scan.before(m.start(), 12)):
                continue  # "不超过2000" is an amount; "不超过2021年发布的" a year
            # a plain side word after the figure ("2022 max") says no year: the figure is judged as if nothing followed
            year_post = None if m["post"] is not None and _SIDE_ONLY.fullmatch(m["post"]) else m["post"]
            if m["pre"] is None and m["post"] is not None and year_post is None and not self._side_only_year(m):
                continue  # "2000 max" is an amount; "older, 2022 max" a year
            if (m["pre"] or "").strip() == "for" and year_post is None and \
                    (int(m["y"]) % 100 == 0 or len(m["y"]) == 2 or _MONEY_AFTER.match(self.scan.low, m.end())):
                continue  # "phone for 2023" is a phone of 2023 (was a budget of 2023); "for 2000", "for 2000 rs" an amount
            if (m["pre"] or "").strip() in _ARTICLES and year_post is None and not _NAMED_AFTER_YEAR.match(self.scan.low, m.end()):
                continue  # "a 2000 budget" is an amount
            if re.fullmatch(r"up\s+to|by|under|below|less\s+than", (m["pre"] or "").strip()) and year_post is None \
                    and not self._year_said_elsewhere(m):
                continue  # "up to 2000" is as likely an amount; "up to 2021 models" is a year
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)  # "22年" is 2022
            pre, post = (m["pre"] or "").strip(), re.sub(r"[\s-]+", " ", m["post"] or "").strip()  # "or-newer"
            post = re.sub(r"^(?:&|'?n'?)\s*(?=[a-z])", "and ", post)  # "& older", "n above": read as "and" is
            end = m.end()
            if (more := _YEAR_MORE.match(self.scan.low, end)) is not None:
                post, end = more["side"], more.end()  # "2022 model or newer"
            bound = _year_bound(year, pre, post)
            if bound is None:
                continue
            if pre == "from" and not post and (_PHONE_BEFORE_FROM.search(self.scan.before(m.start(), 30))
                                               or _ONLY_AFTER.match(self.scan.low, end)):
                bound = Bound(year, year)  # "a model from 2023", "from 2024 only": launched that year; "from 2023, 8gb ram"
                # opens a floor
            if m["excl"] is not None and bound.lo != bound.hi:  # "(不含)": the named year is out
                bound = Bound(lo=year + 1 if bound.lo == year else bound.lo, hi=year - 1 if bound.hi == year else bound.hi)
            if (m["incl"] or m["incl0"]) is not None and bound.lo != bound.hi:  # "(含2023年)": the named year is in
                bound = Bound(lo=min(bound.lo, year) if bound.lo is not None else None,
                              hi=max(bound.hi, year) if bound.hi is not None else None)
            start = m.start() if pre else m.start("y")
            if (age := _AGE_BEFORE.search(self.scan.before(start, 16))) is not None and not pre:
                start -= len(self.scan.before(start, 16)) - age.start()  # "older, 2022 max": the age word is the year's
            bound, start = self._negated_year(bound, start)
            if bound.lo != bound.hi and (refusal := self._refused_after_year(end)) is not None:
                # "2020年前发布的不要", "老于2020年的不要": the side named is refused, the other wanted
                bound = Bound(lo=bound.hi + 1) if bound.hi is not None else Bound(hi=bound.lo - 1)  # type: ignore[operator]
                end = refusal.end()
            self._put("year", bound, start, end)
        for m in self.scan.matches(_LAST_AND_THIS_YEAR):
            if self.scan.free(m.start(), m.end()):
                self._put("year", Bound(lo=self.reference_year - 1), m.start(), m.end())
        for m in (*self.scan.matches(_RECENT_YEARS), *self.scan.matches(_YEARS_OLD)):
            if not self.scan.free(m.start(), m.end()):
                continue
            said = m.groupdict().get("n") or m.groupdict().get("k") or m.groupdict().get("age") or \
                m.groupdict().get("ago") or m["m"] or "1"
            # "a year old" is one year; "the last couple of years" two; "18 months" reaches into a second year
            count = -(-int(m["mo"]) // 12) if m["mo"] else \
                small_number({"a": "1", "an": "1"}.get(said, said.removesuffix(" of")))
            if count is not None and count <= 10:
                self._put("year", Bound(lo=self.reference_year - count + 1), m.start(), m.end())
        for m in self.scan.matches(_RELATIVE_YEAR):
            if not self.scan.free(m.start(), m.end()):
                continue
            if _ACT_BEFORE_YEAR.search(self.scan.before(m.start(), 30)) or _ACT_AFTER_YEAR.match(self.scan.low, m.end()):
                self.scan.take(m.start(), m.end())  # "the ones i bought last year": when a phone was bought, no wish
                continue
            year = self.reference_year - _YEARS_BACK_ZH.get(m.group(0), 1 if m.group(0).startswith("last") else 0)
            after = re.match(r"\s*(?:以后|之后|以来|起|or\s+(?:newer|later)|onwards?)", self.scan.after(m.end(), 20))
            before = self.scan.before(m.start(), 30)
            side = re.search(rf"(?:{_YEAR_BEFORE})\s*$", before)  # "since last year", "not older than last year"
            sided = _year_bound(year, side.group(0).strip(), "") if side is not None and after is None else None
            start = m.start()
            if sided is not None and side is not None and sided.lo != sided.hi:
                bound, start = self._negated_year(sided, start - (len(before) - side.start()))
                end = m.end()
            elif "year" in self.bounds and after is None:
                # "this year's flagship: 2024 or newer": the year said in figures is what the shopper means by it
                self.scan.take(start, m.end())
                continue
            elif after is not None or year == self.reference_year:
                bound, end = Bound(lo=year), m.end() + (after.end() if after else 0)
            else:
                bound, end = Bound(year, year), m.end()
            self._put("year", bound, start, end)

    def _conceded_year(self, m: re.Match[str]) -> tuple[Bound, int, int] | None:
        """The floor a year said in a concession of older models sets, with its span: "2020年的老款也行" and "a 2021 model
        is fine too" take that year as the oldest; so does a cap said after such a concession, which limits how old
        ("老款也行，但最多2020年", "older is fine, but 2021 at most"), not how new. None for any other year."""
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        accepted = _ACCEPTED_AFTER.match(self.scan.low, m.end())  # a bare "2000 is fine too" is an amount
        if (m["pre"] is None or m["pre"].strip() in _ARTICLES) and accepted is not None and \
                ("年" in m.group(0) or (m["post"] or "").strip() in ("款", "年款", "model", "models", "phone", "phones")):
            older = _year_bound(year, "", re.sub(r"[\s-]+", " ", m["post"] or "").strip())
            if older is not None and older.lo is None and older.hi is not None:
                # "2022年之前的老款也行": phones older than the year are welcome too, so no year is ruled out
                return Bound(), m.start(), accepted.end()
            return Bound(lo=year), m.start(), accepted.end()
        # a cap the year pattern took as its own side ("最多2020年") is the concession's cap: read it with the words before
        start = m.start("y") if (m["pre"] or "").startswith("最多") else m.start()
        before = self.scan.plain[max(0, start - 60):start].lower()  # unmasked: the concession may be read already
        cap = _CAP_AFTER_CONCESSION.search(before)
        side_only = m["post"] is not None and _SIDE_ONLY.fullmatch(m["post"]) is not None  # "but 2020 at most"
        if cap is None or ((m["pre"] or (None if side_only else m["post"])) is not None and "年" not in m.group(0)):
            return None
        end = m.start("post") if side_only else m.end()
        after = _CAP_AFTER_YEAR.match(self.scan.low, end)
        if not cap["cap"] and after is None:
            return None  # "老款也行，但是2020年的": a year after the concession that caps nothing is read as said
        return Bound(lo=year), start - (len(before) - cap.start("but")), after.end() if after is not None else end

    def _refused_after_year(self, end: int) -> re.Match[str] | None:
        """The refusal closing the clause of a year bound that ends at `end`, past a launch verb ("…发布的不要")."""
        launched = _LAUNCHED.match(self.scan.low, end)
        return postposed(self.scan, launched.end() if launched else end)

    def _negated_year(self, bound: Bound, start: int) -> tuple[Bound, int]:
        """A one-sided year bound turned by a negation before it, and the span widened over the negation: "not older
        than 2023" is 2023 or newer; "isn't from 2020 or older" is 2021 or newer."""
        # a window wide enough for "don't want anything from before 2022"
        before = self.scan.before(start, _NEGATION_REACH)
        negation = BOUND_NEGATION.search(before)
        if negation is not None and negation.group(0)[-1:].isspace() and before[:negation.start()].endswith("的"):
            negation = None  # "不是5G的不考虑 2020年后发的": the refusal closes the clause before the space, said of 5G
        if negation is None or bound.lo == bound.hi:
            return bound, start
        turned = Bound(lo=bound.hi + 1) if bound.hi is not None else \
            Bound(hi=bound.lo - 1)  # type: ignore[operator]  # lo != hi: one side is set
        return turned, start - (len(self.scan.before(start, _NEGATION_REACH)) - negation.start())


_NEGATION_REACH = 32
_OLD_MODELS = r"(?:老款|旧款|老机型|旧机型|老机器|旧机器|老机子|老机|旧机|老手机|旧手机|老型号)"
"""Old models named: what a year's lower side is said of ("2020年之前的老款")."""
# between a year bound and its refusal: the verb ("2020年前发布的不要") and the old models it is said of ("2020年之前的老款不要",
# "2021年前出的老机型都不考虑"); a refusal of old models says the phones older than the year are out, not all of a brand
_LAUNCHED = re.compile(rf"\s*(?:(?:发布|上市|推出|出)(?=\s*的))?(?:\s*的\s*{_OLD_MODELS})?")
_SIDE_ONLY = re.compile(_YEAR_SIDE_ONLY)
# an age word right before a year-like figure, set off by a comma: "older, 2022 max", "newer, 2021 at the least"
_AGE_BEFORE = re.compile(r"(?<![a-z])(?:older|newer|earlier|later|more\s+recent)\s*[,:]?\s*$")
# a concession of older models: "(2020年的老款)也行", "(a 2021 model) is fine too"
_CONCEDED = (r"(?:也|都)\s*(?:行|可以|算(?:在内|进去)?|没问题|能接受|ok)|(?:可以|行)(?=\s*(?:$|[,，。.;；!！~～]))|(?:is|are|'s)\s+(?:fine|ok|okay|acceptable)(?:\s+(?:too|as\s+well))?"
             r"|works\s+too|would\s+do(?:\s+too)?")
_ACCEPTED_AFTER = re.compile(rf"\s*(?:年)?\s*(?:的)?\s*(?:(?:{_OLD_MODELS}|older\s+)?(?:models?|phones?|ones?)?)?\s*(?:{_CONCEDED})")
# "..., but at most": a cap said after a concession of older models, right before a year
_CAP_AFTER_CONCESSION = re.compile(rf"(?:{_CONCEDED})[^.;!?。；！？\d]{{0,30}}?(?P<but>但是?|不过|可是|(?<![a-z])but(?![a-z]))"
                                   r"\s*(?P<cap>(?:最多|顶多|至多|at\s+most|max(?:imum)?)\s*(?:到|back\s+to)?)?\s*$")
_CAP_AFTER_YEAR = re.compile(r"(?:\s*年)?\s*(?:at\s+(?:the\s+)?(?:most|oldest)|max(?:imum)?|tops)(?![a-z])")
"""How far before a year bound a negation turns it."""


# "from 2024 only": a year said to be the only one is that year; a bare "from 2023" begins a span ("from 2023, 8gb ram")
_ONLY_AFTER = re.compile(r"\s*(?:only|exactly)(?![a-z])")


def _year_bound(year: int, pre: str, post: str) -> Bound | None:
    """The launch years a year and its side words (`pre` before it, `post` after it) allow; None when they say no side.

    The convention, one for both languages and their refusals: a comparison word keeps the year out, as English "before
    2020" / "after 2020" and Chinese 早于 / 晚于 / 新于 / 老于 are strict (2019 and older, 2021 and newer); Chinese
    以前 / 之前 / 前 and 以后 / 之后 / 后 / 起 after a year keep it in, as 以下 / 以上 do a figure ("2020年之前的" is 2020 and
    older, "2020年以后的" 2020 and newer; the development golds read them so, and "（不含）" takes the year out). A refusal
    of a side wants its mirror, the refused years whole: "2020年以前出的不要" and "别给我2020前的" are 2021 and newer,
    "nothing before 2020" 2020 and newer, "2020年以后的不考虑" 2019 and older."""
    post = re.sub(rf"^{_YEARS_PHONES}\s+(?=or|and|&)", "", post)  # "2022 models and older": the side after the noun
    newer = re.match(rf"{_YEARS_NEWER}|min(?:imum)?|at\s+(?:the\s+)?least|or\s+(?:an?\s+)?(?:newer|later|after|above|more)|and\s(?!older|earlier|before|prior|below|under|down|back)|onward|forward|on$|upward|\+|"
                     r"is\s+(?:the\s+)?(?:oldest|earliest)|"
                     rf"at\s+(?:the\s+)?(?:earliest|oldest)|{_LAUNCH_ZH}?(?:或者|或是|以及|[或及和])?(?:{_NEWER_ZH})|起|至今|到现在|到今天|"
                     r"(?:until|till|up\s+to|to)\s+(?:now|today|date|the\s+present)", post)
    older = re.match(rf"{_YEARS_OLDER}|max(?:imum)?|tops|at\s+(?:the\s+)?most|(?:and\s+|or\s+)?back|or\s+(?:an?\s+)?(?:older|earlier|before|prior|below|under)|and\s+(?:older|earlier|before|prior|below|under|down)|at\s+(?:the\s+)?(?:latest|newest)|"
                     r"is\s+(?:the\s+)?(?:newest|latest|most\s+recent)|"
                     rf"{_LAUNCH_ZH}?(?:或者|或是|以及|[或及和])?(?:{_OLDER_ZH})|年?底(?:以|之)?前", post)
    pre = re.sub(rf"^(?:{_YEAR_NOUN}|{_YEAR_NOUN_ZH}|(?:released|launched|made|launch|release)(?=\s*[<>≤≥]))\s*", "", pre)  # "release year ≥", "released>=":
    # the sign after the noun or the verb decides
    signs = {">": Bound(lo=year + 1), ">=": Bound(lo=year), "≥": Bound(lo=year), "<": Bound(hi=year - 1),
             "<=": Bound(hi=year), "≤": Bound(hi=year)}
    if pre in signs:
        return signs[pre]
    if re.match(r"post\b|post-|post$", pre):
        return Bound(lo=year + 1)  # "post-2022"
    if re.match(r"pre\b|pre-|pre$", pre):
        return Bound(hi=year - 1)  # "pre-2020"
    if re.fullmatch("|".join(_NOT_NEWER_ZH), pre):
        return Bound(hi=year)
    if pre in _NOT_OLDER_ZH:
        return Bound(lo=year)
    if pre in ("晚于", "迟于", "新于", "过了") or (pre == "比" and re.match("更?(?:新|晚)", post)):
        return Bound(lo=year + 1)  # "新于2021年", "比2021年新的": strictly newer
    if pre in ("早于", "老于", "旧于") or (pre == "比" and re.match("更?(?:旧|老|早)", post)):
        return Bound(hi=year - 1)
    if pre == "比":
        return None  # "比2021年…" with no side after it says nothing of the year
    pre = re.sub(rf"^{_YEAR_VERB}\s+", "", pre)  # "released after", "launched by": the words after the verb decide
    if (on_or := re.match(_ON_OR, pre)) is not None:
        return Bound(lo=year) if on_or.group(0).endswith("after") else Bound(hi=year)
    if older and pre.startswith(("from", "in")):
        return Bound(hi=year)  # "from 2020 or older": the words after the year decide the side
    kept_in = 0 if "equal" in pre else 1  # "newer than or equal to 2020": the year itself too
    if pre.startswith(("after", "newer", "later")):
        return Bound(lo=year + kept_in)
    if pre.startswith(("before", "older", "earlier", "prior", "under", "below", "less")):
        return Bound(hi=year - kept_in)
    if pre.startswith(("at the latest", "at the newest")):
        return Bound(hi=year)
    if pre.startswith(("at the earliest", "at the oldest")):
        return Bound(lo=year)
    if pre.startswith(("at most", "最多", "顶多", "至多", "最新", "最晚", "最迟", "until", "till", "through", "up ", "by", "max", "latest",
                       "the latest", "newest", "the newest", "most recent", "the most recent",
                       "capped", "limited", "restricted")):
        return Bound(hi=year)
    if pre.startswith(("from", "since", "starting", "从", "at least", "至少", "起码", "最少", "最低", "最早", "最老", "最旧", "min",
                                "earliest", "the earliest", "oldest", "the oldest")) or newer:
        return Bound(lo=year)
    if older:
        return Bound(hi=year)
    if pre or post:
        return Bound(year, year)
    return Bound(year, year)


def _side(said: BoundKind | None, hint: BoundKind | None) -> BoundKind | None:
    """The side of a figure from the words around it (`said`) and those inside its unit words (`hint`, "8-gig or more
    RAM"): the words around win, except that an approximation before the figure gives way to a side said after it,
    as "around 8 GB or more" is at least 8 GB."""
    if said == "around" and hint in ("lo", "hi"):
        return hint
    return said or hint


def _mid_bound(mid: str, negated: bool = False) -> BoundKind | None:
    """The side the comparison word between a spec's noun and its figure says, turned by a negation before it."""
    m = SIDE_WORD.search(mid)
    kind = kind_named(m.lastgroup) if m else None
    if negated and kind in ("lo", "hi"):
        return "hi" if kind == "lo" else "lo"
    return kind


_SIZES = {"ram_gb": (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 18.0, 24.0), "storage_gb": tuple(sorted(_STORAGE_SIZES))}
"""The sizes memory is sold in: refusing one ("4G内存的不要") wants the next one up."""


def _size_above(spec: str, value: float | None) -> float | None:
    """The memory size sold next above `value`; None for other specs or past the largest."""
    return next((size for size in _SIZES.get(spec, ()) if value is not None and size > value), None)


def _whole_bound(count: int, kind: BoundKind | None, strict: bool) -> int:
    """The inclusive bound of a whole count said with a strict comparison ("more than one" -> at least two)."""
    if not strict or kind not in ("lo", "hi"):
        return count
    return count + 1 if kind == "lo" else count - 1
