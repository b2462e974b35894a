"""Matplotlib charts embedded in Qt (QtAgg) with the bundled CJK font."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd
from PySide6.QtWidgets import QVBoxLayout, QWidget

from layers.style import CATEGORY_COLORS


@lru_cache(maxsize=1)
def register_cjk_font() -> str:
    """Register resources.font_files() with matplotlib; return the family name.

    Chinese labels then render on machines without any CJK system font.
    """
    import matplotlib
    from matplotlib import font_manager

    import resources

    family = "sans-serif"
    for path in resources.font_files():
        font_manager.fontManager.addfont(str(path))
        if family == "sans-serif":
            family = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.family"] = [family, "sans-serif"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


class ChartWidget(QWidget):
    """A matplotlib figure in a widget: bar by category, stacked bar by unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # matplotlib costs ~0.3 s to import: build the figure on first use,
        # not while the main window starts.
        self._figure: Any = None
        self._canvas: Any = None
        self._font_family = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _ensure_figure(self) -> None:
        if self._figure is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._font_family = register_cjk_font()
        self._figure = Figure(figsize=(5, 3.2), dpi=100, layout="constrained")
        # matplotlib's FigureCanvasQTAgg.__init__ carries no annotations.
        self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
        self._layout.addWidget(self._canvas)

    @property
    def figure(self) -> Any:
        """Return the matplotlib Figure (created on first use)."""
        self._ensure_figure()
        return self._figure

    @property
    def canvas(self) -> Any:
        """Return the Qt canvas of the figure (created on first use)."""
        self._ensure_figure()
        return self._canvas

    @property
    def font_family(self) -> str:
        """Return the CJK font family the charts use."""
        self._ensure_figure()
        return self._font_family

    def plot_categories(
        self, counts: pd.Series, title: str, colors: dict[str, str] | None = None
    ) -> None:
        """Bar chart of enterprise counts per category, names in the legend.

        ``colors`` (label -> colour) draws another grouping whose index is
        already named, such as the policy's five sectors.
        """
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        codes = [str(c) for c in counts.index]
        palette = colors or CATEGORY_COLORS
        bars = ax.bar(
            codes,
            counts.to_numpy(float),
            color=[palette.get(c, "#888888") for c in codes],
        )
        ax.set_title(title, fontsize=10)
        xlabel = (
            self.tr("Policy sector") if colors else self.tr("Producer-service category")
        )
        ax.set_xlabel(xlabel, fontsize=8)
        ax.set_ylabel(self.tr("Enterprises"), fontsize=8)
        ax.tick_params(labelsize=7)
        self._category_legend(ax, list(bars), codes, named=colors is not None)
        self.canvas.draw_idle()

    def plot_stacked(
        self,
        table: pd.DataFrame,
        names: pd.Series,
        title: str,
        top: int = 15,
        colors: dict[str, str] | None = None,
    ) -> None:
        """Stacked horizontal bars: units (rows) x categories (columns), top N."""
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        t = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top]]
        t = t.iloc[::-1]
        left = pd.Series(0.0, index=t.index)
        # Whole names, wrapped: the constrained layout makes room for them.
        labels = [wrap_label(str(names.get(k, k)), 14) for k in t.index]
        handles, codes = [], []
        for cat in t.columns:
            bars = ax.barh(
                labels,
                t[cat].to_numpy(float),
                left=left.to_numpy(float),
                color=(colors or CATEGORY_COLORS).get(str(cat), "#888888"),
            )
            handles.append(bars)
            codes.append(str(cat))
            left += t[cat]
        ax.set_title(title, fontsize=10)
        ax.set_xlabel(self.tr("Enterprises"), fontsize=8)
        ax.tick_params(labelsize=7)
        self._category_legend(ax, handles, codes, named=colors is not None)
        self.canvas.draw_idle()

    def _category_legend(
        self, ax: Any, handles: list[Any], codes: list[str], named: bool = False
    ) -> None:
        """Name each category (04 金融服务) in a legend beside the axes.

        With ``named`` the codes are names already (the policy's sectors).
        """
        from gui import i18n
        from layers.fields.decoders import ps_category

        lang = i18n.current_language() or "en"
        width = 14 if lang.startswith("zh") else 30
        labels = [
            wrap_label(c if named else ps_category(c, lang), width) for c in codes
        ]
        ax.legend(
            handles,
            labels,
            fontsize=6.5,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            borderaxespad=0.0,
            frameon=False,
        )


def wrap_label(text: str, width: int) -> str:
    """Return ``text`` broken into lines of at most ``width`` characters.

    Chinese has no spaces to break at, so words are split by characters; a
    Latin text breaks at spaces.

    Examples
    --------
    >>> wrap_label("02 货物运输、通用航空生产、仓储和邮政快递服务", 12)
    '02 货物运输、通用航空\n生产、仓储和邮政快递服务'
    """
    import textwrap

    if " " in text.strip() and not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "\n".join(textwrap.wrap(text, width)) or text
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(lines)
