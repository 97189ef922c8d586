"""The Dask path writes the same tables as the serial run, and reuses the annotation cache."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import schema
from analysis.cache import AnnotationCache
from analysis.corpus import annotate_corpus

distributed = pytest.importorskip("distributed")


@pytest.mark.xdist_group("dask")
def test_local_cluster_equals_serial_run(tmp_path, raw_dir):
    for path in raw_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rows.jsonl").write_text(
        '{"text": "Le Maroc et le Sénégal ont signé un accord à Dakar le 3 mars 2024.", "date": "2024-03-04"}\n'
        '{"text": ""}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    serial = annotate_corpus([tmp_path], cache=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                                  processes=True) as cluster:
        remote = annotate_corpus([tmp_path], engine="dask", scheduler=cluster, cache=False)
    for name in schema.TABLES:
        left, right = getattr(serial, name), getattr(remote, name)
        if name == "rejected":
            left, right = (t.sort_values(["path", "reason"]).reset_index(drop=True) for t in (left, right))
        pd.testing.assert_frame_equal(left, right, obj=name)
    assert len(remote.documents) == 5 and len(remote.rejected) == 2


@pytest.mark.xdist_group("dask")
def test_cluster_annotates_only_articles_the_cache_lacks(tmp_path, raw_dir):
    articles = tmp_path / "articles"
    shutil.copytree(raw_dir, articles)
    cache = tmp_path / "cache"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None,
                                  processes=False) as cluster:
        cold = annotate_corpus([articles], engine="dask", scheduler=cluster, cache=AnnotationCache(cache))
        (articles / "new.txt").write_text(
            "date 2024-05-02 Par APS\n\nLe Sénégal et la Gambie ont signé jeudi à Banjul un accord "
            "sur la pêche.\n", encoding="utf-8")
        warm = annotate_corpus([articles], engine="dask", scheduler=cluster, cache=AnnotationCache(cache))
    serial = annotate_corpus([articles], cache=False)
    n_sample = len(cold.documents)
    assert cold.stats["annotated"] == n_sample and cold.stats["cached"] == 0
    assert warm.stats == {"annotated": 1, "cached": n_sample, "duplicates": 0}
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(warm, name), obj=name)


def test_an_article_skipped_as_cached_but_gone_from_the_cache_is_annotated(tmp_path, raw_dir, monkeypatch):
    """The cache can lose a shard between the keys sent to workers and the look-up."""
    from analysis import distributed as dist

    articles = tmp_path / "articles"
    shutil.copytree(raw_dir, articles)

    def everything_cached(inputs, *, scheduler=None, skip_keys=frozenset()):
        found = [a for a in __import__("analysis.load", fromlist=["iter_articles"]).iter_articles(inputs)
                 if not isinstance(a, dist.Rejection)]
        return found, [], {}

    monkeypatch.setattr(dist, "read_and_annotate", everything_cached)
    remote = annotate_corpus([articles], engine="dask", cache=AnnotationCache(tmp_path / "empty-cache"))
    serial = annotate_corpus([articles], cache=False)
    assert remote.stats["annotated"] == len(serial.documents)
    for name in schema.PER_DOCUMENT:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(remote, name), obj=name)
