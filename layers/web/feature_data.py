"""Turn a VectorLayer into the data one web-map layer embeds (escaped, styled).

Each feature becomes a GeoJSON feature whose properties are compact:
``s`` (index into the layer's style table, computed in Python from the
LayerStyle), ``v`` (popup values, already HTML-escaped, in the order of the
layer's field list) and, for labelled polygon layers, ``l`` (the escaped label)
with ``lp`` (a label point inside the polygon). Coordinates are lon/lat in
EPSG:4490, which the page uses as WGS84 (the two differ by centimetres), or
GCJ-02 when the page is to be drawn on an AMap basemap.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geo.measure import geodesic_areas_m2
from geo.offsets import wgs84_to_gcj02
from geo.units import format_area_short
from layers.fields import display_value, field_info, field_label, has_decoder, is_blank
from layers.fields.aliases import LANDUSE_SYSTEM_FIELDS
from layers.layer_specs import KIND_NAMES_ZH, PS_CATEGORY_NAMES_ZH
from layers.style import label_priority
from layers.vector_layer import VectorLayer
from layers.web.vocabulary import (
    AREA_LABEL_EN,
    AREA_LABEL_ZH,
    BOUNDARY_STATUS_ZH,
    CASE_STATUS_ZH,
    CODED_FIELDS,
    FIELD_LABELS_ZH,
    HIDDEN_FIELDS,
    LEVEL_ZH,
    YES_NO_FIELDS,
)

MAX_LABELS = 2000
COORD_DECIMALS = 6  # about 0.1 m
SIMPLIFY_DEG = 0.00002  # about 2 m: zones and cases keep their drawn shape
SIMPLIFY_BASEMAP_DEG = 0.0002  # about 20 m: outlines under the thematic layers


@dataclass
class LayerPayload:
    """Everything the page needs to draw one layer; every string is safe HTML."""

    key: str
    name_html: str
    geometry_type: str
    data_json: str  # safe to place inside <script type="application/json">
    n_features: int
    styles: list[dict[str, Any]]
    fields_html: list[str]
    legend: list[tuple[str, str]] = field(default_factory=list)
    indicative: bool = False
    has_labels: bool = False
    label_color: str = "#202020"
    label_size: float = 9.0
    label_priority: int = 0


def safe_json(obj: Any) -> str:
    """Return JSON that cannot end a ``<script>`` element or break a JS string.

    >>> safe_json({"n": "</script><b>"})
    '{"n":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def esc(value: Any) -> str:
    """Return ``value`` as text, HTML-escaped (quotes too)."""
    return html.escape(str(value), quote=True)


def bilingual_html(zh: str, en: str) -> str:
    """Return Chinese and English on lines of their own (escaped); one if equal.

    >>> bilingual_html("类别", "Category")
    '类别<span class="zp-en">Category</span>'
    """
    if not en or en == zh:
        return esc(zh)
    return f'{esc(zh)}<span class="zp-en">{esc(en)}</span>'


def field_label_html(table: str | None, name: str) -> str:
    """Return a popup row's label: the field's Chinese and English aliases."""
    if field_info(table, name) is None:
        return esc(FIELD_LABELS_ZH.get(name, name))
    return bilingual_html(
        field_label(table, name, "zh_CN", with_unit=True),
        field_label(table, name, "en", with_unit=True),
    )


