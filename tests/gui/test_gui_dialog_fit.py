"""Dialogs a planner meets open at a size that fits: the screen and their
content, with raw table and field names turned into the planner's words."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea

from gui import i18n
from layers.demo.case_register import build_demo_cases


@pytest.fixture
def chinese(qapp: Any) -> Any:
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def test_case_form_opens_within_the_screen_and_wide_enough_for_its_groups(
    qtbot: Any,
) -> None:
    from gui.cases.case_form import CaseFormDialog

    case = build_demo_cases(None, None, None).iloc[0].to_dict()
    dialog = CaseFormDialog(case, 150000.0, "planner")
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableSize()
    body = dialog.findChild(QScrollArea).widget()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    # Every group's full width shows, unless the screen is narrower than that.
    need = body.minimumSizeHint().width()
    assert dialog.width() >= min(need, screen.width())


def _conflict(fields: dict[str, Any]) -> Any:
    import pandas as pd

    from db.remote_changes import FeatureConflict

    base = pd.Series({"name_zh": "东城园", "updated_by": "li.si"})
    mine, theirs = base.copy(), base.copy()
    mine["name_zh"] = "我的名称"
    for key, value in fields.items():
        theirs[key] = value
    return FeatureConflict("zones", "zgc_parks", 2, base, mine, theirs)


def test_conflict_dialog_names_the_table_and_fields_in_chinese(
    qtbot: Any, chinese: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    from gui.database.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(_conflict({"name_zh": "他们的", "updated_by": "zs"}), 0)
    qtbot.addWidget(dialog)
    dialog.show()
    head = dialog.findChildren(QLabel)[0].text()
    assert "zones" not in head and "功能区" in head, head
    fields = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    assert "名称" in [f.text() for f in fields]
    assert "name_zh" in [f.toolTip() for f in fields]  # the raw name stays at hand
    assert dialog.width() >= 700  # four columns and the preview side by side


def test_checkout_dialog_lists_tables_in_the_planners_words(
    qtbot: Any, chinese: Any
) -> None:
    from db.transfer import CHECKOUT_TABLES
    from gui.database.database_feature import CheckoutDialog

    dialog = CheckoutDialog()
    qtbot.addWidget(dialog)
    texts = {t: box.text() for t, box in dialog.boxes.items()}
    assert set(texts) == set(CHECKOUT_TABLES)
    assert all(not text.isascii() for text in texts.values()), texts
    assert dialog.tables() == list(CHECKOUT_TABLES)


def test_as_of_dialog_opens_wide_enough_for_its_note(qtbot: Any, chinese: Any) -> None:
    from gui.zones.as_of_feature import POLICY_DATE, AsOfDialog

    dialog = AsOfDialog(POLICY_DATE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= 24 * dialog.fontMetrics().height()


def test_file_dialogs_of_zone_catalogue_and_regulatory_imports_name_files_in_chinese(
    qtbot: Any, chinese: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QFileDialog, QPushButton

    from gui.cases.catalogue_dialog import CatalogueDialog
    from gui.cases.regulatory_dialog import RegulatoryImportDialog
    from gui.editing.import_export_dialogs import ExportZonesDialog, ImportZonesDialog
    from layers.cases.catalogue_model import Catalogue

    filters: list[str] = []

    def ask(_parent: Any, _title: str, _start: str, filt: str) -> tuple[str, str]:
        filters.append(filt)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    controller = SimpleNamespace(project=None)
    for dialog in (
        ImportZonesDialog(controller),
        ExportZonesDialog(controller),  # a Browse button, not a bare path field
        CatalogueDialog(Catalogue(), frozenset()),
        RegulatoryImportDialog(),
    ):
        qtbot.addWidget(dialog)
        browse = [
            b for b in dialog.findChildren(QPushButton) if b.text().startswith("浏览")
        ]
        assert browse, type(dialog).__name__
        browse[0].click()
    assert len(filters) == 4
    for filt in filters:
        kind = filt.split("(")[0]
        assert kind.strip() and not kind.isascii(), filt


def test_rules_dialog_names_every_threshold_in_chinese(
    qtbot: Any, chinese: Any
) -> None:
    from gui.cases.rules_dialog import RulesDialog
    from layers.cases.rules import load_rules

    dialog = RulesDialog(load_rules(), set())
    qtbot.addWidget(dialog)
    assert dialog.rows
    for row, (_rid, key, _value) in enumerate(dialog.rows):
        item = dialog.table.item(row, 1)
        assert not item.text().isascii(), item.text()  # no raw key left
        assert item.toolTip() == key


def test_case_form_has_one_editor_per_field(qtbot: Any) -> None:
    """A second editor of the same field (remaining term, typed indicators)
    would be ignored on OK: the planner's edit in it would be lost."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from gui.cases.case_form import CaseFormDialog

    case = build_demo_cases(None, None, None).iloc[0].to_dict()
    dialog = CaseFormDialog(case, 150000.0, "planner")
    qtbot.addWidget(dialog)
    names = [
        w.objectName()
        for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
        if w.objectName()
    ]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
    dialog.edits["remaining_term_years"].setText("12.5")
    assert dialog.values()["remaining_term_years"] == 12.5


def test_case_form_names_the_2023_land_use_guide_in_chinese(
    qtbot: Any, chinese: Any
) -> None:
    from gui.cases.case_form import CaseFormDialog

    case = build_demo_cases(None, None, None).iloc[0].to_dict()
    case["proposed_landuse_system"] = "2023 guide"
    dialog = CaseFormDialog(case, 150000.0, "planner")
    qtbot.addWidget(dialog)
    combo = dialog.combos["proposed_landuse_system"]
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "用地用海分类指南(2023)" in items and "2023 guide" not in items
    assert combo.currentData() == "2023 guide"  # stored as before
    assert dialog.values()["proposed_landuse_system"] == "2023 guide"


def test_zone_and_regulatory_mapping_name_their_fields_before_a_preview(
    qtbot: Any, chinese: Any
) -> None:
    from types import SimpleNamespace

    from gui.cases.regulatory_dialog import RegulatoryImportDialog
    from gui.editing.import_export_dialogs import ImportZonesDialog

    for dialog in (
        ImportZonesDialog(SimpleNamespace(project=None)),
        RegulatoryImportDialog(),
    ):
        qtbot.addWidget(dialog)
        table = dialog.mapping
        names = [table.item(r, 0) for r in range(table.rowCount())]
        assert all(n is not None and n.text() for n in names), type(dialog).__name__
        # Chinese labels, the raw field name in the tooltip.
        assert not names[0].text().isascii() and names[0].toolTip().isascii()
        assert all(n.text() != n.toolTip() for n in names if n.toolTip() != "code")
