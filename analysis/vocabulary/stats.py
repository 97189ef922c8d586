"""Analyses of the diplomatic vocabulary over the corpus tables.

Every function takes tables of :class:`analysis.Corpus` (pandas DataFrames
with the columns of :mod:`analysis.schema`) and returns a DataFrame (or a
sentence, for :func:`summary`):

- :func:`term_frequencies`, :func:`category_matrix`, :func:`corpus_frequencies`:
  counts and density per 1,000 tokens, by category (or term), per article and
  for the corpus;
- :func:`concordance`: keyword in context for a term, a category or any word
  (NLTK's ``ConcordanceIndex`` over our tokens, keyed by stem);
- :func:`collocations` and :func:`entity_collocates`: NLTK's
  ``BigramCollocationFinder`` (PMI or likelihood ratio), stop words out,
  on pairs counted with numpy (:mod:`analysis.vocabulary.collocations`);
- :func:`article_tone`, :func:`tone_over_time`, :func:`dyad_tone`: Goldstein
  tone of events;
- :func:`keyness`: Dunning's log-likelihood of terms (or words) between two
  groups of articles.

*Tone* of an article is the **mean** Goldstein weight of its ``actual``
events — its news — on the CAMEO scale (-10 conflict … +10 cooperation), a
figure that does not grow with the article's length; an article that only
recalls the past (no actual event) is read from its ``reported`` events.
Planned and negated events did not happen and never count.  Issue 4 defines
the tone over actual *and* reported events; on new articles that misreads
crises, whose background paragraph recalls past signatures and visits
("Mexico broke off relations with Ecuador ... The two countries had signed a
trade agreement in 2022": actual -5.5, with reported events +0.1), and
reconciliations that recall the rupture, so the issue's figure is an option:
``article_tone(..., modes=("actual", "reported"), fallback=())``.  The sum is
given too (``tone_sum``): it weighs long, event-dense articles more.  A mean
above 0 is *cooperative*, below 0 *conflictual*, 0 (or no event) *neutral*.
"""

from __future__ import annotations

import math

import pandas as pd

from ..text import stem, words
from .collocations import collocations, entity_collocates, is_content
from .events import main_pair
from .lexicon import lexicon_table

__all__ = [
    "TONE_MODES", "TONE_FALLBACK", "term_frequencies", "category_matrix", "corpus_frequencies", "top_terms",
    "concordance", "collocations", "entity_collocates", "article_tone", "tone_label",
    "tone_over_time", "dyad_tone", "article_dyads", "keyness", "select_articles", "summary",
    "categories",
]

#: Event modes that count in the tone: the article's news ...
TONE_MODES = ("actual",)
#: ... or, for an article without any, the past events it recalls.
TONE_FALLBACK = ("reported",)


def categories() -> list[str]:
    """The lexicon's categories in the order of the lexicon (blockers left out)."""
    cats = lexicon_table()["category"]
    return list(dict.fromkeys(c for c in cats if c != "ignore"))


def _n_tokens(documents: pd.DataFrame) -> pd.Series:
    """Tokens per article (``n_tokens``, or counted from the text when absent)."""
    if "n_tokens" in documents and documents["n_tokens"].notna().all():
        counts = documents["n_tokens"].astype("int64")
    else:
        counts = documents["text"].map(lambda t: len(words(t)))
    return pd.Series(counts.to_numpy(), index=documents["doc_id"].to_numpy())


# --------------------------------------------------------------------------- frequencies

def term_frequencies(terms: pd.DataFrame, documents: pd.DataFrame, *, by: str = "category"
                     ) -> pd.DataFrame:
    """Per article and ``by`` (``"category"``, ``"term"`` or ``"cameo"``): n and per 1,000 tokens.

    Articles without any term are kept out; see :func:`category_matrix` for a
    full article × category grid.
    """
    tokens = _n_tokens(documents)
    selected = terms.loc[terms["doc_id"].isin(tokens.index)]
    if selected.empty:
        return pd.DataFrame({"doc_id": pd.Series(dtype="str"), by: pd.Series(dtype="str"),
                             "n": pd.Series(dtype="int64"), "per_1000": pd.Series(dtype="float64")})
    counts = selected.groupby(["doc_id", by], sort=True).size().rename("n").reset_index()
    counts["per_1000"] = 1000 * counts["n"] / counts["doc_id"].map(tokens).clip(lower=1)
    return counts


