"""Per-article annotation cache: an unchanged article is never annotated twice.

Rows are stored by a key made of the article's identity and content (doc_id,
text, language, publication date) inside a folder named after a fingerprint
of the package's code and data: editing the lexicon, the actors table or any
module starts a fresh cache (and the old one is removed).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from . import config

__all__ = ["AnnotationCache", "package_fingerprint"]

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """Hash of every module and data file of the package (computed once per process)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".csv", ".json", ".txt") \
                and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(_PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class AnnotationCache:
    """A folder of pickled per-article rows, keyed by content."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root or config.CACHE_DIR)
        self.dir = self.root / package_fingerprint()
        self._pruned = False

    @staticmethod
    def key(article) -> str:
        digest = hashlib.sha256()
        for part in (article.doc_id, article.language, str(article.published), article.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pkl"

    def get(self, article):
        """Cached rows of ``article``, or ``None`` (also for an unreadable entry)."""
        path = self._path(self.key(article))
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError):
            return None

    def put(self, article, rows) -> None:
        """Store rows atomically; a full disk or a read-only folder only disables caching."""
        try:
            self._prune_old()
            path = self._path(self.key(article))
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass

    def _prune_old(self) -> None:
        """Remove caches made by other versions of the package (once per run)."""
        if self._pruned:
            return
        self._pruned = True
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and child.name != self.dir.name and len(child.name) == 16:
                    shutil.rmtree(child, ignore_errors=True)
