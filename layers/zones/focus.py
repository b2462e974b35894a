"""Zones' focus categories and the words of the policy each came from.

A zone's ``focus_categories`` ('04;07') says which producer-service categories
the policy steers to it; its ``focus_source`` says why, entry by entry, as
``<category> <clause> <term>「<verbatim quote>」`` joined by ``; `` (optionally
after a prefix such as ``via ZGC-00 …:`` for the parks, which inherit the
demonstration zone's entries). The shipped values come from
resources/zones/focus_categories.csv (tools/zone_focus.py); planners may edit
both columns, and :func:`focus_problems` checks that they agree.

The rules engine asks :func:`zones_focusing_on` which zones name a category and
gets the clause and quote to cite with each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

_ENTRY = re.compile(
    r"(?<![\w-])(?P<category>\d{2})\s+(?P<clause>[(（][^)）]*[)）])\s*(?P<term>[^「;；]*?)\s*"
    r"「(?P<quote>[^」]*)」"
)
FOCUS_COLUMNS = ("zone_code", "category", "clause", "term", "quote")


@dataclass(frozen=True)
class FocusSource:
    """One focus category of a zone with the clause and words it came from."""

    category: str
    clause: str
    term: str
    quote: str

    def text(self) -> str:
        """Return the entry as written in ``focus_source``.

        >>> FocusSource("04", "(八)", "资本运作", "鼓励发展资本运作").text()
        '04 (八) 资本运作「鼓励发展资本运作」'
        """
        term = f" {self.term}" if self.term else ""
        return f"{self.category} {self.clause}{term}「{self.quote}」"


def parse_focus_source(text: Any) -> list[FocusSource]:
    """Return the entries of a ``focus_source`` value (empty if none).

    >>> [e.category for e in parse_focus_source(
    ...     "01 (八) 研发设计「重点发展研发设计」; 04 (八) 资本运作「资本运作」")]
    ['01', '04']
    >>> parse_focus_source(None)
    []
    """
    if not isinstance(text, str):
        return []
    return [
        FocusSource(m["category"], m["clause"], m["term"].strip(), m["quote"])
        for m in _ENTRY.finditer(text)
    ]


def format_focus_source(entries: Iterable[FocusSource], prefix: str = "") -> str:
    """Return the ``focus_source`` text of ``entries`` (after ``prefix``).

    >>> format_focus_source([FocusSource("03", "(十)", "", "大数据产业")])
    '03 (十)「大数据产业」'
    """
    body = "; ".join(e.text() for e in entries)
    return f"{prefix}{body}" if prefix else body


def focus_codes(text: Any) -> list[str]:
    """Return the categories of a ``focus_categories`` value ('01;04' -> list)."""
    if not isinstance(text, str):
        return []
    return [c for c in re.split(r"[;,，、\s]+", text.strip()) if c]


def focus_problems(focus_categories: Any, focus_source: Any) -> list[str]:
    """Return why a zone's categories and their sources disagree (empty = agree).

    Every listed category needs a sourced entry and every entry's category
    must be listed; a zone without categories needs no entries.

    >>> focus_problems("04;07", "04 (九) 金融「提升金融街的金融产业能级」")
    ['focus category 07 has no source in focus_source']
    """
    cats = focus_codes(focus_categories)
    sourced = [e.category for e in parse_focus_source(focus_source)]
    out = [f"focus category {c} has no source in focus_source" for c in cats]
    out = [p for p, c in zip(out, cats, strict=True) if c not in sourced]
    out += [
        f"focus_source names {c}, which focus_categories does not list"
        for c in dict.fromkeys(sourced)
        if c not in cats
    ]
    return out


def focus_table(zones: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (zone, sourced category): code, category, clause, term, quote.

    ``zones`` needs ``code`` and ``focus_source``; zones whose source text
    holds no entry contribute no rows.
    """
    rows = [
        (str(code), e.category, e.clause, e.term, e.quote)
        for code, text in zip(zones["code"], zones["focus_source"], strict=True)
        for e in parse_focus_source(text)
    ]
    return pd.DataFrame(rows, columns=list(FOCUS_COLUMNS))


def zones_focusing_on(zones: pd.DataFrame, category: str) -> pd.DataFrame:
    """Return the zones whose focus includes ``category``, with what to cite.

    One row per zone (``zone_code``, ``clause``, ``term``, ``quote`` of the
    entry naming the category). A category listed in ``focus_categories``
    without a sourced entry is left out: an unsourced claim is not a fit.
    """
    table = focus_table(zones)
    listed = {
        str(code)
        for code, text in zip(zones["code"], zones["focus_categories"], strict=True)
        if category in focus_codes(text)
    }
    hit = table[(table["category"] == category) & table["zone_code"].isin(listed)]
    return hit.drop_duplicates("zone_code").reset_index(drop=True)
