"""The merged timeline (analysis/timeline.py): the merge rule, and its cost in proportion to the rows."""

import random
import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.schema import MILESTONES
from analysis.timeline import PRECISION_RANK, build_timeline, dyad_of, timeline_ids


def frame(rows):
    return pd.DataFrame(rows, columns=list(MILESTONES))


def milestone(doc_id, date, precision, kind="visit", countries=("MAR", "RUS"), label="Visit"):
    return (doc_id, 0, date, precision, kind, "042", list(countries), [], label, "…", "actual")


def fits(a, precision_a, b, precision_b):
    if "decade" in (precision_a, precision_b):
        return a[:3] == b[:3]
    return bool(a) and bool(b) and (a == b or a.startswith(b + "-") or b.startswith(a + "-"))


def plain_entries(rows):
    """The merge rule of the module docstring, written plainly (every entry compared with every row):
    ``(timeline_id of each row, row positions of each entry)``."""
    order = sorted((PRECISION_RANK.get(r[3], 9), str(r[2]), pos) for pos, r in enumerate(rows)
                   if r[2] is not None and r[2] == r[2])
    entries = {}
    ids = [None] * len(rows)
    for _, date, pos in order:
        key = (dyad_of(rows[pos][6]), rows[pos][4])
        found = [e for e in entries.get(key, []) if fits(e[0], e[1], date, rows[pos][3])]
        if found:
            entry = max(found, key=lambda e: len(e[2]))
        else:
            entry = [date, rows[pos][3], []]
            entries.setdefault(key, []).append(entry)
        entry[2].append(pos)
    for (dyad, kind), made in entries.items():
        for date, _, members in made:
            for pos in members:
                ids[pos] = f"{dyad or 'unknown'}/{kind}/{date}"
    return ids, [members for made in entries.values() for _, _, members in made]


_DATES = ["2016", "2016-03", "2016-03-14", "2016-03-15", "2016-05", "2016-05-02", "2010", "2019",
          "2015-2", "", None, "2016-03-14-x"]
_PRECISIONS = ["day", "week", "month", "quarter", "half", "year", "decade", None, "other"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from(_DATES),
                          st.sampled_from(_PRECISIONS), st.sampled_from(["visit", "talks"]),
                          st.sampled_from([("MAR", "RUS"), ("RUS", "MAR"), ("DZA",), ()]),
                          st.sampled_from(["Visit", "Royal visit to Moscow", None])),
                max_size=30))
def test_entries_follow_the_plain_merge_rule(specs):
    rows = [milestone(d, date, precision, kind, countries, label)
            for d, date, precision, kind, countries, label in specs]
    table = frame(rows)
    ids, entries = plain_entries(rows)
    assert timeline_ids(table) == ids
    timeline = build_timeline(table, None)
    assert sorted(timeline["n_sources"]) == sorted(len({rows[p][0] for p in members}) for members in entries)


def test_many_entries_of_one_dyad_cost_in_proportion_to_the_rows():
    """20,000 distinct days of one dyad and kind, then their months and years: each row costs a
    few look-ups (comparing each row with every entry of its dyad takes minutes)."""
    rng = random.Random(5)
    days = sorted({f"{rng.randrange(1950, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                   for _ in range(20_000)})
    rows = [milestone(f"d{i % 3000}", day, "day") for i, day in enumerate(days)]
    rows += [milestone(f"m{i}", day[:7], "month") for i, day in enumerate(days[::7])]
    rows += [milestone(f"y{i}", day[:4], "year") for i, day in enumerate(days[::50])]
    started = time.perf_counter()
    timeline = build_timeline(frame(rows), None)
    assert time.perf_counter() - started < 10      # about 0.3 s
    assert timeline["n_sources"].sum() >= len(days)


@pytest.mark.parametrize("countries, dyad", [(["RUS", "MAR"], "MAR-RUS"), ([], ""), (None, "")])
def test_dyad_of(countries, dyad):
    assert dyad_of(countries) == dyad
