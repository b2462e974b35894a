"""Atlas: one page per feature of a layer, from one layout.

For each feature (all, a ``where`` subset, or given fids) the layout's map
item is centred on the feature's centroid at a round scale that shows the
whole feature with a margin (or at a fixed scale), the layer's other features
are muted, and ``{field}`` placeholders in texts take the feature's values.
Pages go into one multi-page PDF or one file per page named by a field.

Output is staged beside the target (:class:`geo.atomic_write.StagedFiles`):
the PDF, or every page file, appears only when the whole atlas was printed.
A cancelled or failed atlas leaves no file, and an existing one unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from geo.atomic_write import StagedFiles
from geo.crs import STORAGE_EPSG, transform_geometry
from gui.printing.exporters import begin_painter, export_layout, open_pdf_writer
from gui.printing.layout_renderer import PageRecord, render_layout
from gui.printing.page_plan import RenderContext, plan_page, print_epsg
from layers.printing.cartography import item_size_px, nice_scale
from layers.printing.layout import PrintLayout, safe_filename
from layers.project import Project
from layers.viewport import METRES_PER_INCH

ProgressFn = Callable[[int, int, str], None]


@dataclass
class AtlasSpec:
    """Which features make pages and how the map follows them.

    Attributes
    ----------
    layer_id : str
        The coverage layer (e.g. ``zgc_parks``, ``cases``).
    fids : list of int, optional
        Only these features (e.g. the selection), in this order.
    where : dict, optional
        Only rows whose column value is in the list, e.g. ``{"kind": [...]}``.
    map_id : str
        The map item that follows the feature.
    scale : float, optional
        Fixed scale denominator; None fits each feature.
    margin : float
        Fit margin as a fraction of the feature's extent.
    mute_others : bool
        Draw the layer's other features muted.
    sort_field, name_field : str, optional
        Page order; file names of per-file output.
    limit : int, optional
        At most this many pages.
    """

    layer_id: str
    fids: list[int] | None = None
    where: dict[str, list[Any]] | None = None
    map_id: str = "map1"
    scale: float | None = None
    margin: float = 0.15
    mute_others: bool = True
    sort_field: str | None = None
    name_field: str | None = None
    limit: int | None = None


@dataclass
class AtlasPage:
    """One printed page: the feature, where the map looked, the output."""

    index: int
    fid: int
    fields: dict[str, Any]
    centroid: tuple[float, float]  # print CRS metres
    record: PageRecord
    path: Path | None = None


@dataclass
class AtlasResult:
    """Pages printed; ``cancelled`` if the user stopped the job."""

    pages: list[AtlasPage] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    cancelled: bool = False


def atlas_features(project: Project, spec: AtlasSpec) -> Any:
    """Return the coverage rows (a GeoDataFrame, index = fid) in page order."""
    layer = project.find(spec.layer_id)
    if layer is None:
        raise KeyError(f"no layer {spec.layer_id!r} in the project")
    gdf = layer.gdf
    if spec.where:
        for col, values in spec.where.items():
            gdf = gdf[gdf[col].astype(str).isin([str(v) for v in values])]
    if spec.fids is not None:
        gdf = gdf.loc[[f for f in spec.fids if f in gdf.index]]
    elif spec.sort_field and spec.sort_field in gdf:
        gdf = gdf.sort_values(spec.sort_field, kind="stable")
    return gdf.iloc[: spec.limit] if spec.limit else gdf


def page_map_override(
    layout: PrintLayout, spec: AtlasSpec, geom_ll: Any, epsg: int, dpi: float
) -> tuple[dict[str, Any], tuple[float, float]]:
    """Return the map item props for one feature and its centroid (print CRS).

    The view is centred on the centroid and made symmetric around it, so the
    whole feature shows with ``spec.margin`` even when the centroid is off the
    middle of its bounding box; the scale is rounded up to a round value.
    """
    geom = transform_geometry(np.array([geom_ll]), STORAGE_EPSG, epsg)[0]
    c = shapely.centroid(geom)
    cx, cy = float(c.x), float(c.y)
    if spec.scale:
        return {"mode": "fixed_scale", "center": [cx, cy], "scale": spec.scale}, (
            cx,
            cy,
        )
    xmin, ymin, xmax, ymax = shapely.bounds(geom)
    half_w = max(cx - xmin, xmax - cx, 1.0) * (1 + 2 * spec.margin)
    half_h = max(cy - ymin, ymax - cy, 1.0) * (1 + 2 * spec.margin)
    w_px, h_px = item_size_px(layout.item(spec.map_id), dpi)
    mupp = max(2 * half_w / w_px, 2 * half_h / h_px)
    scale = nice_scale(mupp * dpi / METRES_PER_INCH)
    return {"mode": "fixed_scale", "center": [cx, cy], "scale": scale}, (cx, cy)


def _fields(row: Any, index: int, total: int) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "geometry"}
    out.update(page=index + 1, pages=total)
    return out


def _per_file_path(out: Path, name: str, used: set[str]) -> Path:
    base = f"{out.stem}_{safe_filename(name)}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}_{n}", n + 1
    used.add(candidate)
    return out.with_name(candidate + out.suffix)


def run_atlas(
    layout: PrintLayout,
    project: Project,
    spec: AtlasSpec,
    out: str | Path,
    *,
    per_file: bool = False,
    dpi: float = 300.0,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AtlasResult:
    """Print one page per feature into ``out``.

    Parameters
    ----------
    out : str or Path
        A ``.pdf`` for one multi-page PDF; with ``per_file`` a path pattern:
        page files are ``<stem>_<name><suffix>`` beside it (.pdf, .png, .svg),
        named by ``spec.name_field`` (else the fid).
    dpi : float
        PDF logical resolution or PNG/SVG dpi.
    progress : callable, optional
        ``progress(done, total, label)`` after each page.
    cancelled : callable, optional
        Polled before each page and while painting; True stops the job and
        nothing is written (``result.cancelled``, no outputs).

    Raises
    ------
    OSError
        The output cannot be written (nothing is left behind).
    """
    out = Path(out)
    rows = atlas_features(project, spec)
    if layout.first("map") is None or spec.map_id not in {
        m.id for m in layout.items_of("map")
    }:
        raise KeyError(f"layout {layout.name!r} has no map item {spec.map_id!r}")
    if not per_file and out.suffix.lower() != ".pdf":
        raise ValueError("a single-file atlas must be a .pdf; use per_file for images")
    result = AtlasResult()
    with StagedFiles(out.parent) as staged:
        _print_pages(
            layout,
            project,
            spec,
            rows,
            out,
            staged,
            result,
            (per_file, dpi, progress, cancelled),
        )
        if result.cancelled:
            staged.discard()
            result.outputs = []
    return result


def _print_pages(
    layout: PrintLayout,
    project: Project,
    spec: AtlasSpec,
    rows: Any,
    out: Path,
    staged: StagedFiles,
    result: AtlasResult,
    how: tuple[Any, ...],
) -> None:
    per_file, dpi, progress, cancelled = how
    total, epsg = len(rows), print_epsg(layout, project)
    layer = project.find(spec.layer_id)
    all_fids = layer.gdf.index.to_numpy() if layer is not None else np.empty(0)
    writer = painter = None
    if not per_file:
        tmp = staged.path_for(out)
        writer = open_pdf_writer(tmp, layout, int(dpi), f"{layout.name} atlas")
        result.outputs.append(out)
    used: set[str] = set()
    try:
        for i, (fid, row) in enumerate(rows.iterrows()):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            override, centroid = page_map_override(
                layout, spec, row.geometry, epsg, dpi
            )
            muted = (
                {spec.layer_id: all_fids[all_fids != fid]} if spec.mute_others else None
            )
            ctx = RenderContext(
                project,
                dpi,
                fields=_fields(row, i, total),
                muted_fids=muted,
                map_overrides={spec.map_id: override},
                cancelled=cancelled,
            )
            page = AtlasPage(i, int(fid), dict(ctx.fields), centroid, PageRecord())
            if writer is None:  # one file per page
                name = (
                    str(row.get(spec.name_field, fid)) if spec.name_field else str(fid)
                )
                page.path = _per_file_path(out, name, used)
                page.record = export_layout(
                    layout, project, staged.path_for(page.path), dpi=dpi, ctx=ctx
                )
                result.outputs.append(page.path)
            else:
                if painter is None:
                    painter = begin_painter(writer, out)
                elif not writer.newPage():
                    raise OSError(f"cannot add a page to {out}")
                page.record = render_layout(
                    painter, layout, ctx, plan_page(layout, ctx)
                )
            page.record.fid = int(fid)
            result.pages.append(page)
            if not page.record.completed:
                result.cancelled = True
                break
            if progress is not None:
                progress(i + 1, total, str(page.fields.get(spec.name_field or "", fid)))
    finally:
        if painter is not None:
            painter.end()
        del painter, writer  # the PDF file is closed before it is moved
    if not result.pages:
        result.outputs = []
