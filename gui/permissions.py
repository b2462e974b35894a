"""The window's answer to "may I?": grey out what the signed-in role may not do.

:class:`RoleGate` is the feature every other feature asks. It derives
:class:`layers.permissions.Permissions` from the open project's meta (a
team database reports the role; a project file is its owner's, admin; a
read-only project is a viewer's), disables each action or button registered
with :meth:`RoleGate.guard` that the role may not use, with a tooltip saying
why, and does it again whenever a project opens or is saved (Save As to a
file makes the planner its owner). The server enforces the roles
regardless; a change it refuses is reported by :func:`show_refusal` (or the
save-failed dialog, with the same words from :func:`refusal_text`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import PermissionDeniedError, ProjectError
from db.project_io import apply_role, viewer_reason
from gui import i18n
from gui.cases.ui_labels import status_labels
from gui.icons import with_shortcut
from gui.interface import AppInterface, Feature
from layers.permissions import Capability, Permissions, capability_to_write
from layers.project import Project
from layers.vector_layer import VectorLayer

log = logging.getLogger(__name__)

#: How often an open team project asks the server for the signed-in role.
ROLE_CHECK_MS = 60_000


def role_name(role: str) -> str:
    """Return a role's name in the UI language."""
    names = {
        "viewer": QCoreApplication.translate("Permissions", "viewer"),
        "editor": QCoreApplication.translate("Permissions", "editor"),
        "approver": QCoreApplication.translate("Permissions", "approver"),
        "admin": QCoreApplication.translate("Permissions", "administrator"),
    }
    return names.get(role, role)


def _only(capability: Capability) -> str:
    """Return "Only … may …; you are signed in as %1" for ``capability``."""
    texts = {
        Capability.EDIT: QCoreApplication.translate(
            "Permissions",
            "Only an editor, approver or administrator may change this project "
            "— you are signed in as %1",
        ),
        Capability.DECIDE_CASE: QCoreApplication.translate(
            "Permissions",
            "Only an approver may approve or reject a case, or change a decided "
            "one — you are signed in as %1",
        ),
        Capability.RULES: QCoreApplication.translate(
            "Permissions",
            "Only an administrator may record a rules version "
            "— you are signed in as %1",
        ),
        Capability.CATALOGUE: QCoreApplication.translate(
            "Permissions",
            "Only an administrator may import a catalogue — you are signed in as %1",
        ),
        Capability.REGULATORY: QCoreApplication.translate(
            "Permissions",
            "Only an administrator may import or edit 控规 parcels "
            "— you are signed in as %1",
        ),
        Capability.FACILITIES: QCoreApplication.translate(
            "Permissions",
            "Only an administrator may load or edit the policy's facilities "
            "— you are signed in as %1",
        ),
    }
    return texts[capability]


def why_not(perms: Permissions, capability: Capability) -> str:
    """Return why the planner may not do ``capability`` ("" if they may)."""
    if perms.can(capability):
        return ""
    if perms.read_only_reason:
        return QCoreApplication.translate(
            "Permissions", "The project is open read-only: %1"
        ).replace("%1", perms.read_only_reason)
    return _only(capability).replace("%1", role_name(perms.role))


def layer_why_not(perms: Permissions, layer: VectorLayer) -> str:
    """Return why the planner may not edit ``layer`` by role ("" if they may).

    Layers that are read-only for every role (the basemap, files added to
    the map) are not the role's doing and give "".
    """
    table = layer.source.table
    capability = capability_to_write(table) if table else None
    return "" if capability is None else why_not(perms, capability)


