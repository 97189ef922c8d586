"""From files to tables: the annotate command, the output contract, duplicates, cache, jobs."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema
from analysis.corpus import Corpus, annotate_corpus
from analysis.lock import Busy, OutputLock

PROJ_ROOT = Path(__file__).resolve().parents[1]


def test_every_table_has_the_contract_columns(sample_corpus):
    for name, columns in schema.TABLES.items():
        table = getattr(sample_corpus, name)
        assert list(table.columns) == list(columns), name


def test_documents_table(sample_corpus, gold):
    docs = sample_corpus.documents.set_index("doc_id")
    assert set(docs.index) == {k for k in gold if not k.startswith("_")}
    assert docs["duplicate_of"].isna().all()
    assert (docs["n_sentences"] > 5).all() and (docs["n_tokens"] > 150).all()
    sentences = sample_corpus.sentences.groupby("doc_id").size()
    assert (sentences == docs["n_sentences"]).all()


def test_offsets_of_every_annotation_table(sample_corpus):
    text = sample_corpus.documents.set_index("doc_id")["text"]
    for name in ("sentences", "mentions", "terms", "timexes"):
        for row in getattr(sample_corpus, name).itertuples(index=False):
            assert text[row.doc_id][row.start:row.end] == row.text, (name, row)


def test_duplicates_are_flagged_not_counted(tmp_path, raw_dir):
    seed = "2025-10-16_maroc-russie_lesiteinfo.txt"
    shutil.copy(raw_dir / seed, tmp_path / seed)
    # the same article saved again with CRLF line ends and a BOM is the same text
    data = (raw_dir / seed).read_bytes().replace(b"\n", b"\r\n")
    (tmp_path / "copy.txt").write_bytes(b"\xef\xbb\xbf" + data)
    corpus = annotate_corpus([tmp_path], cache=False)
    docs = corpus.documents.set_index("doc_id")
    assert pd.isna(docs.at[seed, "duplicate_of"])  # the first in doc_id order is kept
    assert docs.at["copy.txt", "duplicate_of"] == seed
    assert set(corpus.sentences["doc_id"]) == {seed}
    assert len(corpus.distinct_documents) == 1


def test_parallel_run_equals_serial_run(tmp_path, raw_dir, monkeypatch):
    from analysis import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "PARALLEL_READ_MIN_FILES", 1)  # workers read the files too
    (tmp_path / "empty.txt").write_bytes(b"")
    for i in range(6):
        for path in raw_dir.iterdir():
            text = path.read_text(encoding="utf-8").replace("Le ", f"Le {i} ", 1)
            (tmp_path / f"{i}-{path.name}").write_text(text, encoding="utf-8")
    serial = annotate_corpus([tmp_path], jobs=1, cache=False)
    parallel = annotate_corpus([tmp_path], jobs=2, cache=False)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(parallel, name))


def test_cache_reuses_unchanged_articles(tmp_path, raw_dir):
    for path in raw_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    first = annotate_corpus([tmp_path])
    (tmp_path / "new.txt").write_text("Le Maroc et le Sénégal ont signé un accord à Dakar.", encoding="utf-8")
    second = annotate_corpus([tmp_path])
    assert first.stats["annotated"] == 4
    assert second.stats == {"annotated": 1, "cached": 4, "duplicates": 0}
    pd.testing.assert_frame_equal(first.sentences, second.sentences[second.sentences.doc_id != "new.txt"]
                                  .reset_index(drop=True))


def test_write_and_read_round_trip(tmp_path, sample_corpus):
    sample_corpus.write(tmp_path)
    again = Corpus.read(tmp_path)
    for name in ("documents", "sentences", "mentions", "terms"):
        assert len(getattr(again, name)) == len(getattr(sample_corpus, name))
    doc = again.document("2025-06-02_morocco-uk_mwn.txt")
    assert doc.language == "en" and str(doc.published) == "2025-06-02"
    assert doc.sentences == sample_corpus.document(doc.doc_id).sentences


def test_lock_refuses_a_second_run(tmp_path):
    with OutputLock(tmp_path):
        with pytest.raises(Busy, match="another run"):
            with OutputLock(tmp_path):
                pass
    with OutputLock(tmp_path):  # released
        pass


def test_annotate_command_prints_tables_and_rejections(tmp_path, raw_dir):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(raw_dir / "2025-06-02_morocco-uk_mwn.txt", inputs)
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "analysis", "annotate", str(inputs), "--out", str(out),
                             "--jobs", "1"], capture_output=True, text=True, cwd=PROJ_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in schema.TABLES:
        assert (out / f"{name}.parquet").exists()
        assert f"  {name}" in result.stdout
    assert "empty.txt: empty file" in result.stdout
    assert pd.read_parquet(out / "documents.parquet").shape[0] == 1


def test_nothing_touches_the_network(monkeypatch, tmp_path, raw_dir):
    """Annotation runs with sockets disabled, and no code calls nltk.download."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    annotate_corpus([raw_dir], cache=False)
    for path in (PROJ_ROOT / "analysis").rglob("*.py"):
        assert "nltk.download" not in path.read_text(encoding="utf-8"), path


def test_cache_fingerprint_follows_annotation_code_and_data(tmp_path, monkeypatch):
    """Editing the lexicon or an annotator starts a new cache; editing a chart does not."""
    from analysis import cache

    package = tmp_path / "analysis"
    shutil.copytree(PROJ_ROOT / "analysis", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE_DIR", package)

    def fingerprint():
        cache.package_fingerprint.cache_clear()
        return cache.package_fingerprint()

    try:
        first = fingerprint()
        (package / "plots" / "entities.py").write_text("# a chart changed\n", encoding="utf-8")
        assert fingerprint() == first
        with open(package / "data" / "lexicon.tsv", "a", encoding="utf-8") as fh:
            fh.write("\n")
        second = fingerprint()
        assert second != first
        (package / "temporal.py").write_text("# an annotator changed\n", encoding="utf-8")
        assert fingerprint() != second
    finally:
        cache.package_fingerprint.cache_clear()
