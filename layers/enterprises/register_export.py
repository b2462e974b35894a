"""Export registers and statistics to XLSX/CSV without formula injection.

Cells that look like formulas (text starting with ``=``, ``+``, ``-``, ``@``,
tab or CR) must never become live formulas in the planner's spreadsheet:

- XLSX: every text cell is written with ``data_type = 's'`` (a typed string
  cell). The text is kept exactly as it was -- a name like ``=HYPERLINK(...)``
  round-trips byte for byte on re-import -- while Excel and LibreOffice show
  it as text and never evaluate it. (openpyxl would otherwise store any text
  starting with ``=`` as a formula.)
- CSV has no cell types, so such text is prefixed with a single quote (the
  OWASP recommendation); the importer strips exactly that quote again
  (:func:`unescape_text`), so export -> import is still an identity.

Numbers stay numbers (``-5`` is a negative number, not text) and are never
prefixed. Control characters XLSX cannot hold are removed from text.

Every file is written beside its target and renamed in when complete
(:func:`geo.atomic_write.atomic_write`): a failure leaves no partial file and
an existing workbook unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geo.atomic_write import atomic_write

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_QUOTED = re.compile(r"^'(?=[=+\-@\t\r])")


def escape_text_csv(value: Any) -> Any:
    """Return ``value`` with a leading ``'`` if it is text that looks like a formula.

    >>> escape_text_csv("=1+1"), escape_text_csv(-5), escape_text_csv("公司")
    ("'=1+1", -5, '公司')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape_text(s: pd.Series) -> pd.Series:
    """Undo :func:`escape_text_csv` on a string Series (importer side)."""
    hit = s.str.startswith("'").fillna(False).to_numpy(bool)
    if not hit.any():
        return s
    s = s.astype(object).copy()
    s[hit] = s[hit].str.replace(_QUOTED, "", regex=True)
    return s


@dataclass
class ExportMeta:
    """Header block written above exported tables."""

    title: str
    source: str = ""
    boundary: str = ""
    when: str = field(default_factory=lambda: date.today().isoformat())
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        """Return (label, value) header rows."""
        rows = [("标题 Title", self.title), ("日期 Date", self.when)]
        if self.source:
            rows.append(("数据来源 Source", self.source))
        if self.boundary:
            rows.append(("区域边界 Boundaries", self.boundary))
        rows += [("说明 Note", n) for n in self.notes]
        return rows


def _xlsx_value(v: Any) -> tuple[Any, bool]:
    """Return (cell value, is_text) for one Python/numpy value."""
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
        return None, False
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, bool | int | float):
        return v, False
    return _ILLEGAL_XLSX.sub("", str(v)), True


def _write_sheet(wb: Any, name: str, df: pd.DataFrame, meta: ExportMeta | None) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    ws = wb.create_sheet(title=name[:31])
    bold = Font(bold=True)

    def text_cell(v: Any, is_bold: bool = False) -> Any:
        val, is_text = _xlsx_value(v)
        c = WriteOnlyCell(ws, value=val)
        if is_text:
            c.data_type = "s"  # typed text: never a formula, see module docstring
        if is_bold:
            c.font = bold
        return c

    if meta is not None:
        for label, value in meta.lines():
            ws.append([text_cell(label, True), text_cell(value)])
        ws.append([])
    ws.append([text_cell(c, True) for c in df.columns])
    for row in df.itertuples(index=False, name=None):
        ws.append([_fast_value(ws, v, text_cell) for v in row])


def _fast_value(ws: Any, v: Any, text_cell: Any) -> Any:
    """Return a plain value, or a typed text cell where the text is risky."""
    val, is_text = _xlsx_value(v)
    if is_text and val.startswith(FORMULA_START):
        return text_cell(val)
    return val


def write_xlsx(
    path: str | Path, sheets: dict[str, pd.DataFrame], meta: ExportMeta | None = None
) -> Path:
    """Write ``sheets`` (name -> frame) to an XLSX file with a header block each."""
    from openpyxl import Workbook

    path = Path(path)
    with atomic_write(path) as tmp:
        wb = Workbook(write_only=True)
        for name, df in sheets.items():
            _write_sheet(wb, name, df, meta)
        wb.save(tmp)
    return path


def write_csv(path: str | Path, df: pd.DataFrame, encoding: str = "utf-8-sig") -> Path:
    """Write ``df`` to CSV (UTF-8 with BOM so Excel reads Chinese) with escaping."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(escape_text_csv)
    path = Path(path)
    with atomic_write(path) as tmp:
        out.to_csv(tmp, index=False, encoding=encoding)
    return path


def register_frame(gdf: Any) -> pd.DataFrame:
    """Return the register as a plain table: attributes + lon/lat (EPSG:4490)."""
    import shapely

    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    geoms = gdf.geometry.values
    df["lon"] = np.round(shapely.get_x(geoms), 7)
    df["lat"] = np.round(shapely.get_y(geoms), 7)
    drop = [c for c in ("row_version", "updated_at", "updated_by") if c in df]
    return df.drop(columns=drop).reset_index(drop="fid" not in str(df.index.name or ""))


def export_register(gdf: Any, path: str | Path, meta: ExportMeta | None = None) -> Path:
    """Export enterprises to ``.xlsx`` or ``.csv`` (chosen by the suffix)."""
    df = register_frame(gdf)
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return write_csv(path, df)
    return write_xlsx(path, {"企业名录": df}, meta)


def export_stats(
    path: str | Path, tables: dict[str, pd.DataFrame], meta: ExportMeta
) -> Path:
    """Export statistics tables (index kept as the first column) to XLSX."""
    sheets = {name: t.reset_index() for name, t in tables.items()}
    return write_xlsx(path, sheets, meta)
