"""Header detection and column-mapping guesses for Chinese enterprise lists."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

#: Target field -> header aliases (normalised: lower case, no blanks/brackets).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("企业名称", "单位名称", "公司名称", "名称", "企业", "name", "company"),
    "credit_code": (
        "统一社会信用代码",
        "社会信用代码",
        "信用代码",
        "统一代码",
        "creditcode",
        "uscc",
        "credit_code",
    ),
    "address": ("注册地址", "地址", "经营地址", "住所", "详细地址", "address"),
    "lon": ("经度", "lng", "lon", "long", "longitude", "x", "x坐标", "横坐标"),
    "lat": ("纬度", "lat", "latitude", "y", "y坐标", "纵坐标"),
    "category": (
        "生产性服务业类别",
        "生产性服务业分类",
        "类别",
        "分类",
        "产业类别",
        "category",
        "ps_code",
    ),
    "gbt4754": (
        "行业代码",
        "国民经济行业",
        "国民经济行业代码",
        "国民经济行业分类",
        "行业",
        "所属行业",
        "行业分类",
        "gbt4754",
        "industry",
    ),
    "employees": (
        "从业人员",
        "从业人数",
        "员工数",
        "员工人数",
        "职工人数",
        "从业人员数",
        "期末从业人员",
        "employees",
        "staff",
    ),
    "revenue": (
        "营业收入",
        "营收",
        "主营业务收入",
        "收入",
        "revenue",
        "revenue_wan",
        "turnover",
    ),
    "founded": (
        "成立日期",
        "成立时间",
        "注册日期",
        "成立年份",
        "founded",
        "established",
    ),
    "ps_edition": (
        "分类版本",
        "统计分类版本",
        "生产性服务业分类版本",
        "分类标准版本",
        "ps_edition",
        "edition",
    ),
    "coord_source": (
        "坐标系",
        "坐标来源",
        "坐标类型",
        "coordsource",
        "coord_source",
        "crs",
    ),
}
FIELD_LABELS = {
    "name": "企业名称",
    "credit_code": "统一社会信用代码",
    "address": "地址",
    "lon": "经度/X",
    "lat": "纬度/Y",
    "category": "生产性服务业类别",
    "gbt4754": "国民经济行业代码",
    "employees": "从业人员",
    "revenue": "营业收入",
    "founded": "成立日期",
    "coord_source": "坐标系(逐行)",
    "ps_edition": "分类版本(2015/2019)",
}
REQUIRED = ("name", "credit_code", "lon", "lat")
REVENUE_UNITS = {"万元": 1.0, "元": 1e-4, "千元": 0.1, "亿元": 1e4}
_BRACKETS = re.compile(r"[（(【\[].*?[)）】\]]")
_SPACES = re.compile(r"[\s_\-:：*]+")


def normalise_header(h: object) -> str:
    """Return a header without blanks, brackets (units) or case."""
    s = _BRACKETS.sub("", str(h))
    return _SPACES.sub("", s).lower()


def _alias_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for fld, aliases in FIELD_ALIASES.items():
        for a in aliases:
            out.setdefault(normalise_header(a), fld)
    return out


_ALIAS = _alias_index()


def header_field(h: object) -> str | None:
    """Return the field a header names exactly (by alias), or None."""
    return _ALIAS.get(normalise_header(h))


def _header_score(row: pd.Series) -> tuple[int, int]:
    vals = [str(v).strip() for v in row if str(v).strip()]
    known = sum(1 for v in vals if header_field(v) is not None)
    texty = sum(1 for v in vals if not re.fullmatch(r"[-+.\d\s,e]+", v))
    return known, texty


def detect_header_row(grid: pd.DataFrame, max_scan: int = 30) -> int:
    """Return the index in ``grid`` of the header row.

    The first row among the first ``max_scan`` with the most cells naming a
    known field wins; title rows (one merged cell) and blank rows are skipped.
    Without any known header word: the first row with at least two text cells.
    """
    best, best_known = None, 0
    for i in range(min(max_scan, len(grid))):
        known, texty = _header_score(grid.iloc[i])
        if known > best_known and texty >= 2:
            best, best_known = i, known
    if best is not None:
        return best
    for i in range(min(max_scan, len(grid))):
        if _header_score(grid.iloc[i])[1] >= 2:
            return i
    return 0


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Return field -> header for the headers that look like known fields.

    Exact alias matches first, then headers containing an alias (longest
    alias first); each header maps to at most one field.
    """
    out: dict[str, str] = {}
    used: set[str] = set()
    for h in headers:
        f = header_field(h)
        if f and f not in out and h not in used:
            out[f] = h
            used.add(h)
    pairs = sorted(_ALIAS.items(), key=lambda kv: -len(kv[0]))
    for h in headers:
        if h in used:
            continue
        n = normalise_header(h)
        for alias, f in pairs:
            if len(alias) >= 2 and alias in n and f not in out:
                out[f] = h
                used.add(h)
                break
    return out


