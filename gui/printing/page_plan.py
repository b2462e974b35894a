"""Plan one layout page before painting: viewports, snapshots and all texts.

:func:`plan_page` resolves everything the painter and the preflight need:
each map item's :class:`~layers.viewport.Viewport` at the target dpi and its
frozen :class:`~gui.render.snapshot.RenderSnapshot`, the legend entries, scale
bars, grids and every text that will reach paper. Painting
(:mod:`gui.printing.layout_renderer`) only reads the plan, so what preflight
checks is exactly what gets printed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from geo.crs import CRS_REGISTRY
from gui.render.snapshot import RenderSnapshot, build_snapshot
from layers.printing.cartography import (
    GridSpec,
    ScaleBarSpec,
    convergence_deg,
    features_extent,
    gk_grid,
    graticule,
    has_indicative_boundary,
    map_item_viewport,
    scale_bar,
)
from layers.printing.item_kinds import compose_footnote, format_scale, format_template
from layers.printing.layout import LayoutItem, PrintLayout
from layers.project import Project
from layers.style import LayerStyle, shows_density
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport


@dataclass
class RenderContext:
    """What a page is printed from, besides the layout.

    Attributes
    ----------
    project : Project
        The model.
    dpi : float
        Device pixels per inch of the target (the painter's coordinates).
    fields : mapping
        Values for ``{name}`` placeholders (atlas feature fields, page vars).
    muted_fids : mapping of layer id to fids, optional
        Features drawn muted (atlas: the other zones).
    map_overrides : dict
        Item id -> props overriding the map item's (atlas: the page extent).
    view_extent : tuple, optional
        The canvas's current extent in the print CRS (``current_view`` mode).
    cancelled : callable, optional
        Polled while painting maps.
    """

    project: Project
    dpi: float = 300.0
    fields: Mapping[str, Any] = field(default_factory=dict)
    muted_fids: Mapping[str, np.ndarray] | None = None
    map_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    view_extent: tuple[float, float, float, float] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclass(frozen=True)
class LegendEntry:
    """One row of a legend: a layer header or a class with its symbol."""

    label: str
    color: str | None = None
    symbol: str = "polygon"  # polygon | point | line | header
    style: LayerStyle | None = None
    outline_only: bool = False
    layer_id: str | None = None


@dataclass
class PagePlan:
    """Everything resolved for painting one page."""

    epsg: int
    dpi: float
    viewports: dict[str, Viewport] = field(default_factory=dict)
    snapshots: dict[str, RenderSnapshot] = field(default_factory=dict)
    map_layers: dict[str, list[VectorLayer]] = field(default_factory=dict)
    legends: dict[str, list[LegendEntry]] = field(default_factory=dict)
    scalebars: dict[str, ScaleBarSpec] = field(default_factory=dict)
    grids: dict[str, GridSpec] = field(default_factory=dict)
    grid_maps: dict[str, str] = field(default_factory=dict)  # grid id -> map id
    map_rects: dict[str, tuple[float, float, float, float]] = field(
        default_factory=dict
    )
    texts: dict[str, str] = field(default_factory=dict)
    insets: dict[str, RenderSnapshot] = field(default_factory=dict)
    convergence: dict[str, float] = field(default_factory=dict)
    indicative: bool = False

    def all_texts(self) -> list[tuple[str, str]]:
        """Return every (item id, text) that reaches paper, map labels included."""
        out = [(k, v) for k, v in self.texts.items() if v]
        for item_id, entries in self.legends.items():
            out += [(item_id, e.label) for e in entries]
        for item_id, sb in self.scalebars.items():
            out += [(item_id, t) for t in sb.labels]
        for item_id, grid in self.grids.items():
            out += [(item_id, g.text) for g in grid.labels]
        for item_id, snap in [*self.snapshots.items(), *self.insets.items()]:
            for lyr in snap.layers:
                if lyr.labels is not None:
                    out += [(f"{item_id}:{lyr.layer_id}", t) for t in lyr.labels.texts]
        return out


class _ShownLayer:
    """A layer seen as visible: a map item's own layer visibility."""

    visible = True

    def __init__(self, layer: VectorLayer) -> None:
        self._layer = layer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._layer, name)