def category_matrix(terms: pd.DataFrame, documents: pd.DataFrame, *, value: str = "per_1000"
                    ) -> pd.DataFrame:
    """Article × category grid (``value``: ``"per_1000"`` or ``"n"``), zeros filled.

    Rows are every article of ``documents`` in order; columns every category
    of the lexicon that occurs (lexicon order).
    """
    freq = term_frequencies(terms, documents, by="category")
    if freq.empty:
        return pd.DataFrame(index=pd.Index(documents["doc_id"].tolist(), name="doc_id"),
                            columns=pd.Index([], name="category"), dtype="float64")
    grid = freq.pivot_table(index="doc_id", columns="category", values=value, fill_value=0,
                            aggfunc="sum")
    present = [c for c in categories() if c in grid.columns]
    grid = grid.reindex(index=documents["doc_id"].tolist(), columns=present, fill_value=0)
    grid.columns.name = "category"
    return grid


def corpus_frequencies(terms: pd.DataFrame, documents: pd.DataFrame, *, by: str = "category"
                       ) -> pd.DataFrame:
    """For the whole selection: n, per 1,000 tokens, share of all terms, articles with it."""
    total_tokens = max(int(_n_tokens(documents).sum()), 1)
    selected = terms.loc[terms["doc_id"].isin(documents["doc_id"])]
    if selected.empty:
        return pd.DataFrame({by: pd.Series(dtype="str"), "n": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64"),
                             "per_1000": pd.Series(dtype="float64"),
                             "share": pd.Series(dtype="float64")})
    grouped = selected.groupby(by)
    out = pd.DataFrame({"n": grouped.size(), "articles": grouped["doc_id"].nunique()})
    out["per_1000"] = 1000 * out["n"] / total_tokens
    out["share"] = out["n"] / max(len(selected), 1)
    return out.sort_values("n", ascending=False).reset_index()


def top_terms(terms: pd.DataFrame, *, n: int = 20, category: str | None = None) -> pd.DataFrame:
    """The most frequent headwords (optionally of one category) with their code."""
    selected = terms if category is None else terms.loc[terms["category"] == category]
    grouped = selected.groupby(["term", "category", "cameo"], dropna=False)
    out = grouped.size().rename("n").reset_index().sort_values(["n", "term"], ascending=[False, True])
    return out.head(n).reset_index(drop=True)


# --------------------------------------------------------------------------- concordance

def _rows(documents: pd.DataFrame):
    for doc_id, text, language in documents[["doc_id", "text", "language"]].itertuples(index=False):
        yield doc_id, text, language


def _kwic_row(doc_id, sent_id, text: str, start: int, end: int, width: int) -> dict:
    left = " ".join(text[max(0, start - width):start].split())
    right = " ".join(text[end:end + width].split())
    return {"doc_id": doc_id, "sent_id": sent_id, "start": start, "end": end,
            "left": left[-width:], "match": text[start:end], "right": right[:width]}


