"""Reading articles: formats, encodings, layouts, and bad input that is rejected, never lost."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.load import Article, Rejection, clean_text, decode_bytes, iter_articles, Rejected

SEED = "2025-10-16_maroc-russie_lesiteinfo.txt"


def load(*paths):
    items = list(iter_articles([Path(p) for p in paths]))
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, Rejection)])


def one(path):
    articles, rejected = load(path)
    assert not rejected, rejected
    assert len(articles) == 1
    return articles[0]


# --------------------------------------------------------------------------- the sample corpus

def test_seed_header_leading_space_and_signature(raw_dir):
    article = one(raw_dir / SEED)
    raw = (raw_dir / SEED).read_text(encoding="utf-8")
    assert raw.startswith(" date")  # the seed really starts with a space
    assert article.published == dt.date(2025, 10, 16)
    assert (article.source, article.agency, article.author) == ("LeSiteinfo", "MAP", "S.L")
    assert article.text.startswith("Le ministre des Affaires étrangères")
    assert article.text.endswith("visite officielle au Maroc en septembre 2006.")
    assert "S.L" not in article.text and "date 2025" not in article.text
    assert article.language == "fr"


def test_sample_corpus_metadata_matches_gold(raw_dir, gold):
    articles, rejected = load(raw_dir)
    assert not rejected
    by_id = {a.doc_id: a for a in articles}
    for doc_id, expected in gold.items():
        if doc_id.startswith("_"):
            continue
        article = by_id[doc_id]
        assert str(article.published) == expected["published"]
        assert article.language == expected["language"]
        assert article.source == expected["source"]


def test_english_header_and_dateline(raw_dir):
    article = one(raw_dir / "2025-06-02_morocco-uk_mwn.txt")
    assert article.source == "Morocco World News"
    assert article.dateline_place == "Rabat"
    assert article.text.startswith("Foreign Minister Nasser Bourita")
    assert article.language == "en"


# --------------------------------------------------------------------------- datelines without header

BODY_FR = ("Le ministre des Affaires étrangères a reçu son homologue nigérian pour des entretiens "
           "consacrés à la coopération bilatérale et au gazoduc Nigeria-Maroc.")


@pytest.mark.parametrize("first_line, place, published, agency", [
    ("Rabat, 2 février 2023 (MAP) - ", "Rabat", dt.date(2023, 2, 2), "MAP"),
    ("RABAT, 3 mars (MAP) - ", "RABAT", dt.date(2024, 3, 3), "MAP"),  # year from the file name
    ("Moscow – ", "Moscow", dt.date(2024, 1, 9), None),
    ("Addis Abeba (AFP) — ", "Addis Abeba", dt.date(2024, 1, 9), "AFP"),
    ("Washington, March 5, 2024 - ", "Washington", dt.date(2024, 3, 5), None),
])
def test_dateline_opens_the_body(tmp_path, first_line, place, published, agency):
    path = tmp_path / "2024-01-09_depeche.txt"
    path.write_text(first_line + BODY_FR + "\n", encoding="utf-8")
    article = one(path)
    assert article.dateline_place == place
    assert article.published == published
    assert article.agency == agency
    assert article.text == BODY_FR


def test_dateline_article_in_windows_1252_with_crlf(tmp_path):
    text = ("Rabat, 2 février 2023 (MAP) - Le Maroc et l’Espagne ont signé jeudi un mémorandum "
            "d’entente sur la coopération énergétique.\r\n\r\nLes deux ministres se sont "
            "félicités de l’élan du partenariat.\r\n")
    path = tmp_path / "depeche.txt"
    path.write_bytes(text.encode("cp1252"))
    article = one(path)
    assert article.published == dt.date(2023, 2, 2)
    assert article.date_origin == "dateline"
    assert "\r" not in article.text
    assert "l’Espagne" in article.text and "félicités" in article.text
    assert article.text.count("\n\n") == 1


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""),
])
def test_encodings_with_and_without_bom(tmp_path, encoding, bom):
    text = "date 2025-05-22 Par Hespress FR\n\nLe ministre chinois a salué le partenariat stratégique.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    article = one(path)
    assert article.published == dt.date(2025, 5, 22)
    assert article.text == "Le ministre chinois a salué le partenariat stratégique."


def test_cr_line_ends_and_nfc(tmp_path):
    decomposed = "L\u2019Alge\u0301rie a rompu ses relations.\r\rLe Maroc a regrette\u0301 la de\u0301cision."
    path = tmp_path / "a.txt"
    path.write_text(decomposed, encoding="utf-8", newline="")
    article = one(path)
    assert article.text == "L’Algérie a rompu ses relations.\n\nLe Maroc a regretté la décision."
    assert "\u00a0" in clean_text("Le Maroc\u00a0: un partenaire")  # no-break space kept


def test_markdown_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Rabat and London renew their dialogue\n\nThe two ministers met in Rabat on "
                    "Sunday and signed a joint communiqué.\n", encoding="utf-8")
    article = one(path)
    assert article.title == "Rabat and London renew their dialogue"
    assert article.text.startswith("The two ministers met")


# --------------------------------------------------------------------------- tabular corpora

ROWS = [
    {"text": "Le Maroc et la Russie ont signé un mémorandum d’entente à Moscou.", "date": "2025-10-16",
     "source": "MAP", "title": "Maroc-Russie", "url": "https://example.org/a"},
    {"text": "The United Kingdom and Morocco held the fifth Strategic Dialogue in Rabat.",
     "published": "2025-06-02T10:00:00Z", "source": "MWN"},
    {"text": "", "date": "2025-01-01"},
    {"text": "Algeria recalled its ambassador.", "date": "not a date"},
]


def _check_tabular(articles, rejected, path):
    assert [a.doc_id for a in articles] == [f"{path.name}#1", f"{path.name}#2", f"{path.name}#4"]
    assert articles[0].published == dt.date(2025, 10, 16) and articles[0].source == "MAP"
    assert articles[0].title == "Maroc-Russie"
    assert articles[1].published == dt.date(2025, 6, 2) and articles[1].language == "en"
    assert articles[2].published is None and "unreadable date" in articles[2].warnings[0]
    assert len(rejected) == 1 and rejected[0].row == 3 and "empty text" in rejected[0].reason


def test_csv_rows(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    _check_tabular(*load(path), path)


def test_jsonl_rows_with_a_broken_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in ROWS]
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejected = load(path)
    assert len(articles) == 3
    reasons = sorted(r.reason for r in rejected)
    assert any("invalid JSON" in r for r in reasons) and any("empty text" in r for r in reasons)


def test_parquet_rows(tmp_path):
    path = tmp_path / "corpus.parquet"
    pd.DataFrame(ROWS).to_parquet(path)
    _check_tabular(*load(path), path)


@pytest.mark.parametrize("name, content, reason", [
    ("notext.csv", "title,date\nA,2025-01-01\n", "no 'text' column"),
    ("short.csv", "text,date\n\"Le Maroc a salué la visite.\",2025-01-01,extra\n", "3 fields, the header has 2"),
    ("bad.parquet", b"PAR1 this is not parquet", "not a readable Parquet file"),
])
def test_malformed_tables(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    articles, rejected = load(path)
    assert not articles
    assert any(reason in r.reason for r in rejected), rejected


# --------------------------------------------------------------------------- bad input

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "only whitespace"),
    ("image.txt", PNG, "PNG image"),
    ("binary.txt", bytes(range(256)) * 20, "binary file"),
    ("header-only.txt", b"date 2025-10-16 Par MAP\n\n", "no article text"),
    ("undecodable.txt", b"Le Maroc \x81\x8d\x8f\x90\x9d et \x81\x8d la Russie", "undecodable"),
    ("notes.docx", b"PK\x03\x04 fake", "unsupported file type"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    articles, rejected = load(tmp_path)
    assert not articles
    assert len(rejected) == 1 and reason in rejected[0].reason, rejected


def test_impossible_header_date_loads_with_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2025-13-45 Par MAP\n\nLe Maroc a salué la visite du ministre.", encoding="utf-8")
    article = one(path)
    assert article.published is None
    assert "impossible date" in article.warnings[0]


def test_size_limit_rejects_without_reading_whole(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Le Maroc. " * 2000)
    items = list(iter_articles([path], max_bytes=1000))
    assert isinstance(items[0], Rejection) and "limit" in items[0].reason


def test_special_files_and_link_loops_do_not_hang(tmp_path):
    (tmp_path / "good.txt").write_text("Le Maroc et la Russie ont signé un accord.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inner.txt").write_text("Rabat a reçu le ministre.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "missing", tmp_path / "dangling.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    articles, rejected = load(tmp_path)
    assert sorted(a.doc_id for a in articles) == ["folder.txt/inner.txt", "good.txt"]
    reasons = {Path(r.path).name: r.reason for r in rejected}
    assert "named pipe" in reasons["pipe.txt"]
    assert "loop" in reasons["loop"]
    assert "broken" in reasons["dangling.txt"]
    assert "loop" in reasons["self.txt"]


def test_every_file_lands_in_exactly_one_table(tmp_path, raw_dir):
    import shutil

    for path in raw_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(PNG)
    (tmp_path / "sub dir é").mkdir()
    (tmp_path / "sub dir é" / "copie du seed.txt").write_bytes((raw_dir / SEED).read_bytes())
    files = {str(p) for p in tmp_path.rglob("*") if p.is_file()}
    articles, rejected = load(tmp_path)
    seen = [a.path for a in articles] + [r.path for r in rejected]
    assert sorted(seen) == sorted(files)


def test_decode_bytes_prefers_utf8_with_few_broken_sequences():
    text, encoding, warnings = decode_bytes("Le Maroc et l’Algérie ".encode() * 5 + b"\xff")
    assert encoding == "utf-8" and "invalid UTF-8" in warnings[0]
    with pytest.raises(Rejected):
        decode_bytes(b"")
