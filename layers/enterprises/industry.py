"""Map GB/T 4754-2017 industry codes and names to producer-service categories.

Registers code the industry (``I6510``, ``6510``, ``65``) or name it at any
level (``金融业``, ``软件和信息技术服务业``, ``专业技术服务业``, ``包装服务``).
Both go through one crosswalk, ``resources/reference/gbt4754_to_ps.csv``
(built from tools/gbt4754_data.py): a code maps by its **longest listed
prefix**, so 6631 融资租赁服务 -> 06 overrides 66 货币金融服务 -> 04, and a
row with an empty category (6432 互联网生活服务平台) says "not a producer
service". A name is first turned into its code with the GB/T 4754-2017 name
table ``resources/reference/gbt4754_names.csv``. A section (金融业 = J) maps
when all its divisions agree (J -> 04); 租赁和商务服务业 (L: 06 and 07) does not,
and the row says so instead of guessing.

Everything is resolved once per distinct value, so 200,000 rows with a few
hundred distinct industries cost milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

#: Reason templates (English source; the import wizard translates them).
NOT_PRODUCER = "not a producer-service industry (GB/T 4754 {})"
SEVERAL = "spans several producer-service categories ({}): give a division or class"
PARTLY = "only partly producer services ({}): give a division or class"
UNKNOWN = "not a GB/T 4754-2017 industry code or name"
REASONS = (NOT_PRODUCER, SEVERAL, PARTLY, UNKNOWN)

_CODE = re.compile(
    r"^(?P<sec>[A-Ta-t](?=\d|$|[\s\-–—:：、.]))?\s*(?P<num>\d{2,5})?"
    r"[\s\-–—:：、.]*(?P<text>.*)$"
)
_BLANKS = re.compile(r"[\s\u3000]+")
_BRACKETS = re.compile(r"[（(【\[].*?[)）】\]]")


@dataclass(frozen=True)
class IndustryMatch:
    """One value resolved: category ('' if none), GB/T code, problem, partial."""

    category: str
    code: str
    problem: str = ""
    partial: bool = False


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, tuple[str, str]]:
    """Return GB/T 4754 code -> (category or '' for excluded, match)."""
    import resources

    df = resources.load_csv("reference", "gbt4754_to_ps.csv").fillna("")
    return {
        str(code): (str(ps).zfill(2) if str(ps) else "", str(match))
        for code, ps, match in zip(
            df["gbt4754_code"], df["ps_code"], df["match"], strict=True
        )
    }


@lru_cache(maxsize=1)
def name_table() -> pd.DataFrame:
    """Return the GB/T 4754-2017 names (code, level, name_zh, section)."""
    import resources

    names: pd.DataFrame = resources.load_csv("reference", "gbt4754_names.csv")
    return names.astype(str)


def normalise_industry(text: object) -> str:
    """Return a name folded for lookup (NFKC, no blanks, full-width marks unified).

    >>> normalise_industry(" 软件和信息技术服务业 ")
    '软件和信息技术服务业'
    """
    s = unicodedata.normalize("NFKC", str(text)).strip()
    return _BLANKS.sub("", s).replace(",", "、")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Return normalised name -> code (the most specific level wins)."""
    t = name_table()
    order = t["code"].str.len().sort_values(kind="stable").index
    return {normalise_industry(t.at[i, "name_zh"]): str(t.at[i, "code"]) for i in order}


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    t = name_table()
    return dict(zip(t["code"], t["name_zh"], strict=True))


def _by_prefix(digits: str) -> tuple[str, str, str] | None:
    """Return (listed code, category, match) for the longest listed prefix."""
    table = crosswalk()
    for n in (4, 3, 2):
        if len(digits) >= n and digits[:n] in table:
            cat, match = table[digits[:n]]
            return digits[:n], cat, match
    return None


def _split_below(digits: str) -> bool:
    """Return True if a listed row below ``digits`` maps elsewhere (a split)."""
    return any(k.startswith(digits) and len(k) > len(digits) for k in crosswalk())


def _resolve_digits(digits: str) -> IndustryMatch:
    digits = digits[:4]
    names = _code_names()
    if digits[:2] not in names:
        return IndustryMatch("", digits, UNKNOWN)
    hit = _by_prefix(digits)
    label = f"{digits} {names.get(digits, names.get(digits[:3], names[digits[:2]]))}"
    if hit is None or not hit[1]:
        return IndustryMatch("", digits, NOT_PRODUCER.format(label))
    listed, cat, match = hit
    partial = match == "partial" and len(digits) <= len(listed) or _split_below(digits)
    return IndustryMatch(cat, digits, "", partial)


def _resolve_section(letter: str) -> IndustryMatch:
    t = name_table()
    divisions = t.loc[(t["section"] == letter) & (t["level"] == "division"), "code"]
    found = {_resolve_digits(d) for d in divisions}
    cats = sorted({m.category for m in found})
    label = f"{letter} {_code_names()[letter]}"
    if cats == [""]:
        return IndustryMatch("", letter, NOT_PRODUCER.format(label))
    if len(cats) > 1:
        shown = ", ".join(c for c in cats if c)
        why = PARTLY if "" in cats else SEVERAL
        return IndustryMatch("", letter, why.format(shown))
    return IndustryMatch(cats[0], letter, "", any(m.partial for m in found))


def _resolve_name(text: str) -> IndustryMatch | None:
    names = _names()
    key = normalise_industry(text)
    for k in (key, normalise_industry(_BRACKETS.sub("", key))):
        for variant in (k, k + "业", k.removesuffix("业"), k + "服务"):
            code = names.get(variant)
            if code is not None:
                return resolve_code(code)
    return None


def resolve_code(code: str) -> IndustryMatch:
    """Resolve a GB/T 4754 code: a section letter or 2-4 digits (class wins)."""
    return _resolve_section(code) if code.isalpha() else _resolve_digits(code)


def resolve_industry(value: object) -> IndustryMatch:
    """Resolve one register value: a code, a name, or a code followed by a name.

    >>> resolve_industry("金融业").category, resolve_industry("I6510").category
    ('04', '03')
    >>> resolve_industry("6631 融资租赁服务").category
    '06'
    >>> resolve_industry("互联网生活服务平台").problem
    'not a producer-service industry (GB/T 4754 6432 互联网生活服务平台)'
    >>> resolve_industry("租赁和商务服务业").problem
    'spans several producer-service categories (06, 07): give a division or class'
    """
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = _CODE.match(text)
    if m is not None and m["num"]:
        return _resolve_digits(m["num"])
    if m is not None and m["sec"] and not m["text"]:
        return _resolve_section(m["sec"].upper())
    by_name = _resolve_name(text)
    return by_name if by_name is not None else IndustryMatch("", "", UNKNOWN)


def resolve_many(values: pd.Series) -> pd.DataFrame:
    """Return category, code, problem and partial for each value ('' = empty).

    Empty values give empty strings and no problem.
    """
    s = values.fillna("").astype(str).str.strip().to_numpy(object)
    codes, uniq = pd.factorize(s, use_na_sentinel=False)
    found = [resolve_industry(v) if v else IndustryMatch("", "") for v in uniq]
    return pd.DataFrame(
        {
            "category": np.array([m.category for m in found], object)[codes],
            "code": np.array([m.code for m in found], object)[codes],
            "problem": np.array([m.problem for m in found], object)[codes],
            "partial": np.array([m.partial for m in found], bool)[codes],
        },
        index=values.index,
    )
