"""MeasureDock: the measure tools' running result, method and a Clear button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.tools.measure_tool import MeasureTool


class MeasureDock(QDockWidget):
    """Show what the active :class:`MeasureTool` measures (m/km, m²/公顷/亩)."""

    def __init__(self, tools: list[MeasureTool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeasureDock")
        self.tools = tools
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.result = QLabel(body)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(body)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        layout.addWidget(self.result)
        layout.addWidget(self.hint)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setWidget(body)
        for tool in tools:
            tool.measurement_changed.connect(self._on_tool_measurement_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Measure"))
        self.hint.setText(
            self.tr(
                "Click to add points, double-click to finish, Esc to cancel. "
                "Lengths and areas are geodesic (CGCS2000 ellipsoid)."
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        for tool in self.tools:
            if tool.active:
                self.result.setText(tool.text())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_tool_measurement_changed(self, text: str) -> None:
        self.result.setText(text)

    def _on_clear_button_clicked(self) -> None:
        for tool in self.tools:
            if tool.active:
                tool.reset()
        self.result.clear()