def table_label(table: str) -> str:
    """Return what a table holds, in the planner's words and UI language."""
    labels = {
        "zones": QCoreApplication.translate("Permissions", "zones"),
        "enterprises": QCoreApplication.translate("Permissions", "enterprises"),
        "conversion_cases": QCoreApplication.translate(
            "Permissions", "conversion cases"
        ),
        "evaluations": QCoreApplication.translate("Permissions", "case evaluations"),
        "zp_settings": QCoreApplication.translate("Permissions", "project settings"),
        "zp_layouts": QCoreApplication.translate("Permissions", "print layouts"),
        "zp_rules_versions": QCoreApplication.translate(
            "Permissions", "rules versions"
        ),
        "basemap": QCoreApplication.translate("Permissions", "the basemap"),
        "regulatory_parcels": QCoreApplication.translate("Permissions", "控规 parcels"),
        "facilities": QCoreApplication.translate("Permissions", "policy facilities"),
        "zp_catalogue_editions": QCoreApplication.translate(
            "Permissions", "the catalogue"
        ),
        "zp_catalogue_rows": QCoreApplication.translate("Permissions", "the catalogue"),
        "zp_audit_log": QCoreApplication.translate("Permissions", "the audit log"),
    }
    return labels.get(table, table)


def refusal_text(exc: PermissionDeniedError, role: str) -> str:
    """Return what the server refused, the role it needs, and the server's words.

    ``role`` is the role the window believes it is signed in with (the
    error's own, when the store knew it, wins).
    """
    translate = QCoreApplication.translate
    if exc.status:
        what = (
            translate("Permissions", "Setting case %1 to “%2”")
            .replace("%1", exc.case_no)
            .replace("%2", status_labels().get(exc.status, exc.status))
        )
    elif exc.table:
        what = translate("Permissions", "Changing %1").replace(
            "%1", table_label(exc.table)
        )
    else:
        what = translate("Permissions", "This change")
    lines = [
        translate("Permissions", "%1 was refused by the database for user %2.")
        .replace("%1", what)
        .replace("%2", exc.user or "?")
    ]
    signed_in = role_name(exc.role or role)
    if exc.needed:
        lines.append(
            translate("Permissions", "It needs the %1 role; you are signed in as %2.")
            .replace("%1", role_name(exc.needed))
            .replace("%2", signed_in)
        )
    elif exc.table:
        lines.append(translate("Permissions", "No role may change it directly."))
    lines.append(
        translate("Permissions", "Nothing was saved. The database said: %1").replace(
            "%1", str(exc)
        )
    )
    return "\n".join(lines)


def show_refusal(
    iface: AppInterface, exc: PermissionDeniedError, parent: QWidget | None = None
) -> None:
    """Tell the planner plainly that the database refused an action.

    Then ask the server for the role again: a refusal is often the first sign
    that an administrator changed it (the window greys what it now may not do).
    """
    QMessageBox.warning(
        parent or iface.main_widget(),
        QCoreApplication.translate("Permissions", "Refused by the database"),
        refusal_text(exc, iface.project.meta.role),
    )
    iface.feature(RoleGate).refresh_role()