class _LayerSubset:
    """The part of a project a map item draws (``draw_order`` only)."""

    def __init__(self, layers: list[Any]) -> None:
        self._layers = layers

    def draw_order(self) -> list[Any]:
        return list(reversed(self._layers))


def print_epsg(layout: PrintLayout, project: Project) -> int:
    """Return the print CRS: the layout's, else the project's display CRS."""
    return int(layout.print_epsg or project.display_epsg)


def map_item_layers(item: LayoutItem, project: Project) -> list[VectorLayer]:
    """Return the layers a map item shows, top first (its own visibility)."""
    ids = item.prop("layers")
    if ids is None:
        return [lyr for lyr in project.layers if lyr.visible and lyr.opacity > 0]
    wanted = set(ids)
    return [lyr for lyr in project.layers if lyr.id in wanted]


def _fit_extent(item: LayoutItem, project: Project, epsg: int) -> Any:
    layer_id = item.prop("fit_layer")
    if item.prop("mode") != "fit_features" or not layer_id:
        return None
    lyr = project.find(layer_id)
    if lyr is None:
        return None
    return features_extent(lyr, item.prop("fit_fids"), epsg)


def _map_item(item: LayoutItem, ctx: RenderContext, plan: PagePlan) -> None:
    over = ctx.map_overrides.get(item.id)
    if over:
        item = LayoutItem(
            item.id, item.kind, *item.rect_mm, props={**item.props, **over}
        )
    epsg = plan.epsg
    vp = map_item_viewport(
        item,
        epsg,
        ctx.dpi,
        fit_extent=_fit_extent(item, ctx.project, epsg),
        view_extent=ctx.view_extent,
    )
    layers = map_item_layers(item, ctx.project)
    subset = _LayerSubset([lyr if lyr.visible else _ShownLayer(lyr) for lyr in layers])
    plan.viewports[item.id] = vp
    plan.map_rects[item.id] = item.rect_mm
    plan.map_layers[item.id] = layers
    plan.snapshots[item.id] = build_snapshot(subset, vp, muted_fids=ctx.muted_fids)
    if any(has_indicative_boundary(lyr, vp.extent, epsg) for lyr in layers):
        plan.indicative = True


#: Legend row of a point layer drawn as a density surface on the map.
DENSITY_LEGEND_LABEL = "分布密度（低 → 高）"


def legend_entries(
    item: LayoutItem, layers: list[VectorLayer], scale_denominator: float = 0.0
) -> list[LegendEntry]:
    """Return a legend's rows: per shown layer a header and its classes.

    A point layer drawn as a density surface at the map's scale
    (:func:`layers.style.shows_density`) gets one density ramp row instead.
    """
    from gui.render.snapshot import OUTLINE_ONLY_DEFAULTS

    if not item.prop("auto"):
        return [
            LegendEntry(
                str(e.get("label", "")), e.get("color"), e.get("symbol", "polygon")
            )
            for e in item.prop("entries") or []
        ]
    hidden = set(item.prop("hidden_layers") or [])
    out: list[LegendEntry] = []
    for lyr in layers:
        if lyr.id in hidden:
            continue
        sym = lyr.geometry_type if lyr.geometry_type in ("point", "line") else "polygon"
        st = lyr.style
        if sym == "point" and shows_density(st, scale_denominator):
            out.append(LegendEntry(lyr.name, None, "header", layer_id=lyr.id))
            out.append(
                LegendEntry(DENSITY_LEGEND_LABEL, None, "density", st, layer_id=lyr.id)
            )
            continue
        classes = st.legend_entries()
        if not classes:
            out.append(LegendEntry(lyr.name, st.fill_color, sym, st, layer_id=lyr.id))
            continue
        out.append(LegendEntry(lyr.name, None, "header", layer_id=lyr.id))
        table = lyr.source.table or ""
        outline = set(
            st.extra.get("outline_only", OUTLINE_ONLY_DEFAULTS.get(table, ()))
        )
        values = [c.value for c in st.categories] if st.mode == "categorized" else []
        for i, (label, color) in enumerate(classes):
            flag = i < len(values) and values[i] in outline
            out.append(LegendEntry(label, color, sym, st, flag, lyr.id))
    return out


