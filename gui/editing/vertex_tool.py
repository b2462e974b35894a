"""VertexTool: drag vertices (one undo step per drag), double-click a segment to
add one, Del to delete the selected one; optional topological editing moves a
shared vertex on every neighbour that has it, and adds a vertex put on a shared
edge to every neighbour along that edge. Double-click inside a feature (away
from its boundary) opens its attribute form.

While a vertex is dragged, the outline of every feature it moves is drawn
with the vertex where the cursor is (dashed),
so the planner sees the new boundary before letting go."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen

from geo.crs import transform_xy
from geo.editing_ops import (
    EditError,
    delete_vertex,
    insert_shared_vertex,
    insert_vertex,
    move_vertex,
    project_on_segment,
    vertex_xy,
    vertices_at,
)
from geo.snapping import nearest_point_on_segment, nearest_vertex
from gui.editing.edit_tool import SNAP_COLOR, EditTool
from gui.editing.snapper import projected
from gui.map_tool import MapMouseEvent
from layers.editing.feature_commands import ChangeGeometryCommand
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

Target = tuple[VectorLayer, int, tuple[int, int, int]]
SHARED_TOL_DEG = 1e-9  # "the same vertex": equal to ~0.1 mm


class VertexTool(EditTool):
    """Edit the vertices of the features of the edit layer."""

    def __init__(self, canvas: Any, controller: Any, text: str) -> None:
        super().__init__(canvas, controller, text)
        self.selected: tuple[int, tuple[int, int, int]] | None = None
        self._drag: tuple[int, tuple[int, int, int]] | None = None
        self._drag_to: tuple[float, float, float, float] | None = None
        self._moving: list[Target] = []
        self._handle = self._draw_handle

    def activate(self) -> None:
        """Become the tool; show the vertex handle."""
        super().activate()
        self.add_rubber_band(self._handle)

    def _vertex_at(
        self, event: MapMouseEvent
    ) -> tuple[int, tuple[int, int, int]] | None:
        layer = self.layer
        if layer is None or layer.gdf.empty:
            return None
        vp = self.canvas.viewport
        tol = self.controller.snapper.settings.tolerance_px * vp.mupp
        hit = nearest_vertex(projected(layer, vp.epsg), event.x_map, event.y_map, tol)
        return (
            None if hit is None else (int(layer.gdf.index[hit.feature_index]), hit.path)
        )

    def targets(self, fid: int, path: tuple[int, int, int]) -> list[Target]:
        """Return the vertex and, with topological editing, its copies on neighbours."""
        layer = self.layer
        assert layer is not None
        if not self.controller.snapper.settings.topological:
            return [(layer, fid, path)]
        x, y = vertex_xy(layer.gdf.geometry.loc[fid], path)
        out: list[Target] = []
        for lyr in self.controller.editable_layers():
            geoms = list(lyr.gdf.geometry.values)
            for i, p in vertices_at(geoms, x, y, SHARED_TOL_DEG):
                out.append((lyr, int(lyr.gdf.index[i]), p))
        return out or [(layer, fid, path)]

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Pick the vertex under the cursor and start dragging it."""
        if event.button != Qt.MouseButton.LeftButton:
            return
        found = self._vertex_at(event)
        self.selected = found
        self._drag = found
        self._drag_to = None
        self._moving = self.targets(*found) if found is not None else []
        self.canvas.update()

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Follow the drag with snapping (never to the dragged feature itself)."""
        if self._drag is None or not event.buttons & Qt.MouseButton.LeftButton:
            super().canvas_move_event(event)
            return
        layer = self.layer
        exclude = (layer.id, self._drag[0]) if layer is not None else None
        self._drag_to = self.point(event, exclude)
        self.canvas.update()

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Finish the drag: one command for every vertex moved."""
        drag, self._drag = self._drag, None
        self._moving = []
        if drag is None or self._drag_to is None:
            self.canvas.update()
            return
        _, _, x, y = self._drag_to
        self._drag_to = None
        self._apply(drag, lambda g, p: move_vertex(g, p, x, y), self.tr("Move vertex"))

    def canvas_double_click_event(self, event: MapMouseEvent) -> None:
        """Insert a vertex on the segment under the cursor; inside a feature,
        away from its boundary, open the feature's attribute form."""
        layer = self.layer
        if layer is None or layer.gdf.empty or self._vertex_at(event) is not None:
            return  # on a vertex: the press selected it; never add a duplicate
        vp = self.canvas.viewport
        tol = self.controller.snapper.settings.tolerance_px * vp.mupp
        hit = nearest_point_on_segment(
            projected(layer, vp.epsg), event.x_map, event.y_map, tol
        )
        if hit is None:
            self.controller.edit_attributes_at(layer, event.x_map, event.y_map)
            return
        fid = int(layer.gdf.index[hit.feature_index])
        x, y = (float(v) for v in transform_xy(hit.x, hit.y, vp.epsg, 4490))
        text = self.tr("Add vertex")
        try:
            geom = layer.gdf.geometry.loc[fid]
            part, ring, index = hit.path
            a = vertex_xy(geom, hit.path)
            b = vertex_xy(geom, (part, ring, index + 1))
            x, y = project_on_segment(a, b, x, y)  # exactly on the stored edge
            if self.controller.snapper.settings.topological:
                cmds = self._shared_inserts(layer, fid, hit.path, x, y, text)
            else:
                cmds = [
                    ChangeGeometryCommand(
                        layer, {fid: insert_vertex(geom, hit.path, x, y)}, text
                    )
                ]
        except EditError as exc:
            self.controller.say(str(exc))
            return
        self.controller.push_all(text, cmds)
        self.selected = (fid, (part, ring, index + 1))

    def _shared_inserts(
        self,
        layer: VectorLayer,
        fid: int,
        segment: tuple[int, int, int],
        x: float,
        y: float,
        text: str,
    ) -> list[ChangeGeometryCommand]:
        """Return the commands adding (x, y) to ``segment`` of ``fid`` and to
        every edited feature sharing that segment (topological editing)."""
        geom = layer.gdf.geometry.loc[fid]
        part, ring, index = segment
        a = vertex_xy(geom, segment)
        b = vertex_xy(geom, (part, ring, index + 1))
        cmds = []
        for lyr in self.controller.editable_layers():
            changed = insert_shared_vertex(
                list(lyr.gdf.geometry.values), a, b, x, y, SHARED_TOL_DEG
            )
            after = {int(lyr.gdf.index[i]): g for i, g in changed.items()}
            if lyr is layer and fid not in after:
                after[fid] = insert_vertex(geom, segment, x, y)
            if after:
                cmds.append(ChangeGeometryCommand(lyr, after, text))
        return cmds

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Del deletes the selected vertex; Esc drops the selection."""
        if event.key() == Qt.Key.Key_Escape:
            self.selected = self._drag = None
            self.canvas.update()
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            sel, self.selected = self.selected, None
            self._apply(sel, delete_vertex, self.tr("Delete vertex"))
            return True
        return False

    def _apply(
        self, vertex: tuple[int, tuple[int, int, int]], op: Any, text: str
    ) -> None:
        per_layer: dict[str, tuple[VectorLayer, dict[int, Any]]] = {}
        try:
            for lyr, fid, path in self.targets(*vertex):
                entry = per_layer.setdefault(lyr.id, (lyr, {}))
                geom = entry[1].get(fid, lyr.gdf.geometry.loc[fid])
                entry[1][fid] = op(geom, path)
        except EditError as exc:
            self.controller.say(str(exc))
            return
        cmds = [
            ChangeGeometryCommand(lyr, geoms, text) for lyr, geoms in per_layer.values()
        ]
        self.controller.push_all(text, cmds)

    def _draw_handle(self, painter: QPainter, vp: Viewport) -> None:
        layer = self.layer
        if (
            self.selected is None
            or layer is None
            or self.selected[0] not in layer.gdf.index
        ):
            return
        try:
            x, y = vertex_xy(
                projected(layer, vp.epsg)[layer.gdf.index.get_loc(self.selected[0])],
                self.selected[1],
            )
        except EditError:
            return
        if self._drag_to is not None:
            x, y = self._drag_to[0], self._drag_to[1]
            self._draw_moving_outline(painter, vp, x, y)
        px, py = (float(v) for v in vp.map_to_px(np.float64(x), np.float64(y)))
        painter.setPen(QPen(SNAP_COLOR, 2))
        painter.drawEllipse(int(px) - 6, int(py) - 6, 12, 12)

    def moving_outlines(self, x_map: float, y_map: float, epsg: int) -> list[Any]:
        """Return the dragged features as they would be with the vertex at
        (``x_map``, ``y_map``), in the display CRS ``epsg``."""
        out = []
        for lyr, fid, path in self._moving:
            if fid not in lyr.gdf.index:
                continue
            geom = projected(lyr, epsg)[lyr.gdf.index.get_loc(fid)]
            try:
                out.append(move_vertex(geom, path, x_map, y_map))
            except EditError:
                continue
        return out

    def _draw_moving_outline(
        self, painter: QPainter, vp: Viewport, x_map: float, y_map: float
    ) -> None:
        import shapely
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        polygons = shapely.get_parts(self.moving_outlines(x_map, y_map, vp.epsg))
        for ring in shapely.get_rings(polygons):
            xy = shapely.get_coordinates(ring)
            px, py = vp.map_to_px(xy[:, 0], xy[:, 1])
            path.moveTo(QPointF(float(px[0]), float(py[0])))
            for a, b in zip(px[1:].tolist(), py[1:].tolist(), strict=True):
                path.lineTo(QPointF(a, b))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(SNAP_COLOR, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()
