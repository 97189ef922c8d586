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
    ("SEOUL — ", "SEOUL", dt.date(2024, 1, 9), None),  # em dash, no date: the file name's
    ("NAIROBI—", "NAIROBI", dt.date(2024, 1, 9), None),
    ("SEOUL, May 7 (Yonhap) - ", "SEOUL", dt.date(2024, 5, 7), "Yonhap"),
    ("NEW DELHI, 18 December (Reuters) - ", "NEW DELHI", dt.date(2024, 12, 18), "Reuters"),
    ("WASHINGTON (AP) — ", "WASHINGTON", dt.date(2024, 1, 9), "AP"),
    ("Rio de Janeiro, 3 mars 2024 (AFP) -- ", "Rio de Janeiro", dt.date(2024, 3, 3), "AFP"),
    ("Port-au-Prince – ", "Port-au-Prince", dt.date(2024, 1, 9), None),
    ("SEOUL, South Korea (AP) — ", "SEOUL", dt.date(2024, 1, 9), "AP"),
    ("KYIV/MOSCOW, March 5 (Reuters) - ", "KYIV/MOSCOW", dt.date(2024, 3, 5), "Reuters"),
    ("BEIJING, Dec 18 (Reuters) - ", "BEIJING", dt.date(2024, 12, 18), "Reuters"),
    ("Paris, le 3 mars 2024 – ", "Paris", dt.date(2024, 3, 3), None),
])
def test_dateline_opens_the_body(tmp_path, first_line, place, published, agency):
    path = tmp_path / "2024-01-09_depeche.txt"
    path.write_text(first_line + BODY_FR + "\n", encoding="utf-8")
    article = one(path)
    assert article.dateline_place == place
    assert article.published == published
    assert article.agency == agency
    assert article.text == BODY_FR


@pytest.mark.parametrize("opening", [
    "Le Maroc – qui préside le sommet – ",      # an aside between dashes, not a dateline
    "la diplomatie nigériane - ",               # lower case: no place
    "Jean-Pierre Raffarin et ",                 # a hyphenated first name
    "Le Caire - le 3 mars - ",                  # the dash opens no sentence
    "Macky Sall, Ousmane Sonko – ",              # a list of names: no agency after the second
])
def test_dash_in_the_first_sentence_is_no_dateline(tmp_path, opening):
    path = tmp_path / "2024-01-09_depeche.txt"
    path.write_text(opening + BODY_FR + "\n", encoding="utf-8")
    article = one(path)
    assert article.dateline_place is None
    assert article.text == opening + BODY_FR


def test_dateline_after_a_dated_byline_keeps_the_byline_date(tmp_path):
    path = tmp_path / "seoul.md"
    path.write_text("# Seoul and Tokyo resume shuttle diplomacy\n\n*Kyodo News, May 8, 2023*\n\n"
                    "SEOUL, May 7 (Yonhap) — South Korean President Yoon Suk Yeol hosted Japanese "
                    "Prime Minister Fumio Kishida.\n", encoding="utf-8")
    article = one(path)
    assert (article.published, article.date_origin) == (dt.date(2023, 5, 8), "byline")
    assert (article.source, article.agency, article.dateline_place) == ("Kyodo News", "Yonhap", "SEOUL")
    assert article.title == "Seoul and Tokyo resume shuttle diplomacy"
    assert article.text.startswith("South Korean President Yoon Suk Yeol hosted")


# --------------------------------------------------------------------------- web and wire bylines

BODY_EN = ("Brazil and Argentina signed an energy agreement on Tuesday, ending months of "
           "friction over gas exports.\n\nThe two ministers met in Brasília.")
BODY_FR2 = ("Le Kenya et la Somalie ont rétabli mardi leurs relations diplomatiques.\n\n"
            "Les deux ministres se sont rencontrés à Nairobi.")


