"""Layer writers fail loudly: web map, workbooks, CSV, every zone format.

Each bad target (a folder the kernel refuses, a missing folder, a file where
a folder should be) gives an OSError naming the target and leaves nothing;
a writer that fails half-way keeps the existing file's bytes.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from zones_fixtures import make_zones

from layers.enterprises.register_export import (
    ExportMeta,
    export_register,
    export_stats,
    write_csv,
)
from layers.web.web_map import export_web_map
from layers.zones.zone_export import export_zones
from tests.factories.web_sample import sample_project
from tests.layers.enterprises_fixtures import hand_enterprises

CASES = ["unwritable", "missing_folder", "folder_is_a_file"]


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    (d / "file").write_text("x")
    return d


def _target(outdir: Path, case: str, name: str) -> Path:
    return {
        "unwritable": Path("/proc") / name,
        "missing_folder": outdir / "no" / "such" / name,
        "folder_is_a_file": outdir / "file" / name,
    }[case]


def _left(outdir: Path) -> list[str]:
    return sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*"))


def _writers() -> dict[str, tuple[str, object]]:
    table = pd.DataFrame({"name_zh": ["海淀园"], "count": [3]}).set_index("name_zh")
    meta = ExportMeta(title="t")
    ent = hand_enterprises()
    ent["name"] = list("ABCDE")
    return {
        "web_map": ("map.html", lambda p: export_web_map(sample_project(50), p)),
        "stats_xlsx": (
            "stats.xlsx",
            lambda p: export_stats(p, {"by_zone": table}, meta),
        ),
        "register_xlsx": ("reg.xlsx", lambda p: export_register(ent, p, meta)),
        "register_csv": ("reg.csv", lambda p: export_register(ent, p)),
        "problem_report": ("problems.csv", lambda p: write_csv(p, table.reset_index())),
        **{
            f"zones{sfx}": (f"zones{sfx}", lambda p: export_zones(make_zones(), p))
            for sfx in (".gpkg", ".zip", ".shp", ".geojson", ".kml", ".dxf")
        },
    }


WRITERS = sorted(_writers())


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("case", CASES)
def test_writer_refuses_bad_target(outdir, writer, case) -> None:
    name, write = _writers()[writer]
    out = _target(outdir, case, name)
    before = _left(outdir)
    with pytest.raises(OSError, match=f"cannot write {out}"):
        write(out)
    assert _left(outdir) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_writer_writes_and_replaces_atomically(outdir, writer, monkeypatch) -> None:
    name, write = _writers()[writer]
    out = outdir / name
    out.write_bytes(b"old")
    write(out)
    assert out.read_bytes() != b"old"
    stray = [p for p in _left(outdir) if p.startswith(".zp-write")]
    assert stray == []


@pytest.mark.parametrize("writer", WRITERS)
def test_writer_failing_half_way_keeps_old_file(outdir, writer, monkeypatch) -> None:
    """The staged file is written, then the writer dies: the target keeps its bytes."""
    import geo.atomic_write as aw

    name, write = _writers()[writer]
    out = outdir / name
    out.write_bytes(b"old")

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(aw, "_fsync", disk_full)  # the last step before the rename
    with pytest.raises(OSError, match="No space left"):
        write(out)
    assert out.read_bytes() == b"old"
    assert _left(outdir) == sorted(["file", name])


def test_zone_shapefile_moves_with_its_sidecars(outdir) -> None:
    export_zones(make_zones(), outdir / "z.shp")
    assert {p.suffix for p in outdir.glob("z.*")} == {
        ".shp",
        ".shx",
        ".dbf",
        ".prj",
        ".cpg",
    }