def format_value(
    name: str,
    value: Any,
    table: str | None = None,
    row: dict[str, Any] | None = None,
) -> str:
    """Return a popup value in Chinese wording, HTML-escaped; '' if missing.

    A coded field of a known table (:mod:`layers.fields`) shows its name in
    Chinese with the English name on its own line.
    """
    if has_decoder(table, name):
        if is_blank(value):
            return ""
        return bilingual_html(
            display_value(table, name, value, "zh_CN", row),
            display_value(table, name, value, "en", row),
        )
    if isinstance(value, str) and name not in CODED_FIELDS:
        return esc(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NaT or (
        not isinstance(value, (str, bytes)) and pd.isna(value) is True
    ):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "是" if value else "否"
    if name in YES_NO_FIELDS and str(value) in ("0", "1"):
        return "是" if str(value) == "1" else "否"
    text = str(value)
    if name in ("category", "proposed_category") and text in PS_CATEGORY_NAMES_ZH:
        text = f"{text} {PS_CATEGORY_NAMES_ZH[text]}"
    elif name == "kind":
        text = KIND_NAMES_ZH.get(text, text)
    elif name == "status":
        text = CASE_STATUS_ZH.get(text, text)
    elif name == "boundary_status":
        text = BOUNDARY_STATUS_ZH.get(text, text)
    elif name == "level":
        text = LEVEL_ZH.get(text, text)
    elif isinstance(value, (datetime, date, pd.Timestamp)):
        text = value.isoformat()[:19].replace("T", " ").removesuffix(" 00:00:00")
    elif isinstance(value, (float, np.floating)):
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    elif isinstance(value, (int, np.integer)) and name not in ("code", "adcode"):
        text = f"{value:,d}" if abs(int(value)) >= 10000 else str(value)
    elif isinstance(value, (list, tuple, dict)):
        text = json.dumps(value, ensure_ascii=False)
    return esc(text)


def popup_fields(columns: list[str], geometry_name: str) -> list[str]:
    """Return the fields shown in popups: known ones first, then the others."""
    cols = [c for c in columns if c != geometry_name and c not in HIDDEN_FIELDS]
    known = [c for c in FIELD_LABELS_ZH if c in cols]
    return known + [c for c in cols if c not in FIELD_LABELS_ZH]


def layer_styles(
    layer: VectorLayer, outline_only: bool = False
) -> list[dict[str, Any]]:
    """Return the Leaflet path options of each palette index of the layer's style.

    Outline widths are points (1/72 in) on the canvas; CSS pixels are 1/96 in.
    """
    st, op = layer.style, layer.opacity
    weight = round(st.outline_width * 96 / 72, 2)
    out = []
    for color in st.palette():
        s: dict[str, Any] = {
            "color": st.outline_color if weight > 0 else color,
            "weight": weight if weight > 0 else 0,
            "stroke": weight > 0,
            "opacity": op,
            "fillColor": color,
            "fillOpacity": 0.0 if outline_only else round(st.fill_alpha * op, 3),
        }
        if layer.geometry_type == "point":
            s["radius"] = max(2.0, st.point_size / 2)  # point_size is a diameter
        elif layer.geometry_type == "polygon" and st.fill_alpha <= 0:
            # Outline-only (the ZGC umbrella zone): an unfilled interior must
            # not catch the clicks meant for the zones drawn below it.
            s["fill"] = False
        dash = st.extra.get("outline_dash")
        if dash and weight > 0:
            s["dashArray"] = " ".join(f"{float(v) * weight:g}" for v in dash)
        if st.muted:
            s["opacity"] = s["opacity"] * 0.5
            s["fillOpacity"] = s["fillOpacity"] * 0.5
        out.append(s)
    return out


def legend_entries(layer: VectorLayer, indices: np.ndarray) -> list[tuple[str, str]]:
    """Return ``(escaped label, colour)`` pairs for the classes present."""
    st = layer.style
    entries = st.legend_entries()
    if not entries:
        return [(esc(layer.name), st.fill_color)]
    present = set(np.unique(indices).tolist()) if len(indices) else set()
    shown = []
    for i, (label, color) in enumerate(entries):
        if i in present:
            text = CASE_STATUS_ZH.get(label, label) if st.field == "status" else label
            shown.append((esc(text), color))
    if len(entries) in present:
        shown.append(("其他", st.fill_color))
    return shown


def _round_geoms(geoms: np.ndarray, gcj02: bool) -> np.ndarray:
    def fn(c: np.ndarray) -> np.ndarray:
        if gcj02:
            x, y = wgs84_to_gcj02(c[:, 0], c[:, 1])
            c = np.column_stack([x, y])
        return np.round(c, COORD_DECIMALS)

    return shapely.transform(geoms, fn)


def _simplify(layer: VectorLayer, geoms_ll: np.ndarray) -> np.ndarray:
    """Drop vertices the page cannot show; areas are measured before this."""
    if layer.geometry_type == "point":
        return geoms_ll
    basemap = layer.source.table == "basemap" or layer.id == "basemap"
    tol = SIMPLIFY_BASEMAP_DEG if basemap else SIMPLIFY_DEG
    return shapely.simplify(geoms_ll, tol, preserve_topology=True)


def select_rows(layer: VectorLayer, extent_ll: tuple[float, ...] | None) -> Any:
    """Return the layer's non-empty features that touch ``extent_ll`` (EPSG:4490)."""
    gdf = layer.gdf
    geoms = gdf.geometry.values
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if extent_ll is not None:
        xmin, ymin, xmax, ymax = extent_ll
        keep &= shapely.intersects(geoms, shapely.box(xmin, ymin, xmax, ymax))
    return gdf[keep]


def encode_column(
    name: str, values: Any, table: str | None = None, system: Any = None
) -> tuple[list[Any], list[str] | None]:
    """Return a popup column as escaped strings, dictionary-encoded if repetitive.

    Returns ``(column, None)`` with one escaped string per row, or
    ``(codes, dictionary)`` where row ``i`` shows ``dictionary[codes[i]]``.
    Each distinct value is formatted once, so 100,000 rows of ten categories
    cost ten calls. ``system`` holds each row's land-use classification for a
    land-use code column.
    """
    series = pd.Series(values)
    if system is not None:  # a land-use code is named within its system
        return _encode_landuse(name, series, pd.Series(system), table)
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists, dicts)
        return [format_value(name, v, table) for v in series.tolist()], None
    texts = [format_value(name, u, table) for u in list(uniques)] + [""]
    codes = np.where(codes < 0, len(texts) - 1, codes)
    if len(texts) <= max(16, len(series) // 4):
        return codes.tolist(), texts
    return np.asarray(texts, dtype=object)[codes].tolist(), None


def _encode_landuse(
    name: str, codes: pd.Series, systems: pd.Series, table: str | None
) -> tuple[list[Any], list[str] | None]:
    system_field = LANDUSE_SYSTEM_FIELDS[name]
    keys = (
        codes.astype("string").fillna("") + "\x1f" + systems.astype("string").fillna("")
    )
    index, uniques = pd.factorize(keys)
    texts = []
    for key in uniques:
        code, system = str(key).split("\x1f")
        texts.append(format_value(name, code or None, table, {system_field: system}))
    return index.tolist(), texts


def build_payload(
    layer: VectorLayer,
    *,
    gcj02: bool = False,
    extent_ll: tuple[float, float, float, float] | None = None,
    outline_only: bool = False,
) -> LayerPayload:
    """Return the embedded data of ``layer`` (geometry in EPSG:4490 lon/lat).

    The data is columnar: ``s`` (style index per feature), ``cols``/``dicts``
    (popup values, see :func:`encode_column`), then ``x``/``y`` for point
    layers or ``g`` (GeoJSON geometries) for others, and ``l``/``lp`` (label
    and label point) for labelled polygon layers.

    Parameters
    ----------
    layer : VectorLayer
        The layer to export.
    gcj02 : bool
        Shift coordinates to GCJ-02 (for an AMap basemap).
    extent_ll : tuple, optional
        Keep only features that intersect this (xmin, ymin, xmax, ymax) box.
    outline_only : bool
        Draw polygons unfilled (the basemap layer under online tiles).
    """
    gdf = select_rows(layer, extent_ll)
    geoms_ll = np.asarray(gdf.geometry.values)
    fields = popup_fields(list(gdf.columns), gdf.geometry.name)
    table = layer.source.table
    labels_html = [field_label_html(table, f) for f in fields]
    cols, dicts = [], []
    for f in fields:
        sys_field = LANDUSE_SYSTEM_FIELDS.get(f) if has_decoder(table, f) else None
        system = gdf[sys_field].to_numpy() if sys_field in gdf else None
        col, dictionary = encode_column(f, gdf[f].to_numpy(), table, system)
        cols.append(col)
        dicts.append(dictionary)
    polygon = layer.geometry_type == "polygon"
    if polygon:
        m2 = geodesic_areas_m2(geoms_ll)
        cols.append([format_area_short(a) for a in m2])
        dicts.append(None)
        labels_html.append(bilingual_html(AREA_LABEL_ZH, AREA_LABEL_EN))
    data: dict[str, Any] = {
        "s": layer.style.class_indices(gdf).tolist(),
        "cols": cols,
        "dicts": dicts,
    }
    shifted = _round_geoms(_simplify(layer, geoms_ll), gcj02)
    if layer.geometry_type == "point":
        data["x"] = shapely.get_x(shifted).tolist()
        data["y"] = shapely.get_y(shifted).tolist()
        geo_json = ""
    else:
        geo_json = "[" + ",".join(shapely.to_geojson(shifted).tolist()) + "]"
    with_labels = polygon and layer.has_labels() and len(gdf) <= MAX_LABELS
    if with_labels:
        pts = _round_geoms(shapely.point_on_surface(geoms_ll), gcj02)
        data["lp"] = np.column_stack([shapely.get_x(pts), shapely.get_y(pts)]).tolist()
        col, dictionary = encode_column("", gdf[layer.style.label_field].to_numpy())
        data["l"] = [dictionary[c] for c in col] if dictionary else col
    text = safe_json(data)
    if geo_json:  # GEOS writes only numbers and keywords: safe as it is
        text = text[:-1] + ',"g":' + geo_json + "}"
    indicative = bool(
        "boundary_status" in gdf and (gdf["boundary_status"] == "indicative").any()
    )
    return LayerPayload(
        key=layer.id,
        name_html=esc(layer.name),
        geometry_type=layer.geometry_type,
        data_json=text,
        n_features=len(gdf),
        styles=layer_styles(layer, outline_only),
        fields_html=labels_html,
        legend=legend_entries(layer, np.asarray(data["s"], dtype=np.int32)),
        indicative=indicative,
        has_labels=with_labels,
        label_color=layer.style.label_color,
        label_size=layer.style.label_size,
        label_priority=label_priority(layer.style, table),
    )
