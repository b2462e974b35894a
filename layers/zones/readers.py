"""Format readers for zone import: each returns raw features and what it knows.

A reader returns a :class:`RawRead`: a GeoDataFrame in the file's own
coordinates (CRS from the file when it says one), the text encoding used and
how it was chosen. Every failure is a :class:`ZoneImportError` naming the
file. Readers never write beside the input; archives go to a temp folder.
"""

from __future__ import annotations

import io
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.zones.safe_input import (
    ZoneImportError,
    check_file,
    check_xml_safe,
    dbf_encoding,
    detect_text_encoding,
    extract_archive,
    normalise_encoding,
)

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
WKT_COLUMNS = ("wkt", "geometry", "geom", "the_geom", "shape", "geometry_wkt")
FORMATS = {
    ".gpkg": "gpkg",
    ".shp": "shp",
    ".zip": "zip",
    ".geojson": "geojson",
    ".json": "geojson",
    ".kml": "kml",
    ".kmz": "kmz",
    ".dxf": "dxf",
    ".csv": "csv",
    ".txt": "csv",
}


@dataclass
class RawRead:
    """Features as read, before CRS conversion and field mapping."""

    gdf: gpd.GeoDataFrame
    fmt: str
    encoding: str | None = None
    encoding_how: str = ""
    layer: str | None = None
    notes: list[str] = field(default_factory=list)


