"""Render every page of the enterprise import wizard to PNG, in Chinese and English.

Usage (offscreen, no display needed)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_import_wizard.py [OUT_DIR]

Writes ``import_wizard_<lang>_<n>.png`` into OUT_DIR (default ``build/``)
(page 6 is the validation page's industry tab), using a throwaway demo
project and a GBK register with a title row naming 高德, an industry-name
column, a per-row coordinate-system column and a few bad rows, so every part
of the wizard shows real content. Look at them: nothing clipped, no English
in the Chinese UI.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "enterprises"


def _window(project_path: Path):
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.main_window import MainWindow

    store = ProjectStore.open(project_path)
    win = MainWindow()
    win.show_project(load_project(store), store)
    win.resize(1200, 800)
    return win


def shoot(lang: str, out_dir: Path, project_path: Path) -> list[Path]:
    """Render the wizard's pages in ``lang``; return the PNG files."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.enterprises.import_wizard import ImportWizard
    from gui.i18n import install_translator

    install_translator(lang)
    win = _window(project_path)
    from tests.factories.enterprise_registers import planner_register

    src = planner_register(out_dir / "企业名录.csv")
    wiz = ImportWizard(win, str(src))
    wiz.show()
    shots = []
    loop = QEventLoop()
    wiz.validated.connect(lambda _r: loop.quit())
    for n in range(5):
        if n == 4:  # validation runs on a worker: wait for its result
            QTimer.singleShot(0, wiz.next)
            loop.exec()
        elif n:
            wiz.next()
        QApplication.processEvents()
        path = out_dir / f"import_wizard_{lang}_{n + 1}.png"
        wiz.grab().save(str(path))
        shots.append(path)
    wiz.validation_page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    path = out_dir / f"import_wizard_{lang}_6.png"
    wiz.grab().save(str(path))
    shots.append(path)
    if wiz.worker is not None:
        wiz.worker.wait()
    wiz.close()
    win.close()
    return shots


def _laptop_screen(out_dir: Path) -> None:
    """Make Qt's offscreen screen a 1366x768 laptop (its default is 800x800)."""
    import json
    import os

    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    cfg = out_dir / "offscreen_1366x768.json"
    cfg.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"


def main(argv: list[str]) -> int:
    """Write the screenshots; print their paths."""
    from db.demo_project import write_demo_project

    out_dir = Path(argv[0]) if argv else ROOT / "build"
    out_dir.mkdir(parents=True, exist_ok=True)
    _laptop_screen(out_dir)
    from gui.app import ensure_app

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        project = write_demo_project(Path(tmp) / "demo.gpkg", n_enterprises=500)
        for lang in ("zh_CN", "en"):
            for path in shoot(lang, out_dir, project):
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
