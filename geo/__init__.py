"""Pure geometry and coordinate functions for ZonePlanner.

Submodules are imported explicitly (``from geo import crs``); this package imports
nothing itself so that ``import geo`` stays cheap and never pulls in PySide6.

- :mod:`geo.crs` -- CRS registry, cached transformers, Gauss-Krueger zones.
- :mod:`geo.offsets` -- GCJ-02 / BD-09 offsets used by Chinese web maps.
- :mod:`geo.measure` -- geodesic and planar areas and lengths, planners' units.
- :mod:`geo.validate` -- validity, repair, overlaps, slivers, gaps.
- :mod:`geo.snapping` -- nearest vertex / segment for the editing tools.
"""

__all__: list[str] = []
