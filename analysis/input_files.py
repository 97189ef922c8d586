"""Finding the input files: walking folders, and the reasons a path is not read.

:func:`iter_input_files` turns the paths given to the loader into regular
files with unique doc_id bases, walking folders in sorted order without
recursion and reporting, as a :class:`Rejection`, everything that is not a
readable regular file (link loops, broken links, pipes, devices, folders
that cannot be listed).  Hidden names (starting with a dot) are skipped.

>>> from pathlib import Path
>>> [item[1] for item in iter_input_files([Path("data/raw")])][:1]
['2021-08-25_algerie-maroc_rupture.txt']
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .decoding import printable

__all__ = ["Rejection", "iter_input_files"]


@dataclass
class Rejection:
    """An input (a file, or one row of a tabular file) that is not in the corpus, and why."""

    path: str
    reason: str
    row: int | None = None

    def __post_init__(self):
        self.path, self.reason = printable(self.path), printable(self.reason)



def iter_input_files(inputs: Iterable[Path]) -> Iterator[tuple[Path, str] | Rejection]:
    """Regular files under ``inputs`` as ``(path, doc_id_base)``, or rejections.

    Directories are walked in sorted order, following symbolic links once (a
    link loop is reported, never followed twice; a folder reached again
    through another link is reported, not read again).  FIFOs, devices and
    sockets are rejected without being opened.  Doc_id bases are unique: a
    name seen before (two inputs named ``raw``) gets a ``~2`` suffix.
    """
    inputs = [Path(p) for p in inputs]
    prefix_roots = len(inputs) > 1
    used: set[str] = set()
    for root in inputs:
        try:
            st = os.stat(root)
        except OSError as exc:
            yield Rejection(str(root), _os_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            label = root.resolve().name if prefix_roots else ""
            entries = _walk(root, label, (st.st_dev, st.st_ino))
        else:
            entries = _file_entry(root, root.name)
        for item in entries:
            if not isinstance(item, Rejection):
                item = item[0], _unique(item[1], used)
            yield item


def _unique(name: str, used: set[str]) -> str:
    """``name``, or ``name~2``, ``name~3``… if already in ``used`` (which it joins)."""
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{name}~{n}"
    used.add(candidate)
    return candidate


def _list_folder(directory: Path) -> list | Rejection:
    try:
        with os.scandir(directory) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Rejection(str(directory), f"cannot list folder: {_os_reason(exc)}")


def _walk(top: Path, rel: str, key: tuple) -> Iterator[tuple[Path, str] | Rejection]:
    """Depth-first walk with an explicit stack: a folder 5,000 levels deep is no recursion."""
    listing = _list_folder(top)
    if isinstance(listing, Rejection):
        yield listing
        return
    visited = {key}
    stack = [(iter(listing), rel, frozenset(visited))]
    while stack:
        entries, rel, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield from _file_entry(path, child_rel, st)
            continue
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield Rejection(str(path), "symbolic link loop: this folder was already read")
        elif key in visited:
            yield Rejection(str(path), "folder already read under another name "
                                       "(a symbolic link to it): not read twice")
        else:
            visited.add(key)
            listing = _list_folder(path)
            if isinstance(listing, Rejection):
                yield listing
            else:
                stack.append((iter(listing), child_rel, ancestors | {key}))


def _file_entry(path: Path, rel: str, st=None) -> Iterator[tuple[Path, str] | Rejection]:
    if st is None:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            return
    if not stat.S_ISREG(st.st_mode):
        yield Rejection(str(path), f"not a regular file ({_file_kind(st.st_mode)}): skipped without reading")
        return
    yield path, rel


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link or missing file"
    if exc.errno == errno.EACCES:
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"

