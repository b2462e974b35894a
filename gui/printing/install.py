"""Add the print menu entries to the main window (called once at start-up).

File ▸ Print layouts… (open a saved layout), New layout from template… and
Atlas… (one page per zone/case into a PDF, with progress and cancel in the
status bar; printed on a worker thread, see :mod:`gui.printing.atlas_job`).
Uses only the window's public hooks: ``menu``, ``project``, ``canvas.viewport``,
``progress``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.i18n import Retranslator
from layers.printing.layout import PrintLayout, load_template, template_names

ATLAS_LAYERS = ("zgc_parks", "functional_areas", "platforms", "cases")


def _view_extent(window: Any) -> tuple[float, float, float, float] | None:
    vp = getattr(getattr(window, "canvas", None), "viewport", None)
    return vp.extent if vp is not None else None


def open_layout_window(window: Any, layout: PrintLayout) -> Any:
    """Show a :class:`LayoutWindow` for ``layout`` and keep it alive."""
    from gui.printing.layout_window import LayoutWindow

    win = LayoutWindow(
        window.project, layout, parent=window, view_extent=_view_extent(window)
    )
    window._print_windows = [
        w for w in getattr(window, "_print_windows", []) if w.isVisible()
    ]
    window._print_windows.append(win)
    win.show()
    return win


def _open_saved(window: Any) -> None:
    names = sorted(window.project.layouts)
    if not names:
        QMessageBox.information(
            window,
            QCoreApplication.translate("PrintMenu", "Print layouts"),
            QCoreApplication.translate(
                "PrintMenu",
                "The project has no saved layouts yet; create one from a template.",
            ),
        )
        return
    name, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("PrintMenu", "Print layouts"),
        QCoreApplication.translate("PrintMenu", "Layout:"),
        names,
        0,
        False,
    )
    if ok and name:
        open_layout_window(
            window, PrintLayout.from_dict(window.project.layouts[name], name)
        )


def _new_from_template(window: Any) -> None:
    name, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("PrintMenu", "New from template"),
        QCoreApplication.translate("PrintMenu", "Template:"),
        template_names(),
        0,
        False,
    )
    if ok and name:
        layout = load_template(name)
        base, n = layout.name, 2
        while layout.name in window.project.layouts:
            layout.name, n = f"{base} {n}", n + 1
        open_layout_window(window, layout)


def _atlas(window: Any) -> None:
    from gui.printing.atlas_job import start_atlas

    running = getattr(window, "_atlas_worker", None)
    if running is not None and running.isRunning():
        QMessageBox.information(
            window,
            QCoreApplication.translate("PrintMenu", "Atlas"),
            QCoreApplication.translate(
                "PrintMenu", "The previous atlas is still being written."
            ),
        )
        return
    # Planners pick by the layer's name as the layer tree shows it, not its id.
    choices = {
        lyr.name: lyr.id
        for i in ATLAS_LAYERS
        if (lyr := window.project.find(i)) is not None
    }
    if not choices:
        return
    layer_name, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("PrintMenu", "Atlas"),
        QCoreApplication.translate("PrintMenu", "Layer with one feature per page:"),
        list(choices),
        0,
        False,
    )
    if not ok:
        return
    layer_id = choices[layer_name]
    names = sorted(window.project.layouts) + template_names()
    lay_name, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("PrintMenu", "Atlas"),
        QCoreApplication.translate("PrintMenu", "Layout:"),
        names,
        0,
        False,
    )
    if not ok:
        return
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("PrintMenu", "Atlas PDF"),
        f"{layer_id}_atlas.pdf",
        "PDF (*.pdf)",
    )
    if not path:
        return
    layout = (PrintLayout.from_dict(window.project.layouts[lay_name], lay_name)
              if lay_name in window.project.layouts else load_template(lay_name))  # fmt: skip
    start_atlas(window, layout, layer_id, path)


def retranslate(actions: list[QAction]) -> None:
    """Set the print actions' texts in the current language."""
    texts = (
        QCoreApplication.translate("PrintMenu", "Print layouts…"),
        QCoreApplication.translate("PrintMenu", "New layout from template…"),
        QCoreApplication.translate("PrintMenu", "Atlas…"),
    )
    for act, text in zip(actions, texts, strict=True):
        act.setText(text)


def install(window: Any) -> list[QAction]:
    """Add File ▸ Print layouts…, New layout from template…, Atlas…."""
    menu = window.menu("file")
    menu.addSeparator()
    actions = []
    for slot in (_open_saved, _new_from_template, _atlas):
        act = QAction(window)
        act.triggered.connect(lambda _c=False, s=slot: s(window))
        menu.addAction(act)
        actions.append(act)
    Retranslator(actions[0], lambda: retranslate(actions))
    window.actions.update(
        dict(zip(("print_layouts", "new_layout", "atlas"), actions, strict=True))
    )
    return actions
