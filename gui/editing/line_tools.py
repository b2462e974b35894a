"""Split, reshape and hole tools: sketches applied to features of the edit layer."""

from __future__ import annotations

import shapely

from geo.editing_ops import (
    EditError,
    add_hole,
    remove_hole,
    reshape_polygon,
    split_polygon,
)
from gui.editing.edit_tool import EditTool, SketchTool
from gui.map_tool import MapMouseEvent
from layers.editing.feature_commands import (
    AddHoleCommand,
    RemoveHoleCommand,
    ReshapeCommand,
    SplitFeatureCommand,
)
from layers.vector_layer import VectorLayer


def _candidates(layer: VectorLayer, geom: shapely.Geometry) -> list[int]:
    """Return fids hit by ``geom``: the selected ones if any are hit."""
    gdf = layer.gdf
    hit = [
        int(f) for f, g in gdf.geometry.items() if g is not None and g.intersects(geom)
    ]
    chosen = [f for f in hit if f in set(layer.selection.tolist())]
    return chosen or hit


class SplitTool(SketchTool):
    """Draw a line across features: each one it crosses is split (largest keeps its id)."""

    def sketch_finished(
        self, layer: VectorLayer, points_ll: list[tuple[float, float]]
    ) -> None:
        """Split every crossed feature in one undo step."""
        line = shapely.LineString(points_ll)
        cmds = []
        for fid in _candidates(layer, line):
            try:
                pieces = split_polygon(layer.gdf.geometry.loc[fid], line)
            except EditError:
                continue
            cmds.append(
                SplitFeatureCommand(layer, fid, pieces, self.tr("Split feature"))
            )
        if not cmds:
            self.controller.say(
                self.tr("The line must cross a polygon from side to side")
            )
            return
        self.controller.push_all(self.tr("Split features"), cmds)


class ReshapeTool(SketchTool):
    """Draw a line crossing a boundary twice: the stretch between is replaced."""

    def sketch_finished(
        self, layer: VectorLayer, points_ll: list[tuple[float, float]]
    ) -> None:
        """Reshape the first feature whose boundary the line crosses."""
        line = shapely.LineString(points_ll)
        for fid in _candidates(layer, line):
            try:
                geom = reshape_polygon(layer.gdf.geometry.loc[fid], line)
            except EditError:
                continue
            self.controller.push(
                ReshapeCommand(layer, {fid: geom}, self.tr("Reshape feature"))
            )
            return
        self.controller.say(self.tr("The line must cross a boundary at least twice"))


class AddHoleTool(SketchTool):
    """Draw a ring inside a polygon to cut a hole."""

    closed = True
    min_points = 3

    def sketch_finished(
        self, layer: VectorLayer, points_ll: list[tuple[float, float]]
    ) -> None:
        """Cut the hole from the polygon that contains it."""
        ring = shapely.Polygon(points_ll)
        for fid in _candidates(layer, ring):
            try:
                geom = add_hole(layer.gdf.geometry.loc[fid], ring)
            except EditError as exc:
                self.controller.say(str(exc))
                continue
            self.controller.push(
                AddHoleCommand(layer, {fid: geom}, self.tr("Add hole"))
            )
            return


class RemoveHoleTool(EditTool):
    """Click inside a hole to fill it."""

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Fill the hole under the cursor."""
        layer = self.layer
        if layer is None or event.button != self.canvas_left():
            return
        _, _, x, y = self.point(event)
        pt = shapely.Point(x, y)
        for fid, geom in layer.gdf.geometry.items():
            if geom is None or not geom.envelope.contains(pt):
                continue
            try:
                new = remove_hole(geom, x, y)
            except EditError:
                continue
            self.controller.push(
                RemoveHoleCommand(layer, {int(fid): new}, self.tr("Remove hole"))
            )
            return
        self.controller.say(self.tr("Click inside a hole to remove it"))

    @staticmethod
    def canvas_left() -> object:
        from PySide6.QtCore import Qt

        return Qt.MouseButton.LeftButton