def concordance(documents: pd.DataFrame, terms: pd.DataFrame, query: str, *, by: str = "auto",
                width: int = 60, limit: int | None = None) -> pd.DataFrame:
    """Keyword in context (KWIC) for a term, a category or a word.

    ``by="category"`` (e.g. ``"signature"``) or ``by="term"`` (a headword,
    e.g. ``"partenariat"``) read the terms table; ``by="word"`` finds every
    token with the query's stem through NLTK's ``ConcordanceIndex`` over our
    tokens (``"signer"`` finds *signé*, *signera*, *signing* in English
    articles is stemmed with the English stemmer).  ``"auto"`` picks
    category, then term, then word.  Columns:
    doc_id, sent_id, start, end, left, match, right (``match`` is
    ``text[start:end]``; left/right are ``width`` characters, spaces squeezed).
    """
    texts = {d: t for d, t, _ in _rows(documents)}
    if by == "auto":
        if query in set(terms["category"]):
            by = "category"
        elif query in set(terms["term"]):
            by = "term"
        else:
            by = "word"
    rows = []
    if by in ("category", "term"):
        hits = terms.loc[(terms[by] == query) & terms["doc_id"].isin(texts)]
        for doc_id, sent_id, start, end in hits[["doc_id", "sent_id", "start", "end"]].itertuples(index=False):
            rows.append(_kwic_row(doc_id, int(sent_id), texts[doc_id], int(start), int(end), width))
    elif by == "word":
        from nltk.text import ConcordanceIndex

        for doc_id, text, language in _rows(documents):
            spans = words(text)
            tokens = [text[s:e] for s, e in spans]
            index = ConcordanceIndex(tokens, key=lambda w, lang=language: stem(w.lower(), lang))
            for offset in index.offsets(stem(query.lower(), language)):
                start, end = spans[offset]
                rows.append(_kwic_row(doc_id, None, text, start, end, width))
    else:
        raise ValueError(f"by must be 'auto', 'category', 'term' or 'word', not {by!r}")
    out = pd.DataFrame(rows, columns=["doc_id", "sent_id", "start", "end", "left", "match", "right"])
    return out if limit is None else out.head(limit)


# --------------------------------------------------------------------------- content words

def _content_tokens(text: str, language: str) -> list[str]:
    """Lower-case word tokens with letters; stop words and one-letter words become None."""
    out = []
    for s, e in words(text):
        token = text[s:e].lower()
        out.append(token if is_content(token, language) else None)
    return out


# --------------------------------------------------------------------------- tone

def tone_label(tone: float | None) -> str:
    """'cooperative' (> 0), 'conflictual' (< 0) or 'neutral' (0 or no event)."""
    if tone is None or tone != tone or tone == 0:
        return "neutral"
    return "cooperative" if tone > 0 else "conflictual"


def article_tone(events: pd.DataFrame, documents: pd.DataFrame, *, modes=TONE_MODES,
                 fallback=TONE_FALLBACK) -> pd.DataFrame:
    """Per article: n_events, tone (mean Goldstein), tone_sum, label, published.

    Events of ``modes`` count; an article with none of them is read from its
    events of ``fallback`` modes (see the module's note on tone).  Every
    article of ``documents`` has a row (no event: tone NaN, 'neutral').  An
    event split into one row per target ("appealed to both sides") counts
    once: rows are taken once per trigger (doc_id, start, cameo).
    """
    events = events.drop_duplicates(["doc_id", "start", "cameo", "mode"])
    counted = events.loc[events["mode"].isin(modes)]
    if fallback:
        spare = events.loc[events["mode"].isin(fallback) & ~events["doc_id"].isin(counted["doc_id"])]
        counted = pd.concat([counted, spare]) if not spare.empty else counted
    grouped = counted.groupby("doc_id")["goldstein"]
    out = documents[["doc_id", "published", "language"]].copy()
    out["published"] = pd.to_datetime(out["published"], errors="coerce")
    out["n_events"] = out["doc_id"].map(grouped.size()).fillna(0).astype("int64")
    out["tone"] = out["doc_id"].map(grouped.mean()).astype("float64")
    out["tone_sum"] = out["doc_id"].map(grouped.sum()).fillna(0.0).astype("float64")
    out["label"] = out["tone"].map(tone_label)
    return out.reset_index(drop=True)


def tone_over_time(tone: pd.DataFrame, *, freq: str = "M") -> pd.DataFrame:
    """Mean article tone by publication period (``freq``: 'D', 'W', 'M', 'Q', 'Y').

    Articles without date or without event are left out.  Columns: period
    (start date), n_articles, tone (mean of article tones), tone_sum.
    """
    dated = tone.dropna(subset=["published", "tone"])
    if dated.empty:
        return pd.DataFrame(columns=["period", "n_articles", "tone", "tone_sum"])
    periods = dated["published"].dt.to_period(freq).dt.start_time
    grouped = dated.groupby(periods)
    out = pd.DataFrame({"n_articles": grouped.size(), "tone": grouped["tone"].mean(),
                        "tone_sum": grouped["tone_sum"].sum()})
    out.index.name = "period"
    return out.reset_index()


