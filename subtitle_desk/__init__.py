"""Subtitle Desk: subtitle editing and vendor workflows in one desktop window."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("subtitle-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
