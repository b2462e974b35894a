"""GUI of the industrial-land conversion cases: dock, dialogs, PDF report."""
