"""Questions asked of the merged timeline (notebook 03) and its figures."""

import pandas as pd
import pytest

from analysis.milestones import build_timeline
from analysis.plots import milestones as plots
from analysis.schema import MILESTONES
from analysis.timeline_stats import (cumulative_agreements, dyad_timeline, dyads_overview,
                                     kinds_by_decade, parse_dyad, planned_and_past, summary,
                                     to_timestamp, visit_gaps)

ROWS = [
    # doc, date, kind, countries, label, mode
    ("ru-fr", "2002-10", "visit", ["MAR", "RUS"], "Royal visit to Moscow — Strategic Partnership", "actual"),
    ("ru-en", "2002-10", "visit", ["MAR", "RUS"], "Royal visit to Moscow", "actual"),
    ("ru-fr", "2006-09", "visit", ["MAR", "RUS"], "Official visit to Morocco", "actual"),
    ("ru-fr", "2016-03", "visit", ["MAR", "RUS"], "Royal visit to Moscow", "actual"),
    ("ru-fr", "2016-03", "agreement", ["MAR", "RUS"], "Agreement — Deepened Strategic Partnership", "actual"),
    ("ru-fr", "2025-10-16", "talks", ["MAR", "RUS"], "Talks in Moscow", "actual"),
    ("ru-fr", "2025-10-16", "agreement", ["MAR", "RUS"], "Agreement — Mémorandum d'entente", "actual"),
    ("ru-fr", "2025-10-16", "visit", ["MAR", "RUS"], "Visit to Moscow", "actual"),
    ("dz", "1976-03", "rupture", ["DZA", "MAR"], "Relations broken off", "actual"),
    ("dz", "1988-05", "restoration", ["DZA", "MAR"], "Relations restored", "actual"),
    ("uk", "2026", "session", ["GBR", "MAR"], "Session — Strategic Dialogue <script>", "planned"),
]


@pytest.fixture
def milestones():
    return pd.DataFrame([(doc, 0, date, {4: "year", 7: "month", 10: "day"}[len(date)], kind, None,
                          countries, [], label, f"Evidence of {label} & more", mode)
                         for doc, date, kind, countries, label, mode in ROWS], columns=list(MILESTONES))


@pytest.fixture
def timeline(milestones):
    return build_timeline(milestones, None)


def test_dyad_timeline_filters_by_countries_and_dates(timeline):
    rows = dyad_timeline(timeline, "rus-mar", date_from="2003", date_to="2016")
    assert rows["date"].tolist() == ["2006-09", "2016-03", "2016-03"]
    assert dyad_timeline(timeline, "MAR-CHN").empty
    assert parse_dyad("MAR-RUS") == parse_dyad(["RUS", "MAR"]) == frozenset({"MAR", "RUS"})


def test_dyads_overview(timeline):
    overview = dyads_overview(timeline)
    assert overview["dyad"].tolist() == ["MAR-RUS", "DZA-MAR", "GBR-MAR"]
    first = overview.iloc[0]
    assert (first["milestones"], first["first"], first["last"], first["sources"]) == (7, "2002-10", "2025-10-16", 2)


def test_gaps_between_high_level_visits(timeline):
    gaps = visit_gaps(timeline, "MAR-RUS")
    assert gaps[["previous", "date"]].values.tolist() == [["2002-10", "2006-09"], ["2006-09", "2016-03"]]
    assert gaps["gap_years"].tolist() == [3.9, 9.5]
    every_visit = visit_gaps(timeline, "MAR-RUS", high_level=False)
    assert every_visit["date"].tolist()[-1] == "2025-10-16"


def test_cumulative_agreements_and_decades(timeline):
    table = cumulative_agreements(timeline, "MAR-RUS")
    assert table.iloc[0].tolist() == [2016, 1, 1] and table.iloc[-1].tolist() == [2025, 1, 2]
    assert len(table) == 10          # the years between are there, with none
    decades = kinds_by_decade(timeline)
    assert decades.loc["2010s", "agreement"] == 1 and decades.loc["1970s", "rupture"] == 1


def test_planned_apart_from_past(milestones):
    planned, past = planned_and_past(milestones)
    assert planned["date"].tolist() == ["2026"] and len(past) == len(ROWS) - 1
    planned, past = planned_and_past(milestones, "MAR-RUS")
    assert planned.empty and len(past) == 8


def test_summary_in_words(timeline, milestones):
    text = summary(timeline, milestones, "MAR-RUS")
    assert text.startswith("MAR-RUS: 7 milestones from 2002-10 to 2025-10-16")
    assert "9.5 years" in text and "2 agreements" in text
    assert summary(timeline, milestones, "MAR-CHN") == "No milestone was found for CHN-MAR in this corpus."


def test_empty_tables_do_not_break_anything():
    empty = build_timeline(pd.DataFrame(columns=list(MILESTONES)), None)
    milestones = pd.DataFrame(columns=list(MILESTONES))
    assert dyad_timeline(empty, "MAR-RUS").empty and dyads_overview(empty).empty
    assert visit_gaps(empty).empty and cumulative_agreements(empty).empty
    assert kinds_by_decade(empty).empty and all(t.empty for t in planned_and_past(milestones))
    for figure in (plots.timeline_figure(empty, milestones, dyad="MAR-RUS"), plots.dyads_figure(empty),
                   plots.cumulative_agreements_figure(cumulative_agreements(empty)),
                   plots.kinds_by_decade_figure(kinds_by_decade(empty))):
        assert figure.layout.annotations


def test_to_timestamp():
    assert to_timestamp("2016-03") == pd.Timestamp(2016, 3, 1)
    assert to_timestamp("2016") == pd.Timestamp(2016, 1, 1) and pd.isna(to_timestamp(None))


def test_timeline_figure_has_a_trace_per_kind_and_escaped_hover(timeline, milestones):
    fig = plots.timeline_figure(timeline, milestones, dyad="MAR-RUS")
    assert {t.name for t in fig.data} == {"visit", "agreement", "talks"}
    symbols = {t.name: t.marker.symbol for t in fig.data}
    assert len(set(symbols.values())) == 3
    hover = " ".join(text for t in fig.data for text in t.text)
    assert "Evidence of Royal visit to Moscow" in hover and "&amp; more" in hover
    fig = plots.dyads_figure(timeline, milestones)
    hover = " ".join(text for t in fig.data for text in t.text)
    assert "&lt;script&gt;" in hover and "<script>" not in hover
    assert set(fig.data[0].y) <= {"MAR-RUS", "DZA-MAR", "GBR-MAR"}


def test_figures_for_agreements_and_decades(timeline):
    fig = plots.cumulative_agreements_figure(cumulative_agreements(timeline, "MAR-RUS"))
    assert list(fig.data[1].y) == [1, 1, 1, 1, 1, 1, 1, 1, 1, 2]
    fig = plots.kinds_by_decade_figure(kinds_by_decade(timeline))
    assert fig.layout.barmode == "stack" and {t.name for t in fig.data} >= {"visit", "rupture"}
