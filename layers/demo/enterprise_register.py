"""A deterministic synthetic enterprise register for the demo project.

Every row is flagged ``synthetic=1`` and its name and address end in "(示例)",
so no one mistakes the demo for real registry data. The same seed gives the
same frame (numpy ``default_rng``; no Python ``random``, no set ordering).

Points cluster around the zones (Gaussian around each zone's representative
point, weighted by how much producer-service activity the zone holds), some
scatter over Beijing's plain districts, and a few fall in the 4+N platforms.
Nothing lands outside Beijing except inside a platform. Districts come from a
point-in-polygon test against the basemap (never by proximity).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.demo import DEMO_SEED
from layers.enterprises import ENTERPRISE_COLUMNS
from layers.enterprises.assignment import assign_districts, assign_zones
from layers.enterprises.credit_code import make_codes

CATEGORIES = np.array([f"{i:02d}" for i in range(1, 11)])
#: Default category mix (01..10) of scattered enterprises.
_BASE_MIX = np.array([14, 8, 14, 8, 4, 3, 22, 5, 17, 5], dtype=float)
#: (keyword in name_zh, weight, mix override {category: share weight}).
_ZONE_PROFILES: list[tuple[str, float, dict[str, float]]] = [
    ("金融街", 7.0, {"04": 70, "07": 12, "03": 6}),
    ("商务中心区", 7.0, {"07": 35, "04": 30, "09": 10, "03": 8}),
    ("CBD", 7.0, {"07": 35, "04": 30, "09": 10, "03": 8}),
    ("海淀园", 9.0, {"01": 35, "03": 35, "07": 8}),
    ("中关村科学城", 3.0, {"01": 35, "03": 30, "07": 8}),
    ("丽泽", 1.5, {"04": 45, "07": 20}),
    ("新首钢", 1.0, {"01": 20, "07": 20, "03": 15}),
    ("经济技术开发区", 3.0, {"01": 30, "02": 15, "03": 15, "06": 10}),
    ("机场", 2.0, {"02": 50, "09": 15, "06": 10}),
    ("天竺", 1.0, {"02": 45, "09": 25}),
    ("奥林匹克", 1.5, {"07": 35, "03": 15}),
    ("未来科学城", 2.0, {"01": 40, "05": 15, "03": 15}),
    ("怀柔科学城", 1.0, {"01": 50, "03": 10}),
]
_KIND_WEIGHT = {"zgc_zone": 0.0, "zgc_park": 1.0, "cooperation_platform": 0.2}
#: GB/T 4754-2017 division typical of each category (resources/reference).
_GBT = {
    "01": "73",
    "02": "58",
    "03": "65",
    "04": "66",
    "05": "77",
    "06": "71",
    "07": "72",
    "08": "726",
    "09": "51",
    "10": "43",
}
_SECTOR_WORDS = {
    "01": ["科技研发", "工程设计", "技术服务"],
    "02": ["物流", "供应链", "快运"],
    "03": ["信息科技", "软件技术", "数据科技"],
    "04": ["投资管理", "资本管理", "金融服务"],
    "05": ["环保科技", "节能技术", "环境工程"],
    "06": ["融资租赁", "设备租赁", "租赁"],
    "07": ["商务咨询", "管理咨询", "会展服务"],
    "08": ["人力资源", "职业培训", "人才服务"],
    "09": ["贸易", "商贸", "进出口"],
    "10": ["设备维修", "检测服务", "后勤服务"],
}
_PREFIX_1 = list("京华中金泰瑞恒信博远嘉宏鼎盛安和汇通诚德新创")
_PREFIX_2 = list("华科达源联盛兴润丰泽智海川辰弘宇晟睿启航")
_SUFFIX = ["有限公司", "有限责任公司", "股份有限公司"]
_STREETS = [
    "中关村大街",
    "金融大街",
    "建国路",
    "长安街",
    "学院路",
    "望京街",
    "丰台路",
    "科创街",
    "顺平路",
    "文化园路",
    "科学园路",
    "光华路",
]
_PLAIN = (
    "110101",
    "110102",
    "110105",
    "110106",
    "110107",
    "110108",
    "110112",
    "110113",
    "110114",
    "110115",
)


def _profile(name: str, kind: str) -> tuple[float, np.ndarray]:
    for key, weight, mix in _ZONE_PROFILES:
        if key in name:
            arr = _BASE_MIX * 0.25
            for cat, share in mix.items():
                arr[int(cat) - 1] += share
            return weight, arr / arr.sum()
    return _KIND_WEIGHT.get(kind, 1.0), _BASE_MIX / _BASE_MIX.sum()


def _sample_in(
    rng: np.random.Generator, poly: Any, cx: float, cy: float, sigma: float, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``n`` Gaussian points around (cx, cy) that fall inside ``poly``."""
    shapely.prepare(poly)
    xs, ys, got = [], [], 0
    for _ in range(60):
        m = max(64, 3 * (n - got))
        x = rng.normal(cx, sigma, m)
        y = rng.normal(cy, sigma * 0.78, m)
        ok = shapely.contains_xy(poly, x, y)
        xs.append(x[ok])
        ys.append(y[ok])
        got += int(ok.sum())
        if got >= n:
            break
    x, y = np.concatenate(xs)[:n], np.concatenate(ys)[:n]
    if x.size < n:  # tiny or odd polygon: fill with its representative point
        pad = n - x.size
        x = np.concatenate([x, np.full(pad, cx)])
        y = np.concatenate([y, np.full(pad, cy)])
    return x, y


