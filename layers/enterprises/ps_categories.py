"""Producer-service categories in both editions and the policy's five sectors.

The national producer-services statistical classification exists in a 2015
and a 2019 edition with the same ten top-level codes 01-10; three names
differ (02, 08, 09). resources/reference/producer_services.csv carries both
names with their sources; ps_sector_crosswalk.csv puts each category in one of
the five leading sectors of the seed ((一): 科技、信息、金融、商务、流通) or
``other``, quoting the clause. Enterprises record which edition classified
them (``ps_edition``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pandas as pd

EDITIONS = ("2015", "2019")
DEFAULT_EDITION = "2019"
CATEGORIES = tuple(f"{i:02d}" for i in range(1, 11))
#: The five sectors in the order of seed (四), then ``other``.
SECTORS = ("finance", "information", "technology", "business", "circulation", "other")


@cache
def _table() -> Any:
    import resources

    return resources.load_csv("reference", "producer_services.csv")


def category_names(edition: str = DEFAULT_EDITION) -> dict[str, str]:
    """Return ``{code: Chinese name}`` of one edition ('2015' or '2019').

    >>> category_names("2015")["09"], category_names("2019")["09"]
    ('批发经纪代理服务', '批发与贸易经纪代理服务')
    """
    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; use one of {EDITIONS}")
    df = _table()
    column = "name_zh_2015" if edition == "2015" else "name_zh"
    return dict(zip(df["code"], df[column], strict=True))


def name_editions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return ``{name: (code, editions using that name)}`` over both editions.

    >>> name_editions()["人力资源管理与培训服务"]
    ('08', ('2015',))
    >>> name_editions()["信息服务"]
    ('03', ('2015', '2019'))
    """
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for edition in EDITIONS:
        for code, name in category_names(edition).items():
            prev = out.get(name, (code, ()))[1]
            out[name] = (code, (*prev, edition))
    return out


def edition_from_text(text: Any) -> str | None:
    """Return '2015' or '2019' from a cell such as '2019', '2015版', 'GB 2015'.

    >>> edition_from_text("2015版"), edition_from_text(2019), edition_from_text("x")
    ('2015', '2019', None)
    """
    if text is None or (isinstance(text, float) and text != text):
        return None
    found = re.findall(r"(?<!\d)(2015|2019)(?!\d)", str(text))
    return found[0] if len(set(found)) == 1 else None


def edition_of_name(name: str) -> str | None:
    """Return the edition a category name belongs to only (None if both/unknown).

    >>> edition_of_name("批发经纪代理服务"), edition_of_name("金融服务")
    ('2015', None)
    """
    hit = name_editions().get(name.strip())
    return hit[1][0] if hit and len(hit[1]) == 1 else None


@cache
def _crosswalk() -> Any:
    import resources

    return resources.load_csv("reference", "ps_sector_crosswalk.csv")


def sector_of_category() -> dict[str, str]:
    """Return ``{category code: sector key}`` from the shipped crosswalk.

    >>> sector_of_category()["04"], sector_of_category()["10"]
    ('finance', 'other')
    """
    df = _crosswalk()
    return dict(zip(df["ps_code"], df["sector"], strict=True))


def sector_names(lang: str = "zh") -> dict[str, str]:
    """Return ``{sector key: name}`` ('zh' or 'en') in :data:`SECTORS` order."""
    import resources

    df = resources.load_csv("reference", "ps_sectors.csv")
    column = "name_zh" if lang == "zh" else "name_en"
    names = dict(zip(df["sector"], df[column], strict=True))
    return {k: names[k] for k in SECTORS}


def crosswalk_sources() -> list[dict[str, str]]:
    """Return the crosswalk rows (category, sector, clause, quote, basis)."""
    rows: list[dict[str, str]] = _crosswalk().to_dict("records")
    return rows


def _edition_only_names() -> list[tuple[str, str]]:
    """Return (name, edition) for names one edition uses only, longest first."""
    pairs = [(n, eds[0]) for n, (_, eds) in name_editions().items() if len(eds) == 1]
    return sorted(pairs, key=lambda p: -len(p[0]))


def resolve_editions(
    column: pd.Series, category_text: pd.Series, default: str | None = None
) -> tuple[pd.Series, pd.Series, str]:
    """Return each row's classification edition, the unreadable cells, and a note.

    Parameters
    ----------
    column : Series of str
        The file's edition column ('' where absent or blank).
    category_text : Series of str
        The category cells: a name only one edition uses (e.g. 批发经纪代理服务)
        says which edition classified the row.
    default : str, optional
        The edition the user chose for the file; else :data:`DEFAULT_EDITION`.

    Returns
    -------
    (editions, bad, note)
        ``editions`` '2015'/'2019' per row; ``bad`` True where a non-blank
        cell names no edition; ``note`` says what was assumed ('' if nothing).

    >>> ed, bad, note = resolve_editions(pd.Series(["2015版", "", "x"]),
    ...     pd.Series(["", "09 批发经纪代理服务", ""]))
    >>> ed.tolist(), bad.tolist(), note
    (['2015', '2015', '2019'], [False, False, True], 'classification edition assumed 2019 for 1 row(s)')
    """
    column = column.fillna("").astype(str).str.strip()
    explicit = column.map(lambda v: edition_from_text(v) if v else None)
    bad = (column != "") & explicit.isna()
    text = category_text.fillna("").astype(str)
    inferred = pd.Series(None, index=text.index, dtype=object)
    for name, edition in _edition_only_names():
        inferred = inferred.where(
            inferred.notna() | ~text.str.contains(name, regex=False), edition
        )
    out = explicit.where(explicit.notna(), inferred)
    assumed = out.isna()
    fill = default if default in EDITIONS else DEFAULT_EDITION
    out = out.where(~assumed, fill).astype(object)
    n = int(assumed.sum())
    if not n:
        note = ""
    elif default in EDITIONS:
        note = f"classification edition {fill} (chosen) for {n} row(s)"
    else:
        note = f"classification edition assumed {fill} for {n} row(s)"
    return out, bad, note
