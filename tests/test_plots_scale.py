"""Charts of one point per entry or article at scale: every point when small, merged (and said) when large.

Small inputs are the bundled sample corpus (every point kept, as before);
large ones are synthetic tables built here from realistic labels and
sentences, with ``max_points`` / ``max_articles`` lowered so tests stay fast.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from analysis.plots import MAX_POINTS, merging_period, period_start
from analysis.plots import milestones as milestone_plots
from analysis.plots import vocabulary as vocabulary_plots
from analysis.schema import MILESTONES
from analysis.timeline import build_timeline, dyad_of
from analysis.vocabulary import stats

PAIRS = [["MAR", "RUS"], ["DZA", "MAR"], ["CHN", "MAR"], ["GBR", "MAR"], ["SEN", "MRT"],
         ["IND", "JPN"], ["DZA", "MLI"], ["ECU", "MEX"]]
EVENTS = [  # kind, label, evidence (realistic sentences; one carries markup)
    ("visit", "Visit to Moscow", "Le ministre s’est rendu à Moscou le 14 mars pour une visite officielle."),
    ("talks", "Talks in Rabat", "The two foreign ministers held talks in Rabat on Tuesday."),
    ("agreement", "Agreement — fisheries", "Les deux pays ont signé un accord de pêche & de coopération."),
    ("rupture", "Relations broken off <img src=x onerror=alert(1)>",
     "Mexico broke off diplomatic relations with Ecuador <b>after the raid</b>."),
    ("recall", "Ambassador recalled", "Bamako a rappelé son ambassadeur pour consultations."),
]
HOSTILE_LABEL, HOSTILE_EVIDENCE = "<img src=x onerror=alert(1)>", "<b>after the raid</b>"


def _points(fig) -> int:
    return sum(len(trace.x) for trace in fig.data if trace.x is not None)


def _hover(fig) -> str:
    return " ".join(str(text) for trace in fig.data for text in (trace.text or ()))


def _subtitle(fig) -> str:
    return fig.layout.title.subtitle.text or ""


def synthetic_milestones(n: int, *, seed: int = 3, days: int = 9000) -> pd.DataFrame:
    """``n`` milestones on distinct days (so the timeline keeps each) over ~25 years."""
    rng = random.Random(seed)
    first = dt.date(2000, 1, 1).toordinal()
    rows = []
    for i, day in enumerate(rng.sample(range(days), n)):
        kind, label, evidence = EVENTS[i % len(EVENTS)]
        date = dt.date.fromordinal(first + day).isoformat()
        rows.append((f"{i:05d}.txt", 0, date, "day", kind, None, PAIRS[i % len(PAIRS)], [], label,
                     evidence, "actual"))
    return pd.DataFrame(rows, columns=list(MILESTONES))


@pytest.fixture(scope="module")
def large():
    milestones = synthetic_milestones(900)
    return milestones, build_timeline(milestones)


@pytest.fixture(scope="module")
def articles():
    """Article tones as ``article_tone`` gives them, 1,200 articles (a few file names with markup)."""
    rng = random.Random(5)
    first = dt.date(2010, 1, 1).toordinal()
    rows = []
    for i in range(1200):
        tone = None if i % 50 == 0 else round(rng.uniform(-8, 8), 2)
        doc_id = "<b>bold</b>.txt" if i == 7 else f"{i:06d}.txt"
        published = pd.Timestamp(dt.date.fromordinal(first + rng.randrange(5000)))
        rows.append((doc_id, published, "fr", 0 if tone is None else rng.randint(1, 9), tone,
                     0.0 if tone is None else tone * 3, stats.tone_label(tone)))
    return pd.DataFrame(rows, columns=["doc_id", "published", "language", "n_events", "tone",
                                       "tone_sum", "label"])


# --------------------------------------------------------------------------- small: every point

@pytest.mark.parametrize("build, rows", [
    (lambda c: milestone_plots.timeline_figure(c.timeline, c.milestones, dyad="MAR-RUS"),
     lambda c: len(c.timeline.loc[c.timeline["countries"].map(lambda cs: {"MAR", "RUS"} <= set(cs))])),
    (lambda c: milestone_plots.dyads_figure(c.timeline, c.milestones), lambda c: len(c.timeline)),
    (lambda c: vocabulary_plots.tone_over_time(stats.article_tone(c.events, c.documents)),
     lambda c: int(stats.article_tone(c.events, c.documents)["tone"].notna().sum())),
    (lambda c: vocabulary_plots.tone_by_article(stats.article_tone(c.events, c.documents)),
     lambda c: int(stats.article_tone(c.events, c.documents)["tone"].notna().sum())),
])
def test_sample_corpus_charts_keep_every_point_and_no_subtitle(sample_corpus, build, rows):
    fig = build(sample_corpus)
    assert _points(fig) == rows(sample_corpus) > 0
    assert not _subtitle(fig)


def test_sample_heatmap_keeps_every_article(sample_corpus):
    matrix = stats.category_matrix(sample_corpus.terms, sample_corpus.documents)
    fig = vocabulary_plots.category_heatmap(matrix)
    assert list(fig.data[0].y) == matrix.index.tolist() and not _subtitle(fig)


# --------------------------------------------------------------------------- large: merged, and said

@pytest.mark.parametrize("max_points, period", [(130, "decade"), (600, "year"), (820, "quarter"), (870, "month")])
def test_dyads_figure_merges_above_max_points(large, max_points, period):
    milestones, timeline = large
    assert len(timeline) == 900
    fig = milestone_plots.dyads_figure(timeline, milestones, max_points=max_points)
    assert _points(fig) <= max_points < len(timeline)
    assert f"900 milestones merged per pair, kind and {period}" in _subtitle(fig)
    # every entry is counted once: the "N milestones merged" of the hovers add up to all entries
    merged, _ = milestone_plots.merge_entries(timeline.assign(dyad=timeline["countries"].map(dyad_of)),
                                              "dyad", max_points=max_points)
    assert merged["entries"].sum() == len(timeline) and len(merged) == _points(fig)


def test_decades_when_nothing_finer_fits(large):
    milestones, timeline = large  # 8 pairs x 5 kinds x 3 decades: 120 groups at the coarsest
    fig = milestone_plots.dyads_figure(timeline, milestones, max_points=100)
    assert _points(fig) == 120 < len(timeline) and "kind and decade" in _subtitle(fig)
    assert {t.name for t in fig.data} == {kind for kind, _, _ in EVENTS}


def test_timeline_figure_merges_one_dyad_and_keeps_text_escaped(large):
    milestones, timeline = large
    fig = milestone_plots.timeline_figure(timeline, milestones, dyad="ECU-MEX", max_points=50)
    entries = (timeline["countries"].map(dyad_of) == "ECU-MEX").sum()
    assert _points(fig) <= 50 < entries
    assert _subtitle(fig).startswith(f"{entries} milestones merged per kind and ")
    hover = _hover(fig)
    assert "milestones merged" in hover and "e.g. " in hover
    assert HOSTILE_LABEL not in hover and "&lt;img src=x onerror=alert(1)&gt;" in hover
    assert HOSTILE_EVIDENCE not in hover and "&lt;b&gt;after the raid&lt;/b&gt;" in hover


@pytest.mark.parametrize("extra", [0, 1])
def test_the_threshold_is_inclusive(large, extra):
    milestones, timeline = large
    fig = milestone_plots.dyads_figure(timeline, milestones, max_points=len(timeline) - extra)
    if extra:
        assert _points(fig) < len(timeline) and _subtitle(fig)
    else:
        assert _points(fig) == len(timeline) and not _subtitle(fig)
        assert "sources (1)" in _hover(fig)  # the entries' own hovers


def test_merged_group_stands_for_its_most_reported_entry():
    rows = [("a.txt", 0, "2016-03-14", "day", "visit", None, ["MAR", "RUS"], [], "Royal visit to Moscow",
             "Le Roi a effectué une visite officielle à Moscou.", "actual"),
            ("b.txt", 0, "2016-03-14", "day", "visit", None, ["MAR", "RUS"], [], "Royal visit to Moscow",
             "The King paid a state visit to Moscow.", "actual"),
            ("c.txt", 0, "2016-03-02", "day", "visit", None, ["MAR", "RUS"], [], "Visit to Moscow",
             "Une délégation s’est rendue à Moscou.", "actual")]
    milestones = pd.DataFrame(rows, columns=list(MILESTONES))
    timeline = build_timeline(milestones)
    evidence = milestone_plots._evidence_by_entry(milestones)
    merged, period = milestone_plots.merge_entries(timeline, "kind", evidence, max_points=1)
    assert period == "month" and len(merged) == 1
    group = merged.iloc[0]
    assert (group["entries"], group["reports"]) == (2, 3)
    assert (group["first"], group["last"]) == ("2016-03-02", "2016-03-14")
    assert group["example_label"] == "Royal visit to Moscow"
    assert group["labels"] == "Royal visit to Moscow (1), Visit to Moscow (1)"


@pytest.mark.parametrize("max_dyads, rows", [(3, 3), (5, 5), (8, 8), (20, 8)])
def test_dyads_beyond_max_dyads_share_one_row(large, max_dyads, rows):
    milestones, timeline = large
    small = timeline.head(120)
    fig = milestone_plots.dyads_figure(small, milestones, max_dyads=max_dyads)
    shown = {y for trace in fig.data for y in trace.y}
    assert len(shown) == rows
    assert _points(fig) == len(small)  # still every entry: rows are merged, not points
    if max_dyads < 8:
        others = 8 - (max_dyads - 1)
        assert f"({others} other pairs)" in shown and f"the other {others} (" in _subtitle(fig)
    else:
        assert not _subtitle(fig)


def test_tone_over_time_monthly_means_above_max_points(articles):
    fig = vocabulary_plots.tone_over_time(articles, stats.tone_over_time(articles), max_points=500)
    dated = articles.dropna(subset=["tone"])
    assert _subtitle(fig).startswith(f"{len(dated):,} dated articles: monthly means per tone label")
    points = sum(len(t.x) for t in fig.data if t.name != "period mean")
    assert points <= 500 < len(dated)
    merged = vocabulary_plots._merged_tone(dated, 500)[0]
    assert merged["articles"].sum() == len(dated)
    assert "articles merged" in _hover(fig) and "<b>bold</b>" not in _hover(fig)
    coarse = vocabulary_plots.tone_over_time(articles, max_points=60)
    assert "yearly means" in _subtitle(coarse)


def test_tone_over_time_names_are_escaped_merged_or_not():
    rows = [(name, pd.Timestamp(2024, 2, day), "fr", 2, tone, 2 * tone, "cooperative")
            for name, day, tone in [("a.txt", 6, 1.0), ("<b>bold</b>.txt", 11, 2.0), ("c.txt", 26, 3.0)]]
    tone = pd.DataFrame(rows, columns=["doc_id", "published", "language", "n_events", "tone", "tone_sum",
                                       "label"])
    merged = vocabulary_plots.tone_over_time(tone, max_points=1)
    assert _points(merged) == 1 and "3 articles merged: mean +2.00 (+1.00 … +3.00)" in _hover(merged)
    assert "closest to the mean: &lt;b&gt;bold&lt;/b&gt;.txt" in _hover(merged)
    every = vocabulary_plots.tone_over_time(tone)
    names = [n for trace in every.data for n in trace.hovertext]
    assert _points(every) == 3 and "&lt;b&gt;bold&lt;/b&gt;.txt" in names and "<b>bold</b>.txt" not in names


def test_tone_by_article_shows_the_extremes_and_the_mean_of_the_rest(articles):
    fig = vocabulary_plots.tone_by_article(articles, max_articles=300, top=10)
    scored = articles.dropna(subset=["tone"]).sort_values("tone")
    bars = {y: x for trace in fig.data for y, x in zip(trace.y, trace.x)}
    assert len(bars) == 21 < len(scored)
    middle = scored.iloc[10:-10]
    name = f"{len(middle):,} other articles (mean)"
    assert bars[name] == pytest.approx(middle["tone"].mean())
    assert min(bars.values()) == scored["tone"].min() and max(bars.values()) == scored["tone"].max()
    assert f"{len(scored):,} articles with a tone" in _subtitle(fig)
    assert "<b>bold</b>.txt" not in bars


def test_heatmap_keeps_the_densest_articles_and_averages_the_others():
    rng = random.Random(11)
    matrix = pd.DataFrame([[rng.random() * 10 for _ in range(4)] for _ in range(250)],
                          index=pd.Index([f"{i:04d}.txt" for i in range(249)] + ["<i>x</i>.txt"],
                                         name="doc_id"),
                          columns=pd.Index(["visit", "signature", "criticism", "rejection"], name="category"))
    fig = vocabulary_plots.category_heatmap(matrix, max_articles=100, top=20)
    rows = list(fig.data[0].y)
    assert len(rows) == 21 and rows[-1] == "mean of the 230 other articles"
    densest = matrix.sum(axis=1).sort_values(ascending=False).index[:20]
    assert [r for r in rows[:-1]] == [vocabulary_plots.html.escape(d) for d in densest]
    others = matrix.drop(index=densest).mean()
    assert list(fig.data[0].z[-1]) == pytest.approx(list(others))
    assert "250 articles: the 20 densest" in _subtitle(fig)
    assert "<i>x</i>.txt" not in rows


# --------------------------------------------------------------------------- periods

def test_merging_period_is_the_finest_that_fits():
    dates = pd.Series(pd.to_datetime([f"20{y:02d}-{m:02d}-15" for y in range(10, 20) for m in range(1, 13)]))
    assert merging_period(dates, max_points=120)[1] == "month"
    assert merging_period(dates, max_points=40)[1] == "quarter"
    assert merging_period(dates, max_points=10)[1] == "year"
    starts, period = merging_period(dates, max_points=1)
    assert period == "decade" and set(starts) == {pd.Timestamp(2010, 1, 1)}
    assert pd.isna(period_start(pd.Series([pd.NaT, pd.Timestamp(2016, 3, 14)]), "year")[0])
    assert MAX_POINTS == 2_000
