"""Sizes and rates in words people read: the one byte-size formatter."""

from __future__ import annotations

__all__ = ["size_text"]


def size_text(size: float) -> str:
    """``512 bytes``, ``3.2 MB``, ``1.5 GB`` (binary multiples, as file managers on every OS
    except macOS show them)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(value) < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
