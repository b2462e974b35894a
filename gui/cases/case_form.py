"""CaseFormDialog: every field of a conversion case, one undo step on OK.

The site area is computed from the parcel (geodesic, CGCS2000); planners may
override it only with a reason (``site_area_override_reason``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDoubleValidator, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.cases.case_form_groups import (
    INDICATOR_FIELDS,
    TITLE_NUMBER_FIELDS,
    CaseFormGroupsMixin,
)
from gui.cases.ui_labels import (
    building_use_labels,
    field_labels,
    gap_labels,
    status_labels,
)
from gui.permissions import why_not
from layers.enterprises.credit_code import validate as validate_credit_code
from layers.fields import display_value
from layers.layer_specs import PS_CATEGORY_NAMES_ZH
from layers.permissions import Capability, Permissions

SYSTEMS = ("GB 50137-2011", "2023 guide", "GB/T 21010-2017")


def _system_label(system: str) -> str:
    """Return a land-use classification system as planners name it."""
    lang = i18n.current_language() or "en"
    return display_value("conversion_cases", "current_landuse_system", system, lang)


#: Numbers of the "Site and buildings" group; the title's remaining term and
#: the typed control indicators have their own groups (one editor per field).
SITE_NUMBER_FIELDS = (
    "existing_gfa_m2",
    "proposed_gfa_m2",
    "far",
    "building_density",
    "green_ratio",
    "height_m",
)
NUMBER_FIELDS = (*SITE_NUMBER_FIELDS, *TITLE_NUMBER_FIELDS, *INDICATOR_FIELDS)
FLAG_FIELDS = (
    "applicant_is_industrial",
    "land_owned",
    "self_operated",
    "relocating_unit",
)
TEXT_FIELDS = (
    "case_no",
    "applicant_name",
    "applicant_credit_code",
    "current_landuse_code",
    "proposed_landuse_code",
    "proposed_gbt4754",
    "received_date",
    "status_by",
)


def _empty(v: Any) -> bool:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return True
    try:
        return bool(v != v) or str(v).strip() == ""
    except (TypeError, ValueError):
        return True


def _landuse_codes(system: str) -> list[str]:
    import resources

    try:
        df = resources.load_csv("reference", "landuse_codes.csv")
    except FileNotFoundError:
        return []
    rows = df[df["system"] == system]
    return [f"{c} {n}" for c, n in zip(rows["code"], rows["name_zh"], strict=True)]


class CaseFormDialog(CaseFormGroupsMixin, QDialog):
    """Edit one case; :meth:`changed_values` returns only what changed.

    Parameters
    ----------
    case : dict
        The case's current fields (``site_area_m2`` may be stale).
    computed_area_m2 : float
        Geodesic area of the parcel (the default site area).
    user : str
        Recorded as ``status_by`` when the status changes.
    location_clauses : list of dict
        The rules' location-dependent clauses (R5) a proposal may rely on.
    permissions : Permissions, optional
        What the signed-in role may do; approved / rejected are greyed out
        (with the reason) for a role that may not decide cases. Default: all.
    """

    def __init__(
        self,
        case: dict[str, Any],
        computed_area_m2: float,
        user: str,
        parent: QWidget | None = None,
        location_clauses: list[dict[str, Any]] | None = None,
        permissions: Permissions | None = None,
    ) -> None:
        super().__init__(parent)
        self.permissions = permissions or Permissions()
        self.location_clauses = list(location_clauses or [])
        self.setWindowTitle(
            self.tr("Case %1").replace("%1", str(case.get("case_no") or "")).strip()
        )
        self.case = {k: (None if _empty(v) else v) for k, v in dict(case).items()}
        self.user = user
        self.computed = float(computed_area_m2)
        self.labels = field_labels()
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._applicant_box(), 0, 0)
        grid.addWidget(self._landuse_box(), 0, 1)
        grid.addWidget(self._site_box(), 1, 0)
        grid.addWidget(self._proposal_box(), 1, 1)
        flags = [
            (self.tr("(not filled in)"), None),
            (self.tr("Yes"), 1),
            (self.tr("No"), 0),
        ]
        grid.addWidget(self._title_box(), 2, 0)
        grid.addWidget(self._conditions_box(flags), 2, 1)
        grid.addWidget(self._indicators_box(), 3, 0)
        grid.addWidget(self._status_box(), 3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(buttons)
        self.resize(self._fitting_size(body))

    def _fitting_size(self, body: QWidget) -> QSize:
        """Return a size that shows every group's full width (no sideways scroll).

        The height scrolls; both are bounded by the screen's available area.
        """
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        want = QSize(max(1040, body.sizeHint().width() + bar + 40), 780)
        screen = self.screen()
        return want.boundedTo(screen.availableSize()) if screen else want

    # --- building ------------------------------------------------------------
    def _line(self, form: QFormLayout, field: str, numeric: bool = False) -> QLineEdit:
        e = QLineEdit("" if _empty(self.case.get(field)) else f"{self.case[field]}")
        if numeric:
            e.setValidator(QDoubleValidator(0.0, 1e12, 4, e))
        e.setObjectName(field)
        self.edits[field] = e
        form.addRow(self.labels.get(field, field), e)
        return e

    def _combo(
        self,
        form: QFormLayout,
        field: str,
        items: list[tuple[str, Any]],
        label: str = "",
        editable: bool = False,
    ) -> QComboBox:
        c = QComboBox()
        c.setObjectName(field)
        c.setEditable(editable)
        for text, data in items:
            c.addItem(text, data)
        cur = self.case.get(field)
        i = c.findData(None if _empty(cur) else cur)
        if i < 0 and not _empty(cur):
            c.addItem(str(cur), cur)
            i = c.count() - 1
        c.setCurrentIndex(max(i, 0))
        self.combos[field] = c
        form.addRow(label or self.labels.get(field, field), c)
        return c

    def _applicant_box(self) -> QGroupBox:
        box, form = QGroupBox(self.tr("Applicant")), QFormLayout()
        self._line(form, "case_no")
        self._line(form, "applicant_name").setPlaceholderText(
            self.tr("Enterprise name")
        )
        self._line(form, "applicant_credit_code").setPlaceholderText(
            self.tr("18-character unified social credit code")
        )
        flags = [
            (self.tr("(not filled in)"), None),
            (self.tr("Yes"), 1),
            (self.tr("No"), 0),
        ]
        for f in FLAG_FIELDS:
            self._combo(form, f, flags)
        box.setLayout(form)
        return box

    def _landuse_box(self) -> QGroupBox:
        box, form = QGroupBox(self.tr("Land use")), QFormLayout()
        for side in ("current", "proposed"):
            sys_c = self._combo(
                form,
                f"{side}_landuse_system",
                [
                    (self.tr("(not filled in)"), None),
                    *((_system_label(s), s) for s in SYSTEMS),
                ],
            )
            code = QComboBox()
            code.setEditable(True)
            code.setObjectName(f"{side}_landuse_code")
            code.setEditText(str(self.case.get(f"{side}_landuse_code") or ""))
            self.combos[f"{side}_landuse_code"] = code

            def refill(_: int = 0, c: QComboBox = code, s: QComboBox = sys_c) -> None:
                text = c.currentText()
                c.clear()
                c.addItems(_landuse_codes(str(s.currentData() or "")))
                c.setEditText(text)

            sys_c.currentIndexChanged.connect(refill)
            refill()
            form.addRow(self.labels[f"{side}_landuse_code"], code)
        self._combo(
            form,
            "current_building_use",
            [
                (self.tr("(not filled in)"), None),
                *((v, k) for k, v in building_use_labels().items()),
            ],
        )
        box.setLayout(form)
        return box

    def _site_box(self) -> QGroupBox:
        box, form = QGroupBox(self.tr("Site and buildings")), QFormLayout()
        area = QLabel(
            self.tr("%1 m² (%2 ha / %3 mu, ellipsoidal area of the parcel geometry)")
            .replace("%1", f"{self.computed:,.1f}")
            .replace("%2", f"{self.computed / 1e4:,.2f}")
            .replace("%3", f"{self.computed * 15 / 1e4:,.1f}")
        )
        area.setWordWrap(True)  # long in English: wrap rather than widen the form
        form.addRow(self.tr("Site area (computed)"), area)
        self.override = QCheckBox(
            self.tr("Override the site area (a reason is required)")
        )
        self.override.setObjectName("site_area_override")
        reason = str(self.case.get("site_area_override_reason") or "")
        self.override.setChecked(bool(reason))
        form.addRow(self.override)
        self.area_edit = QLineEdit(
            "" if not reason else f"{self.case.get('site_area_m2')}"
        )
        self.area_edit.setValidator(QDoubleValidator(0.0, 1e12, 2, self.area_edit))
        self.area_edit.setObjectName("site_area_m2")
        self.reason_edit = QLineEdit(reason)
        self.reason_edit.setObjectName("site_area_override_reason")
        form.addRow(self.tr("Site area (entered) m²"), self.area_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.override.toggled.connect(self._on_override_toggled)
        self._on_override_toggled(self.override.isChecked())
        for f in SITE_NUMBER_FIELDS:
            self._line(form, f, numeric=True)
        box.setLayout(form)
        return box

    def _proposal_box(self) -> QGroupBox:
        box, form = (
            QGroupBox(self.tr("Proposed use and shortfalls filled")),
            QFormLayout(),
        )
        self._combo(
            form,
            "proposed_category",
            [
                (self.tr("(not filled in)"), None),
                *((f"{k} {v}", k) for k, v in PS_CATEGORY_NAMES_ZH.items()),
            ],
        )
        self._line(form, "proposed_gbt4754").setPlaceholderText(
            self.tr("e.g. 7320;7491")
        )
        have = [
            t.strip() for t in str(self.case.get("shortfalls_filled") or "").split(";")
        ]
        self.gap_checks: dict[str, QCheckBox] = {}
        # Two columns: five boxes in one row made the form wider than the screen.
        grid = QGridLayout()
        for key, label in gap_labels().items():
            if key == "other":
                continue
            cb = QCheckBox(label)
            cb.setObjectName(f"gap_{key}")
            cb.setChecked(key in have)
            n = len(self.gap_checks)
            self.gap_checks[key] = cb
            grid.addWidget(cb, n // 2, n % 2)
        form.addRow(self.labels["shortfalls_filled"], grid)
        other = next((t.split(":", 1)[1] for t in have if t.startswith("other:")), "")
        self.gap_other = QLineEdit(other)
        self.gap_other.setObjectName("gap_other")
        form.addRow(self.tr("Other shortfall (describe)"), self.gap_other)
        try:
            docs = "; ".join(json.loads(self.case.get("documents") or "[]"))
        except (TypeError, ValueError):
            docs = str(self.case.get("documents") or "")
        self.docs = QLineEdit(docs)
        self.docs.setObjectName("documents")
        form.addRow(self.tr("Application documents (files, separated by ;)"), self.docs)
        box.setLayout(form)
        return box

    def _status_box(self) -> QGroupBox:
        box, form = QGroupBox(self.tr("Processing status")), QFormLayout()
        pattern = self.tr("%1 (%2)", "status label (status code)")
        combo = self._combo(
            form,
            "status",
            [
                (pattern.replace("%1", v).replace("%2", k), k)
                for k, v in status_labels().items()
            ],
        )
        self._grey_decisions(combo)
        self._line(form, "received_date").setPlaceholderText("YYYY-MM-DD")
        self.remarks = QPlainTextEdit(str(self.case.get("remarks") or ""))
        self.remarks.setObjectName("remarks")
        self.remarks.setMaximumHeight(60)
        form.addRow(self.tr("Remarks"), self.remarks)
        box.setLayout(form)
        return box

    def _grey_decisions(self, combo: QComboBox) -> None:
        """Disable (not hide) the statuses the signed-in role may not set."""
        why = why_not(self.permissions, Capability.DECIDE_CASE)
        model = combo.model()
        if not why or not isinstance(model, QStandardItemModel):
            return
        current = str(self.case.get("status") or "")
        for i in range(combo.count()):
            item = model.item(i)
            status = str(combo.itemData(i))
            if item is None or self.permissions.may_change_status(current, status):
                continue
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(why)

    def _on_override_toggled(self, on: bool) -> None:
        self.area_edit.setEnabled(on)
        self.reason_edit.setEnabled(on)

    # --- result --------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Return every field as entered (None for empty)."""
        out: dict[str, Any] = {}
        for f, e in self.edits.items():
            t = e.text().strip()
            out[f] = (
                (float(t.replace(",", "")) if t else None)
                if f in NUMBER_FIELDS
                else (t or None)
            )
        for f, c in self.combos.items():
            out[f] = (
                (c.currentText().split(" ")[0].strip() or None)
                if c.isEditable() and f.endswith("_code")
                else c.currentData()
            )
        gaps = [k for k, cb in self.gap_checks.items() if cb.isChecked()]
        if self.gap_other.text().strip():
            gaps.append(f"other:{self.gap_other.text().strip()}")
        out["shortfalls_filled"] = ";".join(gaps) or None
        docs = [d.strip() for d in self.docs.text().split(";") if d.strip()]
        out["documents"] = json.dumps(docs, ensure_ascii=False)
        out["remarks"] = self.remarks.toPlainText().strip() or None
        out |= self.group_values()
        if self.override.isChecked():
            t = self.area_edit.text().strip()
            out["site_area_m2"] = float(t) if t else None
            out["site_area_override_reason"] = self.reason_edit.text().strip() or None
        else:
            out["site_area_m2"] = round(self.computed, 1)
            out["site_area_override_reason"] = None
        return out

    def changed_values(self) -> dict[str, Any]:
        """Return the fields whose value differs from the case (status stamped)."""
        new = self.values()
        changed = {
            k: v
            for k, v in new.items()
            if not (_empty(v) and _empty(self.case.get(k))) and v != self.case.get(k)
        }
        if "status" in changed:
            changed["status_date"] = dt.date.today().isoformat()
            changed["status_by"] = self.user
        return changed

    def validate(self) -> str | None:
        """Return the first problem that blocks OK, or None."""
        v = self.values()
        if not v.get("case_no"):
            return self.tr("The case number must not be empty")
        if self.override.isChecked() and (
            not v.get("site_area_override_reason") or v.get("site_area_m2") is None
        ):
            return self.tr("An overridden site area needs both the area and a reason")
        code = v.get("applicant_credit_code")
        if code and (why := validate_credit_code(code)):
            return self.tr("Invalid unified social credit code: %1").replace("%1", why)
        return self.group_problem(v)

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            QMessageBox.warning(self, self.tr("Cannot save"), problem)
            return
        super().accept()
