"""Print layouts: render pages, export PDF/PNG/SVG, atlas, layout window, CLI."""
