"""Database passwords typed in the connection dialog: kept for this session only.

They live in this process's memory, keyed by the target without its password,
and are never written to QSettings, the project, a log or the recent list.
"""

from __future__ import annotations

from db.open_store import describe_target

_PASSWORDS: dict[str, str] = {}


def remember_password(target: str, password: str) -> None:
    """Keep ``password`` for ``target`` until the app quits (empty: forget it)."""
    key = describe_target(target)
    if password:
        _PASSWORDS[key] = password
    else:
        _PASSWORDS.pop(key, None)


def session_password(target: str) -> str | None:
    """Return the password typed for ``target`` in this session, if any."""
    return _PASSWORDS.get(describe_target(target))
