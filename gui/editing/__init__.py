"""Zone editing in the window: tools, form, validation and history docks, import/export."""
