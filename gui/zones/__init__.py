"""Zone features of the window (the as-of view)."""
