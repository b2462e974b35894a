"""Add a read-only layer from a GeoPackage, GeoJSON or Shapefile on disk.

The file is read with pyogrio and reprojected to EPSG:4490 from the CRS its
``.prj`` or metadata declares; a file without a CRS is accepted only if its
coordinates look like lon/lat (then taken as CGCS2000, as WGS84 input is;
DESIGN.md "Coordinates"). The layer is added by
:class:`layers.layer_commands.AddLayerCommand`, so Undo removes it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gui.file_dialogs import remember_folder, start_path
from layers.layer_commands import AddLayerCommand
from layers.project import Project
from layers.style import CATEGORY_COLORS, LayerStyle
from layers.vector_layer import LayerSource, VectorLayer


class LayerFileError(ValueError):
    """A file that cannot be read as a layer; the message names the file."""


def list_file_layers(path: Path) -> list[str]:
    """Return the names of the vector layers in ``path`` (one for most formats)."""
    import pyogrio

    try:
        return [str(name) for name, _geom in pyogrio.list_layers(path)]
    except Exception as exc:  # pyogrio raises several DataSourceError types
        raise LayerFileError(
            QCoreApplication.translate(
                "AddLayerDialog", "Cannot read {file}: {error}"
            ).format(file=path, error=exc)
        ) from exc


def geometry_kind(geoms: np.ndarray) -> str:
    """Return 'point', 'line' or 'polygon' for the most common geometry type."""
    types = shapely.get_type_id(geoms[~shapely.is_missing(geoms)])
    if types.size == 0:
        return "polygon"
    kind = np.select([np.isin(types, (0, 4)), np.isin(types, (1, 2, 5))], [0, 1], 2)
    return ("point", "line", "polygon")[int(np.bincount(kind).argmax())]


def load_vector_file(path: str | Path, layer: str | None = None) -> VectorLayer:
    """Read one layer of a vector file as a read-only VectorLayer in EPSG:4490.

    Raises
    ------
    LayerFileError
        If the file cannot be read, has no geometry, or has no CRS and does
        not look like lon/lat.
    """
    import pyogrio

    path = Path(path)
    try:
        gdf = pyogrio.read_dataframe(path, layer=layer, use_arrow=True)
    except Exception as exc:
        raise LayerFileError(
            QCoreApplication.translate(
                "AddLayerDialog", "Cannot read {file}: {error}"
            ).format(file=path, error=exc)
        ) from exc
    if "geometry" not in gdf or gdf.geometry is None:
        raise LayerFileError(
            QCoreApplication.translate(
                "AddLayerDialog", "{file} has no geometry column"
            ).format(file=path)
        )
    if gdf.crs is None:
        b = gdf.total_bounds if len(gdf) else np.zeros(4)
        if not (
            -180 <= b[0] <= 180
            and -90 <= b[1] <= 90
            and -180 <= b[2] <= 180
            and -90 <= b[3] <= 90
        ):
            raise LayerFileError(
                QCoreApplication.translate(
                    "AddLayerDialog",
                    "{file} declares no coordinate system and is not in lon/lat",
                ).format(file=path)
            )
        gdf = gdf.set_crs(4490)
    elif gdf.crs.to_epsg() != 4490:
        gdf = gdf.to_crs(4490)
    gdf = gdf.reset_index(drop=True)
    gdf.index = gdf.index.astype(np.int64)
    kind = geometry_kind(np.asarray(gdf.geometry.values))
    name = layer or path.stem
    colors = list(CATEGORY_COLORS.values())
    color = colors[sum(map(ord, name)) % len(colors)]
    style = LayerStyle(fill_color=color, outline_color="#333333", fill_alpha=0.4)
    return VectorLayer(
        name, gdf, kind, style, LayerSource(path=str(path)), read_only=True
    )


def add_layer_from_file(
    project: Project, parent: QWidget | None = None
) -> VectorLayer | None:
    """Ask for a file (and a layer inside a GeoPackage), then add it undoably."""
    path_str, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AddLayerDialog", "Add layer from file"),
        start_path(project.meta.path),
        QCoreApplication.translate(
            "AddLayerDialog", "GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)"
        ),
    )
    if not path_str:
        return None
    remember_folder(path_str)
    path = Path(path_str)
    try:
        names = list_file_layers(path)
        layer_name: str | None = None
        if len(names) > 1:
            layer_name, ok = QInputDialog.getItem(
                parent,
                QCoreApplication.translate("AddLayerDialog", "Choose a layer"),
                QCoreApplication.translate(
                    "AddLayerDialog", "Layers in {file}:"
                ).format(file=path.name),
                names,
                0,
                False,
            )
            if not ok:
                return None
        lyr = load_vector_file(path, layer_name)
    except LayerFileError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("AddLayerDialog", "Add layer"), str(exc)
        )
        return None
    project.undo_stack.push(AddLayerCommand(project, lyr))
    return lyr
