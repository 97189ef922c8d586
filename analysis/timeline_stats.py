"""Questions asked of the merged timeline: one dyad, all dyads, visits, agreements, decades.

Every function takes the ``timeline`` table (:func:`analysis.timeline.build_timeline`)
or the ``milestones`` table and returns a small DataFrame (or a sentence) for
notebook 03.  Dates are ISO text of varying precision; for arithmetic they
become the first day of their period (:func:`to_timestamp`).

>>> import pandas as pd
>>> from analysis.schema import TIMELINE
>>> t = pd.DataFrame([("a", "2002-10", "month", "visit", ["MAR", "RUS"], "Royal visit", ["x"], 1),
...                   ("b", "2016-03", "month", "visit", ["MAR", "RUS"], "Royal visit", ["x"], 1)],
...                  columns=list(TIMELINE))
>>> visit_gaps(t)[["date", "previous", "gap_years"]].values.tolist()
[['2016-03', '2002-10', 13.4]]
"""

from __future__ import annotations

import pandas as pd

from .lang.milestones import HIGH_LEVEL_QUALIFIERS, KIND_LABELS
from .schema import MILESTONES, TIMELINE
from .timeline import dyad_of

__all__ = [
    "to_timestamp", "parse_dyad", "dyad_timeline", "dyad_milestones", "dyads_overview",
    "visit_gaps", "cumulative_agreements", "kinds_by_decade", "planned_and_past", "summary",
]


def to_timestamp(value) -> pd.Timestamp:
    """``'2016-03'`` → 2016-03-01; ``'2016'`` → 2016-01-01; None → NaT."""
    if value is None or value != value or not str(value):
        return pd.NaT
    parts = str(value).split("-") + ["01", "01"]
    return pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2]))


def parse_dyad(dyad) -> frozenset:
    """``'MAR-RUS'``, ``'rus-mar'`` or ``['MAR', 'RUS']`` → ``frozenset({'MAR', 'RUS'})``."""
    if dyad is None:
        return frozenset()
    items = dyad.replace(",", "-").replace(" ", "-").split("-") if isinstance(dyad, str) else dyad
    return frozenset(str(c).strip().upper() for c in items if str(c).strip())


def _in_range(dates: pd.Series, date_from, date_to) -> pd.Series:
    keep = pd.Series(True, index=dates.index)
    if date_from:
        keep &= dates.map(lambda d: str(d)[:len(str(date_from))] >= str(date_from))
    if date_to:
        keep &= dates.map(lambda d: str(d)[:len(str(date_to))] <= str(date_to))
    return keep


def _of_dyad(table: pd.DataFrame, dyad) -> pd.Series:
    wanted = parse_dyad(dyad)
    if not wanted:
        return pd.Series(True, index=table.index)
    return table["countries"].map(lambda cs: wanted <= {str(c) for c in cs})


def dyad_timeline(timeline: pd.DataFrame, dyad=None, *, date_from=None, date_to=None) -> pd.DataFrame:
    """Timeline entries involving every country of ``dyad`` (all entries if None), by date."""
    if timeline is None or timeline.empty:
        return pd.DataFrame(columns=list(TIMELINE))
    keep = _of_dyad(timeline, dyad) & _in_range(timeline["date"], date_from, date_to)
    return timeline.loc[keep].sort_values("date", kind="stable").reset_index(drop=True)


def dyad_milestones(milestones: pd.DataFrame, dyad=None, *, date_from=None, date_to=None) -> pd.DataFrame:
    """The same filter on the milestones table (one row per report)."""
    if milestones is None or milestones.empty:
        return pd.DataFrame(columns=list(MILESTONES))
    keep = _of_dyad(milestones, dyad) & _in_range(milestones["date"], date_from, date_to)
    return milestones.loc[keep].sort_values("date", kind="stable").reset_index(drop=True)


def dyads_overview(timeline: pd.DataFrame) -> pd.DataFrame:
    """One row per set of countries: how many milestones, from when to when, of which kinds."""
    columns = ["dyad", "milestones", "first", "last", "kinds", "sources"]
    if timeline is None or timeline.empty:
        return pd.DataFrame(columns=columns)
    table = timeline.assign(dyad=timeline["countries"].map(dyad_of))
    rows = []
    for dyad, group in table.groupby("dyad", sort=False):
        kinds = group["kind"].value_counts()
        sources = {s for sources in group["sources"] for s in sources}
        rows.append((dyad or "(unknown)", len(group), group["date"].min(), group["date"].max(),
                     ", ".join(f"{k} {n}" for k, n in kinds.items()), len(sources)))
    return (pd.DataFrame(rows, columns=columns)
            .sort_values(["milestones", "dyad"], ascending=[False, True]).reset_index(drop=True))


def _high_level(label) -> bool:
    return str(label).split(" ")[0] in HIGH_LEVEL_QUALIFIERS


