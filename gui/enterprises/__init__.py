"""Enterprise register GUI: import wizard, register and statistics docks, map tool.

``gui.enterprises.install.install(window)`` adds everything to a MainWindow.
"""
