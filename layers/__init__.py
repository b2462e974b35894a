"""The map's model: project, layers, styles, undo commands and thematic modules.

No Qt here (STYLE.md section 1): the GUI observes these objects through their
events and changes them only by pushing commands on an :class:`UndoStack`.
"""
