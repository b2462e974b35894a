"""Map tools, one per module, each a :class:`gui.map_tool.MapTool` subclass."""
