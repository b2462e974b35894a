"""Read enterprise lists into a raw string grid (no header yet).

Tables (CSV/TXT, XLSX) exported from Chinese systems come as UTF-8 (with or
without BOM), GBK or GB18030, with commas, semicolons, tabs or pipes, and
often one or two title rows (merged cells in Excel) above the header. This
module finds all that and returns every cell as a string, with the row number
the user sees in the file.

Point layers (GeoPackage, GeoJSON, Shapefile also zipped, KML/KMZ) are read
with the zone importer's readers (same encodings, limits and refusals); their
attribute table becomes the grid, the point coordinates two more columns, and
the file's CRS the default coordinate system.

Every refusal of the file as a whole is an
:class:`~layers.zones.safe_input.InputFileError`: one line naming the file.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from layers.enterprises.raw_table import RawTable
from layers.zones.safe_input import InputFileError, check_file, check_xlsx

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t", "|")
#: Strict-decode ladder; GB18030 is a superset of GBK and GB2312.
ENCODING_LADDER = ("utf-8-sig", "utf-8", "gb18030")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
GIS_SUFFIXES = (".gpkg", ".geojson", ".json", ".shp", ".zip", ".kml", ".kmz")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", *EXCEL_SUFFIXES)


def detect_encoding(data: bytes) -> tuple[str, str]:
    """Return ``(encoding, how)`` for ``data`` (bytes of a text file).

    A BOM wins; then strict UTF-8, then strict GB18030 (which reads GBK); only
    if all fail is charset-normalizer asked. Strict decoding comes first
    because Chinese CSVs are short on ASCII-free context and statistical
    detectors sometimes call GBK text Big5 or Shift-JIS.

    >>> detect_encoding("企业名称".encode("gbk"))[0]
    'gb18030'
    >>> detect_encoding("\\ufeff名称".encode("utf-8"))[0]
    'utf-8-sig'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "BOM"
    for enc in ENCODING_LADDER[1:]:
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        return enc, "strict decode"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            return best.encoding, "charset-normalizer"
    except ImportError:  # pragma: no cover
        pass
    return "gb18030", "fallback (undecodable bytes replaced)"


def sniff_delimiter(text: str) -> str:
    """Return the delimiter among , ; tab | that splits the sample most evenly.

    >>> sniff_delimiter("名称;地址\\nA;B\\nC;D\\n")
    ';'
    """
    lines = [ln for ln in text.splitlines()[:80] if ln.strip()]
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        if not counts:
            continue
        vals, freq = np.unique(counts, return_counts=True)
        mode = int(vals[np.argmax(freq)])
        if mode < 2:
            continue
        score = freq.max() / len(counts) * 10 + mode / 100
        if score > best_score:
            best, best_score = d, score
    return best


def _read_csv_text(text: str, delimiter: str) -> pd.DataFrame:
    sample = [ln for ln in text.splitlines()[:200]]
    width = max((len(r) for r in csv.reader(sample, delimiter=delimiter)), default=1)
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            names=range(width),
            engine="c",
            quotechar='"',
        )
    except pd.errors.ParserError:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        width = max((len(r) for r in rows), default=1)
        return pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)


def _check_chosen_encoding(path: Path, data: bytes, encoding: str) -> None:
    """Refuse an encoding the user chose that does not fit the file's bytes.

    Decoding with replacement would store names as ``\ufffd`` runs and
    report success; the message names the line and the encoding that fits.

    Raises
    ------
    InputFileError
        The encoding is unknown, or the bytes are not valid in it.
    """
    try:
        data.decode(encoding)
    except LookupError as exc:
        raise InputFileError(path, f"unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        fits, _ = detect_encoding(data)
        raise InputFileError(
            path,
            f"line {line} is not valid {encoding} (byte 0x{data[exc.start]:02x}); "
            f"the file reads as {fits}: choose that encoding or let it be detected",
        ) from exc


def read_csv_raw(
    path: str | Path, encoding: str | None = None, delimiter: str | None = None
) -> RawTable:
    """Read a delimited text file as a raw grid (detecting what is not given)."""
    path = Path(path)
    check_file(path)
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise InputFileError(
            path,
            "is a zip archive (an XLSX workbook?), not a text file; "
            "give it its real extension (.xlsx) and import it again",
        )
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(path, "is a binary file, not a CSV/text table")
    notes = []
    if encoding is None:
        encoding, how = detect_encoding(data)
        notes.append(f"encoding {encoding} ({how})")
    else:
        _check_chosen_encoding(path, data, encoding)
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    grid = _read_csv_text(text, delimiter).fillna("")
    grid.columns = pd.RangeIndex(grid.shape[1])
    rows = np.arange(1, len(grid) + 1)
    return RawTable(
        grid, rows, "csv", encoding=encoding, delimiter=delimiter, notes=notes
    )


def _cell_str(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return (
            v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
        )
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v).strip()


#: What openpyxl raises on a workbook that passed check_xlsx but is still
#: malformed (bad XML, missing parts, broken shared strings, defusedxml refusals).
_XLSX_ERRORS = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    SyntaxError,
    EOFError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,
)


def read_xlsx_raw(path: str | Path, sheet: str | None = None) -> RawTable:
    """Read one worksheet as a raw grid; merged cells hold their top-left value.

    The workbook is checked first (:func:`~layers.zones.safe_input.check_xlsx`:
    damaged, renamed CSV, old .xls, entity declarations, size limits).
    """
    from openpyxl import load_workbook

    path = Path(path)
    check_xlsx(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            names = list(wb.sheetnames)
            if sheet and sheet not in names:
                raise InputFileError(
                    path, f"no worksheet {sheet!r}; sheets: {', '.join(names)}"
                )
            ws = wb[sheet] if sheet else wb[names[0]]
            rows = [
                tuple(_cell_str(v) for v in r)
                for r in ws.iter_rows(min_row=1, values_only=True)
            ]
            title = ws.title
        finally:
            wb.close()
    except _XLSX_ERRORS as exc:
        log.info("openpyxl refused %s", path, exc_info=exc)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise InputFileError(
            path, f"the workbook cannot be read ({type(exc).__name__}: {first})"
        ) from None
    width = max((len(r) for r in rows), default=0)
    grid = pd.DataFrame([list(r) + [""] * (width - len(r)) for r in rows], dtype=object)
    grid.columns = pd.RangeIndex(grid.shape[1])
    return RawTable(
        grid, np.arange(1, len(grid) + 1), "xlsx", sheet=title, sheets=names
    )


def read_raw(
    path: str | Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    layer: str | None = None,
) -> RawTable:
    """Read ``path`` as a raw grid: a table (CSV/TXT, XLSX) or a point layer."""
    suffix = Path(path).suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return read_xlsx_raw(path, sheet)
    if suffix in GIS_SUFFIXES:
        from layers.enterprises.point_layers import read_point_layer

        return read_point_layer(Path(path), encoding, layer)
    if suffix == ".xls":
        raise InputFileError(
            path,
            "old Excel 97-2003 (.xls) workbooks are not read; save it as "
            ".xlsx or .csv in Excel and import that",
        )
    return read_csv_raw(path, encoding, delimiter)


def preview_text(path: str | Path, encoding: str, n_lines: int = 20) -> str:
    """Return the first lines of a text file decoded with ``encoding``."""
    with open(path, "rb") as fh:
        data = fh.read(64_000)
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    return "\n".join(text.splitlines()[:n_lines])
