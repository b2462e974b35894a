"""Undoable commands on the project model (VerbNounCommand)."""

from __future__ import annotations

from layers.project import Bookmark, Project
from layers.style import LayerStyle
from layers.undo import Command
from layers.vector_layer import VectorLayer


class SetLayerStyleCommand(Command):
    """Change a layer's style; consecutive live edits of one layer merge."""

    merge_id = 100

    def __init__(self, layer: VectorLayer, style: LayerStyle, text: str = "") -> None:
        self.layer = layer
        self.before = layer.style
        self.after = style
        self.text = text or f"Style {layer.name}"

    def redo(self) -> None:
        self.layer.set_style(self.after)

    def undo(self) -> None:
        self.layer.set_style(self.before)

    def merge_with(self, other: Command) -> bool:
        if isinstance(other, SetLayerStyleCommand) and other.layer is self.layer:
            self.after = other.after
            return True
        return False


class MoveLayerCommand(Command):
    """Move a layer in the tree order."""

    def __init__(self, project: Project, layer_id: str, new_index: int) -> None:
        self.project = project
        self.layer_id = layer_id
        self.old_index = [lyr.id for lyr in project.layers].index(layer_id)
        self.new_index = new_index
        self.text = f"Move layer {project.layer(layer_id).name}"

    def redo(self) -> None:
        self.project.move_layer(self.layer_id, self.new_index)

    def undo(self) -> None:
        self.project.move_layer(self.layer_id, self.old_index)


class RemoveLayerCommand(Command):
    """Remove a layer from the map (not from the project file)."""

    def __init__(self, project: Project, layer_id: str) -> None:
        self.project = project
        self.layer = project.layer(layer_id)
        self.index = project.layers.index(self.layer)
        self.text = f"Remove layer {self.layer.name}"

    def redo(self) -> None:
        self.project.remove_layer(self.layer.id)

    def undo(self) -> None:
        self.project.add_layer(self.layer, self.index)


class AddLayerCommand(Command):
    """Add a layer at the top of the tree."""

    def __init__(self, project: Project, layer: VectorLayer, index: int = 0) -> None:
        self.project = project
        self.layer = layer
        self.index = index
        self.text = f"Add layer {layer.name}"

    def redo(self) -> None:
        self.project.add_layer(self.layer, self.index)

    def undo(self) -> None:
        self.project.remove_layer(self.layer.id)


class SetBookmarksCommand(Command):
    """Replace the project's bookmark list (add, rename or delete one)."""

    def __init__(self, project: Project, bookmarks: list[Bookmark], text: str) -> None:
        self.project = project
        self.before = list(project.bookmarks)
        self.after = list(bookmarks)
        self.text = text

    def redo(self) -> None:
        self.project.bookmarks[:] = self.after

    def undo(self) -> None:
        self.project.bookmarks[:] = self.before
