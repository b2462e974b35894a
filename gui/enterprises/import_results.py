"""The validation results as the wizard shows them, in the planner's language.

Problem rows keep the file's row number and show the enterprise name, the
field as the planner reads it, the value, the reason and its severity, all
translated; the industry table shows how each industry name or code given
maps to a GB/T 4754 code and a producer-service category.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from gui.enterprises.import_pages import field_labels
from gui.enterprises.import_texts import translate_text
from layers.enterprises.importer import ImportResult


def problem_frame(problems: pd.DataFrame) -> pd.DataFrame:
    """Return the problem list for display (file row numbers as the index)."""
    labels = field_labels()
    reasons = {r: translate_text(r) for r in problems["reason"].astype(str).unique()}
    enterprise = QCoreApplication.translate("ImportWizard", "Enterprise")
    field = QCoreApplication.translate("ImportWizard", "Field")
    value = QCoreApplication.translate("ImportWizard", "Value")
    severity = QCoreApplication.translate("ImportWizard", "Severity")
    problem = QCoreApplication.translate("ImportWizard", "Problem")
    out = pd.DataFrame(
        {
            enterprise: problems.get("name", ""),
            field: problems["field"].map(lambda f: labels.get(f, f)),
            value: problems["value"].astype(str),
            severity: problems["severity"].astype(str).map(translate_text),
            problem: problems["reason"].astype(str).map(reasons),
        }
    )
    row = QCoreApplication.translate("ImportWizard", "Row")
    out.index = pd.Index(problems["row"].to_numpy(), name=row)
    return out


def category_names() -> dict[str, str]:
    """Return producer-service category code -> name (2019 edition, Chinese)."""
    from layers.enterprises.ps_categories import category_names as names

    return names("2019")


def industry_frame(industries: pd.DataFrame | None) -> pd.DataFrame:
    """Return value -> GB/T 4754 code, rows, category (with name) or why none."""
    given = QCoreApplication.translate("ImportWizard", "Industry given")
    code = QCoreApplication.translate("ImportWizard", "GB/T 4754")
    rows = QCoreApplication.translate("ImportWizard", "Rows")
    category = QCoreApplication.translate("ImportWizard", "Category")
    if industries is None or industries.empty:
        return pd.DataFrame(
            columns=[code, rows, category], index=pd.Index([], name=given)
        )
    names = category_names()
    shown = industries["category"].map(
        lambda c: f"{c} {names.get(c, '')}".strip() if c else ""
    )
    why = industries["problem"].map(translate_text)
    shown = shown.where(industries["category"] != "", why)
    return pd.DataFrame(
        {
            code: industries["gbt4754"].to_numpy(),
            rows: industries["rows"].to_numpy(),
            category: shown.to_numpy(),
        },
        index=pd.Index(industries["value"].to_numpy(), name=given),
    )


def summary_text(result: ImportResult) -> str:
    """Return the validation summary and notes in the UI language."""
    upd = int(result.frame["credit_code"].isin(result.existing.index).sum())
    skipped = int((result.problems["severity"] == "skipped").sum())
    text = (
        QCoreApplication.translate(
            "ImportWizard",
            "%1 rows: %2 to import (%3 updates), %4 with errors, "
            "%5 already in the project",
        )
        .replace("%1", str(result.n_rows))
        .replace("%2", str(result.n_good))
        .replace("%3", str(upd))
        .replace("%4", str(len(result.bad_rows)))
        .replace("%5", str(skipped))
    )
    notes = [*result.assumptions, *result.notes]
    return "\n".join([text, *(translate_text(n) for n in notes)])


def finish_text(
    result: ImportResult | None, outcome: dict[str, int] | None, report: str | None
) -> str:
    """Return what an import did ("5 imported (5 new, 0 updated), 2 skipped. …")."""
    out = outcome or {}
    if result is None or not out:
        return QCoreApplication.translate(
            "ImportWizard", "Nothing imported; the project is unchanged."
        )
    new, updated = out.get("inserted", 0), out.get("updated", 0)
    text = (
        QCoreApplication.translate(
            "ImportWizard", "%1 imported (%2 new, %3 updated), %4 skipped."
        )
        .replace("%1", str(new + updated))
        .replace("%2", str(new))
        .replace("%3", str(updated))
        .replace("%4", str(result.n_rows - result.n_good))
    )
    if report:
        text += " " + QCoreApplication.translate(
            "ImportWizard", "Report at %1"
        ).replace("%1", report)
    return text
