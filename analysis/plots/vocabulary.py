"""Figures of the diplomatic vocabulary (notebook 02).

Each function takes a table from :mod:`analysis.vocabulary.stats` and
returns a plotly figure, or an HTML string whose article text is escaped
(file names too: plotly reads a subset of HTML in labels and hover text).

Charts of one bar, row or point per article show every article of a small
selection; above ``max_articles`` (or ``max_points``) they show the extremes
and merge the rest — the subtitle says how — so a 10,000-article report
stays light and readable.

>>> import pandas as pd
>>> kwic = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [3], "end": [8],
...                      "left": ["<b>"], "match": ["signé"], "right": ["l’accord"]})
>>> "&lt;b&gt;" in kwic_html(kwic)
True
"""

from __future__ import annotations

import html

import pandas as pd

from . import MAX_POINTS, count_of, merging_period, period_label, subtitle

__all__ = ["TONE_COLORS", "MAX_ARTICLES", "category_bars", "category_heatmap", "tone_by_article",
           "tone_over_time", "dyad_tone_bars", "kwic_html"]

#: Above this many articles, a chart of one bar (or row) per article shows the extremes only.
MAX_ARTICLES = 300

#: Colours of the tone labels (cooperative, conflictual, neutral).
TONE_COLORS = {"cooperative": "#2ca02c", "conflictual": "#d62728", "neutral": "#7f7f7f"}


def _category_tone() -> dict[str, str]:
    """Each category's side: cooperative or conflictual by its mean Goldstein weight."""
    from ..vocabulary.lexicon import lexicon_table

    table = lexicon_table()
    table = table.loc[table["goldstein"] != ""]
    means = table.assign(weight=table["goldstein"].astype(float)).groupby("category")["weight"].mean()
    return {c: "cooperative" if w > 0 else "conflictual" if w < 0 else "neutral"
            for c, w in means.items()}


def category_bars(frequencies: pd.DataFrame, *, value: str = "per_1000", title: str | None = None):
    """Horizontal bars: one per category (``corpus_frequencies``), coloured by its side."""
    import plotly.express as px

    sides = _category_tone()
    data = frequencies.assign(side=frequencies["category"].map(sides).fillna("neutral"))
    data = data.sort_values(value)
    label = "terms per 1,000 tokens" if value == "per_1000" else value
    fig = px.bar(data, x=value, y="category", orientation="h", color="side",
                 color_discrete_map=TONE_COLORS, hover_data=["n", "articles"],
                 labels={value: label, "category": ""},
                 title=title or "Diplomatic vocabulary by category")
    fig.update_layout(legend_title_text="", height=max(300, 28 * len(data) + 120))
    return fig


def _escaped(names) -> list[str]:
    return [html.escape(str(n)) for n in names]


def category_heatmap(matrix: pd.DataFrame, *, title: str | None = None, max_articles: int = 100,
                     top: int = 30):
    """Article × category heatmap of ``category_matrix`` (terms per 1,000 tokens).

    Above ``max_articles`` rows: the ``top`` articles densest in diplomatic
    terms, and the mean of all the others in a last row.
    """
    import plotly.express as px

    note = None
    if len(matrix) > max_articles:
        order = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index
        shown, others = matrix.loc[order[:top]], matrix.loc[order[top:]]
        label = f"mean of the {count_of(len(others), 'other article')}"
        matrix = pd.concat([shown, others.mean().to_frame(label).T])
        note = (f"{count_of(len(shown) + len(others), 'article')}: the {top} densest in diplomatic terms; "
                f"the last row averages the other {len(others):,}")
    matrix = matrix.set_axis(_escaped(matrix.index), axis=0)
    fig = px.imshow(matrix, aspect="auto", color_continuous_scale="Blues",
                    labels={"x": "category", "y": "article", "color": "per 1,000 tokens"},
                    title=title or "Categories per article (terms per 1,000 tokens)")
    fig.update_xaxes(tickangle=-35)
    fig.update_layout(height=max(320, 30 * len(matrix) + 200), **subtitle(note))
    return fig


