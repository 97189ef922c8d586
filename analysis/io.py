"""Writing tables safely: atomic Parquet files, CSV exports that spreadsheets cannot execute."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["write_parquet", "write_csv", "neutralise_formula", "atomic_write_text"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_parquet(table: pd.DataFrame, path: Path) -> Path:
    """Write ``table`` to ``path`` through a temporary file renamed into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    os.close(fd)
    try:
        table.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def neutralise_formula(value):
    """Prefix a cell that a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise_formula("=cmd|' /C calc'!A0"), neutralise_formula("Rabat")
    ("'=cmd|' /C calc'!A0", 'Rabat')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """Export ``table`` as CSV with formula-like text cells neutralised, atomically."""
    safe = table.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    return atomic_write_text(safe.to_csv(index=False), path)


def atomic_write_text(text: str, path: Path) -> Path:
    """Write text to ``path`` through a temporary file renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
