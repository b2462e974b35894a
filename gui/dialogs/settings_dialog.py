"""SettingsDialog: user preferences (the UI language) stored in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui import i18n


class SettingsDialog(QDialog):
    """Choose the UI language; OK stores it and switches the UI at once.

    The main window, the workspace docks, dialogs and tools retranslate live;
    a widget that does not handle ``QEvent.LanguageChange`` shows the new
    language after a restart, which the note in the dialog says.
    """

    def __init__(
        self, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.settings = settings or QSettings()
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = i18n.preferred_language(self.settings)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface language"))
        self.note.setText(
            self.tr(
                "The interface switches at once; a window that does not "
                "follows after a restart."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def selected_language(self) -> str:
        """Return the language code chosen in the combo box."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Store the language and switch the UI to it."""
        i18n.set_language(self.selected_language(), self.settings)
        super().accept()
