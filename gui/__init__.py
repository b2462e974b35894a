"""The desktop GUI: the only package that imports PySide6 widgets (STYLE.md §1).

The canvas, map tools, docks, dialogs and print rendering live here; they observe
the Qt-free model in :mod:`layers` and change it only by pushing commands.
"""