def revenue_unit_from_header(header: str | None) -> str | None:
    """Return the unit stated in a revenue header ('万元', '元', '亿元'), or None.

    >>> revenue_unit_from_header("营业收入(亿元)"), revenue_unit_from_header("营收")
    ('亿元', None)
    """
    if not header:
        return None
    for unit in ("亿元", "万元", "千元"):
        if unit in header:
            return unit
    if re.search(r"[（(]\s*元\s*[)）]", header) or header.endswith("元"):
        return "元"
    return None


@lru_cache(maxsize=1)
def _ps_names() -> dict[str, str]:
    try:
        from layers.enterprises.ps_categories import name_editions

        # both editions' names (2015 and 2019) map to the same codes
        return {name: code for name, (code, _) in name_editions().items()}
    except (FileNotFoundError, ImportError):  # pragma: no cover
        from layers.layer_specs import PS_CATEGORY_NAMES_ZH

        return {v: k for k, v in PS_CATEGORY_NAMES_ZH.items()}


@lru_cache(maxsize=1)
def gbt_lookup() -> dict[str, str]:
    """Return GB/T 4754 code (division/group/class) -> PS category code."""
    import resources

    df = resources.load_csv("reference", "gbt4754_to_ps.csv")
    return dict(zip(df["gbt4754_code"], df["ps_code"], strict=False))


def parse_category(values: pd.Series) -> pd.Series:
    """Return '01'..'10' per value ('04', '4', '04 金融服务', '金融服务'), else NA."""
    s = values.fillna("").astype(str).str.strip()
    num = s.str.extract(r"^(\d{1,2})(?!\d)", expand=False)
    code = num.where(num.isna(), num.str.zfill(2))
    names = _ps_names()
    by_name = s.map(
        lambda v: (
            next((c for n, c in names.items() if n and n in v), None) if v else None
        )
    )
    out = code.fillna(by_name)
    return out.where(out.isin([f"{i:02d}" for i in range(1, 11)]))


def category_from_gbt(values: pd.Series) -> pd.Series:
    """Map GB/T 4754 codes (e.g. 'I6510', '6510', '65') to a category by the
    longest listed prefix (class, group, division); NA where none is listed."""
    s = values.fillna("").astype(str).str.strip().str.upper()
    s = s.str.replace(r"^[A-T](?=\d)", "", regex=True).str.replace(
        r"\D", "", regex=True
    )
    lut = gbt_lookup()
    out = pd.Series(pd.NA, index=s.index, dtype=object)
    for length in (4, 3, 2):
        pref = s.str[:length]
        hit = out.isna() & (s.str.len() >= length)
        out[hit] = pref[hit].map(lut)
    return out.where(out.notna(), None)


def clean_numbers(values: pd.Series) -> pd.Series:
    """Return floats from text like '1,234', '１２３', ' 56 人' (NaN if unparseable)."""
    s = values.fillna("").astype(str).str.strip()
    fast = pd.to_numeric(s, errors="coerce").astype(float)
    slow = (fast.isna() & (s != "")).to_numpy(bool)
    if not slow.any():
        return fast
    fast[slow] = _clean_slow(s[slow])
    return fast


def _clean_slow(s: pd.Series) -> pd.Series:
    s = s.str.translate(str.maketrans("０１２３４５６７８９．－，", "0123456789.-,"))
    s = s.str.replace(r"[,\s]|人|万元|亿元|元", "", regex=True)
    return pd.to_numeric(s, errors="coerce").astype(float).where(s != "", np.nan)
