"""The merged timeline: one entry per milestone, however many articles report it.

Two milestones are the same event when they have the same set of countries,
the same kind and compatible dates: equal, or one refining the other
(``2016-03`` and ``2016-03-14``; ``2016`` and ``2016-03``).  Compatibility is
not transitive (``2016`` fits both ``2016-03`` and ``2016-05``), so the most
precise dates are placed first and a vaguer one joins the entry with the
most reports among those it fits.  Language plays no part: a French and an
English report of the same meeting merge.

>>> import pandas as pd
>>> rows = [("fr.txt", 0, "2016-03", "month", "visit", "042", ["MAR", "RUS"], [], "Royal visit", "…", "actual"),
...         ("en.txt", 3, "2016-03-14", "day", "visit", "042", ["RUS", "MAR"], [], "Royal visit to Moscow", "…", "actual")]
>>> from analysis.schema import MILESTONES
>>> build_timeline(pd.DataFrame(rows, columns=list(MILESTONES)), None)[["date", "n_sources"]].values.tolist()
[['2016-03-14', 2]]
"""

from __future__ import annotations

from .schema import TIMELINE
from .temporal import compatible

__all__ = ["build_timeline", "timeline_ids", "dyad_of", "PRECISION_RANK"]

#: Finest first.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6}


def dyad_of(countries) -> str:
    """``['RUS', 'MAR']`` → ``'MAR-RUS'`` (sorted ISO3 codes joined by a hyphen)."""
    return "-".join(sorted(str(c) for c in countries)) if countries is not None else ""


def _fits(date_a, precision_a, date_b, precision_b) -> bool:
    if "decade" in (precision_a, precision_b):
        return date_a[:3] == date_b[:3]
    return compatible(date_a, date_b)


def _clusters(milestones):
    """``(key, date, precision, row positions)`` of each timeline entry (see the module docstring)."""
    precisions = list(milestones["precision"])
    keyed = []
    for pos, (countries, kind, date, precision) in enumerate(zip(
            milestones["countries"], milestones["kind"], milestones["date"], precisions)):
        if date is None or date != date:          # None or NaN
            continue
        keyed.append((PRECISION_RANK.get(precision, 9), str(date), pos, (dyad_of(countries), kind)))
    keyed.sort()
    clusters: dict[tuple, list[list]] = {}
    for _, date, pos, key in keyed:
        precision = precisions[pos]
        candidates = [c for c in clusters.get(key, ()) if _fits(c[0], c[1], date, precision)]
        if candidates:
            max(candidates, key=lambda c: len(c[2]))[2].append(pos)
        else:
            clusters.setdefault(key, []).append([date, precision, [pos]])
    return [(key, date, precision, members) for key, found in clusters.items()
            for date, precision, members in found]


def _timeline_id(key, date) -> str:
    dyad, kind = key
    return f"{dyad or 'unknown'}/{kind}/{date}"


def timeline_ids(milestones) -> list[str | None]:
    """The ``timeline_id`` of each row of a milestones table (None for an undated row)."""
    ids: list[str | None] = [None] * len(milestones)
    for key, date, _, members in _clusters(milestones.reset_index(drop=True)):
        for pos in members:
            ids[pos] = _timeline_id(key, date)
    return ids


def build_timeline(milestones, documents=None):
    """Rows of ``schema.TIMELINE`` (a DataFrame) merged across articles, by date.

    ``documents`` (the documents table, optional) orders each entry's sources
    by publication date and prefers the label of an English report; otherwise
    an entry takes the longest label of its reports.
    """
    import pandas as pd

    if milestones is None or len(milestones) == 0:
        return pd.DataFrame(columns=list(TIMELINE))
    milestones = milestones.reset_index(drop=True)
    published, english = {}, set()
    if documents is not None and len(documents) and "published" in documents:
        published = {d: str(p) for d, p in zip(documents["doc_id"], documents["published"])
                     if p is not None and p == p}
    if documents is not None and len(documents) and "language" in documents:
        english = {d for d, lang in zip(documents["doc_id"], documents["language"]) if lang == "en"}
    doc_ids, labels, countries = list(milestones["doc_id"]), list(milestones["label"]), list(milestones["countries"])
    rows = []
    for key, date, precision, members in _clusters(milestones):
        sources = sorted({doc_ids[p] for p in members}, key=lambda d: (published.get(d, "9999"), d))
        # the label of an English report if there is one (labels name things as the text does)
        named = [(doc_ids[p], str(labels[p])) for p in members if labels[p] is not None and labels[p] == labels[p]]
        preferred = [label for d, label in named if d in english or not english] or [x for _, x in named]
        rows.append((_timeline_id(key, date), date, precision, key[1],
                     sorted(str(c) for c in countries[members[0]]), max(preferred, key=len, default=""),
                     sources, len(sources)))
    table = pd.DataFrame(rows, columns=list(TIMELINE))
    return table.sort_values(["date", "timeline_id"], kind="stable").reset_index(drop=True)
