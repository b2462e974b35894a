"""Run the enterprise import's validation off the GUI thread, cancellably."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QThread, Signal

from layers.enterprises.importer import (
    ImportCancelledError,
    ImportOptions,
    ImportRejectedError,
    prepare_import,
)
from layers.zones.safe_input import InputFileError

log = logging.getLogger(__name__)


class ValidateWorker(QThread):
    """Run :func:`prepare_import` off the GUI thread."""

    progressed = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self, path: str, options: ImportOptions, basemap: Any, existing: Any
    ) -> None:
        super().__init__()
        self.args = (path, options, basemap, existing)
        self.cancelled = False

    def run(self) -> None:
        path, options, basemap, existing = self.args

        def progress(frac: float, msg: str) -> bool:
            self.progressed.emit(frac, msg)
            return not self.cancelled

        try:
            self.done.emit(prepare_import(path, options, basemap, existing, progress))
        except ImportCancelledError:
            self.failed.emit(self.tr("cancelled"))
        except (InputFileError, ImportRejectedError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            log.exception("validating %s failed", path)
            self.failed.emit(f"{type(exc).__name__}: {exc}")
