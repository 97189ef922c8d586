"""The Dask path writes the same tables as the serial run."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import schema
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
        remote = annotate_corpus([tmp_path], engine="dask", scheduler=cluster)
    for name in schema.TABLES:
        left, right = getattr(serial, name), getattr(remote, name)
        if name == "rejected":
            left, right = (t.sort_values(["path", "reason"]).reset_index(drop=True) for t in (left, right))
        pd.testing.assert_frame_equal(left, right, obj=name)
    assert len(remote.documents) == 5 and len(remote.rejected) == 2
