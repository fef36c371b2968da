"""Numbers as written in Chinese news: 1,024 · 3.5 · 六 · 二十 · 两千 · 一千零二十四."""
from __future__ import annotations

import functools
from typing import Optional

NUM_PATTERN = r"\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"


@functools.lru_cache(maxsize=4096)
def parse_number(s: str) -> Optional[float]:
    """Value of an Arabic or Chinese numeral (no 万/亿: those are kept in the unit), None if not one."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    import cn2an

    if s[0] in "百千万":  # "近百家", "上千名": a round hundred or thousand
        s = "一" + s
    try:
        v = cn2an.cn2an(s.replace("〇", "零"), "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return float(v)


def clean_value(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v
