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
        self._canvas = FigureCanvasQTAgg(self._figure)
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
        """Bar chart of enterprise counts per category (index '01'..'10').

        ``colors`` (label -> colour) draws other groupings, such as the
        policy's five sectors, with their own colours and axis title.
        """
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        palette = colors or CATEGORY_COLORS
        bar_colors = [palette.get(str(c), "#888888") for c in counts.index]
        ax.bar([str(c) for c in counts.index], counts.to_numpy(float), color=bar_colors)
        ax.set_title(title)
        ax.set_xlabel(
            self.tr("Policy sector") if colors else self.tr("Producer-service category")
        )
        ax.set_ylabel(self.tr("Enterprises"))
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
        labels = [str(names.get(k, k))[:12] for k in t.index]
        for cat in t.columns:
            ax.barh(
                labels,
                t[cat].to_numpy(float),
                left=left.to_numpy(float),
                color=(colors or CATEGORY_COLORS).get(str(cat), "#888888"),
                label=str(cat),
            )
            left += t[cat]
        ax.set_title(title)
        ax.legend(fontsize=7, ncols=5, loc="lower right")
        self.canvas.draw_idle()
