"""Header detection and column-mapping guesses for Chinese enterprise lists."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

#: Target field -> header aliases (normalised: lower case, no blanks/brackets).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "qymc",
        "dwmc",
        "gsmc",
        "企业名称",
        "单位名称",
        "公司名称",
        "名称",
        "企业",
        "name",
        "company",
    ),
    "credit_code": (
        "tyshxydm",
        "xydm",
        "shxydm",
        "统一社会信",
        "社会信用代",
        "统一社会信用代码",
        "社会信用代码",
        "信用代码",
        "统一代码",
        "creditcode",
        "uscc",
        "credit_code",
    ),
    "address": (
        "dz",
        "zcdz",
        "jydz",
        "注册地址",
        "地址",
        "经营地址",
        "住所",
        "详细地址",
        "address",
    ),
    "lon": (
        "jd",
        "经度坐标",
        "经度",
        "lng",
        "lon",
        "long",
        "longitude",
        "x",
        "x坐标",
        "横坐标",
    ),
    "lat": ("wd", "纬度坐标", "纬度", "lat", "latitude", "y", "y坐标", "纵坐标"),
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
        "国民经济行业代码",
        "国民经济行业分类代码",
        "行业分类代码",
        "所属行业代码",
        "gbt4754",
        "gbt4754code",
        "industry_code",
        "industrycode",
        "hydm",
        "行业代",
    ),
    "industry": (
        "行业",
        "所属行业",
        "行业名称",
        "行业类别",
        "所属行业名称",
        "国民经济行业",
        "国民经济行业分类",
        "国民经济行业名称",
        "行业分类",
        "industry",
        "industry_name",
        "sector",
        "hy",
        "hymc",
        "所属行",
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
        "cyry",
        "cyrs",
        "从业人",
    ),
    "revenue": (
        "营业收入",
        "营收",
        "主营业务收入",
        "收入",
        "revenue",
        "revenue_wan",
        "turnover",
        "yysr",
        "营业收",
    ),
    "founded": (
        "成立日期",
        "成立时间",
        "注册日期",
        "成立年份",
        "founded",
        "established",
        "clrq",
        "成立日",
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
        "坐标系统",
        "坐标类型",
        "坐标体系",
        "坐标来源",
        "坐标参考系",
        "坐标系类型",
        "坐标系名称",
        "coord_sys",
        "coordsys",
        "coord_system",
        "coordinate_system",
        "coordinate_type",
        "coord_type",
        "coordsource",
        "coord_source",
        "crs",
        "srs",
        "datum",
        "zbx",
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
    "industry": "行业(名称)",
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


def guess_mapping(headers: list[str], empty: set[str] | None = None) -> dict[str, str]:
    """Return field -> header for the headers that look like known fields.

    Exact alias matches first (for each field the header matching its
    earliest alias: 企业名称 beats a KML's Name), then headers containing an
    alias (longest alias first); each header maps to at most one field.
    Headers in ``empty`` (columns without any value) are not guessed.
    """
    usable = [h for h in headers if h not in (empty or set())]
    rank = {
        a: i
        for f, aliases in FIELD_ALIASES.items()
        for i, a in enumerate(normalise_header(x) for x in aliases)
    }
    exact = sorted(
        (rank[normalise_header(h)], i, f, h)
        for i, h in enumerate(usable)
        if (f := header_field(h)) is not None
    )
    out: dict[str, str] = {}
    used: set[str] = set()
    for _, _, f, h in exact:
        if f not in out and h not in used:
            out[f] = h
            used.add(h)
    pairs = sorted(_ALIAS.items(), key=lambda kv: -len(kv[0]))
    for h in usable:
        if h in used:
            continue
        n = normalise_header(h)
        for alias, f in pairs:
            # Two-letter pinyin initials (jd, wd, dz) only ever match exactly.
            long_enough = len(alias) >= (3 if alias.isascii() else 2)
            if long_enough and alias in n and f not in out:
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


def parse_category(values: pd.Series) -> pd.Series:
    """Return '01'..'10' per value ('04', '4', '04 金融服务', '金融服务'), else NA.

    Resolved once per distinct value.
    """
    s = values.fillna("").astype(str).str.strip()
    uniq = pd.Series(pd.unique(s.to_numpy(object)), dtype=object)
    num = uniq.str.extract(r"^(\d{1,2})(?!\d)", expand=False)
    code = num.where(num.isna(), num.str.zfill(2))
    names = _ps_names()
    by_name = uniq.map(
        lambda v: (
            next((c for n, c in names.items() if n and n in v), None) if v else None
        )
    )
    out = code.fillna(by_name)
    out = out.where(out.isin([f"{i:02d}" for i in range(1, 11)]))
    return s.map(dict(zip(uniq, out, strict=True)))


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
