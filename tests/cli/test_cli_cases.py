"""The headless ``evaluate`` command on a real project file: CSV batch, PDFs, errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import main
from db.store import ProjectStore
from layers.demo.case_register import build_demo_cases


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "cases.gpkg"
    with ProjectStore.create(path) as s:
        s.insert_features(
            "conversion_cases", build_demo_cases(None, None, None), "tester"
        )
    return path


def _args(*argv: str) -> list[str]:
    return ["evaluate", *argv]


def evaluate_cmd(argv: list[str]) -> int:
    return main.main(argv)


def test_cli_cases_all_writes_summary_csv(project, tmp_path, capsys):
    out = tmp_path / "summary.csv"
    code = evaluate_cmd(
        _args(str(project), "--all", "--summary", str(out), "--as-of", "2026-03-01")
    )
    assert code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 12
    by_no = {r["case_no"]: r for r in rows}
    assert by_no["ZH-2026-008"]["overall"] == "FAIL"
    assert by_no["ZH-2026-008"]["R4"] == "FAIL"
    assert "朝阳区" in by_no["ZH-2026-009"]["districts"]
    assert "通州区" in by_no["ZH-2026-009"]["districts"]
    assert float(by_no["ZH-2026-001"]["site_area_ha"]) > 5
    s = ProjectStore.open(project, read_only=True)
    assert s.count("evaluations") == 12
    s.close()
    assert "ZH-2026-008\tFAIL" in capsys.readouterr().out


def test_cli_cases_one_case_writes_pdf_report(project, tmp_path, capsys):
    pdf = tmp_path / "one.pdf"
    code = evaluate_cmd(
        _args(str(project), "--case", "ZH-2026-001", "--no-save", "--report", str(pdf))
    )
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    s = ProjectStore.open(project, read_only=True)
    assert s.count("evaluations") == 0  # --no-save
    s.close()
    assert capsys.readouterr().out.startswith("ZH-2026-001\t")


def test_cli_cases_unknown_case_bad_project_unwritable_report(
    project, tmp_path, capsys
):
    assert evaluate_cmd(_args(str(project), "--case", "ZH-1999-999", "--no-save")) == 2
    assert evaluate_cmd(_args(str(tmp_path / "missing.gpkg"), "--case", "1")) == 3
    blocker = tmp_path / "file"
    blocker.write_text("x")
    report = str(blocker / "x.pdf")
    args = _args(str(project), "--case", "ZH-2026-001", "--no-save", "--report", report)
    assert evaluate_cmd(args) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert "not found" in err[0] and "no such project file" in err[1]
    assert err[2].startswith(f"error: cannot write {report}")
