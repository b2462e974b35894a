"""Small reusable widgets (scale box, ...)."""