def _sources(
    zones: Any, beijing: Any
) -> list[tuple[Any, float, float, float, float, np.ndarray]]:
    """Return (clip polygon, cx, cy, sigma, weight, mix) per zone."""
    out = []
    for _, z in zones.iterrows():
        g = z.geometry
        if g is None or g.is_empty:
            continue
        kind = str(z.get("kind", ""))
        weight, mix = _profile(str(z.get("name_zh", "")), kind)
        if kind == "cooperation_platform":  # outside Beijing: only a few firms
            weight = min(weight, _KIND_WEIGHT[kind])
        if weight <= 0:
            continue
        rp = g.representative_point()
        xmin, ymin, xmax, ymax = g.bounds
        sigma = float(
            np.clip(0.3 * np.sqrt((xmax - xmin) * (ymax - ymin)), 0.004, 0.04)
        )
        # Beijing zones spill around their edges; platforms stay inside.
        clip = g if kind == "cooperation_platform" else beijing
        out.append((clip, rp.x, rp.y, sigma, weight, mix))
    return out


def _names(rng: np.random.Generator, cats: np.ndarray) -> np.ndarray:
    n = cats.size
    p1 = np.array(_PREFIX_1, dtype=object)[rng.integers(0, len(_PREFIX_1), n)]
    p2 = np.array(_PREFIX_2, dtype=object)[rng.integers(0, len(_PREFIX_2), n)]
    w = rng.integers(0, 3, n)
    sector = np.array(
        [_SECTOR_WORDS[c][i] for c, i in zip(cats, w, strict=True)], dtype=object
    )
    suf = np.array(_SUFFIX, dtype=object)[rng.choice(3, n, p=[0.7, 0.2, 0.1])]
    names: np.ndarray = p1 + p2 + sector + suf + "(示例)"
    return names


def _addresses(
    rng: np.random.Generator, adcodes: np.ndarray, basemap: Any
) -> np.ndarray:
    names = dict(zip(basemap["adcode"].astype(str), basemap["name_zh"], strict=False))
    parents = dict(
        zip(
            basemap["adcode"].astype(str),
            basemap["parent_adcode"].fillna("").astype(str),
            strict=False,
        )
    )

    def prefix(code: str) -> str:
        chain, c = [], code
        while c in names:
            chain.append(names[c])
            c = parents.get(c, "")
            c = c.split(".")[0]
        return "".join(reversed(chain))

    pre = pd.Series(adcodes).map({c: prefix(c) for c in set(adcodes)}).to_numpy(object)
    st = np.array(_STREETS, dtype=object)[rng.integers(0, len(_STREETS), adcodes.size)]
    num = rng.integers(1, 300, adcodes.size).astype(str).astype(object)
    addresses: np.ndarray = pre + st + num + "号(示例)"
    return addresses


def _editions(seed: int, founded: np.ndarray) -> np.ndarray:
    """Return a synthetic classification edition per row ('2015' / '2019').

    Half the firms founded before 2019 keep a 2015-edition classification;
    the rest, and every later firm, use the 2019 edition. A separate RNG keeps
    the other columns as they were before this column existed.
    """
    rng = np.random.default_rng(seed + 2015)
    old = founded.astype(str) < "2019-01-01"
    keep_2015 = old & (rng.random(len(founded)) < 0.5)
    return np.where(keep_2015, "2015", "2019").astype(object)


