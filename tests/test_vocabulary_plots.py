"""Figures of notebook 02 and the KWIC table built from the sample corpus."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.plots import vocabulary as plots
from analysis.vocabulary import stats


@pytest.fixture(scope="module")
def tables(sample_corpus):
    c = sample_corpus
    tone = stats.article_tone(c.events, c.documents)
    return {
        "freq": stats.corpus_frequencies(c.terms, c.documents),
        "matrix": stats.category_matrix(c.terms, c.documents),
        "tone": tone,
        "periods": stats.tone_over_time(tone, freq="Y"),
        "dyads": stats.dyad_tone(c.events),
        "kwic": stats.concordance(c.documents, c.terms, "signature"),
    }


def test_category_bars_one_bar_per_category(tables):
    fig = plots.category_bars(tables["freq"])
    shown = sorted(y for trace in fig.data for y in trace.y)
    assert shown == sorted(tables["freq"]["category"])
    assert {trace.name for trace in fig.data} <= set(plots.TONE_COLORS)


def test_category_heatmap_is_article_by_category(tables):
    fig = plots.category_heatmap(tables["matrix"])
    assert fig.data[0].type == "heatmap"
    assert list(fig.data[0].y) == tables["matrix"].index.tolist()
    assert list(fig.data[0].x) == list(tables["matrix"].columns)


def test_tone_figures(tables):
    by_article = plots.tone_by_article(tables["tone"])
    assert sum(len(t.y) for t in by_article.data) == tables["tone"]["tone"].notna().sum()
    over_time = plots.tone_over_time(tables["tone"], tables["periods"])
    assert any(t.name == "period mean" for t in over_time.data)
    dyads = plots.dyad_tone_bars(tables["dyads"])
    assert sum(len(t.y) for t in dyads.data) == min(20, len(tables["dyads"]))


def test_kwic_html_escapes_article_text(tables):
    markup = plots.kwic_html(tables["kwic"])
    assert markup.count("<tr>") == len(tables["kwic"]) + 1
    hostile = pd.DataFrame({"doc_id": ["<x>"], "sent_id": [0], "start": [0], "end": [5],
                            "left": ["<script>alert(1)</script>"], "match": ["a & b"],
                            "right": ["\"quoted\""]})
    markup = plots.kwic_html(hostile)
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "a &amp; b" in markup and "&quot;quoted&quot;" in markup and "&lt;x&gt;" in markup


def test_kwic_html_caps_rows():
    many = pd.DataFrame({"doc_id": ["d"] * 5, "sent_id": [0] * 5, "start": range(5), "end": range(1, 6),
                         "left": ["l"] * 5, "match": ["m"] * 5, "right": ["r"] * 5})
    markup = plots.kwic_html(many, max_rows=2)
    assert markup.count("<tr>") == 3 and "first 2 shown" in markup
