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

from geo.measure import geodesic_areas_m2, M2_PER_HA, M2_PER_MU
from geo.offsets import wgs84_to_gcj02
from layers.defaults import KIND_NAMES_ZH, PS_CATEGORY_NAMES_ZH
from layers.vector_layer import VectorLayer

#: Popup field labels; known fields come first, in this order.
FIELD_LABELS_ZH: dict[str, str] = {
    "name_zh": "名称", "name": "名称", "name_en": "英文名称", "code": "编码",
    "case_no": "案例编号", "applicant": "申请单位", "kind": "类型",
    "uscc": "统一社会信用代码", "category": "生产性服务业类别",
    "gbt4754_code": "国民经济行业代码", "gbt4754": "国民经济行业代码",
    "employees": "从业人员(人)", "revenue_wan": "营业收入(万元)",
    "revenue": "营业收入", "founded": "成立日期", "address": "地址",
    "district": "所在区", "district_adcodes": "所在区县代码", "adcode": "行政区划代码",
    "level": "级别", "parent": "上级", "parent_code": "上级编码",
    "status": "状态", "current_landuse": "现状用地", "proposed_landuse": "拟变更用地",
    "landuse_system": "用地分类体系", "site_area_m2": "用地面积(m²)",
    "existing_gfa_m2": "现状建筑面积(m²)", "proposed_gfa_m2": "拟建建筑面积(m²)",
    "far": "容积率", "density": "建筑密度", "green_ratio": "绿地率",
    "height_m": "建筑高度(m)", "received_on": "受理日期", "decided_on": "决定日期",
    "focus_categories": "重点产业类别", "boundary_status": "边界状态",
    "source": "数据来源", "source_date": "来源日期", "coord_source": "坐标来源",
    "synthetic": "合成示例数据", "updated_at": "更新时间", "updated_by": "更新人",
}
HIDDEN_FIELDS = {"geometry", "row_version", "version", "fid", "bbox", "minx", "maxx",
                 "miny", "maxy", "geom", "wkb"}
CASE_STATUS_ZH = {"received": "已受理", "under_review": "审查中", "approved": "已批准",
                  "rejected": "未批准", "withdrawn": "已撤回"}
BOUNDARY_STATUS_ZH = {"indicative": "示意范围", "official": "正式范围"}
LEVEL_ZH = {"province": "省级", "city": "地级", "district": "区县"}
AREA_LABEL_ZH = "面积(测地线)"
MAX_LABELS = 2000
COORD_DECIMALS = 6  # about 0.1 m


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


def safe_json(obj: Any) -> str:
    """Return JSON that cannot end a ``<script>`` element or break a JS string.

    >>> safe_json({"n": "</script><b>"})
    '{"n":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def esc(value: Any) -> str:
    """Return ``value`` as text, HTML-escaped (quotes too)."""
    return html.escape(str(value), quote=True)


def format_value(name: str, value: Any) -> str:
    """Return a popup value in Chinese wording, HTML-escaped; '' if missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NaT or (not isinstance(value, (str, bytes)) and pd.isna(value) is True):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "是" if value else "否"
    if name == "synthetic" and str(value) in ("0", "1"):
        return "是" if str(value) == "1" else "否"
    text = str(value)
    if name == "category" and text in PS_CATEGORY_NAMES_ZH:
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
        text = value.isoformat()[:19].replace("T", " ")
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


def layer_styles(layer: VectorLayer, outline_only: bool = False) -> list[dict[str, Any]]:
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
            s["radius"] = max(2.0, st.point_size / 2 + 1)
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


def select_rows(layer: VectorLayer, extent_ll: tuple[float, ...] | None) -> Any:
    """Return the layer's non-empty features that touch ``extent_ll`` (EPSG:4490)."""
    gdf = layer.gdf
    geoms = gdf.geometry.values
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if extent_ll is not None:
        keep &= shapely.intersects(geoms, shapely.box(*extent_ll))
    return gdf[keep]


def build_payload(
    layer: VectorLayer,
    *,
    gcj02: bool = False,
    extent_ll: tuple[float, float, float, float] | None = None,
    outline_only: bool = False,
) -> LayerPayload:
    """Return the embedded data of ``layer`` (geometry in EPSG:4490 lon/lat).

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
    geoms_ll = gdf.geometry.values
    geom_json = shapely.to_geojson(_round_geoms(np.asarray(geoms_ll), gcj02))
    indices = layer.style.class_indices(gdf)
    fields = popup_fields(list(gdf.columns), gdf.geometry.name)
    columns = [gdf[c].tolist() for c in fields]
    values = [[format_value(f, v) for v in col] for f, col in zip(fields, columns, strict=True)]
    labels_html = [esc(FIELD_LABELS_ZH.get(f, f)) for f in fields]
    polygon = layer.geometry_type == "polygon"
    if polygon:
        m2 = geodesic_areas_m2(geoms_ll)
        values.append([f"{a / M2_PER_HA:,.2f} 公顷 / {a / M2_PER_MU:,.1f} 亩" for a in m2])
        labels_html.append(AREA_LABEL_ZH)
    rows = list(zip(*values, strict=True)) if values else [()] * len(gdf)
    with_labels = polygon and layer.has_labels() and len(gdf) <= MAX_LABELS
    label_pts: list[Any] = []
    if with_labels:
        pts = _round_geoms(shapely.point_on_surface(np.asarray(geoms_ll)), gcj02)
        label_pts = np.column_stack([shapely.get_x(pts), shapely.get_y(pts)]).tolist()
        label_col = gdf[layer.style.label_field].tolist()
    parts = []
    for i, g in enumerate(geom_json.tolist()):
        props: dict[str, Any] = {"s": int(indices[i]), "v": rows[i]}
        if with_labels:
            props["l"] = format_value("", label_col[i])
            props["lp"] = label_pts[i]
        parts.append(f'{{"type":"Feature","geometry":{g},"properties":{safe_json(props)}}}')
    data = '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"
    indicative = bool(
        "boundary_status" in gdf and (gdf["boundary_status"] == "indicative").any()
    )
    return LayerPayload(
        key=layer.id,
        name_html=esc(layer.name),
        geometry_type=layer.geometry_type,
        data_json=data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"),
        n_features=len(gdf),
        styles=layer_styles(layer, outline_only),
        fields_html=labels_html,
        legend=legend_entries(layer, indices),
        indicative=indicative,
        has_labels=with_labels,
        label_color=layer.style.label_color,
        label_size=layer.style.label_size,
    )
