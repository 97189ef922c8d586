"""Figures of notebook 03: a dyad's timeline, all dyads, agreements, decades.

Kinds are shown by colour *and* symbol (readable in grey).  Hover text holds
article text (labels, evidence, file names): it is HTML-escaped, since
plotly renders a subset of HTML in hover labels.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from ..timeline import dyad_of, timeline_ids
from ..timeline_stats import dyad_timeline, to_timestamp

__all__ = ["KIND_STYLE", "timeline_figure", "dyads_figure", "cumulative_agreements_figure",
           "kinds_by_decade_figure", "hover_text"]

#: kind → (colour, marker symbol)
KIND_STYLE = {
    "visit": ("#1f77b4", "circle"),
    "agreement": ("#ff7f0e", "diamond"),
    "talks": ("#2ca02c", "square"),
    "session": ("#17becf", "triangle-up"),
    "declaration": ("#7f7f7f", "triangle-down"),
    "rupture": ("#d62728", "x"),
    "suspension": ("#e377c2", "hexagon"),
    "restoration": ("#9467bd", "star"),
    "recall": ("#8c564b", "cross"),
    "appointment": ("#bcbd22", "pentagon"),
    "accession": ("#393b79", "star-diamond"),
    "election": ("#637939", "hourglass"),
    "measure": ("#843c39", "bowtie"),
    "establishment": ("#31a354", "star-triangle-up"),
}
_DEFAULT_STYLE = ("#444444", "circle-open")


def _wrap(text, width=80, limit=300) -> str:
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or ""


def hover_text(row, evidence: str | None = None) -> str:
    """Hover of one timeline entry: label, date, sources, evidence (all escaped)."""
    sources = ", ".join(str(s) for s in row["sources"])
    parts = [f"<b>{html.escape(str(row['label']))}</b>",
             f"{html.escape(str(row['date']))} · {html.escape(str(row['kind']))} · "
             f"{html.escape(dyad_of(row['countries']))}",
             f"sources ({int(row['n_sources'])}): {_wrap(sources)}"]
    if evidence:
        parts.append(f"<i>{_wrap(evidence)}</i>")
    return "<br>".join(parts)


def _evidence_by_entry(milestones) -> dict[str, str]:
    if milestones is None or milestones.empty:
        return {}
    ids = timeline_ids(milestones)
    out: dict[str, str] = {}
    for entry, evidence in zip(ids, milestones["evidence"]):
        if entry is not None and entry not in out:
            out[entry] = str(evidence)
    return out


def _empty(message: str):
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.add_annotation(text=html.escape(message), showarrow=False, x=0.5, y=0.5,
                       xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _points(fig, table, y, evidence, *, showlegend=True):
    import plotly.graph_objects as go

    for kind, group in table.groupby("kind", sort=False):
        colour, symbol = KIND_STYLE.get(kind, _DEFAULT_STYLE)
        fig.add_trace(go.Scatter(
            x=group["date"].map(to_timestamp), y=y(group), mode="markers", name=kind,
            legendgroup=kind, showlegend=showlegend,
            marker=dict(color=colour, symbol=symbol, size=(8 + 4 * group["n_sources"]).clip(upper=24),
                        line=dict(width=1, color="white")),
            text=[hover_text(row, evidence.get(row["timeline_id"])) for _, row in group.iterrows()],
            hovertemplate="%{text}<extra></extra>"))


def timeline_figure(timeline, milestones=None, *, dyad=None, date_from=None, date_to=None, title=None):
    """The timeline of one dyad: one row per kind, marker size by number of reports."""
    rows = dyad_timeline(timeline, dyad, date_from=date_from, date_to=date_to)
    name = dyad if isinstance(dyad, str) else "-".join(dyad or [])
    if rows.empty:
        return _empty(f"No milestone for {name or 'this corpus'}")
    import plotly.graph_objects as go

    fig = go.Figure()
    _points(fig, rows, lambda g: g["kind"], _evidence_by_entry(milestones))
    fig.update_layout(title=title or f"Milestones of {name or 'all dyads'}", height=380,
                      xaxis_title="date (first day of the period)", yaxis_title=None,
                      legend_title="kind", hoverlabel=dict(align="left"))
    return fig


def dyads_figure(timeline, milestones=None, *, title="All dyads at a glance"):
    """Every dyad on its own row, milestones coloured and shaped by kind."""
    if timeline is None or timeline.empty:
        return _empty("No milestone in this corpus")
    import plotly.graph_objects as go

    table = timeline.assign(dyad=timeline["countries"].map(lambda c: dyad_of(c) or "(unknown)"))
    fig = go.Figure()
    _points(fig, table, lambda g: g["dyad"], _evidence_by_entry(milestones))
    fig.update_layout(title=title, height=max(300, 60 + 40 * table["dyad"].nunique()),
                      xaxis_title="date", legend_title="kind", hoverlabel=dict(align="left"))
    return fig


def cumulative_agreements_figure(table: pd.DataFrame, *, title="Agreements over time"):
    """Running total of dated agreements (a step line) over the agreements of each year (bars)."""
    if table is None or table.empty:
        return _empty("No dated agreement")
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.add_trace(go.Bar(x=table["year"], y=table["agreements"], name="that year",
                         marker_color=KIND_STYLE["agreement"][0], opacity=0.5))
    fig.add_trace(go.Scatter(x=table["year"], y=table["cumulative"], name="cumulative",
                             mode="lines+markers", line_shape="hv", line_color="#333"))
    fig.update_layout(title=title, height=320, xaxis_title="year", yaxis_title="agreements")
    return fig


def kinds_by_decade_figure(table: pd.DataFrame, *, title="Milestones by kind per decade"):
    """Stacked bars: decades on x, one colour per kind."""
    if table is None or table.empty:
        return _empty("No milestone")
    import plotly.graph_objects as go

    fig = go.Figure()
    for kind in table.columns:
        fig.add_trace(go.Bar(x=list(table.index), y=table[kind], name=str(kind),
                             marker_color=KIND_STYLE.get(kind, _DEFAULT_STYLE)[0]))
    fig.update_layout(barmode="stack", title=title, height=340, xaxis_title="decade",
                      yaxis_title="milestones", legend_title="kind")
    return fig
