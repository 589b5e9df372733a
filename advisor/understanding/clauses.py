"""A space written for a comma between two Chinese clauses: "vivo可以了 荣耀还是不要", "算了谷歌不要 只看三星".

Chat often spaces two clauses where a comma would stand. Such a space is marked in the scan as a clause break
(`Scan.break_clauses`), so a refusal or a wish closing the second clause does not reach back over the first. The
space must follow a Chinese character or a figure with its unit ("2000以内 三星可以", "8gb 不要三星"), and come before a
Chinese character or an English name glued to one ("荣耀可以了 vivo还是不要"). A space inside one phrase stays a
space: before a figure or a spaced English name ("预算 3000", "小米 14", "三星 Galaxy S24"), and before words that lean
on what came before it: a side word ("PKR 80000 以内"), a refusal or a wish said of it ("华为 不要", "三星 也行"), a
particle, a unit or a kind noun ("5G 手机"). A break after a word that opens what follows it ("不要 华为") is undone
by the clause readers, which know what the scan has read (negation.clause_breaks).
"""

from __future__ import annotations

import re

from advisor.understanding.bounds import side_after
from advisor.understanding.brands import ALSO_AFTER, WANTED_AFTER
from advisor.understanding.negation import postposed
from advisor.understanding.scan import Scan

_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# a Chinese character, or a figure with up to four letters of its unit ("8gb", "5000mah"), then the spaces, then a
# Chinese character or an English word glued to one ("vivo还是不要"; not "Galaxy S24", a name of its own)
_SPACE_BETWEEN = re.compile(rf"""
    (?:(?<={_CJK})|(?<=\d)|(?<=\d[a-z])|(?<=\d[a-z]{{2}})|(?<=\d[a-z]{{3}})|(?<=\d[a-z]{{4}}))
    \x20+
    (?={_CJK}|[a-z]+{_CJK})
    """, re.VERBOSE)
# a particle, a unit or a kind noun that belongs to the words before the space ("华为 的", "2000 元", "5G 手机")
_LEANS = re.compile(r"\s*(?:的|了|吧|啊|呀|呢|吗|嘛|哈|啦|哦|元|块|克|寸|英寸|毫安|手机|机子|机型|系列|版|款)")


def break_spaced_clauses(scan: Scan) -> None:
    """Mark each space between two Chinese clauses of the scan as a clause break (see the module's docstring)."""
    if " " not in scan.plain:
        return
    scan.break_clauses([m.span() for m in _SPACE_BETWEEN.finditer(scan.plain) if not _leans_back(scan, m.start())])


def _leans_back(scan: Scan, start: int) -> bool:
    """True when the words after the space at `start` belong to the phrase before it."""
    after = scan.plain[start:start + 16]
    return (_LEANS.match(after) is not None or side_after(scan, start)[0] is not None
            or postposed(scan, start) is not None or WANTED_AFTER.match(after) is not None
            or ALSO_AFTER.match(after.lstrip()) is not None)