@pytest.mark.parametrize("name, top, body, title, published, source, author, agency", [
    # French web page: title, then the publication line with time and outlet
    ("egypte.txt", "Barrage de la Renaissance : Le Caire annonce l'échec des négociations\n\n"
     "Publié le 20 décembre 2023 à 10h32 - Par RFI\n\n", BODY_FR2,
     "Barrage de la Renaissance : Le Caire annonce l'échec des négociations",
     dt.date(2023, 12, 20), "RFI", None, None),
    # title right above two lines (published, updated), no blank line between them
    ("kenya.txt", "Nairobi et Mogadiscio renouent\nPublié le mercredi 3 mars 2024 à 18 h 05\n"
     "Mis à jour le 4 mars 2024 à 09h12\n\n", BODY_FR2,
     "Nairobi et Mogadiscio renouent", dt.date(2024, 3, 3), None, None, None),
    ("maj.txt", "Mis à jour le 4 mars 2024 à 09h12\n\n", BODY_FR2,
     None, dt.date(2024, 3, 4), None, None, None),
    # the revision line above the publication line: the publication date wins
    ("revision.txt", "Mis à jour le 4 mars 2024 à 09h12\nPublié le 3 mars 2024 à 18h05\n\n", BODY_FR2,
     None, dt.date(2024, 3, 3), None, None, None),
    ("court.txt", "Publié le 3 mars 2024\n\n", BODY_FR2, None, dt.date(2024, 3, 3), None, None, None),
    ("figaro.txt", "Par Le Figaro avec AFP\nPublié le 20/12/2023 à 10h32, mis à jour à 11h05\n\n",
     BODY_FR2, None, dt.date(2023, 12, 20), "Le Figaro", None, "AFP"),
    ("afp.md", "# La Somalie et le Kenya renouent\n\n_AFP, 8 mai 2023_\n\n", BODY_FR2,
     "La Somalie et le Kenya renouent", dt.date(2023, 5, 8), "AFP", None, None),
    ("monde.txt", "Par Jean Dupont, Le Monde - 3 mars 2024 à 10h32\n\n", BODY_FR2,
     None, dt.date(2024, 3, 3), "Le Monde", "Jean Dupont", None),
    # English: wire byline with author, outlet and date
    ("brazil.txt", "Brazil and Argentina sign gas deal\n\nBy Jane Doe, Reuters | March 12, 2024\n\n",
     BODY_EN, "Brazil and Argentina sign gas deal", dt.date(2024, 3, 12), "Reuters", "Jane Doe", None),
    ("published.txt", "Published on 12 March 2024\n\n", BODY_EN, None, dt.date(2024, 3, 12),
     None, None, None),
    ("gmt.txt", "Brasília and Buenos Aires end gas row\nPublished: Wed, March 12, 2024 10:32 GMT\n"
     "Updated: March 13, 2024\n\n", BODY_EN, "Brasília and Buenos Aires end gas row",
     dt.date(2024, 3, 12), None, None, None),
    ("kyodo.md", "# Shuttle diplomacy back on track\n\n*Kyodo News, May 8, 2023*\n\n", BODY_EN,
     "Shuttle diplomacy back on track", dt.date(2023, 5, 8), "Kyodo News", None, None),
    ("pm.txt", "March 12, 2024 at 3:45 p.m. ET\nBy The Globe and Mail\n\n", BODY_EN, None,
     dt.date(2024, 3, 12), "The Globe and Mail", None, None),
    # bylines first, the title below them; a reading time on its own line
    ("ja.txt", "Par Jeune Afrique avec AFP\nPublié le 16 décembre 2020 à 14h05\nLecture : 3 minutes.\n\n"
     "La Somalie rompt avec le Kenya\n\n", BODY_FR2, "La Somalie rompt avec le Kenya",
     dt.date(2020, 12, 16), "Jeune Afrique", None, "AFP"),
    ("cnn.md", "## Manila and Hanoi sign coast guard pact\n\nBy [Ana Reyes](https://example.org/ana), "
     "Rappler\n\nUpdated 8:14 AM EDT, Tue March 12, 2024\n\n", BODY_EN,
     "Manila and Hanoi sign coast guard pact", dt.date(2024, 3, 12), "Rappler", "Ana Reyes", None),
])
def test_bylines_above_the_body(tmp_path, name, top, body, title, published, source, author, agency):
    path = tmp_path / name
    path.write_text(top + body + "\n", encoding="utf-8")
    article = one(path)
    assert article.text == body
    assert (article.title, article.published, article.source) == (title, published, source)
    assert (article.author, article.agency) == (author, agency)
    assert article.date_origin == "byline"


