"""RawTable: an input file's cells as strings, before the header is chosen.

Shared by the table readers (CSV/XLSX) and the point-layer reader (GIS files),
so neither imports the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: Names of the grid columns that hold a point layer's coordinates.
GEOMETRY_X, GEOMETRY_Y = "X (geometry)", "Y (geometry)"


@dataclass
class RawTable:
    """A file's cells as strings before the header is chosen.

    ``grid`` has columns 0..n-1 and one row per file row; ``row_numbers[i]``
    is the 1-based line (CSV) or row (XLSX) number of ``grid`` row ``i``.
    """

    grid: pd.DataFrame
    row_numbers: np.ndarray
    kind: str  # csv | xlsx | gis
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    crs: str | None = None  # gis: the file's CRS (e.g. "EPSG:4326"), if it says
    geometry_problems: np.ndarray | None = None  # gis: per grid row, "" if fine
