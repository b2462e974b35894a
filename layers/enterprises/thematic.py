"""Thematic maps of the register: zone choropleths and an enterprise density grid.

The canvas draws single/categorised/graduated styles only, so both maps are
expressed in those terms: the choropleth is a graduated style on computed
``stat_*`` columns of the zone layers (display-only columns: the project file
ignores columns its tables do not have), and the density map is a separate,
read-only layer of grid cells graduated by count.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.layer_commands import AddLayerCommand, SetLayerStyleCommand
from layers.style import LayerStyle, graduated_style
from layers.undo import Command, MacroCommand
from layers.vector_layer import LayerSource, VectorLayer

STAT_PREFIX = "stat_"
#: Units shown after each class of a choropleth legend.
STAT_UNITS = {
    "count": "家",
    "employees": "人",
    "revenue_wan": "万元",
    "area_km2": "km²",
    "density_per_km2": "家/km²",
    "employees_per_km2": "人/km²",
    "revenue_wan_per_km2": "万元/km²",
}
DENSITY_LAYER_ID = "enterprise_density"


def attach_zone_stats(zone_layers: list[VectorLayer], stats: pd.DataFrame) -> None:
    """Copy every numeric column of ``stats`` (index = zone code) onto the layers
    as ``stat_<column>`` (in place; display-only, not saved)."""
    num = stats.select_dtypes("number")
    for lyr in zone_layers:
        codes = lyr.gdf["code"].astype(str)
        for col in num.columns:
            lyr.gdf[STAT_PREFIX + col] = codes.map(num[col]).to_numpy(float)


def choropleth_command(
    zone_layers: list[VectorLayer],
    stats: pd.DataFrame,
    stat: str,
    n_classes: int = 5,
    method: str = "quantile",
) -> MacroCommand:
    """Return one undoable step styling all zone layers graduated by ``stat``.

    The class breaks are computed over all zones together, so the same colour
    means the same value on every zone layer.
    """
    attach_zone_stats(zone_layers, stats)
    field = STAT_PREFIX + stat
    values = pd.concat([lyr.gdf[field] for lyr in zone_layers], ignore_index=True)
    children: list[Command] = []
    for lyr in zone_layers:
        base = lyr.style.with_(
            fill_alpha=0.75, extra={**lyr.style.extra, "thematic": stat}
        )
        style = graduated_style(
            base, field, values, n_classes, method, STAT_UNITS.get(stat, "")
        )
        children.append(SetLayerStyleCommand(lyr, style, f"Choropleth {stat}"))
    return MacroCommand(f"Choropleth of zones by {stat}", children)


def density_grid(
    x_ll: np.ndarray, y_ll: np.ndarray, cell_m: float = 1000.0, epsg: int = 4548
) -> gpd.GeoDataFrame:
    """Return square cells (EPSG:4490 polygons) holding at least one point.

    Parameters
    ----------
    x_ll, y_ll : numpy.ndarray
        Point lon/lat, EPSG:4490.
    cell_m : float
        Cell size in metres of the projected CRS ``epsg`` (GK, so cells are
        true squares on the ground).

    Returns
    -------
    geopandas.GeoDataFrame
        ``count`` and ``density_per_km2`` per occupied cell.
    """
    from geo.crs import transform_xy

    ok = np.isfinite(x_ll) & np.isfinite(y_ll)
    if not ok.any():
        return gpd.GeoDataFrame(
            {"count": [], "density_per_km2": []}, geometry=[], crs="EPSG:4490"
        )
    x, y = transform_xy(np.asarray(x_ll)[ok], np.asarray(y_ll)[ok], 4490, epsg)
    ix = np.floor(np.asarray(x) / cell_m).astype(np.int64)
    iy = np.floor(np.asarray(y) / cell_m).astype(np.int64)
    cells, counts = np.unique(np.stack([ix, iy], axis=1), axis=0, return_counts=True)
    x0, y0 = cells[:, 0] * cell_m, cells[:, 1] * cell_m
    # Corners go back to lon/lat; 2 extra points per side keep the edges true.
    t = np.linspace(0, 1, 3)[:-1]
    ring_x = np.concatenate([t, np.ones(2), 1 - t, np.zeros(2)])
    ring_y = np.concatenate([np.zeros(2), t, np.ones(2), 1 - t])
    px = (x0[:, None] + ring_x[None, :] * cell_m).ravel()
    py = (y0[:, None] + ring_y[None, :] * cell_m).ravel()
    lon, lat = transform_xy(px, py, epsg, 4490)
    coords = np.stack([np.asarray(lon), np.asarray(lat)], axis=1).reshape(
        len(cells), -1, 2
    )
    coords = np.concatenate([coords, coords[:, :1]], axis=1)
    polys = shapely.polygons(coords)
    area_km2 = cell_m * cell_m / 1e6
    return gpd.GeoDataFrame(
        {"count": counts.astype(np.int64), "density_per_km2": counts / area_km2},
        geometry=polys,
        crs="EPSG:4490",
    )


def density_layer(
    enterprise_layer: VectorLayer, cell_m: float = 1000.0, n_classes: int = 6
) -> VectorLayer:
    """Return a read-only grid layer of enterprise density, graduated by count."""
    x, y = enterprise_layer.point_xy_ll()
    grid = density_grid(x, y, cell_m)
    base = LayerStyle(
        fill_alpha=0.8,
        outline_width=0.0,
        outline_color="#00000000",
        extra={"thematic": "density", "cell_m": cell_m},
    )
    style = graduated_style(base, "count", grid["count"], n_classes, "jenks", "家")
    km = cell_m / 1000
    return VectorLayer(
        f"企业密度 ({km:g} km 网格)",
        grid,
        "polygon",
        style=style,
        source=LayerSource(),
        read_only=True,
        layer_id=DENSITY_LAYER_ID,
    )


def density_command(
    project: Any, enterprise_layer: VectorLayer, cell_m: float = 1000.0
) -> MacroCommand:
    """Return one undoable step that adds (or replaces) the density layer just
    below the enterprise points."""
    from layers.layer_commands import RemoveLayerCommand

    children: list[Any] = []
    if any(lyr.id == DENSITY_LAYER_ID for lyr in project.layers):
        children.append(RemoveLayerCommand(project, DENSITY_LAYER_ID))
    layer = density_layer(enterprise_layer, cell_m)
    ids = [lyr.id for lyr in project.layers if lyr.id != DENSITY_LAYER_ID]
    index = ids.index(enterprise_layer.id) + 1 if enterprise_layer.id in ids else 0
    children.append(AddLayerCommand(project, layer, index))
    return MacroCommand("Enterprise density map", children)
