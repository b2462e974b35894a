"""The case report PDF: Chinese text extracts, fonts embedded, the page renders."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import resources
from layers.cases.catalogue_io import sample_catalogue
from layers.cases.evaluations import ReportData, facts_context, run
from layers.cases.facts import SiteFacts
from layers.cases.rules import load_rules
from layers.demo.case_register import build_demo_cases
from tests.system_tools import require_tool

pypdf = pytest.importorskip("pypdf")


@pytest.fixture(scope="module")
def core_report(tmp_path_factory, qapp) -> Path:
    from gui.cases.report import write_report

    ctx = facts_context(None, resources.load_basemap(), resources.load_zones())
    case = build_demo_cases(None, None, None).iloc[7].to_dict()  # 西城, R4 FAIL
    rules = load_rules()
    catalogue = sample_catalogue(rules.inputs("R4"))
    ev, inputs = run(case, ctx, rules, "2026-03-01", catalogue)
    rd = ReportData(
        case,
        SiteFacts.from_dict(inputs["facts"]),
        ev,
        "规划科 王工",
        "2026-03-01T10:00:00+08:00",
    )
    return write_report(tmp_path_factory.mktemp("report") / "ZH-2026-008.pdf", rd, None)


def case_date() -> str:
    return str(build_demo_cases(None, None, None).iloc[7]["received_date"])


def _text(path: Path) -> str:
    """Return the PDF's text without whitespace (wrapping splits lines anywhere)."""
    raw = "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", "", raw)


def test_gui_cases_report_has_summary_rules_and_clause_quotes(core_report):
    text = _text(core_report)
    for needle in (
        "工业用地转换生产性服务业用途评估报告",
        "ZH-2026-008",
        "北京德胜仪表厂",
        "案件概况",
        "西城区",
        "总体结论",
        "不通过",
        "规则核查清单",
        "R1",
        "R2",
        "R3",
        "R4",
        "R5",
        "R6",
        "R7",
        "禁止新建写字楼等大型公共建筑",
        "严格执行新增产业的禁止和限制目录",
        "可采取协议出让方式供地",
        "改造项目应严控建筑增量",
        "规则版本",
        "2016.2",
        "待核实",
        "规划科 王工",
        "公顷",
        "亩",
        "geodesic",
        "首都功能核心区",
        "GB 50137-2011",
        f"功能区：按{case_date()}（申请受理日期）有效的范围；边界为当前保存的图形",
        f"图中功能区为{case_date()}有效的范围（当前保存的图形）",
    ):
        assert re.sub(r"\s+", "", needle) in text, needle
    assert "⼯" not in text  # no Kangxi radical in place of 工


def test_gui_cases_report_is_a4_with_embedded_fonts(core_report):
    reader = pypdf.PdfReader(core_report)
    assert 2 <= len(reader.pages) <= 4
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(595.3, abs=1.5)
    assert float(box.height) == pytest.approx(841.9, abs=1.5)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        assert "/ToUnicode" in font


def test_gui_cases_report_page_renders(core_report, tmp_path):
    require_tool("pdftoppm", "poppler-utils")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            str(core_report),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    from PySide6.QtGui import QImage

    img = QImage(str(next(tmp_path.glob("page*.png"))))
    assert img.width() > 300 and img.height() > img.width()

    # the map frame (in the lower half of page 1) is coloured, not blank paper
    def colours(y: int) -> int:
        return len(
            {img.pixelColor(x, y).name() for x in range(40, img.width() - 40, 4)}
        )

    h = img.height()
    assert max(colours(y) for y in range(int(h * 0.5), int(h * 0.95), 4)) > 3
