"""Collocations counted with numpy give NLTK's ``from_words`` tables, row for row.

The reference below is the plain NLTK way (one token stream, stop words as
None, ``window`` Nones between articles, ``BigramCollocationFinder.from_words``);
the package must return the same DataFrames, scores included, on the
sample corpus and on new articles.
"""

from __future__ import annotations

import pandas as pd
import pytest
from nltk.collocations import BigramCollocationFinder

from analysis import schema
from analysis.text import words
from analysis.vocabulary import collocations as co
from analysis.vocabulary import stats

NEW = [  # new articles, FR and EN, with capitals, elisions, repeated pairs and stop words
    ("sn", "fr", "Le Sénégal et la Mauritanie ont signé un accord de coopération. L’accord de coopération "
                 "porte sur la pêche. Le Sénégal salue le partenariat stratégique avec la Mauritanie. "
                 "Partenariat stratégique, accord de pêche : la Mauritanie et le Sénégal avancent."),
    ("jp", "en", "Japan and India signed a memorandum of understanding. The memorandum of understanding "
                 "covers clean energy. India praised the strategic partnership with Japan; the Strategic "
                 "Partnership grows, Japan said."),
    ("ml", "fr", "Le Mali a rappelé son ambassadeur en Algérie. L’Algérie a convoqué l’ambassadeur du Mali. "
                 "Le rappel de l’ambassadeur du Mali suit la convocation de l’ambassadeur d’Algérie."),
    ("mx", "en", "Mexico broke off diplomatic relations with Ecuador. Ecuador said diplomatic relations "
                 "with Mexico were over. İstanbul hosted talks; the talks on diplomatic relations failed."),
]


def _reference_collocations(documents, *, measure="likelihood", min_freq=2, top=20, window=2):
    stream = []
    for text, language in zip(documents["text"], documents["language"]):
        stream += [t if co.is_content(t, language) else None
                   for t in (text[s:e].lower() for s, e in words(text))] + [None] * window
    finder = BigramCollocationFinder.from_words(stream, window_size=window)
    finder.apply_freq_filter(min_freq)
    scored = finder.score_ngrams(co._measure(measure))[:top]
    return pd.DataFrame([(a, b, s, finder.ngram_fd[(a, b)]) for (a, b), s in scored],
                        columns=["w1", "w2", "score", "freq"])


def _reference_entity(documents, mentions, entity, *, window=5, measure="likelihood", min_freq=1, top=20):
    chosen = mentions.loc[co.entity_mask(mentions, entity)]
    spans_by_doc = {d: sorted(zip(g["start"].astype(int), g["end"].astype(int)))
                    for d, g in chosen.groupby("doc_id")}
    stream = []
    for doc_id, text, language in zip(documents["doc_id"], documents["text"], documents["language"]):
        spans = spans_by_doc.get(doc_id)
        if not spans:
            continue
        tokens, i = [], 0
        for s, e in words(text):
            while i < len(spans) and spans[i][1] <= s:
                i += 1
            if i < len(spans) and spans[i][0] <= s < spans[i][1]:
                if not tokens or tokens[-1] != co.PLACEHOLDER or s == spans[i][0]:
                    tokens.append(co.PLACEHOLDER)
                continue
            token = text[s:e].lower()
            tokens.append(token if co.is_content(token, language) else None)
        stream += tokens + [None] * window
    if not stream:
        return pd.DataFrame(columns=["word", "score", "freq"])
    finder = BigramCollocationFinder.from_words(stream, window_size=window)
    finder.apply_ngram_filter(lambda a, b: (a == co.PLACEHOLDER) == (b == co.PLACEHOLDER))
    finder.apply_freq_filter(min_freq)
    scores = {}
    for (a, b), score in finder.score_ngrams(co._measure(measure)):
        word, n = (b if a == co.PLACEHOLDER else a), finder.ngram_fd[(a, b)]
        best = scores.get(word)
        scores[word] = (max(score, best[0]) if best else score, n + (best[1] if best else 0))
    out = pd.DataFrame([(w, s, f) for w, (s, f) in scores.items()], columns=["word", "score", "freq"])
    return out.sort_values(["score", "word"], ascending=[False, True]).head(top).reset_index(drop=True)


