"""File ▸ Atlas… from the main window: printed off the GUI thread, cancellable."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from printing_fixtures import demo_gpkg_fixture, demo_project_fixture  # noqa: F401
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from gui.main_window import MainWindow
from gui.printing.atlas_job import start_atlas
from layers.printing.layout import load_template


@pytest.fixture
def window(qtbot, demo_project):
    w = MainWindow(demo_project)
    qtbot.addWidget(w)
    w.resize(900, 600)
    yield w
    worker = getattr(w, "_atlas_worker", None)
    if worker is not None:
        worker.cancel()
        worker.wait(30000)


def test_atlas_job_runs_off_the_gui_thread(window, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "parks.pdf"
    worker = start_atlas(
        window,
        load_template("A4 portrait case map"),
        "zgc_parks",
        out,
        dpi=40,
        start=False,
    )
    pages = []
    worker.progressed.connect(lambda i, n, _lab: pages.append((i, n)))
    with qtbot.waitSignal(worker.succeeded, timeout=60000) as blocker:
        worker.start()
    assert worker.wait(10000)
    assert worker.thread_used is not None
    assert worker.thread_used is not QApplication.instance().thread()
    assert pages[-1] == (16, 16) and len(blocker.args[0].pages) == 16
    assert len(pypdf.PdfReader(str(out)).pages) == 16
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["parks.pdf"]
    assert not list(tmp_path.glob(".zp-write-*"))  # no staging folder left
    qtbot.waitUntil(lambda: not window.progress().running, timeout=5000)


def test_atlas_job_cancel_leaves_no_file(window, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "out" / "parks.pdf"
    out.parent.mkdir()
    worker = start_atlas(
        window,
        load_template("A4 portrait case map"),
        "zgc_parks",
        out,
        dpi=40,
        start=False,
    )
    # cancel from the worker thread itself right after page 1: deterministic
    worker.progressed.connect(
        lambda *_a: worker.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(worker.cancelled_, timeout=60000) as blocker:
        worker.start()
    assert worker.wait(10000)
    assert len(blocker.args[0].pages) == 1
    assert list(out.parent.iterdir()) == []
    qtbot.waitUntil(lambda: not window.progress().running, timeout=5000)


def test_atlas_job_error_names_the_file(window, qtbot, tmp_path: Path) -> None:
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    out = blocker_file / "atlas.pdf"
    worker = start_atlas(
        window,
        load_template("A4 portrait case map"),
        "zgc_parks",
        out,
        dpi=40,
        start=False,
    )
    with qtbot.waitSignal(worker.failed, timeout=60000):
        worker.start()
    worker.wait(10000)
    qtbot.waitUntil(lambda: window.findChild(object, "atlas_failed") is not None)
    box = window.findChild(object, "atlas_failed")
    assert str(out) in box.text()
    box.close()


def test_atlas_menu_action_uses_the_worker(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "cases.pdf"
    parks = window.project.find("zgc_parks").name
    answers = iter([(parks, True), ("A4 portrait case map", True)])
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *a, **k):
        offered.append(list(items))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.action("atlas").trigger()
    from gui.printing.printing_feature import PrintingFeature

    worker = window.feature(PrintingFeature).atlas_worker
    assert window.progress().running
    worker.cancel()  # keep the test short; the job stops after the current page
    qtbot.waitUntil(
        lambda: worker.isFinished() and not window.progress().running, timeout=60000
    )
    assert worker.thread_used is not QThread.currentThread()
    assert not out.exists() and not list(tmp_path.glob(".zp-write-*"))
    assert parks in offered[0] and "zgc_parks" not in offered[0]  # names, not ids
