"""Notebook 01's tables and figures, on the sample corpus and on small frames."""

import pandas as pd
import pytest

from analysis import entity_stats
from analysis.plots import LABEL_COLORS
from analysis.plots import entities as entity_plots
from analysis.schema import MENTIONS


def frame(rows):
    return pd.DataFrame(rows, columns=list(MENTIONS))


ROWS = [
    ("a", 0, 0, 5, "Maroc", "COUNTRY", "MAR", "Morocco", "MAR", "name", None),
    ("a", 0, 10, 15, "russe", "COUNTRY", "RUS", "Russia", "RUS", "demonym", None),
    ("a", 0, 20, 26, "Lavrov", "PERSON", "sergey-lavrov", "Sergey Lavrov", "RUS", "name", "foreign minister"),
    ("a", 1, 30, 37, "Royaume", "COUNTRY", "MAR", "Morocco", "MAR", "title", None),
    ("a", 1, 40, 46, "Moscou", "PLACE", "geo:524901", "Moscow", "RUS", "name", None),
    ("b", 0, 0, 6, "Russia", "COUNTRY", "RUS", "Russia", "RUS", "name", None),
    ("b", 0, 7, 13, "Lavrov", "PERSON", "sergey-lavrov", "Sergey Lavrov", "RUS", "name", "foreign minister"),
]


def test_frequency_counts_body_mentions_only():
    freq = entity_stats.entity_frequency(frame(ROWS))
    assert freq.set_index("entity_id").loc["MAR", "mentions"] == 1  # the title is not counted
    assert freq.set_index("entity_id").loc["RUS", "articles"] == 2
    assert list(entity_stats.entity_frequency(frame(ROWS), label="PERSON")["name"]) == ["Sergey Lavrov"]


def test_country_forms_per_article_with_capitals():
    table = entity_stats.country_forms(frame(ROWS)).set_index(["doc_id", "country"])
    assert table.loc[("a", "RUS"), ["name", "demonym", "capital"]].tolist() == [0, 1, 1]
    assert table.loc[("a", "MAR"), ["name", "title", "total"]].tolist() == [1, 1, 1]


def test_people_table_and_cooccurrence():
    people = entity_stats.people_table(frame(ROWS))
    assert people.iloc[0][["name", "role", "country", "mentions", "articles"]].tolist() == \
        ["Sergey Lavrov", "foreign minister", "RUS", 2, 2]
    edges = entity_stats.cooccurrence(frame(ROWS))
    assert set(zip(edges["source"], edges["target"])) == {("MAR", "RUS"), ("MAR", "sergey-lavrov"),
                                                          ("RUS", "sergey-lavrov")}
    assert edges["sentences"].tolist() == [2, 1, 1] or edges["sentences"].max() == 2


def test_empty_tables():
    empty = frame([])
    assert entity_stats.entity_frequency(empty).empty
    assert entity_stats.people_table(empty).empty
    assert entity_stats.cooccurrence(empty).empty
    assert "No entity" in entity_stats.describe_entities(empty)
    assert entity_plots.top_entities_figure(entity_stats.entity_frequency(empty)) is not None
    assert entity_plots.country_forms_figure(entity_stats.country_forms(empty)) is not None
    assert entity_plots.cooccurrence_figure(entity_stats.cooccurrence(empty)) is not None


def test_on_the_sample_corpus(sample_corpus):
    m = sample_corpus.mentions
    freq = entity_stats.entity_frequency(m, top_n=15)
    assert freq.iloc[0]["entity_id"] == "MAR"
    forms = entity_stats.country_forms(m)
    assert forms["total"].sum() == len(m[(m["label"] == "COUNTRY") & m["form"].isin(["name", "demonym"])])
    people = entity_stats.people_table(m)
    assert {"nasser-bourita", "sergey-lavrov", "wang-yi", "david-lammy"} <= set(people["entity_id"])
    assert "Morocco" in entity_stats.describe_entities(m)
    fr = entity_stats.for_language(m, sample_corpus.documents, "en")
    assert set(fr["doc_id"]) == {"2025-06-02_morocco-uk_mwn.txt"}


def test_figures_and_highlight(sample_corpus):
    m = sample_corpus.mentions
    fig = entity_plots.top_entities_figure(entity_stats.entity_frequency(m, top_n=5))
    assert {t.marker.color for t in fig.data} <= set(LABEL_COLORS.values())
    assert entity_plots.country_forms_figure(entity_stats.country_forms(m)).data
    assert entity_plots.cooccurrence_figure(entity_stats.cooccurrence(m)).data
    doc_id = "2025-10-16_maroc-russie_lesiteinfo.txt"
    text = sample_corpus.document(doc_id).text
    markup = entity_plots.highlight_article(text, m[m["doc_id"] == doc_id], title=doc_id)
    assert markup.count("<mark") == markup.count("</mark>") == len(m[m["doc_id"] == doc_id])
    assert "maroco</mark>-<mark" in markup


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script> Maroc", "Maroc & <img src=x onerror=1>"])
def test_highlight_escapes_article_text(hostile):
    m = pd.DataFrame({"start": [hostile.index("Maroc")], "end": [hostile.index("Maroc") + 5],
                      "label": ["COUNTRY"], "entity_id": ["MAR"], "form": ["name"], "name": ["<Morocco>"]})
    markup = entity_plots.highlight_article(hostile, m, title="<t>")
    assert "<script" not in markup and "<img" not in markup and "<t>" not in markup
