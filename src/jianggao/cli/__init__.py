"""The ``jianggao`` command line (see ``main``)."""

from .main import cli, main

__all__ = ["cli", "main"]
