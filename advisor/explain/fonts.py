"""Finding a font that has Chinese glyphs, for chart labels.

matplotlib ships no CJK font, and its font list is cached from the first run, so a font installed
later (a Debian package such as fonts-wqy-microhei or fonts-noto-cjk) is found through fontconfig
(`fc-list :lang=zh`) and registered with matplotlib here. Fonts matplotlib already knows are
checked first, by family name. The search runs once per process; when nothing is found, one log
line says why and charts are drawn with English labels (never boxes of missing glyphs).
"""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess

log = logging.getLogger(__name__)

_KNOWN_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                   "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "Microsoft YaHei", "SimHei",
                   "PingFang SC", "Heiti SC")
_SAMPLE = "对比价格电池"  # a few glyphs every Chinese font has and Latin fonts lack


@functools.cache
def cjk_family() -> str | None:
    """The family name of a font with Chinese glyphs, registered with matplotlib; None when there is none."""
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    for family in _KNOWN_FAMILIES:
        if family in known:
            return family
    for path in _fontconfig_files():
        try:
            font_manager.fontManager.addfont(path)
            family = font_manager.FontProperties(fname=path).get_name()
        except (OSError, RuntimeError, ValueError):
            continue  # a file fontconfig lists but FreeType cannot read: try the next
        if _has_glyphs(path):
            return family
    log.warning("No font with Chinese glyphs found (matplotlib knows none and `fc-list :lang=zh` lists none): "
                "Chinese charts are drawn with English labels. Install fonts-wqy-microhei or fonts-noto-cjk "
                "to get Chinese labels.")
    return None


def _fontconfig_files() -> list[str]:
    """Font files fontconfig says cover Chinese, TrueType/OpenType ones first ([] without fontconfig)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    files = sorted({line.split(":", 1)[0].strip() for line in out.stdout.splitlines() if line.strip()})
    return [f for f in files if f.lower().endswith((".ttf", ".ttc", ".otf"))]


def _has_glyphs(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    font = FT2Font(path)
    return all(font.get_char_index(ord(c)) != 0 for c in _SAMPLE)