@contextmanager
def opened(path: Path) -> Iterator[Path]:
    """Yield the file to read: the path itself, or the data file inside a zip/KMZ."""
    suffix = path.suffix.lower()
    if suffix not in (".zip", ".kmz"):
        yield path
        return
    tmp = extract_archive(path)
    try:
        files = [p for p in tmp.rglob("*") if p.is_file()]
        wanted = (
            (".kml",)
            if suffix == ".kmz"
            else tuple(k for k in FORMATS if k not in (".zip", ".kmz", ".txt", ".json"))
        )
        inner = sorted(
            (p for p in files if p.suffix.lower() in wanted), key=lambda p: len(p.parts)
        )
        if not inner:
            raise ZoneImportError(
                path,
                "the archive holds no shapefile, GeoPackage, GeoJSON, KML, DXF or CSV",
            )
        yield inner[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def read_raw(
    path: Path,
    encoding: str | None = None,
    layer: str | None = None,
    prefer: str = "polygon",
) -> RawRead:
    """Read ``path`` with the reader its extension names.

    ``prefer`` ("polygon" or "point") picks the layer of a multi-layer file
    when none is named: the one called ``zones``/``enterprises`` or the only
    layer of that geometry type.
    """
    path = Path(path)
    check_file(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ZoneImportError(
            path,
            f"unsupported file type {path.suffix!r}; use " + ", ".join(sorted(FORMATS)),
        )
    enc = normalise_encoding(encoding) if encoding else None
    with opened(path) as inner:
        inner_fmt = "kml" if fmt == "kmz" else FORMATS.get(inner.suffix.lower(), fmt)
        try:
            if inner_fmt == "dxf":
                from layers.zones.dxf import read_dxf

                raw = RawRead(read_dxf(inner, path), "dxf")
            elif inner_fmt == "csv":
                raw = _read_csv(inner, path, enc)
            else:
                raw = _read_ogr(inner, path, inner_fmt, enc, (layer, prefer))
        except ZoneImportError:
            raise
        except Exception as exc:
            # The refusal names the file and the reader's first line; the full
            # error goes to the log for a bug report.
            log.info("reading %s as %s failed", path, inner_fmt, exc_info=exc)
            first = (
                str(exc).strip().splitlines()[0]
                if str(exc).strip()
                else type(exc).__name__
            )
            raise ZoneImportError(
                path, f"cannot be read as {inner_fmt.upper()}: {first}"
            ) from None
    raw.fmt = fmt
    return raw


def _read_ogr(
    inner: Path, outer: Path, fmt: str, enc: str | None, which: tuple[str | None, str]
) -> RawRead:
    import pyogrio

    how = ""
    if fmt == "gpkg":
        with open(inner, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise ZoneImportError(outer, "not a GeoPackage (no SQLite header)")
    if fmt == "kml":
        check_xml_safe(outer, inner.read_bytes())
    if fmt == "shp":
        missing = [s for s in (".shx", ".dbf") if not _sidecar(inner, s)]
        if missing:
            raise ZoneImportError(
                outer, f"the shapefile's {' and '.join(missing)} file is missing"
            )
        if enc is None:
            enc, how = dbf_encoding(inner)
        else:
            how = "chosen"
    try:
        return _read_layers(pyogrio, inner, outer, fmt, enc, how, which)
    except UnicodeDecodeError:
        raise ZoneImportError(
            outer,
            f"text does not read as {enc} ({how}); choose another encoding, "
            "e.g. --encoding gbk or --encoding utf-8",
        ) from None


def _read_layers(
    pyogrio: Any,
    inner: Path,
    outer: Path,
    fmt: str,
    enc: str | None,
    how: str,
    which: tuple[str | None, str],
) -> RawRead:
    layer, prefer = which
    layers = pyogrio.list_layers(inner)
    names = [str(n) for n in layers[:, 0]]
    if layer is not None and layer not in names:
        raise ZoneImportError(outer, f"no layer {layer!r}; layers: {', '.join(names)}")
    if fmt == "kml" and layer is None and len(names) > 1:
        frames = [_read_one(pyogrio, inner, n, enc) for n in names]
        frames = [f for f in frames if len(f)]
        gdf = pd.concat(frames, ignore_index=True) if frames else frames_or_empty(inner)
        gdf = gpd.GeoDataFrame(gdf, geometry="geometry", crs="EPSG:4326")
    else:
        name = layer or _pick_layer(outer, names, layers, prefer)
        gdf = _read_one(pyogrio, inner, name, enc)
        layer = name
    if enc and any(
        "\ufffd" in v
        for c in gdf.columns
        if gdf[c].dtype == object or str(gdf[c].dtype).startswith("str")
        for v in gdf[c].dropna().astype(str)
    ):
        raise ZoneImportError(
            outer,
            f"text does not read as {enc}; choose another encoding (e.g. gbk or utf-8)",
        )
    return RawRead(gdf, fmt, enc, how, layer)


def frames_or_empty(inner: Path) -> gpd.GeoDataFrame:
    """Return an empty frame (no layer had features)."""
    return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")


def _read_one(
    pyogrio: Any, inner: Path, name: str, enc: str | None
) -> gpd.GeoDataFrame:
    kw: dict[str, Any] = {"layer": name}
    if enc:
        kw["encoding"] = enc
    return pyogrio.read_dataframe(inner, **kw)


def _pick_layer(
    outer: Path, names: list[str], layers: np.ndarray, prefer: str = "polygon"
) -> str:
    if not names:
        raise ZoneImportError(outer, "the file holds no layer")
    if len(names) == 1:
        return names[0]
    usual = "zones" if prefer == "polygon" else "enterprises"
    typed = [
        n for n, t in zip(names, layers[:, 1], strict=False) if prefer in str(t).lower()
    ]
    for n in (usual, *typed):
        if n in names and (n == usual or len(typed) == 1):
            return n
    raise ZoneImportError(
        outer, f"several layers ({', '.join(names)}); choose one with --layer"
    )


def _sidecar(shp: Path, suffix: str) -> bool:
    return shp.with_suffix(suffix).exists() or shp.with_suffix(suffix.upper()).exists()


def _read_csv(inner: Path, outer: Path, enc: str | None) -> RawRead:
    raw = inner.read_bytes()
    how = "chosen"
    if enc is None:
        enc, how = detect_text_encoding(raw), "detected"
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError:
        raise ZoneImportError(
            outer, f"text does not read as {enc}; choose another encoding"
        ) from None
    try:
        df = pd.read_csv(
            io.StringIO(text),
            dtype=str,
            keep_default_na=False,
            sep=None,
            engine="python",
        )
    except (
        pd.errors.ParserError,
        pd.errors.EmptyDataError,
        ValueError,
        UnicodeError,
    ) as exc:
        raise ZoneImportError(outer, f"not a readable CSV ({exc})") from None
    col = next((c for c in df.columns if str(c).strip().lower() in WKT_COLUMNS), None)
    if col is None:
        raise ZoneImportError(outer, "no WKT column (name it wkt, geometry or geom)")
    geoms = []
    for i, w in enumerate(df[col].tolist(), start=2):
        try:
            geoms.append(shapely.from_wkt(w) if w.strip() else None)
        except shapely.errors.GEOSException:
            raise ZoneImportError(
                outer, f"line {i}: the WKT cannot be parsed"
            ) from None
    gdf = gpd.GeoDataFrame(df.drop(columns=[col]), geometry=geoms, crs=None)
    return RawRead(gdf, "csv", enc, how)


def preview_rows(raw: RawRead, n: int = 5) -> list[dict[str, str]]:
    """Return the first ``n`` rows' attributes as strings (for the encoding preview)."""
    df = raw.gdf.drop(columns=[raw.gdf.geometry.name]).head(n)
    return [
        {str(k): ("" if pd.isna(v) else str(v)) for k, v in r.items()}
        for r in df.to_dict("records")
    ]
