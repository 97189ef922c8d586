"""Figures of notebook 03: a dyad's timeline, all dyads, agreements, decades.

Kinds are shown by colour *and* symbol (readable in grey).  Hover text holds
article text (labels, evidence, file names): it is HTML-escaped, since
plotly renders a subset of HTML in hover labels.

The timelines show one marker per entry up to ``max_points`` entries
(:data:`analysis.plots.MAX_POINTS`); above, one marker per row, kind and
period (the finest of month, quarter, year, decade that fits), sized by the
entries it merges, whose hover gives their count, labels and one example
sentence, and the subtitle says so.  The all-dyads chart keeps its
``max_dyads`` busiest pairs on their own rows, the others on one.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from ..timeline import dyad_of, timeline_ids
from ..timeline_stats import dyad_timeline, to_timestamp
from . import MAX_POINTS, count_of, merging_period, subtitle

__all__ = ["KIND_STYLE", "MAX_DYADS", "timeline_figure", "dyads_figure",
           "cumulative_agreements_figure", "kinds_by_decade_figure", "hover_text", "merge_entries"]

#: Rows of the all-dyads chart: the busiest pairs; the others share one row.
MAX_DYADS = 40

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
    "reduction": ("#f7b6d2", "hexagon-open"),
    "talks_failed": ("#98df8a", "square-x"),
    "expulsion": ("#c49c94", "x-thin-open"),
    "legal": ("#6b6ecf", "triangle-left"),
    "force": ("#7b4173", "asterisk-open"),
    "commitment": ("#9edae5", "triangle-right"),
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


def merge_entries(table: pd.DataFrame, row: str, evidence: dict[str, str] | None = None, *,
                  max_points: int = MAX_POINTS) -> tuple[pd.DataFrame, str]:
    """Timeline entries merged per ``row`` (a column), kind and period.

    The period is the finest of month, quarter, year and decade giving at
    most ``max_points`` groups.  Returns the groups (columns: the row, kind,
    start, entries, reports, first, last, labels, example, example_label,
    example_date, example_evidence: the most reported entry stands for its
    group) and the period's name.
    """
    dates = table["date"].map(to_timestamp)
    starts, period = merging_period(dates, table[row], table["kind"], max_points=max_points)
    data = table.assign(start=starts, _order=-table["n_sources"]).sort_values(
        ["_order", "date"], kind="stable")
    keys = list(dict.fromkeys([row, "kind", "start"]))
    grouped = data.groupby(keys, sort=True, dropna=False)
    merged = grouped.agg(entries=("timeline_id", "size"), reports=("n_sources", "sum"),
                         first=("date", "min"), last=("date", "max"),
                         example=("timeline_id", "first"), example_label=("label", "first"),
                         example_date=("date", "first"), example_countries=("countries", "first"),
                         example_sources=("sources", "first"))
    labels = data.groupby([*keys, "label"], sort=False, dropna=False).size().rename("n").reset_index()
    labels = labels.sort_values([*keys, "n", "label"], ascending=[True] * len(keys) + [False, True])
    labels["text"] = labels["label"].astype(str) + " (" + labels["n"].astype(str) + ")"
    merged["labels"] = labels.groupby(keys, sort=True, dropna=False)["text"].agg(
        lambda texts: ", ".join(texts.iloc[:3]) + (", …" if len(texts) > 3 else ""))
    evidence = evidence or {}
    merged["example_evidence"] = merged["example"].map(lambda e: evidence.get(e, ""))
    return merged.reset_index(), period


def _merged_hover(group: pd.DataFrame, row: str) -> list[str]:
    esc = html.escape
    out = []
    for g in group.itertuples(index=False):
        if g.entries == 1:  # alone in its period: the entry's own hover
            out.append(hover_text({"label": g.example_label, "date": g.example_date, "kind": g.kind,
                                   "countries": g.example_countries, "sources": g.example_sources,
                                   "n_sources": g.reports}, g.example_evidence))
            continue
        span = g.first if g.first == g.last else f"{g.first} … {g.last}"
        where = "" if row == "kind" else f" · {esc(str(getattr(g, row)))}"
        parts = [f"<b>{count_of(int(g.entries), 'milestone')} merged</b> · {esc(str(g.kind))}{where}",
                 f"{esc(str(span))} · {count_of(int(g.reports), 'report')}",
                 f"labels: {_wrap(g.labels)}",
                 f"e.g. <b>{esc(str(g.example_label))}</b> ({esc(str(g.example_date))})"]
        if g.example_evidence:
            parts.append(f"<i>{_wrap(g.example_evidence)}</i>")
        out.append("<br>".join(parts))
    return out


def _merged_points(fig, merged: pd.DataFrame, row: str, *, showlegend=True):
    import plotly.graph_objects as go

    for kind, group in merged.groupby("kind", sort=False):
        colour, symbol = KIND_STYLE.get(kind, _DEFAULT_STYLE)
        fig.add_trace(go.Scatter(
            x=group["start"], y=group[row], mode="markers", name=kind, legendgroup=kind,
            showlegend=showlegend,
            marker=dict(color=colour, symbol=symbol, size=(6 + 3 * group["entries"] ** 0.5).clip(upper=30),
                        line=dict(width=1, color="white")),
            text=_merged_hover(group, row), hovertemplate="%{text}<extra></extra>"))


def _plot(fig, table, row, evidence, *, max_points) -> str | None:
    """Points of ``table`` on rows ``row``: every entry, or merged (returns the line saying so)."""
    if len(table) <= max_points:
        _points(fig, table, lambda g: g[row], evidence)
        return None
    merged, period = merge_entries(table, row, evidence, max_points=max_points)
    _merged_points(fig, merged, row)
    return (f"{count_of(len(table), 'milestone')} merged per {'kind' if row == 'kind' else 'pair, kind'} "
            f"and {period} (marker size: how many; hover: their labels and an example)")


def timeline_figure(timeline, milestones=None, *, dyad=None, date_from=None, date_to=None, title=None,
                    max_points: int = MAX_POINTS):
    """The timeline of one dyad: one row per kind, marker size by number of reports.

    Above ``max_points`` entries, one marker per kind and period (see the module).
    """
    rows = dyad_timeline(timeline, dyad, date_from=date_from, date_to=date_to)
    name = dyad if isinstance(dyad, str) else "-".join(dyad or [])
    if rows.empty:
        return _empty(f"No milestone for {name or 'this corpus'}")
    import plotly.graph_objects as go

    fig = go.Figure()
    note = _plot(fig, rows, "kind", _evidence_by_entry(milestones), max_points=max_points)
    fig.update_layout(title=title or f"Milestones of {name or 'all dyads'}",
                      height=380 if note is None else 400,
                      xaxis_title="date (first day of the period)", yaxis_title=None,
                      legend_title="kind", hoverlabel=dict(align="left"), **subtitle(note))
    return fig


def _dyad_rows(table: pd.DataFrame, max_dyads: int) -> tuple[pd.Series, str | None]:
    """Each entry's row: its dyad, or one shared row beyond the ``max_dyads`` busiest."""
    dyads = table["countries"].map(lambda c: dyad_of(c) or "(unknown)")
    counts = dyads.value_counts()
    if len(counts) <= max_dyads:
        return dyads, None
    kept = set(counts.index[:max_dyads - 1])
    others = len(counts) - len(kept)
    label = f"({others:,} other pairs)"
    note = (f"the {max_dyads - 1} pairs with most milestones on their own rows; the other {others:,} "
            f"({count_of(int(counts.iloc[max_dyads - 1:].sum()), 'milestone')}) on the last")
    return dyads.where(dyads.isin(kept), label), note


def dyads_figure(timeline, milestones=None, *, title="All dyads at a glance", max_points: int = MAX_POINTS,
                 max_dyads: int = MAX_DYADS):
    """Every dyad on its own row, milestones coloured and shaped by kind.

    Above ``max_points`` entries, one marker per pair, kind and period; above
    ``max_dyads`` pairs, the least reported share one row (see the module).
    """
    if timeline is None or timeline.empty:
        return _empty("No milestone in this corpus")
    import plotly.graph_objects as go

    rows, rows_note = _dyad_rows(timeline, max_dyads)
    table = timeline.assign(dyad=rows)
    fig = go.Figure()
    note = _plot(fig, table, "dyad", _evidence_by_entry(milestones), max_points=max_points)
    lines = [line for line in (note, rows_note) if line]
    fig.update_layout(title=title, height=max(300, 60 + 40 * table["dyad"].nunique()) + 20 * len(lines),
                      xaxis_title="date", legend_title="kind", hoverlabel=dict(align="left"),
                      **subtitle(*lines))
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
