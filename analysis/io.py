"""Writing tables safely: atomic Parquet files, CSV exports that spreadsheets cannot execute."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["write_parquet", "write_tables", "write_csv", "neutralise_formula", "atomic_write_text"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# mkstemp creates files readable by their owner only; a table or report renamed
# into place gets the mode a plain open() would give it (0o666 less the umask).
_UMASK = os.umask(0o022)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK


def _replace_into(path: Path, write) -> Path:
    """Call ``write(tmp)`` on a hidden temporary file beside ``path``, then rename it into place.

    A run killed before the rename leaves the previous file complete; the
    temporary file is removed on any error.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_parquet(table: pd.DataFrame, path: Path) -> Path:
    """Write ``table`` to ``path`` through a temporary file renamed into place."""
    return _replace_into(path, lambda tmp: table.to_parquet(tmp, index=False))


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each table as ``folder/<name>.parquet``, all of them or none.

    Every table is first written to a hidden temporary file; only when all are
    complete are they renamed into place, one after the other (microseconds
    apart, with Ctrl-C held back meanwhile).  A run stopped at any other moment
    leaves the previous set of tables, whole — never new documents beside old
    mentions.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, Path]] = []
    try:
        for name, table in tables.items():
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            written.append((tmp, folder / f"{name}.parquet"))
            table.to_parquet(tmp, index=False)
            os.chmod(tmp, _FILE_MODE)
        blocked = _hold_signals()
        try:
            for tmp, path in written:
                os.replace(tmp, path)
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
    finally:
        for tmp, _ in written:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [path for _, path in written]


def _hold_signals() -> set:
    """Block SIGINT and SIGTERM in this thread (delivered once unblocked); the set blocked."""
    wanted = {signal.SIGINT, signal.SIGTERM}
    try:
        already = signal.pthread_sigmask(signal.SIG_BLOCK, wanted)
    except (AttributeError, OSError, ValueError):  # no POSIX signal masks here
        return set()
    return wanted - set(already)


def neutralise_formula(value):
    """Prefix a cell that a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise_formula("=cmd|' /C calc'!A0"), neutralise_formula("Rabat")
    ("'=cmd|' /C calc'!A0", 'Rabat')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """Export ``table`` as CSV with formula-like text cells neutralised, atomically.

    Header cells are neutralised too (column names can come from the data), and
    rows end in CRLF (RFC 4180): the writer then quotes every cell holding a
    carriage return, which a spreadsheet would otherwise take for the end of a
    row — and read what follows as a new, unneutralised cell.
    """
    safe = table.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    safe.columns = [neutralise_formula(c) for c in safe.columns]
    return atomic_write_text(safe.to_csv(index=False, lineterminator="\r\n"), path, newline="")


def atomic_write_text(text: str, path: Path, *, newline: str | None = None) -> Path:
    """Write text to ``path`` through a temporary file renamed into place.

    ``newline`` is passed to :func:`open` (``""`` writes line ends unchanged).
    """
    def write(tmp):
        with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)

    return _replace_into(path, write)
