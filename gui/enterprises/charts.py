"""Matplotlib charts embedded in Qt (QtAgg) with the bundled CJK font."""

from __future__ import annotations

from functools import lru_cache

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
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.font_family = register_cjk_font()
        self.figure = Figure(figsize=(5, 3.2), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas)

    def plot_categories(self, counts: pd.Series, title: str) -> None:
        """Bar chart of enterprise counts per category (index '01'..'10')."""
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        colors = [CATEGORY_COLORS.get(str(c), "#888888") for c in counts.index]
        ax.bar([str(c) for c in counts.index], counts.to_numpy(float), color=colors)
        ax.set_title(title)
        ax.set_xlabel("生产性服务业类别")
        ax.set_ylabel("企业数")
        self.canvas.draw_idle()

    def plot_stacked(
        self, table: pd.DataFrame, names: pd.Series, title: str, top: int = 15
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
                color=CATEGORY_COLORS.get(str(cat), "#888888"),
                label=str(cat),
            )
            left += t[cat]
        ax.set_title(title)
        ax.legend(fontsize=7, ncols=5, loc="lower right")
        self.canvas.draw_idle()
