"""Every print writer fails loudly: unwritable or missing folders, mid-write errors.

Each case checks the message names the target, no partial or staging file is
left, and an existing file at the target keeps its bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_fixtures import demo_gpkg_fixture, demo_project_fixture  # noqa: F401

import gui.printing.exporters as exporters
from gui.printing.atlas import AtlasSpec, run_atlas
from layers.printing.layout import load_template

LAYOUT = "A4 portrait case map"


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    """Return an empty folder for outputs (tmp_path also holds QSettings)."""
    d = tmp_path / "out"
    d.mkdir()
    return d


def _bad_targets(tmp_path: Path, name: str) -> dict[str, Path]:
    """Targets no writer can use, even as root."""
    (tmp_path / "file").write_text("x")
    return {
        "unwritable": Path("/proc") / name,  # the kernel refuses new files here
        "missing_folder": tmp_path / "no" / "such" / name,
        "folder_is_a_file": tmp_path / "file" / name,
    }


def _left(tmp_path: Path) -> list[str]:
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
@pytest.mark.parametrize("case", ["unwritable", "missing_folder", "folder_is_a_file"])
def test_export_layout_refuses_bad_targets(qapp, demo_project, outdir, suffix, case):
    out = _bad_targets(outdir, f"exhibit{suffix}")[case]
    before = _left(outdir)
    with pytest.raises(OSError, match=f"cannot write {out}"):
        exporters.export_layout(load_template(LAYOUT), demo_project, out, dpi=40)
    assert _left(outdir) == before


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
def test_export_layout_failure_keeps_old_file(
    qapp, demo_project, outdir, monkeypatch, suffix
):
    out = outdir / f"exhibit{suffix}"
    out.write_bytes(b"the exhibit of last week")

    def broken(*_a, **_k):
        raise RuntimeError("font engine crashed")

    monkeypatch.setattr(exporters, "render_layout", broken)
    with pytest.raises(RuntimeError):
        exporters.export_layout(load_template(LAYOUT), demo_project, out, dpi=40)
    assert out.read_bytes() == b"the exhibit of last week"
    assert _left(outdir) == [out.name]


def test_export_layout_inactive_painter_is_an_error(
    qapp, demo_project, outdir, monkeypatch
):
    """QPainter.begin false (the file cannot be opened) raises, never 'printed'."""
    from PySide6.QtGui import QPainter

    monkeypatch.setattr(QPainter, "begin", lambda self, device: False)
    out = outdir / "x.pdf"
    with pytest.raises(OSError, match="could not be opened"):
        exporters.export_layout(load_template(LAYOUT), demo_project, out, dpi=40)
    assert _left(outdir) == []


@pytest.mark.parametrize("per_file", [False, True])
@pytest.mark.parametrize("case", ["unwritable", "missing_folder", "folder_is_a_file"])
def test_atlas_refuses_bad_targets(qapp, demo_project, outdir, per_file, case):
    out = _bad_targets(outdir, "atlas.pdf")[case]
    before = _left(outdir)
    spec = AtlasSpec("zgc_parks", limit=2)
    with pytest.raises(OSError, match=f"cannot write {out.parent}"):
        run_atlas(
            load_template(LAYOUT), demo_project, spec, out, per_file=per_file, dpi=30
        )
    assert _left(outdir) == before


@pytest.mark.parametrize("per_file", [False, True])
def test_atlas_failure_mid_way_leaves_nothing(
    qapp, demo_project, outdir, monkeypatch, per_file
):
    import gui.printing.atlas as atlas

    out = outdir / "atlas.pdf"
    out.write_bytes(b"old atlas")
    calls = []
    real = atlas.page_map_override

    def third_page_fails(*a, **k):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("page 3 failed")
        return real(*a, **k)

    monkeypatch.setattr(atlas, "page_map_override", third_page_fails)
    with pytest.raises(RuntimeError, match="page 3"):
        run_atlas(
            load_template(LAYOUT),
            demo_project,
            AtlasSpec("zgc_parks"),
            out,
            per_file=per_file,
            dpi=30,
        )
    assert out.read_bytes() == b"old atlas"
    assert _left(outdir) == ["atlas.pdf"]


@pytest.mark.parametrize("case", ["unwritable", "missing_folder", "folder_is_a_file"])
def test_case_report_refuses_bad_targets(qapp, outdir, case):
    import resources
    from gui.cases.report import write_report
    from layers.cases.evaluations import ReportData, facts_context, run
    from layers.cases.rules import load_rules
    from layers.demo.case_register import build_demo_cases

    ctx = facts_context(None, resources.load_basemap(), resources.load_zones())
    case_row = build_demo_cases(None, None, None).iloc[0].to_dict()
    ev, _ = run(case_row, ctx, load_rules(), "2026-03-01")
    rd = ReportData(case_row, ctx.compute(case_row["geometry"]), ev, "t", "2026")
    out = _bad_targets(outdir, "report.pdf")[case]
    before = _left(outdir)
    with pytest.raises(OSError, match=f"cannot write {out}"):
        write_report(out, rd, None)
    assert _left(outdir) == before
