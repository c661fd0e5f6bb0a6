"""The tool's version, at the bottom of the layers so that anything may name it."""

__version__ = "0.2.0"
