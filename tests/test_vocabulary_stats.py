"""Analyses of the vocabulary on real sentences: frequencies, KWIC, collocations, tone, keyness."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import schema
from analysis.pipeline import annotate_document
from analysis.text import Document, words
from analysis.vocabulary import stats

# New articles, not in the corpus (two of them on the same pair, months apart).
ARTICLES = [
    ("sen-mrt", "fr", dt.date(2024, 2, 6),
     "Le Sénégal et la Mauritanie ont signé mardi à Dakar trois accords de coopération dans "
     "les domaines de l’énergie, de la pêche et de la sécurité. Les deux présidents ont salué "
     "l’excellence des relations bilatérales et se sont félicités du partenariat stratégique "
     "autour du gisement gazier commun. Ils ont convenu de renforcer la coopération économique."),
    ("mli-dza", "fr", dt.date(2024, 1, 26),
     "Le Mali a annoncé jeudi le rappel de son ambassadeur en Algérie pour consultations. "
     "Bamako a décidé de suspendre tout contact avec les autorités algériennes et a dénoncé "
     "une ingérence inacceptable. Le Mali a convoqué l’ambassadeur d’Algérie."),
    ("jpn-ind", "en", dt.date(2024, 9, 2),
     "Japan and India signed a memorandum of understanding on clean energy on Monday in New "
     "Delhi. Prime Minister Narendra Modi praised the strategic partnership between the two "
     "countries. The leaders agreed to expand defence cooperation."),
    ("sen-mrt-2", "fr", dt.date(2024, 6, 11),
     "Le Sénégal et la Mauritanie ont signé un mémorandum d’entente sur la pêche. Le partenariat "
     "entre les deux pays a été salué par les deux ministres."),
]


@pytest.fixture(scope="module")
def corpus():
    tables = {name: [] for name in ("mentions", "terms", "events")}
    docs = []
    for doc_id, language, published, text in ARTICLES:
        doc = Document(doc_id, text, language, published)
        rows = annotate_document(doc)
        for name in tables:
            tables[name] += rows[name]
        docs.append({"doc_id": doc_id, "published": published, "language": language,
                     "text": text, "n_tokens": len(words(text))})
    return SimpleNamespace(
        documents=pd.DataFrame(docs),
        mentions=pd.DataFrame(tables["mentions"], columns=list(schema.MENTIONS)),
        terms=pd.DataFrame(tables["terms"], columns=list(schema.TERMS)),
        events=pd.DataFrame(tables["events"], columns=list(schema.EVENTS)))


def test_term_frequencies_count_and_density(corpus):
    freq = stats.term_frequencies(corpus.terms, corpus.documents)
    row = freq.loc[(freq["doc_id"] == "mli-dza") & (freq["category"] == "reduction_of_relations")]
    n_tokens = corpus.documents.set_index("doc_id").at["mli-dza", "n_tokens"]
    assert int(row["n"].iloc[0]) >= 2  # the recall (for consultations) and the suspension
    assert row["per_1000"].iloc[0] == pytest.approx(1000 * row["n"].iloc[0] / n_tokens)


def test_category_matrix_has_every_article_and_no_gap(corpus):
    grid = stats.category_matrix(corpus.terms, corpus.documents)
    assert grid.index.tolist() == corpus.documents["doc_id"].tolist()
    assert not grid.isna().any().any()
    assert grid.at["sen-mrt", "signature"] > 0 and grid.at["mli-dza", "signature"] == 0
    assert list(grid.columns) == [c for c in stats.categories() if c in grid.columns]


def test_corpus_frequencies_shares_sum_to_one(corpus):
    freq = stats.corpus_frequencies(corpus.terms, corpus.documents)
    assert freq["share"].sum() == pytest.approx(1.0)
    assert freq.set_index("category").at["signature", "articles"] == 3


def test_concordance_for_a_category_a_term_and_a_word(corpus):
    by_category = stats.concordance(corpus.documents, corpus.terms, "signature")
    assert len(by_category) >= 3
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    for row in by_category.itertuples(index=False):
        assert texts[row.doc_id][row.start:row.end] == row.match
    by_term = stats.concordance(corpus.documents, corpus.terms, "partenariat")
    assert set(by_term["doc_id"]) == {"sen-mrt-2"}
    by_word = stats.concordance(corpus.documents, corpus.terms, "signer", by="word")
    assert set(by_word["match"]) == {"signé"}
    assert by_word["left"].str.endswith("Mauritanie ont").all()


def test_concordance_rejects_an_unknown_mode(corpus):
    with pytest.raises(ValueError):
        stats.concordance(corpus.documents, corpus.terms, "x", by="sentence")


def test_collocations_pair_content_words_only(corpus):
    # stop words are dropped but still hold their place: adjacent pairs only with window=2
    adjacent = stats.collocations(corpus.documents, min_freq=2)
    assert ("sénégal", "mauritanie") not in set(zip(adjacent["w1"], adjacent["w2"]))
    table = stats.collocations(corpus.documents, min_freq=2, window=4)
    pairs = set(zip(table["w1"], table["w2"]))
    assert ("sénégal", "mauritanie") in pairs
    assert not any(w in ("le", "la", "et", "de", "the") for pair in pairs for w in pair)
    pmi = stats.collocations(corpus.documents, measure="pmi", min_freq=2)
    assert list(pmi.columns) == ["w1", "w2", "score", "freq"] and (pmi["freq"] >= 2).all()
    with pytest.raises(ValueError):
        stats.collocations(corpus.documents, measure="dice")


def test_entity_collocates_stand_near_the_entity():
    text = ("Le Maroc et la Russie ont signé un accord. La Russie salue le partenariat. "
            "La Russie et le Maroc renforcent le partenariat.")
    doc = Document("d", text, "fr", dt.date(2025, 1, 1))
    documents = pd.DataFrame([{"doc_id": "d", "text": text, "language": "fr"}])
    spans = [i for i in range(len(text)) if text.startswith("Russie", i)]
    mentions = pd.DataFrame([(doc.doc_id, doc.sentence_at(s), s, s + 6, "Russie", "COUNTRY", "RUS",
                              "Russie", "RUS", "name", None) for s in spans], columns=list(schema.MENTIONS))
    near = stats.entity_collocates(documents, mentions, "Russie", window=3)
    assert "salue" in set(near["word"])
    assert "<entity>" not in set(near["word"])
    assert stats.entity_collocates(documents, mentions, "RUS", window=3)["word"].tolist() == near["word"].tolist()
    assert stats.entity_collocates(documents, mentions, "Chine").empty


def test_tone_per_article_signs(corpus):
    tone = stats.article_tone(corpus.events, corpus.documents).set_index("doc_id")
    assert tone.at["mli-dza", "label"] == "conflictual" and tone.at["mli-dza", "tone"] < 0
    assert tone.at["sen-mrt", "label"] == "cooperative"
    assert tone.at["jpn-ind", "label"] == "cooperative"
    counted = corpus.events.loc[(corpus.events["doc_id"] == "sen-mrt")
                                & corpus.events["mode"].isin(stats.TONE_MODES), "goldstein"]
    assert tone.at["sen-mrt", "tone"] == pytest.approx(counted.mean())
    assert tone.at["sen-mrt", "tone_sum"] == pytest.approx(counted.sum())


def test_an_event_split_over_two_targets_counts_once_in_the_tone():
    from analysis.schema import EVENTS

    events = pd.DataFrame([("a", 0, "161", -4.0, "DZA", "MAR", "rupture", "actual", 10, 17),
                           ("a", 1, "02", 3.0, "SAU", "DZA", "appelé", "actual", 40, 46),
                           ("a", 1, "02", 3.0, "SAU", "MAR", "appelé", "actual", 40, 46)],
                          columns=list(EVENTS))
    documents = pd.DataFrame({"doc_id": ["a"], "published": ["2021-08-25"], "language": ["fr"]})
    tone = stats.article_tone(events, documents)
    assert tone.loc[0, "n_events"] == 2 and tone.loc[0, "tone"] == pytest.approx(-0.5)
    assert stats.dyad_tone(events).set_index("dyad")["n_events"].to_dict() == {
        "DZA-MAR": 1, "DZA-SAU": 1, "MAR-SAU": 1}


def test_tone_label_thresholds():
    assert [stats.tone_label(x) for x in (2.0, -0.1, 0.0, None, float("nan"))] == [
        "cooperative", "conflictual", "neutral", "neutral", "neutral"]


def test_tone_over_time_groups_by_period(corpus):
    tone = stats.article_tone(corpus.events, corpus.documents)
    monthly = stats.tone_over_time(tone, freq="M")
    assert monthly["n_articles"].sum() == tone["tone"].notna().sum()
    assert monthly["period"].is_monotonic_increasing
    yearly = stats.tone_over_time(tone, freq="Y")
    assert len(yearly) == 1 and yearly["tone"].iloc[0] == pytest.approx(tone["tone"].mean())


def test_dyad_tone_and_article_dyads(corpus):
    dyads = stats.dyad_tone(corpus.events).set_index("dyad")
    assert all("-" in d and d.split("-") == sorted(d.split("-")) for d in dyads.index)
    if corpus.mentions.empty:
        pytest.skip("the entity annotator returns no mentions yet")
    assert dyads.at["MRT-SEN", "tone"] > 0
    assert dyads.at["MRT-SEN", "n_articles"] == 2
    main = stats.article_dyads(corpus.mentions, corpus.documents).set_index("doc_id")["dyad"]
    assert main["sen-mrt"] == "MRT-SEN" and main["jpn-ind"] == "IND-JPN"


def test_select_articles_by_parameters(corpus):
    docs = corpus.documents
    assert stats.select_articles(docs, language="en")["doc_id"].tolist() == ["jpn-ind"]
    recent = stats.select_articles(docs, date_from="2024-02-01", date_to="2024-06-30")
    assert set(recent["doc_id"]) == {"sen-mrt", "sen-mrt-2"}
    # a period given as a year or a month is inclusive of all of it
    assert set(stats.select_articles(docs, date_from="2024-02", date_to="2024-06")["doc_id"]) == set(recent["doc_id"])
    assert set(stats.select_articles(docs, date_to="2024")["doc_id"]) >= set(recent["doc_id"])
    if corpus.mentions.empty:
        pytest.skip("the entity annotator returns no mentions yet")
    assert set(stats.select_articles(docs, corpus.mentions, dyad="sen-mrt")["doc_id"]) == {
        "sen-mrt", "sen-mrt-2"}


def test_keyness_finds_the_crisis_vocabulary(corpus):
    key = stats.keyness(corpus.terms, corpus.documents, ["mli-dza"], unit="category", min_freq=1)
    top = key.iloc[0]
    assert top["key_for"] == "A" and top["category"] in ("reduction_of_relations", "criticism", "protest")
    assert (key["log_likelihood"] >= 0).all()
    assert key["log_likelihood"].is_monotonic_decreasing
    words_key = stats.keyness(corpus.terms, corpus.documents, ["jpn-ind"], unit="word", min_freq=1)
    assert set(words_key.loc[words_key["key_for"] == "A", "word"]) >= {"japan", "india"}


def test_log_likelihood_matches_dunning():
    # a = 10 of 1,000 against b = 2 of 1,000: G2 = 2 * (10 ln(10/6) + 2 ln(2/6))
    import math

    expected = 2 * (10 * math.log(10 / 6) + 2 * math.log(2 / 6))
    assert stats._log_likelihood(10, 2, 1000, 1000) == pytest.approx(expected)
    assert stats._log_likelihood(5, 5, 1000, 1000) == pytest.approx(0.0)


def test_summary_states_the_findings_in_words(corpus):
    text = stats.summary(corpus.terms, corpus.events, corpus.documents)
    assert "4 article(s)" in text and "conflictual" in text and "mli-dza" in text
    assert stats.summary(corpus.terms, corpus.events, corpus.documents.iloc[0:0]).startswith("No article")


def test_every_analysis_accepts_an_empty_selection(corpus):
    none = corpus.documents.iloc[0:0]
    terms, events, mentions = corpus.terms.iloc[0:0], corpus.events.iloc[0:0], corpus.mentions.iloc[0:0]
    assert stats.term_frequencies(terms, none).empty
    assert stats.category_matrix(terms, none).empty
    assert stats.corpus_frequencies(terms, none).empty
    assert stats.top_terms(terms).empty
    assert stats.concordance(none, terms, "signature").empty
    assert stats.concordance(none, terms, "signer", by="word").empty
    assert stats.collocations(none).empty
    assert stats.entity_collocates(none, mentions, "MAR").empty
    tone = stats.article_tone(events, none)
    assert tone.empty and stats.tone_over_time(tone).empty
    assert stats.dyad_tone(events).empty
    assert stats.article_dyads(mentions).empty
    assert stats.keyness(terms, none, []).empty
    assert stats.select_articles(none, mentions, dyad="MAR-RUS").empty