def visit_gaps(timeline: pd.DataFrame, dyad=None, *, high_level: bool = True) -> pd.DataFrame:
    """Consecutive visits of a dyad and the years between them.

    ``high_level`` keeps royal, state, presidential and official visits (the
    qualifier read in the text); if there are none, every visit is used.
    """
    columns = ["date", "label", "previous", "previous_label", "gap_years"]
    visits = dyad_timeline(timeline, dyad)
    visits = visits.loc[visits["kind"] == "visit"] if not visits.empty else visits
    if high_level and not visits.empty and visits["label"].map(_high_level).any():
        visits = visits.loc[visits["label"].map(_high_level)]
    if len(visits) < 2:
        return pd.DataFrame(columns=columns)
    visits = visits.sort_values("date", kind="stable")
    when = visits["date"].map(to_timestamp)
    gaps = (when - when.shift()).dt.days / 365.25
    table = pd.DataFrame({
        "date": visits["date"].to_numpy(), "label": visits["label"].to_numpy(),
        "previous": visits["date"].shift().to_numpy(), "previous_label": visits["label"].shift().to_numpy(),
        "gap_years": gaps.round(1).to_numpy(),
    })
    return table.iloc[1:].reset_index(drop=True)


def cumulative_agreements(timeline: pd.DataFrame, dyad=None) -> pd.DataFrame:
    """Agreements per year and their running total (years without one included)."""
    columns = ["year", "agreements", "cumulative"]
    rows = dyad_timeline(timeline, dyad)
    rows = rows.loc[rows["kind"] == "agreement"] if not rows.empty else rows
    if rows.empty:
        return pd.DataFrame(columns=columns)
    years = rows["date"].map(lambda d: int(str(d)[:4]))
    counts = years.value_counts().reindex(range(years.min(), years.max() + 1), fill_value=0).sort_index()
    return pd.DataFrame({"year": counts.index, "agreements": counts.to_numpy(),
                         "cumulative": counts.cumsum().to_numpy()})


def kinds_by_decade(timeline: pd.DataFrame, dyad=None) -> pd.DataFrame:
    """Milestones per decade (rows, ``1990s`` …) and kind (columns)."""
    rows = dyad_timeline(timeline, dyad)
    if rows.empty:
        return pd.DataFrame()
    decade = rows["date"].map(lambda d: f"{str(d)[:3]}0s")
    table = pd.crosstab(decade, rows["kind"]).sort_index()
    table.index.name, table.columns.name = "decade", "kind"
    return table


def planned_and_past(milestones: pd.DataFrame, dyad=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(planned milestones, the others): plans stated in the articles apart from what happened."""
    rows = dyad_milestones(milestones, dyad)
    columns = ["date", "kind", "label", "mode", "doc_id", "evidence"]
    if rows.empty:
        empty = pd.DataFrame(columns=columns)
        return empty, empty.copy()
    planned = rows["mode"] == "planned"
    return (rows.loc[planned, columns].reset_index(drop=True),
            rows.loc[~planned, columns].reset_index(drop=True))


_PLURAL = {"visit": "visits", "agreement": "agreements", "talks": "talks", "session": "sessions",
           "declaration": "statements", "rupture": "ruptures", "suspension": "suspensions",
           "restoration": "restorations", "recall": "recalls", "appointment": "appointments",
           "accession": "accessions", "election": "elections", "measure": "measures",
           "establishment": "establishments", "reduction": "reductions of relations",
           "talks_failed": "failed talks", "expulsion": "expulsions", "legal": "legal actions",
           "force": "uses of force", "commitment": "commitments to cooperate"}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary(timeline: pd.DataFrame, milestones: pd.DataFrame, dyad=None) -> str:
    """A few sentences on the chosen dyad's timeline, for the notebook's closing section."""
    name = "-".join(sorted(parse_dyad(dyad))) or "all dyads"
    rows = dyad_timeline(timeline, dyad)
    if rows.empty:
        return f"No milestone was found for {name} in this corpus."
    kinds = rows["kind"].value_counts()
    kinds_text = ", ".join(f"{n} {KIND_LABELS.get(k, k).lower() if n == 1 else _PLURAL.get(k, k)}"
                           for k, n in kinds.items())
    multi = int((rows["n_sources"] > 1).sum())
    text = [f"{name}: {_count(len(rows), 'milestone')} from {rows['date'].min()} to "
            f"{rows['date'].max()} ({kinds_text}); {multi} reported by more than one article."]
    gaps = visit_gaps(timeline, dyad)
    if not gaps.empty:
        longest = gaps.loc[gaps["gap_years"].idxmax()]
        text.append(f"The longest gap between visits is {longest['gap_years']:.1f} years "
                    f"({longest['previous']} to {longest['date']}).")
    agreements = cumulative_agreements(timeline, dyad)
    if not agreements.empty:
        total = int(agreements["cumulative"].iloc[-1])
        text.append(f"{_count(total, 'agreement')} {'is' if total == 1 else 'are'} dated, the first in "
                    f"{int(agreements.loc[agreements['agreements'] > 0, 'year'].iloc[0])}.")
    planned, _ = planned_and_past(milestones, dyad)
    if not planned.empty:
        text.append(f"{len(planned)} planned: " + "; ".join(
            f"{r.label} ({r.date})" for r in planned.itertuples()) + ".")
    return " ".join(text)
