"""AddPolygonTool: digitise a new polygon, then fill in its attribute form."""

from __future__ import annotations

import shapely

from gui.editing.edit_tool import SketchTool
from layers.editing.feature_commands import AddFeatureCommand
from layers.vector_layer import VectorLayer


class AddPolygonTool(SketchTool):
    """Click vertices; right-click or Enter finishes; Backspace, Esc as usual."""

    closed = True
    min_points = 3

    def sketch_finished(
        self, layer: VectorLayer, points_ll: list[tuple[float, float]]
    ) -> None:
        """Ask for attributes (the form) and add the feature as one undo step."""
        poly = shapely.Polygon(points_ll)
        if not poly.is_valid:
            self.controller.say(
                self.tr(
                    "The polygon crosses itself; it was added and listed for repair"
                )
            )
        values = self.controller.ask_attributes(layer, None, poly)
        if values is None:
            return
        self.controller.push(
            AddFeatureCommand(layer, poly, values, self.tr("Add polygon"))
        )
