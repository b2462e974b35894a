"""Broken and hostile XLSX files: one line naming the file, exit 2, project unchanged."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

import main
from layers.enterprises.importer import prepare_import
from layers.zones.safe_input import InputFileError
from tests.layers.enterprises_fixtures import DATA, sha256

GOOD = DATA / "title_merged_gk.xlsx"
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
)


def _replace_part(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """Copy a workbook with part ``name`` replaced (or added)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename != name:
                zout.writestr(info, zin.read(info))
        zout.writestr(name, data)
    return dst


def _truncated(tmp: Path) -> Path:
    out = tmp / "truncated.xlsx"
    out.write_bytes(GOOD.read_bytes()[: GOOD.stat().st_size // 2])
    return out


def _renamed_csv(tmp: Path) -> Path:
    out = tmp / "名录.xlsx"
    shutil.copy(DATA / "gbk_gcj02.csv", out)
    return out


def _billion_laughs(tmp: Path) -> Path:
    return _replace_part(GOOD, tmp / "laughs.xlsx", "xl/sharedStrings.xml", LAUGHS)


def _external_entity(tmp: Path) -> Path:
    return _replace_part(GOOD, tmp / "xxe.xlsx", "xl/sharedStrings.xml", XXE)


def _utf16_doctype(tmp: Path) -> Path:
    return _replace_part(
        GOOD, tmp / "utf16.xlsx", "xl/sharedStrings.xml", XXE.decode().encode("utf-16")
    )


def _sheet_doctype(tmp: Path) -> Path:
    with zipfile.ZipFile(GOOD) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    head, sep, rest = xml.partition(b"?>")
    hostile = head + sep + b'<!DOCTYPE worksheet [<!ENTITY e "x">]>' + rest
    return _replace_part(GOOD, tmp / "sheet.xlsx", "xl/worksheets/sheet1.xml", hostile)


def _old_xls(tmp: Path) -> Path:
    out = tmp / "old.xlsx"
    out.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    return out


def _zip_not_workbook(tmp: Path) -> Path:
    out = tmp / "other.xlsx"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return out


def _bomb(tmp: Path) -> Path:
    sheet = b"<row/>" * (3 * 1024**2 // 6)  # 3 MiB that deflates ~1000:1
    buf = io.BytesIO(sheet)
    out = _replace_part(GOOD, tmp / "bomb.xlsx", "xl/worksheets/sheet1.xml", b"")
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet9.xml", buf.getvalue())
    return out


def _empty(tmp: Path) -> Path:
    out = tmp / "empty.xlsx"
    out.write_bytes(b"")
    return out


CASES = {
    "truncated": (_truncated, "damaged or truncated"),
    "renamed_csv": (_renamed_csv, "text (CSV) file with an .xlsx name"),
    "billion_laughs": (_billion_laughs, "DOCTYPE/ENTITY"),
    "external_entity": (_external_entity, "DOCTYPE/ENTITY"),
    "utf16_doctype": (_utf16_doctype, "DOCTYPE/ENTITY"),
    "sheet_doctype": (_sheet_doctype, "DOCTYPE/ENTITY"),
    "old_xls": (_old_xls, "Excel 97-2003"),
    "zip_not_workbook": (_zip_not_workbook, "not an Excel workbook"),
    "ratio_bomb": (_bomb, "zip bomb"),
    "empty": (_empty, "empty"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "p.gpkg"
    assert main.main(["demo", str(path), "--enterprises", "10"]) == 0
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_xlsx_fault_refused_with_one_line(project, tmp_path, capsys, case) -> None:
    make, words = CASES[case]
    path = make(tmp_path)
    before = sha256(project)
    listing = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    assert main.main(["import-enterprises", str(project), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {path.name}: "), err
    assert words in err, err
    assert sha256(project) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize("case", ["billion_laughs", "external_entity", "sheet_doctype"])
def test_xlsx_entities_never_reach_the_parser(tmp_path, case, monkeypatch) -> None:
    import openpyxl

    def boom(*_a, **_k):  # the checks must refuse before openpyxl opens it
        raise AssertionError("openpyxl was called")

    monkeypatch.setattr(openpyxl, "load_workbook", boom)
    with pytest.raises(InputFileError, match="DOCTYPE/ENTITY"):
        prepare_import(CASES[case][0](tmp_path))


def test_xlsx_good_workbook_still_reads(tmp_path) -> None:
    from layers.enterprises.importer import ImportOptions

    assert prepare_import(GOOD, ImportOptions(coords="EPSG:4548")).n_good == 7


def test_xlsx_openpyxl_parses_through_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True  # the second line of defence
