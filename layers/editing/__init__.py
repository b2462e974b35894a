"""Feature editing on the model: commands, edit sessions, topology, recovery.

Qt-free (STYLE.md section 1); the tools in gui/editing push these commands.
"""
