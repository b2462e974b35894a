"""UI language: Qt translators for Chinese (zh_CN) and English.

Source strings are English (``self.tr("…")``); ``resources/i18n`` ships the
compiled ``zoneplanner_<lang>.qm`` files (built by tools/build_translations.py)
so run time needs no Qt tool. The choice is stored in QSettings under
``ui/language``; without it, Chinese is used on a Chinese system locale.

Switching calls :func:`set_language`, which swaps the installed translators;
Qt then sends ``QEvent.LanguageChange`` to every widget. Widgets that
re-read their strings on that event (the workspace docks, dialogs and tools
in this package) change at once; anything else changes on the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

if TYPE_CHECKING:
    # PySide6's stub types the lupdate marker as returning object; it returns
    # ``message`` itself. Import it from here so marked strings stay ``str``.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

SETTINGS_KEY = "ui/language"
#: Language code -> its own name (shown in the settings dialog).
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English"}
I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"

_translators: list[QTranslator] = []
_current: list[str] = []


class LanguageNotifier(QObject):
    """Emit ``language_changed(code)`` after :func:`set_language` swaps translators."""

    language_changed = Signal(str)


notifier = LanguageNotifier()


def qm_path(language: str) -> Path:
    """Return the path of the app's compiled translation for ``language``."""
    return I18N_DIR / f"zoneplanner_{language}.qm"


def system_language() -> str:
    """Return 'zh_CN' on a Chinese system locale, else 'en'."""
    locale = QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def preferred_language(settings: QSettings | None = None) -> str:
    """Return the stored UI language, or the system default if none is stored."""
    value = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    """Return the language whose translators are installed ('' if none yet)."""
    return _current[0] if _current else ""


def install_translator(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: preferred) and return it.

    Replaces translators this module installed before. Safe to call before
    or after widgets exist; a QCoreApplication must exist.
    """
    app = QCoreApplication.instance()
    lang = language if language in LANGUAGES else preferred_language()
    if app is None:
        return lang
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_tr = QTranslator(app)
        if qt_tr.load(f"qtbase_{lang}", qt_dir):
            _translators.append(qt_tr)
        # Qt strings qtbase lacks (installed later, so looked up first).
        supplement = QTranslator(app)
        if supplement.load(str(I18N_DIR / f"qt_supplement_{lang}.qm")):
            _translators.append(supplement)
    own = QTranslator(app)
    if own.load(str(qm_path(lang))):
        _translators.append(own)
    for tr in _translators:
        app.installTranslator(tr)
    _current[:] = [lang]
    return lang


def set_language(language: str, settings: QSettings | None = None) -> None:
    """Store ``language`` in the settings and switch the UI to it now."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {list(LANGUAGES)}")
    (settings or QSettings()).setValue(SETTINGS_KEY, language)
    if language != current_language():
        install_translator(language)
        app = QCoreApplication.instance()
        if app is not None:
            # Qt sends LanguageChange itself only once exec() runs; send it so
            # every top-level widget re-reads its strings in any case.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        notifier.language_changed.emit(language)


class Retranslator(QObject):
    """Call ``retranslate()`` now and after every :func:`set_language`.

    For strings that no widget's ``changeEvent`` covers (actions added to
    another module's menu). A child of ``owner``, so the connection ends
    when ``owner`` is deleted.
    """

    def __init__(self, owner: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(owner)
        self._retranslate = retranslate
        retranslate()
        notifier.language_changed.connect(self._on_language_changed)

    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()
