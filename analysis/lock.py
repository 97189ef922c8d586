"""One run at a time per output folder: a lock file with a clear message for the second."""

from __future__ import annotations

import fcntl
import os
import re
from pathlib import Path

__all__ = ["OutputLock", "Busy"]


class Busy(RuntimeError):
    """Another run holds the output folder."""


# Temporary files of analysis.io (tempfile.mkstemp: prefix ".<name>.", 8 random characters).
_STALE_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


class OutputLock:
    """``with OutputLock(folder):`` — exclusive, released when the process ends (even killed).

    Whoever holds the lock is the folder's only writer, so on entry it removes
    the hidden temporary files a killed run left behind (``.documents.x1y2z3a4.tmp``).
    """

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / ".lock"
        self._fd = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise Busy(f"{self.path.parent} is being written by another run (pid {holder}, "
                       f"which holds the lock {self.path}); wait for it to finish or choose "
                       f"another --out folder") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        self._remove_stale_temp_files()
        return self

    def _remove_stale_temp_files(self) -> None:
        for entry in os.scandir(self.path.parent):
            if _STALE_TEMP.match(entry.name) and entry.is_file(follow_symlinks=False):
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass

    def __exit__(self, *exc):
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        return False
