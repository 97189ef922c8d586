"""Collocations at corpus scale: NLTK's scores on pairs counted with numpy.

NLTK's ``BigramCollocationFinder.from_words`` walks one Python list of every
token of the corpus and scores every pair it counted; at 10,000 articles
(three million words) that took ~6 s a call, and notebook 02 makes three.
Here the same tables come in three steps:

1. each article's words (:func:`analysis.text.words`) are read **once** per
   selection of articles and coded as integers: one code per lower-cased
   word and a flag for content words (stop words and one-letter words out,
   in the article's language).  The last selection is kept, so the
   likelihood table, the PMI table and an entity's neighbours share it;
2. pairs within the window are counted on the codes with numpy (a pair
   never bridges two articles), then filtered by frequency;
3. every pair is scored with NLTK's formula in numpy, only to find the
   pairs that can reach the top; those (and any pair within a relative 1e-6
   of the cut) go to a ``BigramCollocationFinder`` built from the counts,
   whose own measure scores and orders them.  The table is the one
   ``from_words`` over the token stream gives (``tests/test_vocabulary_stats.py``
   compares them).

>>> import pandas as pd
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "language": ["fr", "fr"], "text": [
...     "Le partenariat stratégique est renforcé.", "Un partenariat stratégique durable."]})
>>> collocations(docs, min_freq=2)[["w1", "w2", "freq"]].values.tolist()
[['partenariat', 'stratégique', 2]]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..text import is_stop_word, words

__all__ = ["collocations", "entity_collocates", "PLACEHOLDER"]

#: The token that stands for every mention of the entity in :func:`entity_collocates`.
PLACEHOLDER = "<entity>"
#: Pairs whose approximate score is within this relative margin of the cut are rescored by NLTK.
_MARGIN = 1e-6
_SMALL = 1e-20  # NLTK's guard against log(0) in likelihood_ratio (nltk.metrics.association)


def is_content(token: str, language: str) -> bool:
    """A word worth counting: two letters or more, not an abbreviation ("m."), not a stop word."""
    return (len(token) > 1 and token[-1].isalnum() and any(c.isalpha() for c in token)
            and not is_stop_word(token, language))


def _measure(name: str):
    from nltk.collocations import BigramAssocMeasures

    measures = {"pmi": BigramAssocMeasures.pmi, "likelihood": BigramAssocMeasures.likelihood_ratio,
                "likelihood_ratio": BigramAssocMeasures.likelihood_ratio}
    if name not in measures:
        raise ValueError(f"measure must be one of {sorted(measures)}, not {name!r}")
    return measures[name]


# --------------------------------------------------------------------------- word codes

@dataclass(frozen=True)
class _Words:
    """Every word token of a selection of articles, in order, as integer codes."""

    row: np.ndarray      # position of the token's article in the selection
    start: np.ndarray    # offset of the token in its article's text
    word: np.ndarray     # code of the lower-cased token in ``vocab``
    content: np.ndarray  # a content word (NLTK's stream holds None for the others)
    vocab: list
    doc_ids: list


_last: tuple[tuple, _Words] | None = None


def _word_codes(documents: pd.DataFrame) -> _Words:
    """The words of ``documents`` coded once (the last selection is kept)."""
    global _last
    doc_ids = documents["doc_id"].tolist()
    texts = documents["text"].tolist()
    languages = documents["language"].tolist()
    key = (tuple(doc_ids), tuple(languages), tuple(map(len, texts)), tuple(map(hash, texts)))
    if _last is not None and _last[0] == key:
        return _last[1]
    spelling: dict[str, int] = {}
    codes: list[int] = []
    starts: list[int] = []
    lengths: list[int] = []
    for text in texts:
        spans = words(text)
        codes += [spelling.setdefault(text[s:e], len(spelling)) for s, e in spans]
        starts += [s for s, _ in spans]
        lengths.append(len(spans))
    # each distinct spelling is lower-cased once; "Partenariat" and "partenariat" share a code
    lower_code, vocab = pd.factorize(np.array([w.lower() for w in spelling], dtype=object))
    word = lower_code.astype(np.int64)[np.asarray(codes, dtype=np.int64)]
    row = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    # content or not depends on the word and the article's language: each pair decided once
    lang_code: dict = {}
    article_lang = np.asarray([lang_code.setdefault(lang, len(lang_code)) for lang in languages],
                              dtype=np.int64)
    langs, vocab = list(lang_code), [str(w) for w in vocab]
    pairs, inverse = np.unique(word * max(len(langs), 1) + article_lang[row], return_inverse=True)
    decided = np.fromiter((is_content(vocab[k // len(langs)], langs[k % len(langs)]) for k in pairs),
                          dtype=bool, count=len(pairs))
    coded = _Words(row=row, start=np.asarray(starts, dtype=np.int64), word=word,
                   content=decided[inverse.reshape(-1)], vocab=vocab, doc_ids=doc_ids)
    _last = (key, coded)
    return coded


# --------------------------------------------------------------------------- counts and scores

def _pair_counts(stream: np.ndarray, row: np.ndarray, window: int, *, placeholder: int | None = None):
    """(w1, w2, count) of codes ``d`` < ``window`` apart in one article, both >= 0.

    With ``placeholder``, only the pairs where exactly one side is it.
    """
    size = int(stream.max()) + 1 if len(stream) else 1
    keys = []
    for d in range(1, window):
        a, b = stream[:-d], stream[d:]
        keep = (row[:-d] == row[d:]) & (a >= 0) & (b >= 0)
        if placeholder is not None:
            keep &= (a == placeholder) != (b == placeholder)
        keys.append(a[keep] * size + b[keep])
    unique, counts = np.unique(np.concatenate(keys) if keys else np.zeros(0, np.int64),
                               return_counts=True)
    return unique // size, unique % size, counts


def _approximate(measure: str, n_ii, n_ix, n_xi, n_all) -> np.ndarray:
    """NLTK's bigram ``pmi`` or ``likelihood_ratio`` for arrays of marginals (same formula)."""
    n_ii, n_ix, n_xi = (np.asarray(x, dtype=np.float64) for x in (n_ii, n_ix, n_xi))
    with np.errstate(all="ignore"):
        if measure == "pmi":
            return np.log2(n_ii * n_all) - np.log2(n_ix * n_xi)
        cont = (n_ii, n_xi - n_ii, n_ix - n_ii, n_all - n_ii - (n_xi - n_ii) - (n_ix - n_ii))
        total = cont[0] + cont[1] + cont[2] + cont[3]
        score = np.zeros_like(n_ii)
        for i in range(4):
            expected = (cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / total
            score = score + cont[i] * np.log(cont[i] / (expected + _SMALL) + _SMALL)
        return 2 * score


def _near_top(approximate: np.ndarray, top) -> np.ndarray:
    """Which scores may be among the ``top`` highest (all when unsure)."""
    keep = np.ones(len(approximate), dtype=bool)
    if not isinstance(top, (int, np.integer)) or top <= 0 or len(approximate) <= top \
            or np.isnan(approximate).any():
        return keep
    cut = np.partition(approximate, len(approximate) - top)[len(approximate) - top]
    return approximate >= cut - _MARGIN * max(1.0, abs(cut))


def _finder(vocab: list, word_counts: np.ndarray, w1, w2, freq, window: int):
    """An NLTK ``BigramCollocationFinder`` holding these counts (as ``from_words`` would)."""
    from nltk.collocations import BigramCollocationFinder
    from nltk.probability import FreqDist

    word_fd = FreqDist({vocab[i]: int(word_counts[i]) for i in np.flatnonzero(word_counts)})
    ngram_fd = FreqDist({(vocab[a], vocab[b]): int(n) for a, b, n in zip(w1, w2, freq)})
    return BigramCollocationFinder(word_fd, ngram_fd, window_size=window)


# --------------------------------------------------------------------------- collocations

def collocations(documents: pd.DataFrame, *, measure: str = "likelihood", min_freq: int = 2,
                 top: int = 20, window: int = 2) -> pd.DataFrame:
    """Word pairs that go together: NLTK ``BigramCollocationFinder`` scores.

    Stop words (``analysis.text.is_stop_word`` in each article's language)
    and one-letter tokens are dropped before pairing (they keep their place),
    and pairs never bridge two articles.  ``measure``: ``"likelihood"``
    (Dunning's likelihood ratio, robust for rare pairs) or ``"pmi"``.
    Columns: w1, w2, score, freq.
    """
    if window < 2:
        raise ValueError("Specify window_size at least 2")
    score_fn = _measure(measure)
    coded = _word_codes(documents)
    stream = np.where(coded.content, coded.word, -1)
    w1, w2, freq = _pair_counts(stream, coded.row, window)
    kept = freq >= min_freq
    w1, w2, freq = w1[kept], w2[kept], freq[kept]
    counts = np.bincount(stream[stream >= 0], minlength=len(coded.vocab))
    near = _near_top(_approximate(measure, freq / (window - 1.0), counts[w1], counts[w2],
                                  int(counts.sum())), top)
    finder = _finder(coded.vocab, counts, w1[near], w2[near], freq[near], window)
    scored = finder.score_ngrams(score_fn)[:top]
    return pd.DataFrame([(a, b, score, finder.ngram_fd[(a, b)]) for (a, b), score in scored],
                        columns=["w1", "w2", "score", "freq"])


def entity_mask(mentions: pd.DataFrame, entity: str) -> pd.Series:
    """Mentions of ``entity``: its entity_id, name, text or country, ignoring case."""
    key = entity.casefold()
    mask = pd.Series(False, index=mentions.index)
    for column in ("entity_id", "name", "text", "country"):
        if column in mentions:
            mask |= mentions[column].astype("string").str.casefold().eq(key).fillna(False)
    return mask


def _in_mentions(coded: _Words, spans: pd.DataFrame):
    """For each token: inside a mention (its start is), and at the start of the first one.

    ``spans`` holds row, start, end sorted.  The first mention whose end is
    after the token's start is found by a binary search on the running
    maximum of the ends, article by article (``row * step`` keeps them apart).
    """
    step = int(max(spans["end"].max(), coded.start.max(initial=0))) + 2
    span_row, span_start = spans["row"].to_numpy(), spans["start"].to_numpy()
    reach = np.maximum.accumulate(span_row * step + spans["end"].to_numpy())
    i = np.searchsorted(reach, coded.row * step + coded.start, side="right")
    found = i < len(reach)
    i = np.minimum(i, len(reach) - 1)
    inside = found & (span_row[i] == coded.row) & (span_start[i] <= coded.start)
    return inside, inside & (span_start[i] == coded.start)


def entity_collocates(documents: pd.DataFrame, mentions: pd.DataFrame, entity: str, *,
                      window: int = 5, measure: str = "likelihood", min_freq: int = 1,
                      top: int = 20) -> pd.DataFrame:
    """What words stand near an entity ("Russie", "RUS", "Sergueï Lavrov").

    Every mention of the entity (matched on entity_id, name, text or country,
    ignoring case) becomes one placeholder token, in the articles that
    mention it; NLTK's ``BigramCollocationFinder`` with a ``window`` scores
    the words that co-occur with it (stop words out).  A word's score is its
    best over both orders, its freq the sum.  Columns: word, score, freq.
    """
    columns = ["word", "score", "freq"]
    coded = _word_codes(documents)
    chosen = mentions.loc[entity_mask(mentions, entity), ["doc_id", "start", "end"]]
    rows = pd.DataFrame({"doc_id": pd.Series(coded.doc_ids, dtype=object),
                         "row": np.arange(len(coded.doc_ids))})
    spans = chosen.astype({"doc_id": object, "start": "int64", "end": "int64"}).merge(rows, on="doc_id")
    if spans.empty:
        return pd.DataFrame(columns=columns)
    if window < 2:
        raise ValueError("Specify window_size at least 2")
    spans = spans.sort_values(["row", "start", "end"], kind="stable")
    inside, at_start = _in_mentions(coded, spans)
    keep = np.isin(coded.row, spans["row"].unique())
    row, inside, at_start = coded.row[keep], inside[keep], at_start[keep]
    first = np.r_[True, row[1:] != row[:-1]] if len(row) else np.zeros(0, bool)
    after_mention = np.r_[False, inside[:-1]] if len(row) else np.zeros(0, bool)
    # a mention is one placeholder; its other words are dropped, a new mention starts another
    emitted = ~inside | first | ~after_mention | at_start
    placeholder = len(coded.vocab)
    stream = np.where(inside, placeholder, np.where(coded.content[keep], coded.word[keep], -1))
    stream, row = stream[emitted], row[emitted]
    score_fn = _measure(measure)
    w1, w2, freq = _pair_counts(stream, row, window, placeholder=placeholder)
    kept = freq >= min_freq
    w1, w2, freq = w1[kept], w2[kept], freq[kept]
    counts = np.bincount(stream[stream >= 0], minlength=placeholder + 1)
    approximate = _approximate(measure, freq / (window - 1.0), counts[w1], counts[w2],
                               int(counts.sum()))
    word = np.where(w1 == placeholder, w2, w1)
    near = np.ones(len(word), dtype=bool)
    if not np.isnan(approximate).any():  # a word's score is its best pair's: cut on that
        best = pd.Series(approximate).groupby(word).max()
        near = np.isin(word, best.index.to_numpy()[_near_top(best.to_numpy(), top)])
    finder = _finder(coded.vocab + [PLACEHOLDER], counts, w1[near], w2[near], freq[near], window)
    scores: dict[str, tuple[float, int]] = {}
    for (a, b), score in finder.score_ngrams(score_fn):
        name = b if a == PLACEHOLDER else a
        n = finder.ngram_fd[(a, b)]
        seen = scores.get(name)
        scores[name] = (max(score, seen[0]) if seen else score, n + (seen[1] if seen else 0))
    out = pd.DataFrame([(w, s, f) for w, (s, f) in scores.items()], columns=columns)
    return out.sort_values(["score", "word"], ascending=[False, True]).head(top).reset_index(drop=True)
