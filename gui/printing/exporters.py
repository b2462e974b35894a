"""Export a layout page to PDF (vector, fonts embedded), PNG or SVG.

Every exporter paints with :func:`gui.printing.layout_renderer.render_layout`,
so paper, image and preview agree. Needs a QGuiApplication (the CLI creates
one with the offscreen platform) and the bundled font registered
(:func:`gui.fonts.cjk_family` does it on first use).

The PDF's logical resolution only sets the pixel grid of raster content (the
dense point layers the painter stamps into an image); paths and text stay
vector. 300 dpi is the default: at 1200 dpi an A3 map with 100,000 points
means a 17,000 x 12,000 pixel point raster (~10 s instead of ~0.5 s).

Every file is written through :func:`geo.atomic_write.atomic_write`: painted
into a private folder beside the target and renamed over it only when the
painter finished; a painter that cannot start (``QPainter.begin`` false) or
an image that cannot be saved raises :class:`OSError` naming the target, and
nothing is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from geo.atomic_write import atomic_write
from gui.printing.layout_renderer import (
    PageRecord,
    paint_page_background,
    render_layout,
)
from gui.printing.page_plan import RenderContext
from gui.printing.page_units import mm_to_px
from layers.printing.layout import PrintLayout
from layers.project import Project

PDF_RESOLUTIONS = (300, 600, 1200)
PNG_DPIS = (150, 300, 600)
CREATOR = "ZonePlanner"
EXPORT_FORMATS = (".pdf", ".png", ".svg")


def page_layout(layout: PrintLayout) -> QPageLayout:
    """Return the exact page (size in mm, orientation, no margins) for Qt."""
    w, h = layout.page_size_mm
    size = QPageSize(
        QSizeF(min(w, h), max(w, h)),
        QPageSize.Unit.Millimeter,
        layout.page,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orient = (
        QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orient, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def open_pdf_writer(
    path: Path,
    layout: PrintLayout,
    resolution: int = 300,
    title: str = "",
    author: str = "",
) -> QPdfWriter:
    """Return a QPdfWriter for ``path`` with the layout's exact page size."""
    writer = QPdfWriter(str(path))
    writer.setResolution(int(resolution))
    writer.setPageLayout(page_layout(layout))
    writer.setTitle(title or layout.name)
    writer.setCreator(CREATOR)
    if author:
        writer.setAuthor(author)
    return writer


