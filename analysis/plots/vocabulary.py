"""Figures of the diplomatic vocabulary (notebook 02).

Each function takes a table from :mod:`analysis.vocabulary.stats` and
returns a plotly figure, or an HTML string whose article text is escaped.

>>> import pandas as pd
>>> kwic = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [3], "end": [8],
...                      "left": ["<b>"], "match": ["signé"], "right": ["l’accord"]})
>>> "&lt;b&gt;" in kwic_html(kwic)
True
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["TONE_COLORS", "category_bars", "category_heatmap", "tone_by_article",
           "tone_over_time", "dyad_tone_bars", "kwic_html"]

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


def category_heatmap(matrix: pd.DataFrame, *, title: str | None = None):
    """Article × category heatmap of ``category_matrix`` (terms per 1,000 tokens)."""
    import plotly.express as px

    fig = px.imshow(matrix, aspect="auto", color_continuous_scale="Blues",
                    labels={"x": "category", "y": "article", "color": "per 1,000 tokens"},
                    title=title or "Categories per article (terms per 1,000 tokens)")
    fig.update_xaxes(tickangle=-35)
    fig.update_layout(height=max(320, 30 * len(matrix) + 200))
    return fig


def tone_by_article(tone: pd.DataFrame, *, title: str | None = None):
    """One bar per article: mean Goldstein tone, coloured by label (``article_tone``)."""
    import plotly.express as px

    data = tone.dropna(subset=["tone"]).sort_values("tone")
    fig = px.bar(data, x="tone", y="doc_id", orientation="h", color="label",
                 color_discrete_map=TONE_COLORS, hover_data=["n_events", "tone_sum", "published"],
                 labels={"tone": "mean Goldstein weight (−10 conflict … +10 cooperation)",
                         "doc_id": ""},
                 title=title or "Tone per article")
    fig.add_vline(x=0, line_width=1, line_color="#444")
    fig.update_layout(legend_title_text="", height=max(300, 30 * len(data) + 150))
    return fig


def tone_over_time(tone: pd.DataFrame, periods: pd.DataFrame | None = None, *,
                   title: str | None = None):
    """Articles' tone by publication date (points), with the period means (line)."""
    import plotly.express as px

    data = tone.dropna(subset=["tone", "published"])
    fig = px.scatter(data, x="published", y="tone", color="label", color_discrete_map=TONE_COLORS,
                     hover_name="doc_id", hover_data=["n_events"],
                     labels={"published": "publication date", "tone": "mean Goldstein weight"},
                     title=title or "Tone over time")
    if periods is not None and not periods.empty:
        fig.add_scatter(x=periods["period"], y=periods["tone"], mode="lines+markers",
                        name="period mean", line={"color": "#444", "dash": "dot"})
    fig.add_hline(y=0, line_width=1, line_color="#444")
    fig.update_layout(legend_title_text="")
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
