"""The statistics dock as a planner sees it: a chart with room to be read,
docked and floating, categories named in its legend, labelled tables."""

from __future__ import annotations

import shutil

import pytest

import db.demo_project as db_demo
from gui import i18n
from gui.enterprises.enterprises_feature import EnterprisesFeature
from gui.enterprises.stats_dock import CHART_MIN_HEIGHT


@pytest.fixture(scope="module")
def project_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=800)
    return path


@pytest.fixture
def window(qapp, qtbot, project_template, tmp_path):
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.main_window import MainWindow

    path = tmp_path / "p.gpkg"
    shutil.copy(project_template, path)
    store = ProjectStore.open(path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_project(load_project(store), store)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_stats_dock_chart_keeps_its_height_docked_and_floating(window, qtbot):
    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(dock.isVisible)
    dock.refresh()
    qtbot.waitUntil(lambda: dock.chart.height() > 0)
    assert dock.chart.height() >= CHART_MIN_HEIGHT
    assert dock.view.height() > 0  # the table is not squeezed out either
    dock.setFloating(True)
    qtbot.waitUntil(lambda: dock.isFloating())
    dock.resize(420, 300)  # smaller than its content: the dock keeps its minimum
    qtbot.waitUntil(lambda: dock.chart.height() >= CHART_MIN_HEIGHT)
    assert dock.height() >= CHART_MIN_HEIGHT
    dock.setFloating(False)


def test_stats_dock_chart_legend_names_categories_and_compare_uses_labels(
    window, qtbot
):
    i18n.install_translator("zh_CN")
    try:
        dock = window.feature(EnterprisesFeature).stats_dock
        dock.show()
        dock.refresh()
        dock.chart_combo.setCurrentIndex(0)
        dock.draw_chart()
        legend = dock.chart.figure.axes[0].get_legend()
        texts = [t.get_text().replace("\n", "") for t in legend.get_texts()]
        assert "04 金融服务" in texts
        dock.chart_combo.setCurrentIndex(1)
        dock.draw_chart()
        ax = dock.chart.figure.axes[0]
        labels = [t.get_text().replace("\n", "") for t in ax.get_yticklabels()]
        names = set(dock.current()["name_zh"].astype(str))
        assert labels and all(lab in names for lab in labels)  # whole names
        legend = ax.get_legend()
        dock.chart.canvas.draw()
        renderer = dock.chart.canvas.get_renderer()
        fig_box = dock.chart.figure.bbox
        for text in [*legend.get_texts(), *ax.get_yticklabels()]:
            box = text.get_window_extent(renderer)
            assert box.x0 >= fig_box.x0 - 1 and box.x1 <= fig_box.x1 + 1  # not clipped
        rows = [
            dock.cmp_model.data(dock.cmp_model.index(r, 0))
            for r in range(dock.cmp_model.rowCount())
        ]
        assert any(r.startswith("占比") and "金融服务" in r for r in rows)
        assert "share_04" not in rows
    finally:
        i18n.install_translator("en")


def test_stats_dock_no_number_cut_off_in_the_comparison(window, qtbot):
    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()
    dock.setFloating(True)
    dock.resize(520, 700)  # narrower than the comparison table
    dock.refresh()
    qtbot.waitUntil(lambda: dock.cmp_model.rowCount() > 0)
    for view in (dock.view, dock.cmp_view):
        header = view.horizontalHeader()
        assert header.count() > 2
        for c in range(header.count()):
            assert header.sectionSize(c) >= view.sizeHintForColumn(c), c
    dock.setFloating(False)


def test_stats_dock_docked_with_case_panels_keeps_window_on_screen(window, qtbot):
    """Opened under the case list and results (all on the right), the dock
    scrolls rather than growing the window past a 1366 x 768 screen; the chart
    keeps its readable height inside."""
    from gui.cases.case_dock import CaseListDock
    from gui.cases.results_dock import EvaluationResultsDock

    window.findChild(CaseListDock).show()
    window.findChild(EvaluationResultsDock).show()
    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()
    dock.refresh()
    qtbot.waitUntil(lambda: dock.chart.height() > 0)
    assert window.height() <= 768
    assert window.minimumSizeHint().height() <= 768
    assert dock.chart.height() >= CHART_MIN_HEIGHT


def test_stats_dock_counts_read_as_whole_numbers(window, qtbot):
    """Employees and enterprise counts are counts: "43,314", not "43,314.0";
    areas keep their decimal."""
    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()
    dock.refresh()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    model = dock.model
    cols = model.columns
    emp = [model.data(model.index(r, cols.index("employees"))) for r in range(3)]
    assert emp and all(e and not e.endswith(".0") for e in emp), emp
    qtbot.waitUntil(lambda: dock.cmp_model.rowCount() > 0)
    cmp = dock.cmp_model
    rows = {cmp.data(cmp.index(r, 0)): r for r in range(cmp.rowCount())}
    count_row = next(r for label, r in rows.items() if "nterprises" in label)
    counts = [cmp.data(cmp.index(count_row, c)) for c in (1, 2)]
    assert all(not c.endswith(".0") for c in counts), counts
