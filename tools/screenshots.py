"""Render the app's main views offscreen into build/ (``make screenshot``).

Writes, from a freshly written demo project, at a 1366 x 768 window:
main window in Chinese and English, the identify panel, the attribute table,
the statistics dock, the import wizard (on a sample register), the case panel
with an evaluated case, and the layout designer. Every file is named
``<view>_<language>.png``. Meant to be looked at: nothing clipped, no English
in the Chinese UI, no empty boxes instead of Chinese.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out build]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
SAMPLE_REGISTER = ROOT / "tests" / "data" / "enterprises" / "utf8bom_bd09.csv"


def _settle(window: object) -> None:
    """Let Qt lay out, render the map and deliver the result."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        QCoreApplication.processEvents()
    canvas = window.canvas  # type: ignore[attr-defined]
    canvas.render_now()
    canvas.wait_for_render()
    QCoreApplication.processEvents()


def _save(widget: object, path: Path) -> Path:
    """Grab ``widget`` into ``path``; fail loudly if it cannot be written."""
    if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"cannot write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def _window(project: Path, language: str) -> object:
    from gui import i18n
    from gui.main_window import MainWindow

    i18n.install_translator(language)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.files.open_project_now(project)
    _settle(window)
    return window


def main_window(project: Path, out: Path, language: str) -> object:
    """Write the main window; return it (open) for the panel shots."""
    window = _window(project, language)
    _save(window, out / f"main_window_{language}.png")
    return window


def identify(window: object, out: Path, language: str) -> None:
    """Identify inside 海淀园 and save the results panel."""
    import shapely

    from geo.crs import transform_xy
    from gui.tools.identify_tool import identify as identify_at
    from gui.workspace_feature import WorkspaceFeature

    project = window.project  # type: ignore[attr-defined]
    ws = window.feature(WorkspaceFeature)  # type: ignore[attr-defined]
    parks = project.find("zgc_parks")
    geom = parks.gdf.loc[parks.gdf["code"] == "ZGC-HD"].geometry.iloc[0]
    pt = shapely.point_on_surface(geom)
    x, y = transform_xy(pt.x, pt.y, 4490, project.display_epsg)
    dock = ws.identify_dock
    dock.show_results(
        identify_at(project, float(x), float(y), project.display_epsg, 5.0)
    )
    dock.setFloating(True)
    dock.resize(480, 640)
    dock.show()
    _settle(window)
    _save(dock, out / f"identify_{language}.png")
    dock.setFloating(False)


def attribute_table(window: object, out: Path, language: str) -> None:
    """Open the enterprises' attribute table with a filter and a selection."""
    from gui.workspace_feature import WorkspaceFeature

    ws = window.feature(WorkspaceFeature)  # type: ignore[attr-defined]
    ws.open_attribute_table("enterprises")
    table = ws.attribute_table
    table.filter_edit.setText("海淀")
    table.apply_filter()
    layer = window.project.find("enterprises")  # type: ignore[attr-defined]
    layer.set_selection([table.model.fid_at(r) for r in (1, 2)])
    table.setFloating(True)
    table.resize(1200, 420)
    table.show()
    _settle(window)
    _save(table, out / f"attribute_table_{language}.png")
    layer.set_selection([])
    table.setFloating(False)


def statistics(window: object, out: Path, language: str) -> None:
    """Show the statistics dock floating, by zone, with its chart."""
    from gui.enterprises.enterprises_feature import EnterprisesFeature

    dock = window.feature(EnterprisesFeature).stats_dock  # type: ignore[attr-defined]
    dock.setFloating(True)
    dock.show()
    dock.resize(760, 900)
    dock.refresh()
    dock.view.selectRow(0)
    dock.draw_chart()
    _settle(window)
    dock.chart.canvas.draw()
    _save(dock, out / f"statistics_{language}.png")
    dock.setFloating(False)
    dock.hide()


def import_wizard(window: object, out: Path, language: str) -> None:
    """Open the import wizard on a sample register, at its preview page."""
    from gui.enterprises.import_wizard import ImportWizard

    wizard = ImportWizard(window, str(SAMPLE_REGISTER))
    wizard.show()
    _settle(window)
    _save(wizard, out / f"import_wizard_{language}.png")
    wizard.next()
    _settle(window)
    _save(wizard, out / f"import_wizard_preview_{language}.png")
    wizard.close()


def case_panel(window: object, out: Path, language: str) -> None:
    """Select and evaluate a demo case; save the window with the case panels."""
    from gui.cases.case_dock import CaseListDock
    from gui.workspace_feature import WorkspaceFeature

    ws = window.feature(WorkspaceFeature)  # type: ignore[attr-defined]
    ws.attribute_table.hide()
    ws.identify_dock.hide()
    window.resize(*SIZE)  # type: ignore[attr-defined]
    dock = window.findChild(CaseListDock)  # type: ignore[attr-defined]
    dock.show()
    dock.view.selectRow(2)
    dock.evaluate_current()
    _settle(window)
    _save(window, out / f"case_panel_{language}.png")


def layout_window(window: object, out: Path, language: str) -> None:
    """Open the A3 meeting exhibit in the designer with the map selected."""
    from gui.printing.layout_window import LayoutWindow
    from layers.printing.layout import load_template

    win = LayoutWindow(window.project, load_template("A3 landscape meeting exhibit"))  # type: ignore[attr-defined]
    win.resize(*SIZE)
    win.show()
    _settle(window)
    win.zoom_to_page()
    win.select(["map1"])
    _settle(window)
    _save(win, out / f"layout_window_{language}.png")
    win.close()


def main(argv: list[str] | None = None) -> int:
    """Write every screenshot; return an exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QSettings

    from db.demo_project import write_demo_project
    from gui.app import ensure_app

    app = ensure_app([])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Own settings: the shots never depend on (or change) the user's.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        project = write_demo_project(Path(tmp) / "demo.gpkg")
        for language in ("zh_CN", "en"):
            window = main_window(project, args.out, language)
            identify(window, args.out, language)
            attribute_table(window, args.out, language)
            statistics(window, args.out, language)
            import_wizard(window, args.out, language)
            case_panel(window, args.out, language)
            layout_window(window, args.out, language)
            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
