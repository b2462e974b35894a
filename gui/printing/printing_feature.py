"""Printing in the window: File ▸ Print layouts…, New layout…, Atlas….

Print layouts… opens a saved layout, New layout from template… a fresh one,
and Atlas… prints one page per zone/case into a PDF on a worker thread, with
progress and cancel in the status bar (:mod:`gui.printing.atlas_job`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.file_dialogs import start_path
from gui.i18n import Retranslator
from gui.interface import AppInterface, Feature
from layers.printing.layout import PrintLayout, load_template, template_names

ATLAS_LAYERS = ("zgc_parks", "functional_areas", "platforms", "cases")


def _open_saved(feature: PrintingFeature) -> None:
    window = feature.iface.main_widget()
    project = feature.iface.project
    names = sorted(project.layouts)
    if not names:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("PrintMenu", "Print layouts"),
            QCoreApplication.translate(
                "PrintMenu",
                "The project has no saved layouts yet. Create one from a template?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            _new_from_template(feature)
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
        feature.open_layout_window(PrintLayout.from_dict(project.layouts[name], name))


def _new_from_template(feature: PrintingFeature) -> None:
    window = feature.iface.main_widget()
    project = feature.iface.project
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
        while layout.name in project.layouts:
            layout.name, n = f"{base} {n}", n + 1
        feature.open_layout_window(layout)


def _atlas(feature: PrintingFeature) -> None:
    window = feature.iface.main_widget()
    project = feature.iface.project
    from gui.printing.atlas_job import start_atlas

    running = feature.atlas_worker
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
        lyr.name: lyr.id for i in ATLAS_LAYERS if (lyr := project.find(i)) is not None
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
    names = sorted(project.layouts) + template_names()
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
        start_path(project.meta.path, f"{layer_id}_atlas.pdf"),
        "PDF (*.pdf)",
    )
    if not path:
        return
    layout = (
        PrintLayout.from_dict(project.layouts[lay_name], lay_name)
        if lay_name in project.layouts
        else load_template(lay_name)
    )
    feature.atlas_worker = start_atlas(feature.iface, layout, layer_id, path)


def retranslate(actions: list[QAction]) -> None:
    """Set the print actions' texts in the current language."""
    texts = (
        QCoreApplication.translate("PrintMenu", "Print layouts…"),
        QCoreApplication.translate("PrintMenu", "New layout from template…"),
        QCoreApplication.translate("PrintMenu", "Atlas…"),
    )
    for act, text in zip(actions, texts, strict=True):
        act.setText(text)


class PrintingFeature(Feature):
    """The print entries of the File menu, open layout windows, a running atlas."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        self.layout_windows: list[Any] = []
        self.atlas_worker: Any = None
        menu = iface.menu("file")
        menu.addSeparator()
        self.actions: list[QAction] = []
        for key, slot in (
            ("print_layouts", _open_saved),
            ("new_layout", _new_from_template),
            ("atlas", _atlas),
        ):
            act = QAction(iface.main_widget())
            act.setObjectName(f"action_{key}")
            act.triggered.connect(lambda _c=False, s=slot: s(self))
            menu.addAction(act)
            iface.register_action(key, act)
            self.actions.append(act)
        Retranslator(self.actions[0], lambda: retranslate(self.actions))

    def open_layout_window(self, layout: PrintLayout) -> Any:
        """Show a :class:`LayoutWindow` for ``layout`` and keep it alive."""
        from gui.printing.layout_window import LayoutWindow

        win = LayoutWindow(
            self.iface.project,
            layout,
            parent=self.iface.main_widget(),
            view_extent=self.iface.canvas.viewport.extent,
        )
        self.layout_windows = [w for w in self.layout_windows if w.isVisible()]
        self.layout_windows.append(win)
        win.show()
        return win
