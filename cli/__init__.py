"""Headless commands: the wiring layer above gui/, db/ and layers/, like main.py.

Each module adds its subcommands to main.py's parser and runs them. Commands
import db/, layers/ and gui/ directly; heavy and Qt modules are imported inside
the command function so ``python main.py --help`` stays fast. Nothing below
imports this package (import-linter contract in pyproject.toml).
"""
