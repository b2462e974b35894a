"""Importer: encodings, delimiters, title rows, coordinates, validation report."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from layers.enterprises.importer import (
    ImportCancelledError,
    ImportOptions,
    ImportRejectedError,
    prepare_import,
)
from layers.enterprises.reading import detect_encoding, read_raw
from tests.layers.enterprises_fixtures import DATA, truth

GEOD = Geod(ellps="WGS84")


def _errors_m(frame: pd.DataFrame) -> np.ndarray:
    t = truth().set_index("credit_code").loc[frame["credit_code"]]
    _, _, d = GEOD.inv(
        frame.geometry.x.to_numpy(),
        frame.geometry.y.to_numpy(),
        t["lon"].to_numpy(),
        t["lat"].to_numpy(),
    )
    return np.abs(d)


def test_import_gbk_csv_gcj02_title_row_and_bad_rows() -> None:
    r = prepare_import(DATA / "gbk_gcj02.csv", ImportOptions(coords="gcj02"))
    assert r.raw.encoding == "gb18030" and r.raw.delimiter == ","
    assert r.header_row == 1  # line 1 is the title
    assert r.frame["name"].iloc[0] == "京华信息科技有限公司"
    assert _errors_m(r.frame).max() < 1.0  # metres from the true WGS84 point
    assert (r.frame["coord_source"] == "gcj02").all()
    probs = r.problems.set_index("row")
    assert r.bad_rows.tolist() == [10, 11, 12, 13, 14, 15]
    assert probs.loc[10, "reason"].startswith("wrong check digit")
    assert "swapped" in probs.loc[11, "reason"]
    assert probs.loc[12, "field"] == "employees"
    assert probs.loc[13, "field"] == "category"
    assert "outside" in probs.loc[14, "reason"]
    assert "duplicate in file (first at row 3)" == probs.loc[15, "reason"]


def test_import_utf8_bom_semicolon_bd09_revenue_in_yuan() -> None:
    r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))
    assert r.raw.encoding == "utf-8-sig" and r.raw.delimiter == ";"
    assert r.revenue_unit == "元" and len(r.bad_rows) == 0
    assert _errors_m(r.frame).max() < 1.0
    t = truth().set_index("credit_code").loc[r.frame["credit_code"]]
    np.testing.assert_allclose(r.frame["revenue_wan"], t["revenue_wan"])


def test_import_xlsx_title_merged_cells_gk_metres_gbt_codes() -> None:
    r = prepare_import(DATA / "title_merged_gk.xlsx", ImportOptions(coords="EPSG:4548"))
    assert r.header_row == 3 and r.raw.sheet == "名录"
    assert len(r.bad_rows) == 0 and r.n_good == 7
    assert _errors_m(r.frame).max() < 0.01
    t = truth().set_index("credit_code").loc[r.frame["credit_code"]]
    assert r.frame["category"].tolist() == t["category"].tolist()  # from GB/T 4754
    assert r.frame["founded"].tolist() == t["founded"].tolist()
    assert r.frame["district_adcode"].tolist() == t["district_adcode"].tolist()


def test_import_keeps_html_sql_and_formula_names_as_text() -> None:
    r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))
    names = set(r.frame["name"])
    assert "<script>alert(1)</script>科技有限公司" in names
    assert "Robert'); DROP TABLE enterprises;--" in names
    assert '=HYPERLINK("http://x")有限公司' in names


def test_import_swapped_fix_option_and_report_file(tmp_path) -> None:
    r = prepare_import(
        DATA / "gbk_gcj02.csv", ImportOptions(coords="gcj02", fix_swapped=True)
    )
    assert 11 not in r.bad_rows
    warn = r.problems[r.problems["severity"] == "warning"]
    assert warn["row"].tolist() == [11]
    out = r.write_report(tmp_path / "problems.csv")
    back = pd.read_csv(out, encoding="utf-8-sig")
    assert list(back.columns) == ["row", "name", "field", "value", "reason", "severity"]
    assert 10 in back["row"].tolist()


def test_import_encoding_override_and_detection() -> None:
    assert detect_encoding("名称,地址\n京华,北京".encode("gbk"))[0] == "gb18030"
    assert detect_encoding("名称".encode())[0] == "utf-8"
    raw = read_raw(DATA / "gbk_gcj02.csv", encoding="gbk")
    assert raw.grid.iloc[1, 1] == "企业名称"


def test_import_cancel_raises_before_anything() -> None:
    calls: list[float] = []

    def progress(frac: float, msg: str) -> bool:
        calls.append(frac)
        return frac < 0.5

    with pytest.raises(ImportCancelledError):
        prepare_import(
            DATA / "gbk_gcj02.csv", ImportOptions(coords="gcj02"), progress=progress
        )
    assert calls[-1] >= 0.5


def test_import_rejects_file_without_required_columns(tmp_path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportRejectedError, match="required columns"):
        prepare_import(p)


def test_import_per_row_coordinate_column(tmp_path) -> None:
    from geo.offsets import wgs84_to_bd09, wgs84_to_gcj02

    t = truth().iloc[:3]
    gx, gy = wgs84_to_gcj02(t["lon"].iloc[0], t["lat"].iloc[0])
    bx, by = wgs84_to_bd09(t["lon"].iloc[1], t["lat"].iloc[1])
    rows = [
        (gx, gy, "高德"),
        (bx, by, "百度"),
        (t["lon"].iloc[2], t["lat"].iloc[2], "WGS84"),
    ]
    df = pd.DataFrame(
        {
            "企业名称": t["name"],
            "统一社会信用代码": t["credit_code"],
            "经度": [f"{float(r[0]):.9f}" for r in rows],
            "纬度": [f"{float(r[1]):.9f}" for r in rows],
            "坐标系": [r[2] for r in rows],
            "类别": t["category"],
        }
    )
    p = tmp_path / "rows.csv"
    df.to_csv(p, index=False)
    r = prepare_import(p)
    assert r.frame["coord_source"].tolist() == ["gcj02", "bd09", "wgs84"]
    assert _errors_m(r.frame).max() < 1.0


def test_import_report_never_replaces_the_imported_file(tmp_path) -> None:
    # --report onto the register itself used to replace the planner's file
    # with the problem report (exit 0).
    import shutil

    from geo.atomic_write import OutputPathError

    src = shutil.copy(DATA / "gbk_gcj02.csv", tmp_path / "register.csv")
    before = src.read_bytes()
    r = prepare_import(src, ImportOptions(coords="gcj02"))
    (tmp_path / "sub").mkdir()
    for spelling in (src, tmp_path / "sub" / ".." / "register.csv"):
        with pytest.raises(OutputPathError, match="the file being imported"):
            r.write_report(spelling)
    assert src.read_bytes() == before
    assert r.write_report(tmp_path / "problems.csv").is_file()


def test_import_chosen_encoding_that_does_not_fit_is_refused(tmp_path) -> None:
    # ASCII headers and GBK names with --encoding utf-8 used to import every
    # name as U+FFFD runs and report success.
    from layers.enterprises.credit_code import make_code
    from layers.zones.safe_input import InputFileError

    code = make_code("91", "110108", "000700001")
    text = f"name,credit_code,lon,lat,category\n北京测试企业,{code},116.31,39.98,03\n"
    src = tmp_path / "gbk.csv"
    src.write_bytes(text.encode("gbk"))
    with pytest.raises(InputFileError, match=r"line 2 is not valid utf-8.*gb18030"):
        prepare_import(src, ImportOptions(encoding="utf-8"))
    with pytest.raises(InputFileError, match="unknown encoding"):
        prepare_import(src, ImportOptions(encoding="klingon"))
    r = prepare_import(src, ImportOptions(encoding="gbk"))
    assert r.frame["name"].tolist() == ["北京测试企业"]
