"""Shared fixtures for the print-layout tests: the demo project, small.

Imported by tests/gui/test_gui_printing*.py (pytest puts this folder on
sys.path; there is no package __init__). The project file is written once per
session with 2,000 enterprises; each test gets a freshly loaded Project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.project import Project


@pytest.fixture(scope="session", name="demo_gpkg")
def demo_gpkg_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the path of a small demo project (2,000 enterprises)."""
    from db.demo_project import write_demo_project

    return write_demo_project(
        tmp_path_factory.mktemp("print") / "demo.gpkg", n_enterprises=2000
    )


def load(path: Path) -> Project:
    """Return the project at ``path`` loaded read-only."""
    from db.project_io import load_project
    from db.store import ProjectStore

    store = ProjectStore.open(path, read_only=True)
    try:
        return load_project(store)
    finally:
        store.close()


@pytest.fixture(name="demo_project")
def demo_project_fixture(demo_gpkg: Path) -> Project:
    """Return a freshly loaded demo project."""
    return load(demo_gpkg)


class MessageBoxes:
    """Recorded QMessageBox calls; ``answer`` is what ``question`` returns."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.calls: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def record(self, kind: str, text: str) -> None:
        """Remember one box shown."""
        self.calls.append((kind, text))

    def kinds(self) -> list[str]:
        """Return the kinds of boxes shown, in order."""
        return [k for k, _ in self.calls]


@pytest.fixture(name="message_boxes")
def message_boxes_fixture(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Answer QMessageBox's static dialogs without blocking; record them."""
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()

    def fake(kind: str):
        def show(_parent, _title, text, *args, **kwargs):
            boxes.record(kind, text)
            if kind == "question":
                return boxes.answer
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return boxes