class RoleGate(Feature):
    """Enable what the signed-in role may do; grey the rest with the reason.

    On a team database the role can change while the project is open (an
    administrator grants or withdraws it): the gate asks the server again
    every :data:`ROLE_CHECK_MS` and after every refusal, and follows.
    ``role_changed(role)`` tells features whose greying depends on more
    than the role (the editing toggle).
    """

    role_changed = Signal(str)
    #: (store, role or None) from the background question; handled on the GUI thread.
    _role_answered = Signal(object, object)

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        self._guards: list[tuple[QAction | QWidget, Capability]] = []
        i18n.notifier.language_changed.connect(self._on_language_changed)
        self._role_timer = QTimer(self)
        self._role_timer.setInterval(ROLE_CHECK_MS)
        self._role_timer.timeout.connect(self.ask_role_in_background)
        self._role_answered.connect(self._on_role_answered)
        self._asking = False

    @property
    def permissions(self) -> Permissions:
        """Return what the planner may do in the project shown now."""
        return Permissions.of(self.iface.project.meta)

    def why_not(self, capability: Capability) -> str:
        """Return why the planner may not do ``capability`` now ("" if they may)."""
        return why_not(self.permissions, capability)

    def guard(self, target: QAction | QWidget, capability: Capability) -> None:
        """Enable ``target`` only while the role allows ``capability`` (from now on)."""
        self._guards.append((target, capability))
        apply_to(target, self.why_not(capability))

    def apply(self) -> None:
        """Enable or grey every guarded action and button for the current project."""
        perms = self.permissions
        for target, capability in self._guards:
            apply_to(target, why_not(perms, capability))

    def project_opened(self, project: Project) -> None:
        """Follow the role of the project just opened."""
        self.apply()
        self._follow_store()

    def project_saved(self, project: Project) -> None:
        """Follow a Save As (a file of one's own is an administrator's)."""
        self.apply()
        self._follow_store()

    def project_closing(self, project: Project) -> None:
        """Stop asking the server about a project that is going away."""
        self._role_timer.stop()

    def _follow_store(self) -> None:
        """Ask about the role periodically only while a team database is open."""
        if self._asks_server(self.iface.store):
            self._role_timer.start()
        else:
            self._role_timer.stop()

    def ask_role_in_background(self) -> None:
        """Ask the server for the role off the GUI thread (a slow server never freezes the map)."""
        store = self.iface.store
        if self._asking or not self._asks_server(store):
            return
        self._asking = True

        def ask() -> None:
            role: str | None = None
            try:
                role = store.role()
            except ProjectError as exc:  # unreachable: the next save says so
                log.warning("could not read the signed-in role: %s", exc)
            # A thread boundary: anything else (a store closed meanwhile) is
            # logged, and the answer is still sent so the next check can run.
            except Exception:
                log.exception("role check failed")
            self._role_answered.emit(store, role)

        threading.Thread(target=ask, name="zp-role-check", daemon=True).start()

    def _on_role_answered(self, store: Any, role: str | None) -> None:
        self._asking = False
        if role is not None and store is self.iface.store:
            self._follow_role(store, role)

    @staticmethod
    def _asks_server(store: Any) -> bool:
        """Return True for a writable team database (a file's role is fixed)."""
        return (
            store is not None
            and getattr(store, "backend", "") == "postgis"
            and not store.read_only
        )

    def refresh_role(self) -> bool:
        """Ask the server for the signed-in role; follow a change. Return True if it changed.

        A store opened read-only, or a project file, has a fixed role. An
        unreachable server keeps the role the window knows (the next save or
        check reports the connection).
        """
        store = self.iface.store
        if not self._asks_server(store):
            return False
        try:
            role = store.role()
        except ProjectError as exc:
            log.warning("could not read the signed-in role: %s", exc)
            return False
        return self._follow_role(store, role)

    def _follow_role(self, store: Any, role: str) -> bool:
        """Give the open project ``role`` if it changed; return True if it did."""
        project = self.iface.project
        before = project.meta.role
        if role == before:
            return False
        apply_role(project, role, viewer_reason(store))
        self.apply()
        self.role_changed.emit(role)
        self.iface.show_message(
            QCoreApplication.translate(
                "Permissions", "Your role in the database is now %1 (was %2)."
            )
            .replace("%1", role_name(role))
            .replace("%2", role_name(before)),
            15000,
        )
        return True

    def _on_language_changed(self, _language: str) -> None:
        self.apply()


def apply_to(target: QAction | QWidget, why: str) -> None:
    """Enable ``target`` (its usual tooltip back) or disable it saying ``why``.

    For actions and buttons whose guard depends on more than the role (the
    editing toggle follows the current layer); :meth:`RoleGate.guard` is the
    usual way.
    """
    target.setEnabled(not why)
    if why:
        target.setToolTip(why)
        return
    target.setToolTip("")  # an action's tooltip falls back to its text
    if isinstance(target, QAction):
        with_shortcut(target)