def _dyad(source, target) -> str | None:
    if not isinstance(source, str) or not isinstance(target, str):
        return None
    a, b = source[:3], target[:3]
    return "-".join(sorted((a, b))) if a != b else None


def dyad_tone(events: pd.DataFrame, *, modes=TONE_MODES) -> pd.DataFrame:
    """Tone per pair of countries ("MAR-RUS", ISO3 sorted) from events' source and target.

    Actual events by default: a past event recalled by many articles would
    count once per article (``modes=("actual", "reported")`` adds them).

    Columns: dyad, n_events, n_articles, tone (mean Goldstein), tone_sum.
    """
    counted = events.loc[events["mode"].isin(modes)].copy()
    counted["dyad"] = [_dyad(s, t) for s, t in zip(counted["source"], counted["target"])]
    counted = counted.dropna(subset=["dyad"])
    grouped = counted.groupby("dyad")
    out = pd.DataFrame({"n_events": grouped.size(), "n_articles": grouped["doc_id"].nunique(),
                        "tone": grouped["goldstein"].mean(), "tone_sum": grouped["goldstein"].sum()})
    return out.sort_values(["n_events", "tone"], ascending=[False, False]).reset_index()


def article_dyads(mentions: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each article's main pair of countries as a dyad ("DZA-MAR"), from its mentions."""
    from ..schema import MENTIONS

    rows = []
    for doc_id, group in mentions.groupby("doc_id", sort=False):
        pair = main_pair(list(group[list(MENTIONS)].itertuples(index=False, name=None)))
        rows.append((doc_id, "-".join(sorted(pair)) if pair else None))
    out = pd.DataFrame(rows, columns=["doc_id", "dyad"])
    if documents is not None:
        out = documents[["doc_id"]].merge(out, on="doc_id", how="left")
    return out


# --------------------------------------------------------------------------- keyness

def _log_likelihood(a: float, b: float, total_a: float, total_b: float) -> float:
    """Dunning's G² for a count ``a`` of ``total_a`` against ``b`` of ``total_b``."""
    expected_a = total_a * (a + b) / (total_a + total_b)
    expected_b = total_b * (a + b) / (total_a + total_b)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / expected_a)
    if b:
        g2 += b * math.log(b / expected_b)
    return 2 * g2


def _word_counts(documents: pd.DataFrame) -> pd.Series:
    counts: dict[str, int] = {}
    for _, text, language in _rows(documents):
        for token in _content_tokens(text, language):
            if token:
                counts[token] = counts.get(token, 0) + 1
    return pd.Series(counts, dtype="int64")


def keyness(terms: pd.DataFrame, documents: pd.DataFrame, group_a, group_b=None, *,
            unit: str = "term", min_freq: int = 2, top: int | None = 30) -> pd.DataFrame:
    """Terms (or words) that distinguish articles ``group_a`` from ``group_b``.

    Groups are lists of doc_ids (``group_b=None``: every other article).
    ``unit``: ``"term"`` (lexicon headwords), ``"category"`` or ``"word"``
    (content words of the text).  Dunning's log-likelihood G² (3.84 ≈ p <
    0.05, 6.63 ≈ p < 0.01), with the direction: ``key_for`` is 'A' where
    the relative frequency is higher in A.  Relative frequencies are per
    1,000 tokens of each group.  Sorted by G², strongest first.
    """
    group_a = set(group_a)
    group_b = set(documents["doc_id"]) - group_a if group_b is None else set(group_b)
    tokens = _n_tokens(documents)
    total_a = max(int(tokens[tokens.index.isin(group_a)].sum()), 1)
    total_b = max(int(tokens[tokens.index.isin(group_b)].sum()), 1)
    if unit == "word":
        count_a = _word_counts(documents.loc[documents["doc_id"].isin(group_a)])
        count_b = _word_counts(documents.loc[documents["doc_id"].isin(group_b)])
    elif unit in ("term", "category"):
        count_a = terms.loc[terms["doc_id"].isin(group_a), unit].value_counts()
        count_b = terms.loc[terms["doc_id"].isin(group_b), unit].value_counts()
    else:
        raise ValueError(f"unit must be 'term', 'category' or 'word', not {unit!r}")
    table = pd.DataFrame({"a": count_a, "b": count_b}).fillna(0).astype("int64")
    table = table.loc[(table["a"] + table["b"]) >= min_freq]
    table["a_per_1000"] = 1000 * table["a"] / total_a
    table["b_per_1000"] = 1000 * table["b"] / total_b
    table["log_likelihood"] = [_log_likelihood(a, b, total_a, total_b)
                               for a, b in zip(table["a"], table["b"])]
    table["key_for"] = ["A" if pa > pb else "B" if pb > pa else "-"
                        for pa, pb in zip(table["a_per_1000"], table["b_per_1000"])]
    table.index.name = unit
    out = table.sort_values(["log_likelihood", "a"], ascending=[False, False]).reset_index()
    return out if top is None else out.head(top)


