"""Per-article annotation cache in Parquet: an unchanged article is never annotated twice.

Each run that annotates new articles adds one *shard*: one Parquet file per
table holding those articles' rows, with a ``_key`` column, plus a key file
(key, doc_id, n_sentences, n_tokens).  A key is made of the article's
identity and content (doc_id, text, language, publication date).  Shards live
in a folder named after a fingerprint of the package's code and data, so
editing the lexicon, the actors table or any module starts a fresh cache (the
old one is removed).  Reading cached rows for thousands of articles is a few
vectorised Parquet reads, not one file per article; shards are merged when
there are more than :data:`MAX_SHARDS`.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config, schema

__all__ = ["AnnotationCache", "package_fingerprint"]

_PACKAGE_DIR = Path(__file__).resolve().parent
MAX_SHARDS = 16


# Parts of the package that never change an article's rows: editing them keeps the cache.
_NOT_ANNOTATION = {"plots", "evaluation", "templates", "report.py", "report_html.py", "bench.py",
                   "notebook.py", "entity_stats.py", "timeline_stats.py", "stats.py", "io.py",
                   "lock.py", "cache.py", "__main__.py", "distributed.py", "timeline.py"}


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """Hash of the modules and data files that make an article's rows (computed once per process)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        parts = path.relative_to(_PACKAGE_DIR).parts
        if path.is_file() and path.suffix in (".py", ".tsv", ".csv", ".json", ".txt") \
                and "__pycache__" not in parts and not _NOT_ANNOTATION.intersection(parts):
            digest.update(str(path.relative_to(_PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(article) -> str:
    """The cache key of an article: its doc_id, language, date and text."""
    digest = hashlib.sha256()
    for part in (article.doc_id, article.language, str(article.published), article.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class AnnotationCache:
    """A folder of Parquet shards of per-article rows, keyed by content."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root or config.CACHE_DIR)
        self.dir = self.root / package_fingerprint()

    # ------------------------------------------------------------------ reading
    def _key_files(self) -> list[Path]:
        return sorted(self.dir.glob("keys-*.parquet")) if self.dir.is_dir() else []

    def keys(self) -> set[str]:
        """Every cached key (what a Dask run sends its workers, so they skip those articles)."""
        found: set[str] = set()
        for path in self._key_files():
            try:
                found.update(pd.read_parquet(path, columns=["_key"])["_key"])
            except Exception:  # a damaged shard: its articles are annotated again
                continue
        return found

    def lookup(self, keys: set[str]) -> pd.DataFrame:
        """Rows ``(_key, doc_id, n_sentences, n_tokens, shard)`` of the cached keys among ``keys``."""
        frames = []
        for path in self._key_files():
            try:
                frame = pd.read_parquet(path)
            except Exception:  # a damaged shard is ignored: its articles are annotated again
                continue
            frame = frame.loc[frame["_key"].isin(keys)]
            frame["shard"] = path.stem.removeprefix("keys-")
            frames.append(frame)
        if not frames:
            return pd.DataFrame(columns=["_key", "doc_id", "n_sentences", "n_tokens", "shard"])
        return pd.concat(frames, ignore_index=True).drop_duplicates("_key")

    def tables(self, hits: pd.DataFrame) -> dict[str, pd.DataFrame]:
        """The cached rows of every per-article table for the keys in ``hits``."""
        result: dict[str, list[pd.DataFrame]] = {name: [] for name in schema.PER_DOCUMENT}
        for shard, group in hits.groupby("shard"):
            wanted = set(group["_key"])
            for name in schema.PER_DOCUMENT:
                frame = pd.read_parquet(self.dir / f"{name}-{shard}.parquet")
                frame = frame.loc[frame["_key"].isin(wanted)].drop(columns="_key")
                result[name].append(frame)
        return {name: pd.concat(frames, ignore_index=True) if frames else None
                for name, frames in result.items()}

    # ------------------------------------------------------------------ writing
    def add(self, counts: pd.DataFrame, tables: dict[str, pd.DataFrame], key_of: dict[str, str]) -> None:
        """Store a shard: ``counts`` (doc_id, n_sentences, n_tokens) and each table's rows,
        with a ``_key`` column from ``key_of`` (doc_id → key) added one table at a time.

        Written table by table, the key file last: a shard whose key file is
        missing (a killed run) is never read.  A full disk or a read-only
        folder only disables caching.
        """
        from .io import write_parquet

        if counts.empty:
            return
        try:
            self._prune_old()
            self.dir.mkdir(parents=True, exist_ok=True)
            shard = uuid.uuid4().hex[:12]
            for name in schema.PER_DOCUMENT:
                table = tables[name]
                write_parquet(table.assign(_key=table["doc_id"].map(key_of)),
                              self.dir / f"{name}-{shard}.parquet")
            write_parquet(counts.assign(_key=counts["doc_id"].map(key_of)), self.dir / f"keys-{shard}.parquet")
            if len(self._key_files()) > MAX_SHARDS:
                self._compact()
        except OSError:
            pass

    def _compact(self) -> None:
        """Merge every shard into one; each key keeps the rows of the first shard that has it."""
        from .io import write_parquet

        key_files = self._key_files()
        frames = []
        for path in key_files:
            frame = pd.read_parquet(path)
            frame["shard"] = path.stem.removeprefix("keys-")
            frames.append(frame)
        keys = pd.concat(frames, ignore_index=True).drop_duplicates("_key")
        new = uuid.uuid4().hex[:12]
        for name in schema.PER_DOCUMENT:
            parts = []
            for shard, group in keys.groupby("shard"):
                frame = pd.read_parquet(self.dir / f"{name}-{shard}.parquet")
                parts.append(frame.loc[frame["_key"].isin(set(group["_key"]))])
            write_parquet(pd.concat(parts, ignore_index=True), self.dir / f"{name}-{new}.parquet")
        write_parquet(keys.drop(columns="shard"), self.dir / f"keys-{new}.parquet")
        for path in key_files:  # key files first: a half-removed shard is never read
            path.unlink(missing_ok=True)
        for path in key_files:
            for name in schema.PER_DOCUMENT:
                (self.dir / f"{name}-{path.stem.removeprefix('keys-')}.parquet").unlink(missing_ok=True)

    def _prune_old(self) -> None:
        """Remove caches made by other versions of the package."""
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and child.name != self.dir.name and len(child.name) == 16:
                    shutil.rmtree(child, ignore_errors=True)