def _mentions(documents, names):
    """A mention for every occurrence of each name (and one nested, overlapping span)."""
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        for name, entity in names:
            start = text.find(name)
            while start >= 0:
                rows.append((doc_id, 0, start, start + len(name), name, "COUNTRY", entity, name, entity,
                             "name", None))
                start = text.find(name, start + 1)
    return pd.DataFrame(rows, columns=list(schema.MENTIONS))


@pytest.fixture(scope="module")
def new_articles():
    return pd.DataFrame(NEW, columns=["doc_id", "language", "text"])


@pytest.mark.parametrize("measure", ["likelihood", "pmi"])
@pytest.mark.parametrize("window, min_freq, top", [(2, 2, 15), (2, 1, 5), (3, 1, None), (5, 2, 20),
                                                   (4, 3, 1)])
def test_collocations_equal_nltk_from_words(sample_corpus, new_articles, measure, window, min_freq, top):
    for documents in (sample_corpus.documents, new_articles, new_articles.iloc[::-1]):
        expected = _reference_collocations(documents, measure=measure, min_freq=min_freq, top=top,
                                           window=window)
        got = stats.collocations(documents, measure=measure, min_freq=min_freq, top=top, window=window)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert len(expected) > 0


@pytest.mark.parametrize("entity, window, min_freq, measure", [
    ("Mali", 5, 1, "likelihood"), ("DZA", 3, 1, "pmi"), ("Japan", 2, 1, "likelihood"),
    ("Mauritanie", 5, 2, "pmi"), ("Sénégal", 4, 1, "likelihood"), ("Chine", 5, 1, "likelihood"),
])
def test_entity_collocates_equal_nltk_from_words(new_articles, entity, window, min_freq, measure):
    # "Mali" and "Le Mali" overlap; "Algérie" and "l’Algérie" too: placeholders as NLTK's stream has them
    mentions = _mentions(new_articles, [("Mali", "MLI"), ("Le Mali", "MLI"), ("Algérie", "DZA"),
                                        ("l’Algérie", "DZA"), ("Japan", "JPN"), ("Mauritanie", "MRT"),
                                        ("Sénégal", "SEN"), ("Le Sénégal", "SEN")])
    expected = _reference_entity(new_articles, mentions, entity, window=window, min_freq=min_freq,
                                 measure=measure)
    got = stats.entity_collocates(new_articles, mentions, entity, window=window, min_freq=min_freq,
                                  measure=measure)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got.empty == (entity == "Chine")


def test_entity_collocates_on_the_sample_corpus(sample_corpus):
    c = sample_corpus
    for entity in ("RUS", "MAR", "Russie", "Sergueï Lavrov"):
        for window in (2, 5):
            pd.testing.assert_frame_equal(
                stats.entity_collocates(c.documents, c.mentions, entity, window=window),
                _reference_entity(c.documents, c.mentions, entity, window=window), check_exact=True)


def test_a_changed_article_is_read_again(new_articles):
    before = stats.collocations(new_articles, min_freq=1, top=None)
    edited = new_articles.assign(text=new_articles["text"].str.replace("coopération", "amitié"))
    after = stats.collocations(edited, min_freq=1, top=None)
    assert ("amitié", "porte") in set(zip(after["w1"], after["w2"]))
    assert ("coopération", "porte") in set(zip(before["w1"], before["w2"]))
    assert ("coopération", "porte") not in set(zip(after["w1"], after["w2"]))
    pd.testing.assert_frame_equal(stats.collocations(new_articles, min_freq=1, top=None), before)


def test_a_window_below_two_is_refused(new_articles):
    with pytest.raises(ValueError):
        stats.collocations(new_articles, window=1)