# --------------------------------------------------------------------------- selection, summary

def select_articles(documents: pd.DataFrame, mentions: pd.DataFrame | None = None, *,
                    language: str | None = None, dyad: str | None = None,
                    date_from=None, date_to=None) -> pd.DataFrame:
    """The documents matching the notebook's parameters (None = no filter).

    ``dyad`` ("MAR-RUS", any order) keeps articles whose main pair of
    countries is that pair; dates are inclusive periods: ``date_to="2025"``
    keeps all of 2025, ``"2025-05"`` all of May ("2025-05-22" that day).
    """
    chosen = documents
    if language:
        chosen = chosen.loc[chosen["language"] == language]
    published = pd.to_datetime(chosen["published"], errors="coerce")
    if date_from is not None:
        chosen = chosen.loc[published >= pd.Period(str(date_from)[:10]).start_time]
        published = published.loc[chosen.index]
    if date_to is not None:
        chosen = chosen.loc[published <= pd.Period(str(date_to)[:10]).end_time]
    if dyad:
        wanted = "-".join(sorted(p.strip().upper() for p in dyad.replace("–", "-").split("-")))
        dyads = article_dyads(mentions if mentions is not None else pd.DataFrame(columns=["doc_id"]))
        keep = set(dyads.loc[dyads["dyad"] == wanted, "doc_id"])
        chosen = chosen.loc[chosen["doc_id"].isin(keep)]
    return chosen


def summary(terms: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame) -> str:
    """A few sentences that state the findings of notebook 02 in words (tone first)."""
    if documents.empty:
        return "No article matches the selection."
    freq = corpus_frequencies(terms, documents)
    tone = article_tone(events, documents)
    counts = tone["label"].value_counts()
    parts = [f"{len(documents)} article(s): {counts.get('cooperative', 0)} cooperative, "
             f"{counts.get('conflictual', 0)} conflictual, {counts.get('neutral', 0)} neutral by "
             f"the mean Goldstein weight of their actual events."]
    n_terms = int(freq["n"].sum()) if not freq.empty else 0
    parts.append(f"They hold {n_terms} diplomatic terms in {int(_n_tokens(documents).sum()):,} tokens.")
    if not freq.empty:
        top = freq.head(3)
        parts.append("Most frequent categories: " + ", ".join(
            f"{c} ({p:.1f} per 1,000 tokens)" for c, p in zip(top["category"], top["per_1000"])) + ".")
    scored = tone.dropna(subset=["tone"])
    if len(scored) > 1:
        low, high = scored.loc[scored["tone"].idxmin()], scored.loc[scored["tone"].idxmax()]
        parts.append(f"Most conflictual: {low['doc_id']} ({low['tone']:+.2f}); "
                     f"most cooperative: {high['doc_id']} ({high['tone']:+.2f}).")
    dyads = dyad_tone(events.loc[events["doc_id"].isin(documents["doc_id"])])
    if not dyads.empty:
        d = dyads.iloc[0]
        parts.append(f"The most reported pair, {d['dyad']}, has {int(d['n_events'])} events "
                     f"with a mean tone of {d['tone']:+.2f}.")
    return " ".join(parts)
