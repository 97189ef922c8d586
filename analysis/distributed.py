"""Annotation on a Dask cluster: the same tables as a local run, computed by workers.

The driver lists the input files (cheap: names and sizes); a ``dask.bag`` of
those files is split into partitions and each worker reads its files and
annotates their articles with :func:`analysis.corpus.annotate_article`.  Only
rows travel back — tuples, about the size of the text itself — and the driver
assembles the tables exactly as :func:`analysis.annotate_corpus` does
(duplicates, ordering, timeline).

Workers need the ``analysis`` package installed and read access to the input
files at the same paths (a shared file system or object store mount).
"""

from __future__ import annotations

from pathlib import Path

from .load import Article, Rejection, iter_input_files, read_file

__all__ = ["read_and_annotate"]


def _process_partition(entries: list[tuple[str, str]]) -> list:
    from .corpus import annotate_article

    out = []
    for path, rel in entries:
        for item in read_file(Path(path), rel):
            if isinstance(item, Article):
                out.append((item, annotate_article(item)))
            else:
                out.append((item, None))
    return out


def read_and_annotate(inputs: list[Path], *, scheduler=None, files_per_partition: int = 200):
    """``(articles, rejections, rows by doc_id)`` for every file under ``inputs``, on Dask."""
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
            for item, result in bag.map_partitions(_process_partition).compute(scheduler=client.get):
                if result is None:
                    rejections.append(item)
                else:
                    articles.append(item)
                    rows[item.doc_id] = result
        return articles, rejections, rows
    finally:
        if own_client is not None:
            own_client.close()
