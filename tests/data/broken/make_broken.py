"""Write the corpus of broken zone inputs (run once; the outputs are committed).

Each file exercises one way an import must fail cleanly: a clear one-line
message naming the file, no crash, the project file unchanged. Run from the
repository root: ``python tests/data/broken/make_broken.py``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[2]), str(HERE.parents[1] / "layers")]

SQUARE = [
    [116.30, 39.90],
    [116.31, 39.90],
    [116.31, 39.91],
    [116.30, 39.91],
    [116.30, 39.90],
]


def feature(geom: dict, **props: object) -> dict:
    return {
        "type": "Feature",
        "properties": {"code": "X1", "name_zh": "测试", **props},
        "geometry": geom,
    }


def fc(*features: dict) -> str:
    return json.dumps(
        {"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False
    )


def poly(ring: list) -> dict:
    return {"type": "Polygon", "coordinates": [ring]}


def write_shapefile(folder: Path, stem: str, encoding: str, cpg: str | None) -> Path:
    """Write a small zone shapefile with Chinese names in ``encoding``."""
    from zones_fixtures import make_zones

    gdf = make_zones().drop(
        columns=[
            "district_adcodes",
            "boundary_status",
            "focus_categories",
            "published_area_km2",
            "source_date",
        ]
    )
    tmp = Path(tempfile.mkdtemp())
    gdf.to_file(
        tmp / f"{stem}.shp",
        driver="ESRI Shapefile",
        engine="pyogrio",
        encoding=encoding,
    )
    (tmp / f"{stem}.cpg").unlink(missing_ok=True)
    for p in tmp.iterdir():
        shutil.move(str(p), folder / p.name)
    if cpg is not None:
        (folder / f"{stem}.cpg").write_text(cpg, encoding="ascii")
    # Clear the DBF language driver id, as many Chinese tools leave it, so the
    # encoding has to come from the .cpg or from the bytes themselves.
    dbf = folder / f"{stem}.dbf"
    raw = bytearray(dbf.read_bytes())
    raw[29] = 0
    dbf.write_bytes(bytes(raw))
    shutil.rmtree(tmp)
    return folder / f"{stem}.shp"


def main() -> None:
    b = HERE
    (b / "empty.geojson").write_bytes(b"")
    (b / "no_features.geojson").write_text(fc(), encoding="utf-8")
    (b / "random_bytes.gpkg").write_bytes(os.urandom(4096))
    (b / "garbage.dxf").write_bytes(b"  0\nSECTION\n  2\nENTITIES\n" + os.urandom(2000))
    (b / "not_a_zip.zip").write_bytes(b"PK\x03\x04" + os.urandom(500))
    (b / "nan_coords.geojson").write_text(
        fc(
            feature(
                poly([[116.3, 39.9], ["NaN", 39.91], [116.31, 39.91], [116.3, 39.9]])
            )
        ).replace('"NaN"', "NaN"),
        encoding="utf-8",
    )
    (b / "swapped_latlon.geojson").write_text(
        fc(feature(poly([[y, x] for x, y in SQUARE]))), encoding="utf-8"
    )
    (b / "out_of_range.geojson").write_text(
        fc(feature(poly([[x + 100, y] for x, y in SQUARE]))), encoding="utf-8"
    )
    (b / "mixed_types.geojson").write_text(
        fc(
            feature(poly(SQUARE)),
            feature({"type": "Point", "coordinates": [116.3, 39.9]}, code="X2"),
            feature({"type": "LineString", "coordinates": SQUARE[:2]}, code="X3"),
        ),
        encoding="utf-8",
    )
    (b / "bad_wkt.csv").write_text(
        "code,name_zh,kind,wkt\nX1,测试,zgc_park,POLYGON((116.3 39.9, 116.31\n",
        encoding="utf-8",
    )
    (b / "truncated.geojson").write_text(
        fc(feature(poly(SQUARE)))[:-40], encoding="utf-8"
    )
    kml_ok = (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><Placemark><name>测试</name><Polygon><outerBoundaryIs><LinearRing>"
        "<coordinates>"
        + " ".join(f"{x},{y}" for x, y in SQUARE)
        + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>"
    )
    (b / "truncated.kml").write_text(kml_ok[: len(kml_ok) // 2], encoding="utf-8")
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    (b / "billion_laughs.kml").write_text(
        '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY lol0 "lol">'
        + laughs
        + "]>"
        + kml_ok.split("?>", 1)[1].replace("测试", "&lol9;"),
        encoding="utf-8",
    )
    (b / "external_entity.kml").write_text(
        '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + kml_ok.split("?>", 1)[1].replace("测试", "&xxe;"),
        encoding="utf-8",
    )
    with zipfile.ZipFile(b / "entity.kmz", "w") as zf:
        zf.writestr("doc.kml", (b / "external_entity.kml").read_text(encoding="utf-8"))
    # Zip bomb 1: 40 MiB of zeros (about 40 KiB packed): ratio far above the limit.
    with zipfile.ZipFile(
        b / "zip_bomb_ratio.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9
    ) as zf:
        with zf.open("zones.geojson", "w") as fh:
            chunk = bytes(1024 * 1024)
            for _ in range(40):
                fh.write(chunk)
    # Zip bomb 2: a tiny member whose headers declare ~4 GiB (declared sizes lie).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zones.geojson", fc(feature(poly(SQUARE))))
    data = bytearray(buf.getvalue())
    for sig, off in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        pos = data.find(sig)
        data[pos + off : pos + off + 4] = struct.pack("<I", 0xFFFFFF00)
    (b / "zip_bomb_declared.zip").write_bytes(bytes(data))
    with zipfile.ZipFile(b / "zip_slip.zip", "w") as zf:
        zf.writestr("../../evil.geojson", fc(feature(poly(SQUARE))))
        zf.writestr("zones.geojson", fc(feature(poly(SQUARE))))
    # Shapefiles: a truncated one, one without .dbf, one whose .cpg lies.
    good = write_shapefile(b, "truncated_shp", "UTF-8", "UTF-8")
    raw = good.read_bytes()
    good.write_bytes(raw[: len(raw) // 3])
    nodbf = write_shapefile(b, "missing_dbf", "UTF-8", "UTF-8")
    nodbf.with_suffix(".dbf").unlink()
    write_shapefile(b, "gbk_lying_cpg", "GBK", "UTF-8")
    # DXF: only open polylines; and a valid drawing that needs a CRS.
    import ezdxf

    doc = ezdxf.new("R2010")
    doc.modelspace().add_lwpolyline(
        [(447000, 4419000), (448000, 4419000), (448000, 4420000)]
    )
    doc.saveas(b / "open_polylines.dxf")
    doc = ezdxf.new("R2010")
    doc.modelspace().add_lwpolyline(
        [(447000, 4419000), (448000, 4419000), (448000, 4420000)], close=True
    )
    doc.saveas(b / "no_crs_projected.dxf")
    # Encoding fixtures for the round-trip tests (valid files, kept apart).
    z = HERE.parent / "zones"
    z.mkdir(exist_ok=True)
    write_shapefile(z, "gbk_with_cpg", "GBK", "GBK")
    write_shapefile(z, "gbk_no_cpg", "GBK", None)


if __name__ == "__main__":
    main()
