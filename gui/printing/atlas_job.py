"""File ▸ Atlas… run off the GUI thread, with progress, cancel and no partial file.

The GUI thread takes a snapshot of the project (deep copies of every layer's
frame and style) and of the layout, then a :class:`AtlasWorker` (a QThread)
paints the pages with :func:`gui.printing.atlas.run_atlas`, which stages the
file beside the target and renames it in only when every page was printed
(nothing is written on cancel or error). Painting into a QPdfWriter from a
non-GUI thread is allowed in Qt; the worker touches only the snapshot.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox

from gui.interface import AppInterface
from layers.printing.layout import PrintLayout
from layers.project import Project

log = logging.getLogger(__name__)


class AtlasWorker(QThread):
    """Print one atlas PDF; signals arrive on the GUI thread.

    Attributes
    ----------
    thread_used : QThread or None
        The thread the job ran in (set at the start of :meth:`run`).
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # AtlasResult
    cancelled_ = Signal(object)  # AtlasResult
    failed = Signal(str)

    def __init__(
        self,
        layout: PrintLayout,
        project: Project,
        layer_id: str,
        out: str | Path,
        dpi: float = 300.0,
    ) -> None:
        super().__init__()
        self._layout, self._project = layout, project
        self._layer_id, self.out, self._dpi = layer_id, Path(out), dpi
        self._cancel = False
        self.thread_used: QThread | None = None

    def cancel(self) -> None:
        """Stop after the current page; the output file is not written."""
        self._cancel = True

    def _is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        from gui.printing.atlas import AtlasSpec, run_atlas

        self.thread_used = QThread.currentThread()
        try:
            result = run_atlas(
                self._layout,
                self._project,
                AtlasSpec(self._layer_id),
                self.out,
                dpi=self._dpi,
                progress=lambda i, n, lab: self.progressed.emit(i, n, lab),
                cancelled=self._is_cancelled,
            )
            if result.cancelled or self._cancel:
                self.cancelled_.emit(result)
                return
            if not result.pages:
                raise ValueError(
                    QCoreApplication.translate("PrintMenu", "no feature to print")
                )
        except Exception as exc:
            log.info("atlas %s failed", self.out, exc_info=exc)
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)


def start_atlas(
    iface: AppInterface,
    layout: PrintLayout,
    layer_id: str,
    out: str | Path,
    dpi: float = 300.0,
    *,
    start: bool = True,
) -> AtlasWorker:
    """Start printing an atlas of the window's project; return the worker.

    The caller keeps the worker referenced while it runs. With ``start=False``
    the worker is wired up but not started (tests connect to its signals
    first, then call ``worker.start()``).
    """
    worker = AtlasWorker(
        copy.deepcopy(layout), iface.project.snapshot(), layer_id, out, dpi
    )
    path = str(worker.out)
    progress = iface.progress()
    progress.start(
        QCoreApplication.translate("PrintMenu", "Writing the atlas…"), worker.cancel
    )
    worker.progressed.connect(lambda i, n, _l: progress.set(100.0 * i / max(n, 1)))
    worker.finished.connect(progress.finish)

    def status(text: str, n: int) -> None:
        iface.show_message(text.replace("%1", str(n)).replace("%2", path), 8000)

    def done(result: Any) -> None:
        status(
            QCoreApplication.translate("PrintMenu", "Atlas done: %1 page(s) → %2"),
            len(result.pages),
        )

    def stopped(_result: Any) -> None:
        iface.show_message(
            QCoreApplication.translate(
                "PrintMenu", "Atlas cancelled; %1 was not written."
            ).replace("%1", path),
            8000,
        )

    def fail(message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("PrintMenu", "Atlas"),
            QCoreApplication.translate("PrintMenu", "Could not write the atlas %1:\n%2")
            .replace("%1", path)
            .replace("%2", message),
            QMessageBox.StandardButton.Close,
            iface.main_widget(),
        )
        box.setObjectName("atlas_failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    worker.succeeded.connect(done)
    worker.cancelled_.connect(stopped)
    worker.failed.connect(fail)
    if start:
        worker.start()
    return worker
