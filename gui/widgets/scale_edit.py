"""ScaleEditWidget: an editable "1:N" box."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_SCALE_RE = re.compile(r"^\s*(?:1\s*[:：]\s*)?([\d,，\s]+(?:\.\d*)?)\s*$")


def parse_scale(text: str) -> float | None:
    """Return N from "1:N", "1：N", "N" or "1:25,000"; None if not a scale.

    Examples
    --------
    >>> parse_scale("1:25,000"), parse_scale("5000"), parse_scale("abc")
    (25000.0, 5000.0, None)
    """
    m = _SCALE_RE.match(text)
    if not m:
        return None
    digits = re.sub(r"[,，\s]", "", m.group(1))
    try:
        value = float(digits)
    except ValueError:
        return None
    return value if value >= 1 else None


def format_scale(denominator: float) -> str:
    """Return "1:N" with thousands separators.

    >>> format_scale(24999.6)
    '1:25,000'
    """
    return f"1:{round(denominator):,}"


class ScaleEditWidget(QLineEdit):
    """Show the canvas scale; typing a scale and Enter emits ``scale_entered``."""

    scale_entered = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scale_edit")
        self.setFixedWidth(110)
        self.returnPressed.connect(self._on_self_return_pressed)

    def set_scale(self, denominator: float) -> None:
        """Show ``denominator`` unless the user is typing."""
        if not self.hasFocus():
            self.setText(format_scale(denominator))

    def _on_self_return_pressed(self) -> None:
        value = parse_scale(self.text())
        if value is not None:
            self.scale_entered.emit(value)
            self.setText(format_scale(value))
