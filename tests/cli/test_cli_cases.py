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


@pytest.mark.parametrize(
    "as_of,undated_r5,undated_left_out",
    [("2016-11-21", "N/A", "T-OLD;T-SG"), ("2016-11-22", "PASS", "T-OLD")],
)
def test_cli_cases_evaluate_counts_zones_in_force_on_the_application_date(
    tmp_path, capsys, as_of, undated_r5, undated_left_out
):
    import json

    import pandas as pd

    from tests.factories.dated_zones import dated_case, dated_zones

    path = tmp_path / "dated.gpkg"
    cases = pd.concat(
        [
            dated_case("T-1", "2016-11-21"),  # the day before 新首钢 (crafted)
            dated_case("T-2", "2016-11-22"),  # its first day
            dated_case("T-3", None),  # no application date: --as-of decides
        ]
    )
    with ProjectStore.create(path) as s:
        s.insert_features("zones", dated_zones(), "tester")
        s.insert_features("conversion_cases", cases, "tester")
    out = tmp_path / "summary.csv"
    argv = _args(str(path), "--all", "--summary", str(out), "--as-of", as_of)
    assert evaluate_cmd(argv) == 0
    rows = {r["case_no"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    got = {k: (r["R5"], r["zones_date"], r["zones_left_out"]) for k, r in rows.items()}
    assert got == {
        "T-1": ("N/A", "2016-11-21", "T-OLD;T-SG"),
        "T-2": ("PASS", "2016-11-22", "T-OLD"),
        "T-3": (undated_r5, as_of, undated_left_out),
    }
    s = ProjectStore.open(path, read_only=True)
    saved = s.read_table("evaluations")
    s.close()
    snaps = [json.loads(t)["zones_as_of"] for t in saved["inputs_json"]]
    assert sorted((z["date"], z["basis"]) for z in snaps) == sorted(
        [
            ("2016-11-21", "received_date"),
            ("2016-11-22", "received_date"),
            (as_of, "evaluation_date"),
        ]
    )
    assert "T-1\tREVIEW" in capsys.readouterr().out
