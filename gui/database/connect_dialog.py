"""File ▸ Open database…: a connection dialog in the style of QGIS's PostGIS one.

Either a libpq service name (from pg_service.conf) or host, port, database
and user, plus the project schema and the SSL mode. The password field is for
this session only: it is handed to :mod:`gui.database.session` and never saved
(``~/.pgpass`` or the service file are the places for stored passwords). The
other fields are remembered in QSettings for next time.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.pg_connect import DEFAULT_SCHEMA

SETTINGS_GROUP = "database_connection"
SSL_MODES = ("prefer", "disable", "allow", "require", "verify-ca", "verify-full")
#: The fields remembered between sessions (never the password).
REMEMBERED = ("service", "host", "port", "dbname", "schema", "user", "sslmode")


def build_target(fields: dict[str, str]) -> str:
    """Return the database target the dialog's fields describe (no password).

    >>> build_target({"service": "bureau", "schema": "plans"})
    'service=bureau schema=plans'
    >>> build_target({"host": "db.local", "port": "5432", "dbname": "gis",
    ...               "user": "ann", "schema": "zoneplanner", "sslmode": "require"})
    'postgresql://ann@db.local:5432/gis?sslmode=require'
    """
    schema = fields.get("schema") or DEFAULT_SCHEMA
    if fields.get("service"):
        text = f"service={fields['service']}"
        return text if schema == DEFAULT_SCHEMA else f"{text} schema={schema}"
    netloc = quote(fields["user"], safe="") + "@" if fields.get("user") else ""
    host = fields.get("host") or "localhost"
    query: dict[str, str] = {}
    if host.startswith("/"):  # a Unix-socket folder travels as a parameter
        query["host"] = host
        if fields.get("port"):
            query["port"] = fields["port"]
    else:
        netloc += host + (f":{fields['port']}" if fields.get("port") else "")
    if fields.get("sslmode") and fields["sslmode"] != "prefer":
        query["sslmode"] = fields["sslmode"]
    if schema != DEFAULT_SCHEMA:
        query["schema"] = schema
    tail = f"?{urlencode(query)}" if query else ""
    return f"postgresql://{netloc}/{quote(fields.get('dbname') or '', safe='')}{tail}"


class OpenDatabaseDialog(QDialog):
    """Ask where the team project lives; :meth:`target` and :meth:`password` after."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("open_database_dialog")
        self.setWindowTitle(title or self.tr("Open database project"))
        self.service = QLineEdit()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.dbname = QLineEdit()
        self.schema = QLineEdit(DEFAULT_SCHEMA)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        form = QFormLayout()
        form.addRow(self.tr("Service name"), self.service)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.dbname)
        form.addRow(self.tr("Schema"), self.schema)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("SSL mode"), self.sslmode)
        note = QLabel(
            self.tr(
                "With a service name, host, port, database and user come from "
                "pg_service.conf. The password is used for this session only; "
                "store it in ~/.pgpass or the service file to sign in without it."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.service.textChanged.connect(self._on_service_text_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._restore()

    def _on_service_text_changed(self, text: str) -> None:
        by_service = bool(text.strip())
        for w in (self.host, self.port, self.dbname):
            w.setEnabled(not by_service)

    def fields(self) -> dict[str, str]:
        """Return the non-secret fields as typed."""
        return {
            "service": self.service.text().strip(),
            "host": self.host.text().strip(),
            "port": str(self.port.value()),
            "dbname": self.dbname.text().strip(),
            "schema": self.schema.text().strip() or DEFAULT_SCHEMA,
            "user": self.user.text().strip(),
            "sslmode": self.sslmode.currentText(),
        }

    def target(self) -> str:
        """Return the database target (URL or ``service=NAME``), without password."""
        return build_target(self.fields())

    def typed_password(self) -> str:
        """Return the password typed for this session ('' if none)."""
        return self.password.text()

    def accept(self) -> None:
        """Remember the non-secret fields, then close."""
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        for key, value in self.fields().items():
            settings.setValue(key, value)
        settings.endGroup()
        super().accept()

    def _restore(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        values = {k: str(settings.value(k, "") or "") for k in REMEMBERED}
        settings.endGroup()
        self.service.setText(values["service"])
        self.host.setText(values["host"])
        if values["port"].isdigit():
            self.port.setValue(int(values["port"]))
        self.dbname.setText(values["dbname"])
        self.schema.setText(values["schema"] or DEFAULT_SCHEMA)
        self.user.setText(values["user"])
        if values["sslmode"] in SSL_MODES:
            self.sslmode.setCurrentText(values["sslmode"])