def begin_painter(device: QPaintDevice, target: str | Path) -> QPainter:
    """Return a painter active on ``device``, or raise OSError naming ``target``.

    ``QPainter(device)`` on a writer whose file cannot be opened gives an
    inactive painter that silently draws nothing; this refuses it instead.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot write {target}: the file could not be opened")
    return painter


def _context(project: Project, dpi: float, ctx: RenderContext | None) -> RenderContext:
    if ctx is None:
        return RenderContext(project, dpi)
    ctx.dpi = dpi
    return ctx


def layout_title(layout: PrintLayout, record: PageRecord | None = None) -> str:
    """Return the page title text (the ``title`` label) for document metadata."""
    if record is not None:
        for item_id, text in record.texts:
            if item_id == "title":
                return text
    return layout.name


def export_pdf(
    layout: PrintLayout,
    project: Project,
    path: str | Path,
    *,
    resolution: int = 300,
    ctx: RenderContext | None = None,
    author: str = "",
) -> PageRecord:
    """Write one page as a vector PDF with the bundled font embedded."""
    from gui.printing.page_plan import plan_page

    ctx = _context(project, float(resolution), ctx)
    plan = plan_page(layout, ctx)
    title = plan.texts.get("title") or layout.name
    with atomic_write(path) as tmp:
        writer = open_pdf_writer(tmp, layout, resolution, title, author)
        painter = begin_painter(writer, path)
        try:
            record = render_layout(painter, layout, ctx, plan)
        finally:
            painter.end()
        del painter, writer  # the writer closes its file when it goes
    return record


def render_image(
    layout: PrintLayout,
    project: Project,
    dpi: float = 300.0,
    ctx: RenderContext | None = None,
) -> tuple[QImage, PageRecord]:
    """Return the page as a white RGB image at ``dpi`` and its record."""
    w_mm, h_mm = layout.page_size_mm
    image = QImage(
        round(mm_to_px(w_mm, dpi)),
        round(mm_to_px(h_mm, dpi)),
        QImage.Format.Format_RGB32,
    )
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    ctx = _context(project, float(dpi), ctx)
    painter = QPainter(image)
    try:
        paint_page_background(painter, layout, dpi)
        record = render_layout(painter, layout, ctx)
    finally:
        painter.end()
    return image, record


def export_png(
    layout: PrintLayout,
    project: Project,
    path: str | Path,
    *,
    dpi: float = 300.0,
    ctx: RenderContext | None = None,
) -> PageRecord:
    """Write the page as a PNG at ``dpi`` (150/300/600 are the usual choices)."""
    image, record = render_image(layout, project, dpi, ctx)
    with atomic_write(path) as tmp:
        # Quality 60 trades a slightly larger file for a much faster deflate.
        # PySide6 types the format as bytes, yet only a str is accepted at run time.
        if not image.save(str(tmp), "PNG", 60):  # type: ignore[call-overload]
            raise OSError(f"cannot write {path}: the PNG could not be saved")
    return record


def export_svg(
    layout: PrintLayout,
    project: Project,
    path: str | Path,
    *,
    dpi: float = 150.0,
    ctx: RenderContext | None = None,
) -> PageRecord:
    """Write the page as SVG (user units = pixels at ``dpi``; size in mm exact)."""
    from PySide6.QtSvg import QSvgGenerator

    w_mm, h_mm = layout.page_size_mm
    w_px, h_px = mm_to_px(w_mm, dpi), mm_to_px(h_mm, dpi)
    ctx = _context(project, float(dpi), ctx)
    with atomic_write(path) as tmp:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(round(w_px), round(h_px)))
        gen.setViewBox(QRectF(0, 0, w_px, h_px))
        gen.setResolution(round(dpi))
        gen.setTitle(layout.name)
        gen.setDescription(f"{CREATOR} print layout")
        painter = begin_painter(gen, path)
        try:
            paint_page_background(painter, layout, dpi)
            record = render_layout(painter, layout, ctx)
        finally:
            painter.end()
        del painter, gen
        _exact_svg_size(tmp, w_mm, h_mm)
    return record


def _exact_svg_size(path: Path, w_mm: float, h_mm: float) -> None:
    """Write the page size in exact mm (Qt rounds it through whole pixels)."""
    import re

    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r'<svg width="[0-9.]+mm" height="[0-9.]+mm"',
        f'<svg width="{w_mm:g}mm" height="{h_mm:g}mm"',
        text,
        count=1,
    )
    path.write_text(text, encoding="utf-8")


def export_layout(
    layout: PrintLayout,
    project: Project,
    path: str | Path,
    *,
    dpi: float | None = None,
    ctx: RenderContext | None = None,
) -> PageRecord:
    """Export by file suffix: .pdf (dpi = resolution), .png or .svg."""
    suffix = Path(path).suffix.lower()
    exporters: dict[str, Callable[..., PageRecord]] = {
        ".pdf": lambda: export_pdf(
            layout, project, path, resolution=int(dpi or 300), ctx=ctx
        ),
        ".png": lambda: export_png(
            layout, project, path, dpi=float(dpi or 300), ctx=ctx
        ),
        ".svg": lambda: export_svg(
            layout, project, path, dpi=float(dpi or 150), ctx=ctx
        ),
    }
    if suffix not in exporters:
        raise ValueError(f"unsupported output {suffix!r}; use one of {EXPORT_FORMATS}")
    return exporters[suffix]()
