"""Annotation on a Dask cluster: the same tables as a local run, computed by workers.

The driver lists the input files (cheap: names and sizes); a ``dask.bag`` of
those files is split into partitions and each worker reads its files and
annotates their articles with :func:`analysis.corpus.annotate_article`.  Only
rows travel back — tuples, about the size of the text itself — and the driver
assembles the tables exactly as :func:`analysis.annotate_corpus` does
(duplicates, ordering, timeline).  With the annotation cache, the driver sends
the workers the keys it already holds: a worker reads such an article (to
know its key) but does not annotate it, and the driver takes its rows from
the cache — adding a few articles to a large corpus costs those articles.

Workers need the ``analysis`` package installed and read access to the input
files at the same paths (a shared file system or object store mount).
"""

from __future__ import annotations

from pathlib import Path

from .load import Article, Rejection, iter_input_files, read_file

__all__ = ["read_and_annotate"]


CACHED = "cached"  # what a worker returns instead of rows for an article the driver holds


def _process_partition(entries: list[tuple[str, str]], skip_keys=frozenset()) -> list:
    from .cache import article_key
    from .corpus import annotate_article

    out = []
    for path, rel in entries:
        for item in read_file(Path(path), rel):
            if not isinstance(item, Article):
                out.append((item, None))
            elif skip_keys and article_key(item) in skip_keys:
                out.append((item, CACHED))
            else:
                out.append((item, annotate_article(item)))
    return out


def read_and_annotate(inputs: list[Path], *, scheduler=None, files_per_partition: int = 200,
                      skip_keys: frozenset[str] = frozenset()):
    """``(articles, rejections, rows by doc_id)`` for every file under ``inputs``, on Dask.

    Articles whose cache key is in ``skip_keys`` are read but not annotated:
    they are in the articles list and absent from the rows.
    """
    import dask.bag as db
    from distributed import Client

    entries, rejections = [], []
    for item in iter_input_files(inputs):
        if isinstance(item, Rejection):
            rejections.append(item)
        else:
            entries.append((str(item[0]), item[1]))

    own_client = None
    if scheduler is None or isinstance(scheduler, str):
        own_client = client = Client(scheduler) if scheduler else Client(processes=False)
    elif hasattr(scheduler, "scheduler_address") and not hasattr(scheduler, "submit"):
        own_client = client = Client(scheduler)  # a cluster object
    else:
        client = scheduler
    try:
        articles, rows = [], {}
        if entries:
            partitions = max(1, -(-len(entries) // files_per_partition))
            bag = db.from_sequence(entries, npartitions=partitions)
            work = bag.map_partitions(_process_partition, skip_keys=frozenset(skip_keys))
            for item, result in work.compute(scheduler=client.get):
                if result is None:
                    rejections.append(item)
                    continue
                articles.append(item)
                if not isinstance(result, str):  # rows, not CACHED
                    rows[item.doc_id] = result
        return articles, rejections, rows
    finally:
        if own_client is not None:
            own_client.close()