def plan_page(layout: PrintLayout, ctx: RenderContext) -> PagePlan:
    """Resolve viewports, snapshots, legends, scale bars and texts of a page."""
    plan = PagePlan(print_epsg(layout, ctx.project), ctx.dpi)
    items = [it for it in layout.items if it.visible]
    for it in items:
        if it.kind == "map":
            _map_item(it, ctx, plan)
    first_map = next((it.id for it in items if it.kind == "map"), None)
    vars_ = _page_vars(layout, ctx, plan, first_map)
    for it in items:
        map_id = it.prop("map_id") if it.prop("map_id") in plan.viewports else first_map
        vp = plan.viewports.get(map_id) if map_id else None
        if it.kind == "label":
            plan.texts[it.id] = format_template(str(it.prop("text")), vars_)
        elif it.kind == "legend":
            layers = plan.map_layers.get(map_id, []) if map_id else []
            scale = vp.scale_denominator if vp is not None else 0.0
            entries = legend_entries(it, layers, scale)
            title = str(it.prop("title") or "")
            plan.legends[it.id] = (
                [LegendEntry(title, None, "title")] if title else []
            ) + entries
        elif it.kind == "scalebar" and vp is not None:
            sb = scale_bar(vp, max(it.w_mm - 6.0, 5.0), int(it.prop("segments")))
            plan.scalebars[it.id] = sb
            plan.texts[it.id] = f"比例尺 {format_scale(sb.nominal_scale)}"
        elif it.kind == "footnote":
            plan.texts[it.id] = _footnote(it, plan, vars_)
        elif it.kind == "inset":
            plan.texts[it.id] = str(it.prop("title") or "")
            plan.insets[it.id] = inset_snapshot(it, ctx, plan.epsg)
        elif it.kind == "grid" and vp is not None and map_id:
            plan.grid_maps[it.id] = map_id
            interval = float(it.prop("interval") or 0)
            if it.prop("grid_kind") == "graticule":
                plan.grids[it.id] = graticule(vp.extent, plan.epsg, interval)
            else:
                plan.grids[it.id] = gk_grid(vp.extent, interval)
        elif it.kind == "north_arrow" and vp is not None:
            gamma = convergence_deg(plan.epsg, vp.center_x, vp.center_y)
            plan.convergence[it.id] = gamma
            plan.texts[it.id] = north_note(str(it.prop("north")), gamma)
    return plan


def north_note(north: str, gamma_deg: float) -> str:
    """Return the note under a north arrow: which north, and the convergence."""
    which = "真北" if north == "true" else "坐标北"
    return f"{which}\n收敛角 {gamma_deg:+.2f}°"


def _page_vars(
    layout: PrintLayout, ctx: RenderContext, plan: PagePlan, map_id: str | None
) -> dict[str, Any]:
    import datetime as dt
    from pathlib import Path

    path = ctx.project.meta.path
    vars_: dict[str, Any] = {
        "project": Path(path).stem if path else "ZonePlanner",
        "layout": layout.name,
        "date": dt.date.today().isoformat(),
        "crs": crs_label(plan.epsg),
    }
    if map_id:
        vars_["scale"] = format_scale(plan.viewports[map_id].scale_denominator)
    vars_.update(ctx.fields)
    return vars_


