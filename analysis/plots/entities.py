"""Figures for notebook 01 (entities): bars, the co-occurrence network, one highlighted article.

Every figure is built from the tables of :mod:`analysis.entity_stats`; colours
come from :data:`analysis.plots.LABEL_COLORS`; article text is HTML-escaped.
"""

from __future__ import annotations

import html
import math

from . import LABEL_COLORS

__all__ = ["top_entities_figure", "country_forms_figure", "cooccurrence_figure", "highlight_article"]


def top_entities_figure(freq, *, title: str = "Most named entities, by type"):
    """Horizontal bars of the top entities, one panel per label."""
    import plotly.express as px
    import plotly.graph_objects as go

    if freq.empty:
        return go.Figure(layout={"title": f"{title}: none found"})
    # One panel per label, stacked, each with its own names: side-by-side panels
    # let long names (agreements, organisations) run over the neighbouring bars.
    shown = freq.assign(name=freq["name"].map(lambda n: n if len(n) <= 45 else n[:44] + "…"))
    fig = px.bar(shown, x="mentions", y="name", color="label", facet_row="label",
                 orientation="h", color_discrete_map=LABEL_COLORS, hover_data=["articles", "entity_id"],
                 title=title, facet_row_spacing=0.03)
    fig.update_yaxes(matches=None, showticklabels=True, categoryorder="total ascending", title=None)
    fig.update_xaxes(title=None)
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    panels, tallest = shown["label"].nunique(), shown.groupby("label").size().max()
    fig.update_layout(showlegend=False, height=max(400, 120 + 24 * panels * tallest))
    return fig


def country_forms_figure(table, *, title: str = "Country mentions by form, per article",
                         max_articles: int = 12):
    """Stacked bars: for each article, each country's mentions by name, demonym, title and capital.

    One panel per article, for the ``max_articles`` articles with the most country
    mentions (a corpus of thousands would otherwise get thousands of panels).
    """
    import plotly.express as px

    n_articles = table["doc_id"].nunique()
    if n_articles > max_articles:
        totals = table.groupby("doc_id")[["name", "demonym", "title", "capital"]].sum().sum(axis=1)
        keep = totals.sort_values(ascending=False, kind="stable").index[:max_articles]
        table = table[table["doc_id"].isin(keep)]
        title = f"{title} ({max_articles} of {n_articles} articles, the most mentions)"
    long = table.melt(id_vars=["doc_id", "country"], value_vars=["name", "demonym", "title", "capital"],
                      var_name="form", value_name="mentions")
    long = long[long["mentions"] > 0]
    if long.empty:
        import plotly.graph_objects as go

        return go.Figure(layout={"title": f"{title}: none found"})
    fig = px.bar(long, x="country", y="mentions", color="form", facet_row="doc_id", barmode="stack",
                 title=title, category_orders={"form": ["name", "demonym", "title", "capital"]})
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1][:32], textangle=0))
    fig.update_xaxes(matches=None, showticklabels=True)
    fig.update_layout(height=max(320, 230 * long["doc_id"].nunique()))
    return fig


def cooccurrence_figure(edges, *, title: str = "Entities named in the same sentence", max_nodes: int = 40):
    """A network of entities (circle layout): edge width = sentences shared, colour = label."""
    import plotly.graph_objects as go

    weight: dict[str, int] = {}
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    for e in edges.itertuples():
        for node, name, label in ((e.source, e.source_name, e.source_label), (e.target, e.target_name, e.target_label)):
            weight[node] = weight.get(node, 0) + e.sentences
            names[node], labels[node] = name, label
    nodes = sorted(weight, key=lambda n: (-weight[n], names[n]))[:max_nodes]
    position = {n: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
                for i, n in enumerate(nodes)}
    fig = go.Figure()
    top = max(edges["sentences"].max(), 1) if len(edges) else 1
    for e in edges.itertuples():
        if e.source in position and e.target in position:
            (x0, y0), (x1, y1) = position[e.source], position[e.target]
            fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip",
                                     line={"width": 1 + 5 * e.sentences / top, "color": "#bbbbbb"},
                                     showlegend=False))
    for label, color in LABEL_COLORS.items():
        members = [n for n in nodes if labels[n] == label]
        if not members:
            continue
        fig.add_trace(go.Scatter(
            x=[position[n][0] for n in members], y=[position[n][1] for n in members], mode="markers+text",
            text=[names[n] for n in members], textposition="top center", name=label,
            marker={"size": [10 + 2 * math.sqrt(weight[n]) for n in members], "color": color},
            hovertext=[f"{names[n]} ({label}): {weight[n]} shared sentences" for n in members],
            hoverinfo="text"))
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"},
                      height=650, plot_bgcolor="white")
    return fig


def highlight_article(text: str, mentions, *, title: str | None = None) -> str:
    """The article as HTML, each mention in its label's colour (nested ones inside).

    >>> import pandas as pd
    >>> m = pd.DataFrame({"start": [0], "end": [5], "label": ["COUNTRY"], "entity_id": ["MAR"],
    ...                   "form": ["name"], "name": ["Morocco"]})
    >>> highlight_article("Maroc <b>", m).count("<mark")
    1
    >>> "&lt;b&gt;" in highlight_article("Maroc <b>", m)
    True
    """
    spans = sorted(((int(r.start), int(r.end), r.label, r.entity_id, r.form, r.name) for r in mentions.itertuples()),
                   key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    stack: list[int] = []
    pos = 0
    for start, end, label, entity_id, form, name in spans:
        while stack and stack[-1] <= start:
            close = stack.pop()
            out.append(html.escape(text[pos:close]) + "</mark>")
            pos = close
        if stack and end > stack[-1]:
            continue  # crosses an open mention: left out
        out.append(html.escape(text[pos:start]))
        color = LABEL_COLORS.get(label, "#999999")
        tip = html.escape(f"{label} · {name} · {entity_id} · {form}", quote=True)
        border = "dashed" if form == "title" else "solid"
        out.append(f'<mark title="{tip}" style="background:{color}22;border-bottom:2px {border} {color};'
                   f'padding:0 1px">')
        pos = start
        stack.append(end)
    while stack:
        close = stack.pop()
        out.append(html.escape(text[pos:close]) + "</mark>")
        pos = close
    out.append(html.escape(text[pos:]))
    legend = " ".join(f'<span style="border-bottom:2px solid {c};padding:0 4px">{html.escape(l)}</span>'
                      for l, c in LABEL_COLORS.items())
    heading = f"<h4>{html.escape(title)}</h4>" if title else ""
    body = "".join(out).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return f'<div class="entities">{heading}<p>{legend}</p><p>{body}</p></div>'
