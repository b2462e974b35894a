"""UI names of layout item kinds, their properties and their choices.

One table for the designer's menus, properties panel and item list; every
name goes through Qt's translation (context ``LayoutProperties``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.i18n import QT_TRANSLATE_NOOP


def tr_props(text: str) -> str:
    """Return ``text`` translated in the layout-properties context."""
    return QCoreApplication.translate("LayoutProperties", text)


def kind_label(kind: str) -> str:
    """Return the UI name of an item kind or "Add item" entry."""
    names = {
        "map": QT_TRANSLATE_NOOP("LayoutProperties", "Map"),
        "grid": QT_TRANSLATE_NOOP("LayoutProperties", "Coordinate grid"),
        "label": QT_TRANSLATE_NOOP("LayoutProperties", "Text"),
        "title": QT_TRANSLATE_NOOP("LayoutProperties", "Title"),
        "text": QT_TRANSLATE_NOOP("LayoutProperties", "Text"),
        "legend": QT_TRANSLATE_NOOP("LayoutProperties", "Legend"),
        "scalebar": QT_TRANSLATE_NOOP("LayoutProperties", "Scale bar"),
        "north_arrow": QT_TRANSLATE_NOOP("LayoutProperties", "North arrow"),
        "inset": QT_TRANSLATE_NOOP("LayoutProperties", "Overview inset"),
        "picture": QT_TRANSLATE_NOOP("LayoutProperties", "Picture"),
        "footnote": QT_TRANSLATE_NOOP("LayoutProperties", "Footnote"),
        "frame": QT_TRANSLATE_NOOP("LayoutProperties", "Frame"),
    }
    return tr_props(names[kind]) if kind in names else kind


def prop_label(key: str) -> str:
    """Return the form label of a property key."""
    names = {
        "x_mm": QT_TRANSLATE_NOOP("LayoutProperties", "X"),
        "y_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Y"),
        "w_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Width"),
        "h_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Height"),
        "locked": QT_TRANSLATE_NOOP("LayoutProperties", "Locked"),
        "visible": QT_TRANSLATE_NOOP("LayoutProperties", "Shown"),
        "mode": QT_TRANSLATE_NOOP("LayoutProperties", "Map extent"),
        "scale": QT_TRANSLATE_NOOP("LayoutProperties", "Scale"),
        "fit_layer": QT_TRANSLATE_NOOP("LayoutProperties", "Fit to layer"),
        "fit_margin": QT_TRANSLATE_NOOP("LayoutProperties", "Margin"),
        "nice_scale": QT_TRANSLATE_NOOP("LayoutProperties", "Round scale"),
        "labels": QT_TRANSLATE_NOOP("LayoutProperties", "Labels"),
        "symbol_scale": QT_TRANSLATE_NOOP("LayoutProperties", "Symbol size"),
        "frame_width_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Frame width"),
        "map_id": QT_TRANSLATE_NOOP("LayoutProperties", "Map"),
        "grid_kind": QT_TRANSLATE_NOOP("LayoutProperties", "Grid"),
        "interval": QT_TRANSLATE_NOOP("LayoutProperties", "Interval"),
        "label_pt": QT_TRANSLATE_NOOP("LayoutProperties", "Label size"),
        "color": QT_TRANSLATE_NOOP("LayoutProperties", "Colour"),
        "text": QT_TRANSLATE_NOOP("LayoutProperties", "Text"),
        "font_family": QT_TRANSLATE_NOOP("LayoutProperties", "Font"),
        "size_pt": QT_TRANSLATE_NOOP("LayoutProperties", "Font size"),
        "bold": QT_TRANSLATE_NOOP("LayoutProperties", "Bold"),
        "align": QT_TRANSLATE_NOOP("LayoutProperties", "Alignment"),
        "valign": QT_TRANSLATE_NOOP("LayoutProperties", "Vertical alignment"),
        "background": QT_TRANSLATE_NOOP("LayoutProperties", "Background"),
        "frame": QT_TRANSLATE_NOOP("LayoutProperties", "Draw frame"),
        "title": QT_TRANSLATE_NOOP("LayoutProperties", "Title"),
        "columns": QT_TRANSLATE_NOOP("LayoutProperties", "Columns"),
        "auto": QT_TRANSLATE_NOOP("LayoutProperties", "From map layers"),
        "segments": QT_TRANSLATE_NOOP("LayoutProperties", "Segments"),
        "height_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Bar height"),
        "show_note": QT_TRANSLATE_NOOP("LayoutProperties", "Show note"),
        "north": QT_TRANSLATE_NOOP("LayoutProperties", "North"),
        "path": QT_TRANSLATE_NOOP("LayoutProperties", "File"),
        "keep_aspect": QT_TRANSLATE_NOOP("LayoutProperties", "Keep proportions"),
        "source": QT_TRANSLATE_NOOP("LayoutProperties", "Data source"),
        "author": QT_TRANSLATE_NOOP("LayoutProperties", "Author"),
        "date": QT_TRANSLATE_NOOP("LayoutProperties", "Date"),
        "extra": QT_TRANSLATE_NOOP("LayoutProperties", "Further line"),
        "width_mm": QT_TRANSLATE_NOOP("LayoutProperties", "Line width"),
        "fill": QT_TRANSLATE_NOOP("LayoutProperties", "Fill"),
    }
    return tr_props(names[key]) if key in names else key


def choice_label(key: str, value: str) -> str:
    """Return the UI name of one choice of a property."""
    names = {
        ("mode", "extent"): QT_TRANSLATE_NOOP("LayoutProperties", "Fixed extent"),
        ("mode", "fixed_scale"): QT_TRANSLATE_NOOP("LayoutProperties", "Fixed scale"),
        ("mode", "current_view"): QT_TRANSLATE_NOOP(
            "LayoutProperties", "Map window view"
        ),
        ("mode", "fit_features"): QT_TRANSLATE_NOOP(
            "LayoutProperties", "Fit to a layer"
        ),
        ("grid_kind", "gk"): QT_TRANSLATE_NOOP(
            "LayoutProperties", "Gauss–Krüger metres"
        ),
        ("grid_kind", "graticule"): QT_TRANSLATE_NOOP(
            "LayoutProperties", "Longitude/latitude"
        ),
        ("align", "left"): QT_TRANSLATE_NOOP("LayoutProperties", "Left"),
        ("align", "center"): QT_TRANSLATE_NOOP("LayoutProperties", "Centre"),
        ("align", "right"): QT_TRANSLATE_NOOP("LayoutProperties", "Right"),
        ("valign", "top"): QT_TRANSLATE_NOOP("LayoutProperties", "Top"),
        ("valign", "middle"): QT_TRANSLATE_NOOP("LayoutProperties", "Middle"),
        ("valign", "bottom"): QT_TRANSLATE_NOOP("LayoutProperties", "Bottom"),
        ("north", "grid"): QT_TRANSLATE_NOOP("LayoutProperties", "Grid north"),
        ("north", "true"): QT_TRANSLATE_NOOP("LayoutProperties", "True north"),
    }
    return tr_props(names[(key, value)]) if (key, value) in names else value
