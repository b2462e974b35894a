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
    """Return producer-service category code -> name (Chinese, as published)."""
    import resources

    df = resources.load_csv("reference", "producer_services.csv")
    return dict(zip(df["code"], df["name_zh"], strict=True))


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
        {code: industries["gbt4754"].to_numpy(), rows: industries["rows"].to_numpy(),
         category: shown.to_numpy()},
        index=pd.Index(industries["value"].to_numpy(), name=given),
    )  # fmt: skip