def build_demo_enterprises(
    zones: Any, basemap: Any, n: int = 20000, seed: int = DEMO_SEED
) -> gpd.GeoDataFrame:
    """Return ``n`` synthetic enterprises (GeoDataFrame, EPSG:4490).

    Parameters
    ----------
    zones : geopandas.GeoDataFrame
        Zones (``code``, ``name_zh``, ``kind``, polygons in EPSG:4490).
    basemap : geopandas.GeoDataFrame
        Admin polygons (``adcode``, ``name_zh``, ``level``, ``parent_adcode``).
    n, seed : int
        Row count and RNG seed; the result depends only on these and the inputs.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`layers.enterprises.ENTERPRISE_COLUMNS` plus geometry,
        ``synthetic`` = 1, ``coord_source`` = 'cgcs2000'.
    """
    rng = np.random.default_rng(seed)
    bm = basemap.copy()
    bm["adcode"] = bm["adcode"].astype(str)
    beijing = shapely.union_all(bm.loc[bm["adcode"] == "110000"].geometry.values)
    plain = shapely.union_all(bm.loc[bm["adcode"].isin(_PLAIN)].geometry.values)
    zones = zones.sort_values("code") if "code" in zones else zones
    srcs = _sources(zones, beijing)
    n_scatter = int(round(n * 0.25))
    w = np.array([s[4] for s in srcs]) if srcs else np.zeros(0)
    counts = rng.multinomial(n - n_scatter, w / w.sum()) if srcs else np.zeros(0, int)
    if not srcs:
        n_scatter = n
    xs, ys, cats = [], [], []
    for (clip, cx, cy, sigma, _w, mix), k in zip(srcs, counts, strict=True):
        if k == 0:
            continue
        x, y = _sample_in(rng, clip, cx, cy, sigma, int(k))
        xs.append(x)
        ys.append(y)
        cats.append(rng.choice(CATEGORIES, int(k), p=mix))
    x, y = _sample_in(rng, plain, 116.40, 39.92, 0.16, n_scatter)
    xs.append(x)
    ys.append(y)
    cats.append(rng.choice(CATEGORIES, n_scatter, p=_BASE_MIX / _BASE_MIX.sum()))
    x, y, cat = np.concatenate(xs), np.concatenate(ys), np.concatenate(cats)
    perm = rng.permutation(n)
    x, y, cat = x[perm], y[perm], cat[perm].astype(object)

    emp = np.clip(rng.lognormal(np.log(25), 1.3, n), 1, 60000).round().astype(np.int64)
    per_head = rng.lognormal(np.log(45), 0.7, n)
    per_head *= np.where(cat == "04", 4.0, np.where(cat == "09", 2.0, 1.0))
    revenue = np.round(emp * per_head, 1)
    d0, d1 = date(1995, 1, 1).toordinal(), date(2025, 12, 31).toordinal()
    days = rng.integers(d0, d1 + 1, n)
    founded = np.array(
        [date.fromordinal(int(d)).isoformat() for d in days], dtype=object
    )

    adcode = assign_districts(x, y, bm)
    region = np.where(adcode == "", "110000", adcode)
    region = np.array([c if c.startswith("11") else c for c in region], dtype=object)
    serial = (np.arange(n, dtype=np.int64) * 7_919_104_729 + 123_456_789) % (31**9)
    codes = make_codes(region, serial)
    gdf = gpd.GeoDataFrame(
        {
            "credit_code": codes,
            "name": _names(rng, cat),
            "address": _addresses(rng, adcode, bm),
            "category": cat,
            "gbt4754": pd.Series(cat).map(_GBT).to_numpy(object),
            "employees": emp,
            "revenue_wan": revenue,
            "founded": founded,
            "district_adcode": adcode,
            "zone_codes": assign_zones(x, y, zones) if len(zones) else "",
            "coord_source": "cgcs2000",
            "synthetic": np.ones(n, dtype=np.int64),
            "ps_edition": _editions(seed, founded),
        },
        geometry=shapely.points(x, y),
        crs="EPSG:4490",
    )
    return gdf[[*ENTERPRISE_COLUMNS, "geometry"]]
