"""The conflict dialog: someone saved a feature I was editing; theirs or mine?

Shows, per conflicting feature, the attributes that differ (as loaded, theirs,
mine) and both geometries drawn over each other (theirs red, mine blue), and
offers keep mine / take theirs / merge attributes. The choice is applied by
:func:`db.remote_changes.resolve`; nothing is overwritten without it.
"""

from __future__ import annotations

from typing import Any

import shapely
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.remote_changes import Choice, FeatureConflict
from gui import i18n
from gui.permissions import table_label
from layers.fields import field_label

THEIRS_COLOR = QColor(200, 40, 40)
MINE_COLOR = QColor(30, 90, 200)


def _text(value: Any) -> str:
    return "—" if value is None else str(value)


class GeometryPreview(QWidget):
    """Theirs and mine drawn together, fitted to their joint extent (EPSG:4490)."""

    def __init__(self, theirs: Any, mine: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theirs, self.mine = theirs, mine
        self.setMinimumSize(260, 200)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(250, 250, 250))
        geoms = [
            g for g in (self.theirs, self.mine) if g is not None and not g.is_empty
        ]
        if not geoms:
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("no geometry")
            )
            return
        x0, y0, x1, y1 = shapely.total_bounds(geoms)
        span = max(x1 - x0, y1 - y0, 1e-9)
        scale = min(self.width(), self.height()) * 0.9 / span

        def to_px(x: float, y: float) -> QPointF:
            return QPointF(
                self.width() / 2 + (x - (x0 + x1) / 2) * scale,
                self.height() / 2 - (y - (y0 + y1) / 2) * scale,
            )

        for geom, color in ((self.theirs, THEIRS_COLOR), (self.mine, MINE_COLOR)):
            if geom is None or geom.is_empty:
                continue
            p.setPen(QPen(color, 2))
            fill = QColor(color)
            fill.setAlpha(50)
            p.setBrush(QBrush(fill))
            if geom.geom_type == "Point":
                p.drawEllipse(to_px(geom.x, geom.y), 5, 5)
                continue
            path = QPainterPath()
            for poly in getattr(geom, "geoms", [geom]):
                for ring in (poly.exterior, *poly.interiors):
                    xy = shapely.get_coordinates(ring)
                    path.moveTo(to_px(*xy[0]))
                    for x, y in xy[1:]:
                        path.lineTo(to_px(x, y))
                    path.closeSubpath()
            p.drawPath(path)


class ConflictDialog(QDialog):
    """Ask keep mine / take theirs / merge for one conflicting feature."""

    def __init__(
        self, conflict: FeatureConflict, remaining: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.conflict = conflict
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("Someone else saved this feature"))
        who = conflict.theirs.get("updated_by") if conflict.theirs is not None else None
        what = table_label(conflict.table)
        head = QLabel(
            self.tr("{0} fid {1} was changed by {2} since you loaded it.").format(
                what, conflict.fid, who or self.tr("someone else")
            )
            if conflict.theirs is not None
            else self.tr("{0} fid {1} was deleted by someone else.").format(
                what, conflict.fid
            )
        )
        head.setWordWrap(True)
        head.setToolTip(self.tr("Table in the database: {0}").format(conflict.table))
        lang = i18n.current_language() or "en"
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflict_attributes")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("As loaded"), self.tr("Theirs"), self.tr("Mine")]
        )
        for row, (name, base, theirs, mine) in enumerate(conflict.attribute_rows()):
            self.table.insertRow(row)
            for col, value in enumerate((name, base, theirs, mine)):
                shown = field_label(conflict.table, name, lang) if col == 0 else value
                item = QTableWidgetItem(_text(shown))
                item.setToolTip(_text(value))  # the field's raw name, or all of it
                if col == 2 and theirs != base:
                    item.setForeground(THEIRS_COLOR)
                if col == 3 and mine != base:
                    item.setForeground(MINE_COLOR)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):  # long values wrap; the tooltip holds all of it
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.preview = GeometryPreview(*conflict.geometries())
        legend = QLabel(self.tr("Map: theirs in red, mine in blue"))
        self.apply_all = QCheckBox(
            self.tr("Do the same for the other {0} conflicting feature(s)").format(
                remaining
            )
        )
        self.apply_all.setVisible(remaining > 0)
        buttons = QHBoxLayout()
        choices: list[tuple[Choice, str]] = [
            ("mine", self.tr("Keep mine")),
            ("theirs", self.tr("Take theirs")),
            ("merge", self.tr("Merge attributes")),
        ]
        for key, label in choices:
            b = QPushButton(label)
            b.setObjectName(f"conflict_{key}")
            b.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addWidget(b)
        cancel = QPushButton(self.tr("Decide later"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(legend)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(body)
        layout.addWidget(self.apply_all)
        layout.addLayout(buttons)
        # Open wide enough for the four columns and the preview side by side.
        self.resize(self.sizeHint().expandedTo(QSize(760, 440)))

    def _choose(self, key: Choice) -> None:
        self.choice = key
        self.accept()


def ask_resolutions(
    conflicts: list[FeatureConflict], parent: QWidget | None
) -> dict[int, Choice] | None:
    """Ask for each conflict in turn; return ``{fid: choice}`` or None if deferred."""
    out: dict[int, Choice] = {}
    for i, conflict in enumerate(conflicts):
        if conflict.fid in out:
            continue
        dlg = ConflictDialog(conflict, len(conflicts) - i - 1, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.choice is None:
            return None
        out[conflict.fid] = dlg.choice
        if dlg.apply_all.isChecked():
            for rest in conflicts[i + 1 :]:
                out[rest.fid] = dlg.choice
            break
    return out