@pytest.mark.parametrize("name, text", [
    # a first body sentence that holds a date stays body
    ("a.txt", "Le 20 décembre 2023, l'Égypte a annoncé l'échec des négociations avec l'Éthiopie.\n\n"
              "Le Caire accuse Addis-Abeba."),
    ("b.txt", "Published on 12 March 2024, the report found that the talks had stalled.\n\n"
              "Both sides blamed each other."),
    ("c.txt", "By March 2024, both governments had withdrawn their ambassadors.\n\nTalks resumed."),
    ("d.txt", "Mardi 5 mars 2024, le président kényan William Ruto a reçu son homologue somalien.\n\n"
              "Les deux chefs d'État ont signé un accord."),
    ("e.txt", "On 12 March 2024 the two ministers met in Brasília\nand signed a gas agreement.\n\n"
              "Argentina welcomed the deal."),
    ("f.txt", "Par ailleurs, le ministre a reçu l'ambassadeur du Japon le 3 mars 2024.\n\nRien."),
    ("g.txt", "By signing the accord, Ghana and Togo ended a dispute that began in March 2021.\n\n"
              "Lomé welcomed it."),
])
def test_body_sentence_with_a_date_is_no_byline(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    article = one(path)
    assert article.text == text
    assert article.published is None and article.source is None and article.title is None


def test_byline_below_the_first_paragraph_stays_body(tmp_path):
    text = BODY_FR2 + "\n\nPublié le 3 mars 2024 - Par RFI"
    path = tmp_path / "bas.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article = one(path)
    assert article.text == text and article.published is None


def test_header_date_wins_over_a_byline_date(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("date 2024-03-04 Par Jeune Afrique\n\nNairobi et Mogadiscio renouent\n"
                    "Publié le 3 mars 2024 - Par RFI\n\n" + BODY_FR2 + "\n", encoding="utf-8")
    article = one(path)
    assert (article.published, article.date_origin, article.source) == (
        dt.date(2024, 3, 4), "header", "Jeune Afrique")
    assert article.text == BODY_FR2 and article.title == "Nairobi et Mogadiscio renouent"


def test_place_and_date_line_of_a_communique(tmp_path):
    path = tmp_path / "communique.txt"
    path.write_text("Paris, le 3 mars 2024\n\n" + BODY_FR2 + "\n", encoding="utf-8")
    article = one(path)
    assert (article.dateline_place, article.published, article.source) == ("Paris", dt.date(2024, 3, 3), None)
    assert article.text == BODY_FR2


def test_file_of_bylines_only_is_rejected(tmp_path):
    (tmp_path / "vide.txt").write_text("Titre seul\nPublié le 3 mars 2024 - Par RFI\n", encoding="utf-8")
    articles, rejected = load(tmp_path)
    assert not articles and "no article text" in rejected[0].reason


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


# --------------------------------------------------------------------------- YAML-like front matter

@pytest.mark.parametrize("front, published, source, title, author", [
    ("---\ntitle: Accra and Lomé reopen their border\ndate: 2024-06-11\nsource: GhanaWeb\n---\n",
     dt.date(2024, 6, 11), "GhanaWeb", "Accra and Lomé reopen their border", None),
    ('---\ntitle: "Dakar et Banjul signent un accord"\npublished: 2023-02-03T09:15:00Z\n'
     "source: 'Le Soleil'\nauthor:\n  - Awa Ndiaye\nlang: fr\n---\n\n",
     dt.date(2023, 2, 3), "Le Soleil", "Dakar et Banjul signent un accord", "Awa Ndiaye"),
    ("---\n# exported by the newsroom tool\ndate: March 12, 2024\nauthors: [Jane Doe, Li Wei]\n"
     "tags: [diplomacy, trade]\n---\n", dt.date(2024, 3, 12), None, None, "Jane Doe"),
])
def test_yaml_front_matter_is_read_and_stripped(tmp_path, front, published, source, title, author):
    path = tmp_path / "depeche.md"
    path.write_text(front + BODY_FR + "\n", encoding="utf-8")
    article = one(path)
    assert (article.published, article.source, article.title, article.author) == (
        published, source, title, author)
    assert article.date_origin == "front_matter"
    assert article.text == BODY_FR


@pytest.mark.parametrize("opening", [
    "---\ntitle: no closing fence\ndate: 2024-06-11\n\n",         # the block never closes
    "---\nLe ministre a parlé : rien ne change.\n---\n",          # a sentence, not key: value
    "---\n\n",                                                      # a rule above the text
    "---\nUpdate: les discussions ont repris.\n---\n\n",               # a note between rules
])
def test_malformed_front_matter_leaves_the_text_as_is(tmp_path, opening):
    path = tmp_path / "depeche.txt"
    path.write_text(opening + BODY_FR + "\n", encoding="utf-8")
    article = one(path)
    assert BODY_FR in article.text
    assert article.date_origin != "front_matter"


def test_a_rule_far_down_the_article_is_no_front_matter(tmp_path):
    body = "---\n" + "\n".join(f"point: {i}" for i in range(60)) + "\n---\n" + BODY_FR
    path = tmp_path / "liste.txt"
    path.write_text(body + "\n", encoding="utf-8")
    assert "point: 59" in one(path).text


def test_a_note_between_rules_stays_in_the_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("---\nUpdate: the talks resumed on Monday in Accra.\n---\n\n" + BODY_FR + "\n",
                    encoding="utf-8")
    assert "the talks resumed on Monday in Accra" in one(path).text
