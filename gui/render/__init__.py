"""Map rendering shared by screen, print and headless output (STYLE.md §2.3).

:func:`gui.render.snapshot.build_snapshot` freezes what to draw for one view;
:func:`gui.render.map_renderer.paint_snapshot` is the one painter.
"""
