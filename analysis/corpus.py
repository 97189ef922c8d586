"""From input files to the corpus tables: ``annotate_corpus`` and the :class:`Corpus`.

Data flows one way: files → :mod:`analysis.load` (articles, rejections) →
:func:`analysis.pipeline.annotate_document` for each distinct article (rows
cached by content) → one DataFrame per table (:mod:`analysis.schema`) →
Parquet files in ``data/processed``.

>>> corpus = annotate_corpus(["data/raw"], jobs=1)
>>> len(corpus.documents), corpus.rejected.empty
(4, True)
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import config, schema
from .cache import AnnotationCache, article_key
from .load import Article, Rejection, iter_input_files, read_file
from .text import Document

__all__ = ["Corpus", "annotate_corpus", "open_corpus"]


def _use_system_allocator_for_arrow() -> None:
    """Give Arrow (pandas' string columns, Parquet) the system allocator.

    pyarrow's default pool here (mimalloc) keeps the pages of freed batches: on
    10,000 articles the peak memory was 600 MB with it and 470 MB with the system
    allocator, at the same speed (``python -m analysis bench``).  An explicit
    ``ARROW_DEFAULT_MEMORY_POOL`` is respected.
    """
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


_use_system_allocator_for_arrow()


@dataclass
class Corpus:
    """The annotated corpus: one DataFrame per table of :mod:`analysis.schema`."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    terms: pd.DataFrame
    events: pd.DataFrame
    timexes: pd.DataFrame
    milestones: pd.DataFrame
    timeline: pd.DataFrame
    rejected: pd.DataFrame
    stats: dict = field(default_factory=dict, repr=False, compare=False)
    _rows_of: dict | None = field(default=None, init=False, repr=False, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in the contract's order."""
        return {name: getattr(self, name) for name in schema.TABLES}

    def document(self, doc_id: str) -> Document:
        """The :class:`~analysis.text.Document` of one article (offsets match every table)."""
        if self._rows_of is None:  # row positions by doc_id, built once: look-ups stay O(1)
            sentence_rows = self.sentences.groupby("doc_id", sort=False).indices
            self._rows_of = {d: (i, sentence_rows.get(d, ()))
                             for i, d in enumerate(self.documents["doc_id"])}
        if doc_id not in self._rows_of:
            raise KeyError(f"no document {doc_id!r} in this corpus")
        position, sentence_rows = self._rows_of[doc_id]
        row = self.documents.iloc[position]
        sents = self.sentences.iloc[list(sentence_rows)][["start", "end"]]
        published = row["published"]
        published = None if pd.isna(published) else pd.Timestamp(published).date()
        spans = [(int(s), int(e)) for s, e in sents.itertuples(index=False)]
        return Document(doc_id, row["text"], row["language"], published,
                        sentences=spans or None)  # a duplicate has no rows: split again

    def check_offsets(self, name: str) -> int:
        """Assert that every row of table ``name`` points at its text; return the rows checked.

        The notebooks' sanity check: ``documents.text[start:end] == text`` for each
        row, and every row's article is in ``documents``.
        """
        table = getattr(self, name)
        texts = dict(zip(self.documents["doc_id"], self.documents["text"]))
        unknown = set(table["doc_id"]) - set(texts)
        assert not unknown, f"{name}: rows of articles not in documents: {sorted(unknown)[:3]}"
        for doc_id, start, end, text in zip(table["doc_id"], table["start"], table["end"], table["text"]):
            assert texts[doc_id][start:end] == text, f"{name}: {doc_id} [{start}:{end}] is not {text!r}"
        return len(table)

    @property
    def distinct_documents(self) -> pd.DataFrame:
        """Documents that are not exact duplicates of an earlier one."""
        return self.documents.loc[self.documents["duplicate_of"].isna()]

    def write(self, out_dir: Path | str) -> list[Path]:
        """Write every table as Parquet into ``out_dir``: the whole set replaced, or none of it."""
        from .io import write_tables

        return write_tables(self.tables(), Path(out_dir))

    @classmethod
    def read(cls, out_dir: Path | str) -> "Corpus":
        """Read the tables written by :meth:`write`."""
        out_dir = Path(out_dir)
        tables = {}
        for name, columns in schema.TABLES.items():
            path = out_dir / f"{name}.parquet"
            tables[name] = pd.read_parquet(path) if path.exists() else _empty(columns)
        return cls(**tables)


def _empty(columns: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _frame(rows: list[tuple], columns: tuple[str, ...]) -> pd.DataFrame:
    if not rows:
        return _empty(columns)
    return pd.DataFrame.from_records(rows, columns=list(columns))


# --------------------------------------------------------------------------- annotation

def _article_document(article: Article) -> Document:
    return Document(article.doc_id, article.text, article.language, article.published)


def annotate_article(article: Article, timings: dict | None = None) -> dict[str, list[tuple]]:
    """All per-article rows of one article, plus its counts under ``"_counts"``."""
    from .pipeline import annotate_document

    clock = _Stopwatch(timings)
    doc = _article_document(article)
    clock.lap("sentences")
    doc.tokens  # computed once here, shared by every annotator
    clock.lap("tokens")
    rows = annotate_document(doc, timings)
    rows["_counts"] = [(len(doc.sentences), len(doc.tokens))]
    return rows


def _annotate_many(articles: list[Article]) -> list[dict[str, list[tuple]]]:
    return [annotate_article(a) for a in articles]


#: Articles annotated between two conversions of rows into columns (bounds memory).
BATCH_SIZE = 500


def annotate_corpus(inputs: Iterable[Path | str] | None = None, *, jobs: int | None = 1,
                    cache: bool | AnnotationCache = True, progress: bool = False,
                    timings: dict | None = None, engine: str = "local",
                    scheduler=None) -> Corpus:
    """Read and annotate every article under ``inputs`` (default ``data/raw``).

    Args:
        inputs: files or folders (read recursively).
        jobs: worker processes (``None`` or 0: all cores); small corpora run in one.
        cache: reuse rows of articles annotated before (keyed by content and by the
            package's code and data); ``False`` to annotate everything again.
        progress: show a progress bar on a terminal (large corpora only).
        timings: a dict to add seconds per stage to (``load``, each annotator when
            ``jobs`` is 1, ``annotate`` in all, ``tables``, ``timeline``): the benchmark's profile.
        engine: ``"local"`` (processes on this machine) or ``"dask"`` (a Dask cluster).
        scheduler: with ``engine="dask"``, the scheduler address (``tcp://host:8786``), a
            ``distributed.Client`` or a cluster object; ``None`` starts a local cluster.
    """
    inputs = [Path(p) for p in (inputs or [config.RAW_DATA_DIR])]
    clock = _Stopwatch(timings)
    fresh_rows: dict[str, dict] = {}
    store = cache if isinstance(cache, AnnotationCache) else (AnnotationCache() if cache else None)
    if engine == "dask":
        from .distributed import read_and_annotate

        articles, rejections, fresh_rows = read_and_annotate(
            inputs, scheduler=scheduler, skip_keys=frozenset(store.keys()) if store else frozenset())
    elif engine == "local":
        articles, rejections = _read_all(inputs, jobs=jobs)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    articles.sort(key=lambda a: a.doc_id)

    first_by_hash: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for article in articles:
        first = first_by_hash.setdefault(article.sha256, article.doc_id)
        if first != article.doc_id:
            duplicate_of[article.doc_id] = first
    distinct = [a for a in articles if a.doc_id not in duplicate_of]

    key_of = {a.doc_id: article_key(a) for a in distinct} if store else {}
    hits = store.lookup(set(key_of.values())) if store else None
    hit_keys = set(hits["_key"]) if hits is not None else set()
    todo = [a for a in distinct if key_of.get(a.doc_id) not in hit_keys]
    clock.lap("load")

    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in schema.PER_DOCUMENT}
    counts: list[tuple[str, int, int]] = []
    if engine == "dask":
        # an article a worker skipped as cached whose rows are gone since: annotated here
        rows_iter = (fresh_rows.get(a.doc_id) or annotate_article(a) for a in todo)
    else:
        rows_iter = _run(todo, jobs=jobs, progress=progress, timings=timings)
    batch: dict[str, list[tuple]] = {name: [] for name in schema.PER_DOCUMENT}
    for n, (article, rows) in enumerate(zip(todo, rows_iter), start=1):
        counts.append((article.doc_id, *rows["_counts"][0]))
        for name in schema.PER_DOCUMENT:
            batch[name].extend(rows.get(name, ()))
        if n % BATCH_SIZE == 0 or n == len(todo):
            for name, rows_of_table in batch.items():
                parts[name].append(_frame(rows_of_table, schema.TABLES[name]))
                rows_of_table.clear()
    clock.lap("annotate")

    new_counts = pd.DataFrame(counts, columns=["doc_id", "n_sentences", "n_tokens"])
    new_tables = {}
    for name in schema.PER_DOCUMENT:  # one table at a time: its batches are freed as it is built
        new_tables[name] = _concat(parts.pop(name), schema.TABLES[name])
    if store and todo:
        store.add(new_counts, new_tables, key_of)
    frames = new_tables
    all_counts = new_counts
    if hits is not None and not hits.empty:
        cached = store.tables(hits)
        frames = {name: _concat([cached[name], new_tables[name]], schema.TABLES[name])
                  for name in schema.PER_DOCUMENT}
        all_counts = pd.concat([hits[["doc_id", "n_sentences", "n_tokens"]], new_counts],
                               ignore_index=True)
    for name in schema.PER_DOCUMENT:
        frames[name] = _in_document_order(frames[name])

    documents = _documents_table(articles, all_counts, duplicate_of)
    rejected = _frame([(r.path, r.row, r.reason) for r in rejections], schema.REJECTED)
    clock.lap("tables")
    from .milestones import build_timeline

    timeline = build_timeline(frames["milestones"], documents)
    clock.lap("timeline")
    return Corpus(documents=documents, timeline=timeline, rejected=rejected,
                  stats={"annotated": len(todo), "cached": len(distinct) - len(todo),
                         "duplicates": len(duplicate_of)},
                  **frames)


def _concat(frames: list[pd.DataFrame | None], columns: tuple[str, ...]) -> pd.DataFrame:
    frames = [f for f in frames if f is not None and len(f)]
    if not frames:
        return _empty(columns)
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    return pd.concat(_text_columns_alike(frames), ignore_index=True)


def _text_columns_alike(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """A column of text in one part and all None (object) in another becomes text in both.

    Otherwise the concatenation is object and holds both None and NaN for a
    missing value: the tables of a rerun from the cache would differ from a
    fresh run's.
    """
    text_dtype = {}
    for frame in frames:
        for column, dtype in frame.dtypes.items():
            if isinstance(dtype, pd.StringDtype):
                text_dtype.setdefault(column, dtype)
    if not text_dtype:
        return frames
    out = []
    for frame in frames:
        cast = {c: d for c, d in text_dtype.items()
                if frame[c].dtype == object and frame[c].isna().all()}
        out.append(frame.astype(cast) if cast else frame)
    return out


def _in_document_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows grouped by article in doc_id order, each article's rows in annotator order."""
    if frame.empty or frame["doc_id"].is_monotonic_increasing:
        return frame
    return frame.sort_values("doc_id", kind="stable").reset_index(drop=True)


#: Below this many files, reading in worker processes costs more than it saves.
PARALLEL_READ_MIN_FILES = 400


def _read_many(entries: list[tuple[Path, str]]) -> list:
    return [item for path, rel in entries for item in read_file(path, rel)]


def _read_all(inputs: list[Path], *, jobs: int | None) -> tuple[list[Article], list[Rejection]]:
    """Every article and rejection under ``inputs``; large folders are read by worker processes."""
    jobs = jobs or os.cpu_count() or 1
    entries, rejections = [], []
    for item in iter_input_files(inputs):
        (rejections if isinstance(item, Rejection) else entries).append(item)
    if jobs <= 1 or len(entries) < PARALLEL_READ_MIN_FILES:
        items = _read_many(entries)
    else:
        chunk = max(1, len(entries) // (jobs * 4))
        with _pool(jobs) as pool:
            items = [item for part in pool.map(_read_many, [entries[i:i + chunk] for i in
                                                            range(0, len(entries), chunk)])
                     for item in part]
    articles = [item for item in items if isinstance(item, Article)]
    rejections += [item for item in items if isinstance(item, Rejection)]
    return articles, rejections


def _pool(jobs: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    context = mp.get_context("fork") if sys.platform.startswith("linux") else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=_exit_with_parent, initargs=(os.getpid(),))


def _run(articles: list[Article], *, jobs: int | None, progress: bool, timings: dict | None = None):
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(articles) < 20:
        iterator = (annotate_article(a, timings) for a in articles)
        yield from _progress(iterator, len(articles), progress)
        return
    chunk = max(1, min(200, len(articles) // (jobs * 4) or 1))
    batches = [articles[i:i + chunk] for i in range(0, len(articles), chunk)]
    with _pool(jobs) as pool:
        done = pool.map(_annotate_many, batches)
        yield from _progress((rows for batch in done for rows in batch), len(articles), progress)


def _exit_with_parent(parent: int) -> None:
    """Pool initializer: a worker whose parent was killed (SIGKILL) exits instead of lingering."""
    import threading
    import time

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _progress(iterator, total: int, enabled: bool):
    if not enabled or total < 300 or not sys.stderr.isatty():
        return iterator
    from tqdm import tqdm

    return tqdm(iterator, total=total, unit="article", file=sys.stderr)


class _Stopwatch:
    """Adds the seconds since the last lap to ``timings[name]`` (no-op without a dict)."""

    def __init__(self, timings: dict | None):
        import time

        self.timings, self.now = timings, time.perf_counter
        self.last = self.now()

    def lap(self, name: str) -> None:
        if self.timings is not None:
            now = self.now()
            self.timings[name] = self.timings.get(name, 0.0) + now - self.last
            self.last = now


def _documents_table(articles: list[Article], counts: pd.DataFrame, duplicate_of: dict) -> pd.DataFrame:
    counts = dict(zip(counts["doc_id"], zip(counts["n_sentences"], counts["n_tokens"])))
    rows = []
    for a in articles:
        canonical = duplicate_of.get(a.doc_id, a.doc_id)
        n_sent, n_tok = counts.get(canonical, (0, 0))
        rows.append((a.doc_id, a.path, a.published, a.source, a.agency, a.author, a.title,
                     a.dateline_place, a.language, a.text, n_sent, n_tok, a.sha256,
                     duplicate_of.get(a.doc_id), a.date_origin, "; ".join(a.warnings) or None))
    frame = _frame(rows, schema.DOCUMENTS)
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    for column in ("n_sentences", "n_tokens"):
        frame[column] = frame[column].astype("int64")
    return frame


def open_corpus(data_dir: Path | str | None = None, *, jobs: int | None = 1) -> Corpus:
    """The annotated corpus of ``data_dir`` (default ``data/raw``), for notebooks.

    Uses the per-article cache, so opening an unchanged corpus again is quick.
    """
    return annotate_corpus([Path(data_dir) if data_dir else config.RAW_DATA_DIR], jobs=jobs)