def _tone_extremes(data: pd.DataFrame, top: int) -> tuple[pd.DataFrame, str]:
    """The ``top`` lowest and highest tones, and one row for the mean of the others."""
    from ..vocabulary.stats import tone_label

    top = max(0, min(top, (len(data) - 1) // 2))
    middle = data.iloc[top:len(data) - top]
    merged = pd.DataFrame({
        "doc_id": [f"{count_of(len(middle), 'other article')} (mean)"],
        "tone": [middle["tone"].mean()], "n_events": [int(middle["n_events"].sum())],
        "tone_sum": [middle["tone_sum"].sum()], "published": [pd.NaT],
        "articles": [len(middle)],
        "range": [f"{middle['tone'].min():+.2f} … {middle['tone'].max():+.2f}"]})
    merged["label"] = merged["tone"].map(tone_label)
    lowest, highest = (part.assign(articles=1, range=part["tone"].map("{:+.2f}".format))
                       for part in (data.iloc[:top], data.iloc[len(data) - top:]))
    note = (f"{count_of(len(data), 'article')} with a tone: the {top} most conflictual, the {top} most "
            f"cooperative; one bar for the mean of the other {len(middle):,}")
    return pd.concat([lowest, merged, highest], ignore_index=True), note


def tone_by_article(tone: pd.DataFrame, *, title: str | None = None, max_articles: int = MAX_ARTICLES,
                    top: int = 15):
    """One bar per article: mean Goldstein tone, coloured by label (``article_tone``).

    Above ``max_articles`` articles: the ``top`` most conflictual, the ``top``
    most cooperative, and one bar for the mean of the others.
    """
    import plotly.express as px

    data = tone.dropna(subset=["tone"]).sort_values("tone")
    note, hover = None, ["n_events", "tone_sum", "published"]
    if len(data) > max_articles:
        data, note = _tone_extremes(data, top)
        hover = ["articles", "range", "n_events", "tone_sum", "published"]
    data = data.assign(doc_id=_escaped(data["doc_id"]))
    fig = px.bar(data, x="tone", y="doc_id", orientation="h", color="label",
                 color_discrete_map=TONE_COLORS, hover_data=hover,
                 labels={"tone": "mean Goldstein weight (−10 conflict … +10 cooperation)",
                         "doc_id": ""},
                 title=title or "Tone per article")
    fig.add_vline(x=0, line_width=1, line_color="#444")
    fig.update_layout(legend_title_text="", height=max(300, 30 * len(data) + 150), **subtitle(note))
    return fig


def _merged_tone(data: pd.DataFrame, max_points: int) -> tuple[pd.DataFrame, str]:
    """Articles merged per period and tone label: count, mean, range and one example."""
    starts, period = merging_period(data["published"], data["label"], max_points=max_points)
    gap = (data["tone"] - data.groupby([starts, data["label"]])["tone"].transform("mean")).abs()
    data = data.assign(period=starts, _gap=gap).sort_values(["_gap", "doc_id"], kind="stable")
    merged = data.groupby(["period", "label"], sort=True).agg(
        articles=("doc_id", "size"), tone=("tone", "mean"), low=("tone", "min"), high=("tone", "max"),
        n_events=("n_events", "sum"), example=("doc_id", "first")).reset_index()
    return merged, period


def _merged_tone_figure(data: pd.DataFrame, *, title: str, max_points: int):
    """One marker per period and tone label, and the line saying so."""
    import plotly.graph_objects as go

    merged, period = _merged_tone(data, max_points)
    fig = go.Figure(layout=dict(title=title, xaxis_title="publication date",
                                yaxis_title="mean Goldstein weight"))
    for label, group in merged.groupby("label", sort=False):
        hover = [f"<b>{period_label(p, period)}</b> · {html.escape(str(label))}<br>"
                 f"{count_of(int(n), 'article')} merged: mean {t:+.2f} ({lo:+.2f} … {hi:+.2f}), "
                 f"{count_of(int(e), 'event')}<br>closest to the mean: {html.escape(str(x))}"
                 for p, n, t, lo, hi, e, x in group[["period", "articles", "tone", "low", "high",
                                                     "n_events", "example"]].itertuples(index=False)]
        fig.add_trace(go.Scatter(
            x=group["period"], y=group["tone"], mode="markers", name=label, text=hover,
            hovertemplate="%{text}<extra></extra>",
            marker=dict(color=TONE_COLORS.get(label, "#444"),
                        size=(5 + 2 * group["articles"] ** 0.5).clip(upper=24))))
    adjective = {"month": "monthly", "quarter": "quarterly", "year": "yearly"}.get(period, period)
    return fig, (f"{count_of(len(data), 'dated article')}: {adjective} means per tone label "
                 f"(marker size: how many articles; hover: the one closest to the mean)")


def tone_over_time(tone: pd.DataFrame, periods: pd.DataFrame | None = None, *,
                   title: str | None = None, max_points: int = MAX_POINTS):
    """Articles' tone by publication date (points), with the period means (line).

    Above ``max_points`` articles, one point per period (the finest of
    month, quarter, year, decade that fits) and tone label: the mean of its
    articles, sized by their number; the hover names the article closest
    to the mean.
    """
    import plotly.express as px

    data = tone.dropna(subset=["tone", "published"])
    note = None
    if len(data) <= max_points:
        fig = px.scatter(data.assign(doc_id=_escaped(data["doc_id"])), x="published", y="tone",
                         color="label", color_discrete_map=TONE_COLORS, hover_name="doc_id",
                         hover_data=["n_events"],
                         labels={"published": "publication date", "tone": "mean Goldstein weight"},
                         title=title or "Tone over time")
    else:
        fig, note = _merged_tone_figure(data, title=title or "Tone over time", max_points=max_points)
    if periods is not None and not periods.empty:
        fig.add_scatter(x=periods["period"], y=periods["tone"], mode="lines+markers",
                        name="period mean", line={"color": "#444", "dash": "dot"})
    fig.add_hline(y=0, line_width=1, line_color="#444")
    fig.update_layout(legend_title_text="", **subtitle(note))
    return fig


def dyad_tone_bars(dyads: pd.DataFrame, *, top: int = 20, title: str | None = None):
    """Mean tone per pair of countries (``dyad_tone``), the most reported first."""
    import plotly.express as px

    from ..vocabulary.stats import tone_label

    data = dyads.head(top).assign(label=lambda d: d["tone"].map(tone_label)).iloc[::-1]
    fig = px.bar(data, x="tone", y="dyad", orientation="h", color="label",
                 color_discrete_map=TONE_COLORS, hover_data=["n_events", "n_articles", "tone_sum"],
                 labels={"tone": "mean Goldstein weight", "dyad": ""},
                 title=title or "Tone by pair of countries")
    fig.add_vline(x=0, line_width=1, line_color="#444")
    fig.update_layout(legend_title_text="", height=max(300, 30 * len(data) + 150))
    return fig


def kwic_html(kwic: pd.DataFrame, *, max_rows: int = 200) -> str:
    """A keyword-in-context table as HTML; every piece of article text is escaped."""
    esc = html.escape
    rows = []
    for row in kwic.head(max_rows).itertuples(index=False):
        rows.append(
            "<tr>"
            f"<td class='kwic-doc'>{esc(str(row.doc_id))}</td>"
            f"<td class='kwic-left' style='text-align:right;white-space:nowrap'>{esc(str(row.left))}</td>"
            f"<td class='kwic-match' style='text-align:center;font-weight:bold;white-space:nowrap'>"
            f"{esc(str(row.match))}</td>"
            f"<td class='kwic-right' style='text-align:left;white-space:nowrap'>{esc(str(row.right))}</td>"
            "</tr>")
    more = len(kwic) - max_rows
    caption = f"{len(kwic)} line(s)" + (f", first {max_rows} shown" if more > 0 else "")
    return ("<table class='kwic'><caption>" + esc(caption) + "</caption>"
            "<thead><tr><th>article</th><th>left</th><th>match</th><th>right</th></tr></thead>"
            "<tbody>" + "".join(rows) + "</tbody></table>")
