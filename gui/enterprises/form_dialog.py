"""EnterpriseFormDialog: edit one enterprise with the importer's validation."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from layers.enterprises.credit_code import validate
from layers.enterprises.mapping import clean_numbers
from layers.enterprises.validation import Problems, parse_dates
from layers.layer_specs import PS_CATEGORY_NAMES_ZH

TEXT_FIELDS = (
    "name",
    "credit_code",
    "address",
    "gbt4754",
    "employees",
    "revenue_wan",
    "founded",
)


def field_labels() -> dict[str, str]:
    """Return enterprise field -> label in the UI language."""
    return {
        "name": QCoreApplication.translate("EnterpriseLabels", "Enterprise name"),
        "credit_code": QCoreApplication.translate(
            "EnterpriseLabels", "Unified social credit code"
        ),
        "address": QCoreApplication.translate("EnterpriseLabels", "Address"),
        "category": QCoreApplication.translate(
            "EnterpriseLabels", "Producer-service category"
        ),
        "gbt4754": QCoreApplication.translate("EnterpriseLabels", "Industry code"),
        "employees": QCoreApplication.translate("EnterpriseLabels", "Employees"),
        "revenue_wan": QCoreApplication.translate(
            "EnterpriseLabels", "Revenue (10k yuan)"
        ),
        "founded": QCoreApplication.translate("EnterpriseLabels", "Founded"),
    }


def validate_values(
    v: dict[str, Any], taken_codes: set[str] | None = None
) -> list[str]:
    """Return the problems of one form's values (empty list = valid)."""
    errs = []
    labels = field_labels()
    if not str(v.get("name") or "").strip():
        errs.append(
            labels["name"]
            + ": "
            + QCoreApplication.translate("EnterpriseForm", "empty")
        )
    reason = validate(v.get("credit_code"))
    if reason:
        errs.append(f"{labels['credit_code']}: {reason}")
    elif taken_codes and str(v["credit_code"]).upper() in taken_codes:
        errs.append(
            labels["credit_code"]
            + ": "
            + QCoreApplication.translate("EnterpriseForm", "already in the register")
        )
    for f in ("employees", "revenue_wan"):
        s = str(v.get(f) or "").strip()
        if s:
            num = clean_numbers(pd.Series([s])).iloc[0]
            if np.isnan(num) or num < 0:
                errs.append(
                    labels[f]
                    + ": "
                    + QCoreApplication.translate(
                        "EnterpriseForm", "not a non-negative number"
                    )
                )
    probs = Problems(np.array([1]))
    parse_dates(pd.Series([str(v.get("founded") or "")]), probs)
    if len(probs.frame()):
        errs.append(
            labels["founded"]
            + ": "
            + QCoreApplication.translate("EnterpriseForm", "not a date")
        )
    return errs


class EnterpriseFormDialog(QDialog):
    """Form for one enterprise; OK only when :func:`validate_values` passes."""

    def __init__(
        self,
        values: dict[str, Any] | None = None,
        taken_codes: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enterprise"))
        self.taken_codes = taken_codes or set()
        values = values or {}
        form = QFormLayout(self)
        labels = field_labels()
        self.edits: dict[str, QLineEdit] = {}
        for f in TEXT_FIELDS:
            e = QLineEdit(self)
            v = values.get(f)
            e.setText(
                "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)
            )
            self.edits[f] = e
            form.addRow(labels[f], e)
        self.category = QComboBox(self)
        for code, name in PS_CATEGORY_NAMES_ZH.items():
            self.category.addItem(f"{code} {name}", code)
        i = self.category.findData(str(values.get("category") or "07"))
        self.category.setCurrentIndex(max(i, 0))
        form.insertRow(3, labels["category"], self.category)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setTextFormat(self.error_label.textFormat().PlainText)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def raw_values(self) -> dict[str, Any]:
        """Return the fields as typed text plus the chosen category."""
        out: dict[str, Any] = {f: e.text().strip() for f, e in self.edits.items()}
        out["category"] = self.category.currentData()
        return out

    def values(self) -> dict[str, Any]:
        """Return typed values ready for the layer (numbers, ISO date, upper code)."""
        v = self.raw_values()
        num = clean_numbers(pd.Series([v["employees"], v["revenue_wan"]]))
        probs = Problems(np.array([1]))
        founded = parse_dates(pd.Series([v["founded"]]), probs).iloc[0]
        return {
            "name": v["name"],
            "credit_code": v["credit_code"].upper(),
            "address": v["address"] or None,
            "category": v["category"],
            "gbt4754": v["gbt4754"] or None,
            "employees": None if np.isnan(num.iloc[0]) else int(round(num.iloc[0])),
            "revenue_wan": None if np.isnan(num.iloc[1]) else float(num.iloc[1]),
            "founded": founded,
        }

    def accept(self) -> None:
        errs = validate_values(self.raw_values(), self.taken_codes)
        if errs:
            self.error_label.setText("\n".join(errs))
            return
        super().accept()
