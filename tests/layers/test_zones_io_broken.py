"""The broken-input corpus: every file is refused with a clear one-line message.

Each import runs through the real CLI entry (``main.main``) against a project
file whose checksum must not change, and nothing may appear next to the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from zones_fixtures import make_project_file, sha256

import main

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
SIDECARS = {".shx", ".dbf", ".cpg", ".prj", ".py"}
CASES = sorted(p for p in BROKEN.iterdir() if p.suffix.lower() not in SIDECARS)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project_file(tmp_path_factory.mktemp("broken") / "p.gpkg")


def test_zones_io_broken_corpus_is_complete():
    names = {p.name for p in CASES}
    for expected in (
        "zip_bomb_ratio.zip",
        "zip_bomb_declared.zip",
        "zip_slip.zip",
        "billion_laughs.kml",
        "external_entity.kml",
        "nan_coords.geojson",
        "swapped_latlon.geojson",
        "mixed_types.geojson",
        "empty.geojson",
        "random_bytes.gpkg",
        "garbage.dxf",
        "truncated_shp.shp",
        "gbk_lying_cpg.shp",
    ):
        assert expected in names


def test_zones_io_broken_corpus_refused_cleanly(project, capsys):
    before = sha256(project)
    listing = sorted(p.name for p in BROKEN.iterdir())
    for path in CASES:
        rc = main.main(["import-zones", str(project), str(path)])
        err = capsys.readouterr().err.strip().splitlines()
        assert rc == 2, path.name
        assert len(err) == 1 and err[0].startswith(f"error: {path.name}: "), (
            path.name,
            err,
        )
        assert sha256(project) == before, path.name
    assert (
        sorted(p.name for p in BROKEN.iterdir()) == listing
    )  # nothing written beside inputs


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("zip_bomb_ratio.zip", "zip bomb"),
        ("zip_bomb_declared.zip", "zip bomb"),
        ("zip_slip.zip", "zip-slip"),
        ("billion_laughs.kml", "ENTITY"),
        ("entity.kmz", "ENTITY"),
        ("nan_coords.geojson", "NaN"),
        ("swapped_latlon.geojson", "swapped"),
        ("mixed_types.geojson", "mixed geometry types"),
        ("empty.geojson", "empty"),
        ("random_bytes.gpkg", "not a GeoPackage"),
        ("gbk_lying_cpg.shp", "--encoding gbk"),
        ("no_crs_projected.dxf", "--crs"),
    ],
)
def test_zones_io_broken_message_says_the_problem(project, capsys, name, words):
    assert main.main(["import-zones", str(project), str(BROKEN / name)]) == 2
    assert words in capsys.readouterr().err