def crs_label(epsg: int) -> str:
    """Return the CRS name for footnotes, e.g. 'CGCS2000 ... (EPSG:4548)'."""
    info = CRS_REGISTRY.get(epsg)
    return f"{info.name_zh}（EPSG:{epsg}）" if info else f"EPSG:{epsg}"


def _footnote(item: LayoutItem, plan: PagePlan, vars_: dict[str, Any]) -> str:
    return compose_footnote(
        source=format_template(str(item.prop("source") or ""), vars_),
        crs_name=crs_label(plan.epsg),
        date=str(item.prop("date") or vars_.get("date", "")),
        author=format_template(str(item.prop("author") or ""), vars_),
        indicative=plan.indicative,
        extra=format_template(str(item.prop("extra") or ""), vars_),
    )


# --- overview inset ------------------------------------------------------
_INSET_CACHE: dict[int, tuple[Any, VectorLayer]] = {}
INSET_COLORS = {"110000": "#f4c27a", "120000": "#dfe8f0", "130000": "#eef1e6"}


def inset_layer(project: Project) -> VectorLayer:
    """Return the Jing-Jin-Ji overview layer (provinces filled, cities outlined).

    Built once per basemap table (the project's basemap layer, else the
    shipped one) and cached, so its projected geometry is cached too.
    """
    import resources
    from layers.style import Category

    base = next((lyr for lyr in project.layers if lyr.source.table == "basemap"), None)
    key = id(base.gdf) if base is not None else 0
    hit = _INSET_CACHE.get(key)
    if hit is not None and hit[0] is (base.gdf if base is not None else None):
        return hit[1]
    gdf = base.gdf if base is not None else resources.load_basemap()
    gdf = gdf[gdf["level"].isin(["province", "city"])].copy()
    is_prov = gdf["level"] == "province"
    gdf["inset_class"] = gdf["adcode"].astype(str).where(is_prov, "city")
    gdf["inset_label"] = gdf["name_zh"].where(is_prov, None)
    gdf = gdf.sort_values("level", ascending=False)  # provinces under cities
    cats = tuple(Category(k, c, k) for k, c in INSET_COLORS.items())
    cats += (Category("city", "#ffffff", "city"),)
    style = LayerStyle(
        mode="categorized",
        field="inset_class",
        categories=cats,
        fill_alpha=1.0,
        outline_color="#7a7a7a",
        outline_width=0.35,
        label_field="inset_label",
        label_size=6.0,
        label_color="#404040",
        extra={"outline_only": ["city"]},
    )
    layer = VectorLayer("京津冀", gdf, "polygon", style, layer_id="inset_jjj")
    _INSET_CACHE.clear()
    _INSET_CACHE[key] = (base.gdf if base is not None else None, layer)
    return layer


def inset_viewport(item: LayoutItem, epsg: int, dpi: float) -> Viewport:
    """Return the inset's viewport: its lon/lat extent fitted into the item."""
    from geo.crs import STORAGE_EPSG, transform_xy
    from layers.printing.cartography import item_size_px

    lon0, lat0, lon1, lat1 = (float(v) for v in item.prop("extent_ll"))
    lons = np.array([lon0, lon1, lon0, lon1, (lon0 + lon1) / 2, (lon0 + lon1) / 2])
    lats = np.array([lat0, lat0, lat1, lat1, lat0, lat1])
    x, y = transform_xy(lons, lats, STORAGE_EPSG, epsg)
    w, h = item_size_px(item, dpi)
    return Viewport.fit(epsg, (x.min(), y.min(), x.max(), y.max()), w, h, dpi, 0.0)


def inset_snapshot(item: LayoutItem, ctx: RenderContext, epsg: int) -> RenderSnapshot:
    """Freeze the overview inset's basemap for painting."""
    vp = inset_viewport(item, epsg, ctx.dpi)
    return build_snapshot(_LayerSubset([inset_layer(ctx.project)]), vp)
