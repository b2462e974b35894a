"""Read the names planners and Chinese data sources give coordinate systems.

Registers from other departments say where their coordinates come from in
words: ``GCJ-02``, ``gcj02``, ``火星坐标``, ``高德``, ``腾讯`` (the GCJ-02 offset),
``BD-09``, ``bd09ll``, ``百度`` (Baidu's offset), ``WGS-84``, ``GPS`` (WGS84),
``CGCS2000``, ``2000国家大地坐标系`` (CGCS2000). A row read in the wrong one is
0.5-1.4 km off in Beijing with nothing else looking wrong, so every spelling
is recognised exactly and anything else is refused, never guessed.

Bare numbers are read as EPSG codes only for 4326 and 4490: a column holding
``2000`` means CGCS2000, not EPSG:2000 (a Caribbean grid).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from geo.crs import CoordSource, parse_crs_spec

WGS84 = CoordSource("epsg", 4326)
CGCS2000 = CoordSource("epsg", 4490)
GCJ02 = CoordSource("gcj02", 4326)
BD09 = CoordSource("bd09", 4326)

#: Whole values (normalised by :func:`normalise_name`) -> coordinate system.
_EXACT: dict[str, CoordSource] = {}
for _src, _names in (
    (WGS84, ("wgs84", "wgs1984", "gps", "gps坐标", "wgs84坐标", "wgs84坐标系",
             "wgs84经纬度", "epsg4326", "4326", "世界大地坐标系", "谷歌地球",
             "googleearth", "天地图", "tianditu")),
    (GCJ02, ("gcj02", "gcj", "gcj02ll", "火星", "火星坐标", "火星坐标系",
             "国测局", "国测局坐标", "国测局坐标系", "高德", "高德地图", "高德坐标",
             "高德坐标系", "amap", "autonavi", "腾讯", "腾讯地图", "腾讯坐标", "qq地图",
             "tencent", "谷歌中国", "google中国", "googlecn")),
    (BD09, ("bd09", "bd09ll", "bd", "百度", "百度地图", "百度坐标", "百度坐标系",
            "百度经纬度", "baidu", "bmap")),
    (CGCS2000, ("cgcs2000", "cgcs", "2000", "国家2000", "2000国家大地坐标系",
                "国家2000坐标系", "2000坐标系", "2000坐标", "中国2000", "cgcs2000坐标系",
                "中国大地坐标系2000", "2000中国大地坐标系", "国家大地坐标系2000",
                "epsg4490", "4490")),
):  # fmt: skip # a table of spellings, one system per block
    for _n in _names:
        _EXACT[_n] = _src

#: Distinctive words inside longer values ("高德地图API", "GCJ-02（火星坐标）").
_WORDS: tuple[tuple[str, CoordSource], ...] = (
    ("gcj02", GCJ02), ("火星", GCJ02), ("高德", GCJ02), ("腾讯", GCJ02),
    ("国测局", GCJ02), ("amap", GCJ02), ("bd09", BD09), ("百度", BD09),
    ("baidu", BD09), ("wgs84", WGS84), ("gps", WGS84), ("cgcs2000", CGCS2000),
    ("国家2000", CGCS2000), ("2000国家大地", CGCS2000),
)  # fmt: skip # a table of spellings, one system per block

#: Values that name a system this app cannot convert exactly (say so). Baidu's
#: Mercator metres need Baidu's own tables; 北京54 and 西安80 need local
#: transformation parameters. The names are the ones planners use.
_UNSUPPORTED = {
    "bd09mc": "百度墨卡托 BD-09MC",
    "百度墨卡托": "百度墨卡托 BD-09MC",
    "北京54": "北京54",
    "北京1954": "北京54",
    "西安80": "西安80",
    "西安1980": "西安80",
}

#: Short names shown to planners, as they know them.
DISPLAY_NAMES = {
    "wgs84": "WGS84 / GPS",
    "cgcs2000": "CGCS2000",
    "gcj02": "GCJ-02 (高德/腾讯)",
    "bd09": "BD-09 (百度)",
}


class UnsupportedCoordSystemError(ValueError):
    """A label names a real system this app cannot convert exactly."""

    def __init__(self, text: str, system: str) -> None:
        self.system = system
        super().__init__(f"{text!r} is {system}, which this app cannot convert exactly")


_STRIP = re.compile(r"[\s\-_·.:：/、,，;；'\"]+")
_BRACKETS = re.compile(r"[（(【\[].*?[)）】\]]")


def normalise_name(text: object) -> str:
    """Return ``text`` folded for lookup: NFKC, lower case, no blanks or dashes.

    >>> normalise_name(" GCJ－02 ")
    'gcj02'
    """
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return _STRIP.sub("", s)


def parse_coord_name(text: object, bare_epsg: bool = False) -> CoordSource:
    """Return the coordinate system a planner's label names.

    ``bare_epsg`` also reads a plain number as an EPSG code (``4548``): right
    for an option the planner types, wrong for a column of a register.

    Raises
    ------
    ValueError
        For an empty, unknown, ambiguous or unsupported label (the message
        names the value and the accepted forms).

    >>> parse_coord_name("火星坐标").kind, parse_coord_name("bd09ll").kind
    ('gcj02', 'bd09')
    >>> parse_coord_name("WGS-84"), parse_coord_name("2000国家大地坐标系").epsg
    (CoordSource(kind='epsg', epsg=4326), 4490)
    >>> parse_coord_name("EPSG:4548").epsg
    4548
    >>> parse_coord_name("北京54")
    Traceback (most recent call last):
    ...
    geo.coord_names.UnsupportedCoordSystemError: '北京54' is 北京54, which this app cannot convert exactly
    """
    key = normalise_name(text)
    if not key:
        raise ValueError("empty coordinate system")
    for k in (key, normalise_name(_BRACKETS.sub("", str(text)))):
        if k in _UNSUPPORTED:
            raise UnsupportedCoordSystemError(str(text).strip(), _UNSUPPORTED[k])
        if k in _EXACT:
            return _EXACT[k]
    if re.fullmatch(r"epsg\d{4,6}|gk\d{2,3}", key) or (
        bare_epsg and re.fullmatch(r"\d{4,6}", key)
    ):
        try:
            return parse_crs_spec(key.replace("epsg", "EPSG:"))
        except ValueError:
            pass
    found = {src for word, src in _WORDS if word in key}
    if len(found) == 1:
        return found.pop()
    raise ValueError(
        f"unknown coordinate system {str(text).strip()!r}"
        + (" (names several)" if found else "")
        + "; use WGS84/GPS, GCJ-02 (高德/腾讯), BD-09 (百度), CGCS2000 or EPSG:<code>"
    )


def coord_label(source: CoordSource) -> str:
    """Return the short name planners know for ``source``.

    >>> coord_label(GCJ02), coord_label(CoordSource("epsg", 4548))
    ('GCJ-02 (高德/腾讯)', 'EPSG:4548')
    """
    if source.kind != "epsg":
        return DISPLAY_NAMES[source.kind]
    return {4326: DISPLAY_NAMES["wgs84"], 4490: DISPLAY_NAMES["cgcs2000"]}.get(
        source.epsg, f"EPSG:{source.epsg}"
    )


#: Words in a title, file name or header that name a web-map provider.
_PROVIDERS: tuple[tuple[str, str, CoordSource], ...] = (
    ("高德", "高德", GCJ02),
    ("amap", "高德", GCJ02),
    ("腾讯", "腾讯", GCJ02),
    ("火星", "火星坐标", GCJ02),
    ("gcj", "GCJ-02", GCJ02),
    ("百度", "百度", BD09),
    ("baidu", "百度", BD09),
    ("bd09", "BD-09", BD09),
)


def provider_hint(texts: Iterable[object]) -> tuple[str, CoordSource] | None:
    """Return (provider named, its system) if the texts name a web-map provider.

    >>> provider_hint(["企业名录（高德坐标）", "名称"])[0]
    '高德'
    >>> provider_hint(["坐标：CGCS2000 3度带 117E (EPSG:4548)"])[0]
    'EPSG:4548'
    >>> provider_hint(["name", "lon"]) is None
    True
    """
    for text in texts:
        t = normalise_name(text)
        for word, name, src in _PROVIDERS:
            if word in t:
                return name, src
        epsg = re.search(r"epsg(\d{4,5})", t)
        if epsg is not None:
            try:
                return f"EPSG:{epsg.group(1)}", parse_crs_spec(f"EPSG:{epsg.group(1)}")
            except ValueError:
                continue
    return None
