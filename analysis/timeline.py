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
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
                  "decade": 6}


def dyad_of(countries) -> str:
    """``['RUS', 'MAR']`` → ``'MAR-RUS'`` (sorted ISO3 codes joined by a hyphen)."""
    return "-".join(sorted(map(str, countries))) if countries is not None else ""


def _fits(date_a, precision_a, date_b, precision_b) -> bool:
    """Whether two dates can name the same event (the rule :func:`_clusters` indexes)."""
    if "decade" in (precision_a, precision_b):
        return date_a[:3] == date_b[:3]
    return compatible(date_a, date_b)


def _prefixes(date: str) -> list[str]:
    """``'2016-03-14'`` → ``['2016', '2016-03']``: the dates it refines."""
    out, i = [], date.find("-", 1)
    while i != -1:
        out.append(date[:i])
        i = date.find("-", i + 1)
    return out


def _clusters(milestones):
    """``(key, date, precision, row positions)`` of each timeline entry (see the module docstring).

    Dated rows are taken finest first; each joins, among the entries of its
    key (dyad and kind) whose date fits its own (:func:`_fits`), the one with
    the most reports (the first made on a tie), or starts a new one.  The
    entries that fit a date are found through buckets (its exact date, each
    date it refines, its first three digits for decades) that keep their
    best entry, so a row costs a few look-ups whatever the size of the corpus.
    """
    dates = milestones["date"].tolist()
    precisions = milestones["precision"].tolist()
    countries, kinds = milestones["countries"].tolist(), milestones["kind"].tolist()
    order: dict[int, str] = {}
    for pos, date in enumerate(dates):
        if date is None or date != date:          # None or NaN
            continue
        # one string orders like (rank, date): the rank is a single digit
        order[pos] = f"{PRECISION_RANK.get(precisions[pos], 9)}{date}"
    entries: list[list] = []        # [date, precision, members, buckets of the key's index]
    sizes: list[int] = []           # members of each entry
    by_key: dict[tuple, list[int]] = {}       # key → its entries, in the order they were made
    index: dict[tuple, dict[str, int]] = {}   # key → bucket → its best entry
    buckets_of: dict[tuple, tuple[list, list]] = {}    # (date, decade?) → (to look in, to join)
    dyads: dict[tuple, str] = {}
    for pos in sorted(order, key=order.__getitem__):
        date, precision, listed = str(dates[pos]), precisions[pos], countries[pos]
        if listed is None:
            dyad = ""
        else:                       # dyad_of, once per distinct list of countries
            names = tuple(map(str, listed))
            dyad = dyads.get(names)
            if dyad is None:
                dyad = dyads[names] = "-".join(sorted(names))
        key = (dyad, kinds[pos])
        decade = precision == "decade"
        looked = buckets_of.get((date, decade))
        if looked is None:
            looked = buckets_of[(date, decade)] = _buckets(date, decade)
        best = index.get(key)
        if best is None:
            best = index[key] = {}
        chosen, size = None, 0
        for bucket in looked[0]:    # the entry with most members, the first made on a tie
            found = best.get(bucket)
            if found is not None and (chosen is None or sizes[found] > size
                                      or (sizes[found] == size and found < chosen)):
                chosen, size = found, sizes[found]
        if chosen is None:
            chosen = len(entries)
            entries.append([date, precision, [pos], looked[1]])
            sizes.append(1)
            by_key.setdefault(key, []).append(chosen)
            for bucket in looked[1]:
                best.setdefault(bucket, chosen)
        else:
            entry = entries[chosen]
            entry[2].append(pos)
            size = sizes[chosen] = size + 1
            for bucket in entry[3]:
                other = best[bucket]
                if other != chosen and (size > sizes[other] or (size == sizes[other] and chosen < other)):
                    best[bucket] = chosen
    return [(key, entries[i][0], entries[i][1], entries[i][2]) for key, made in by_key.items() for i in made]


def _buckets(date: str, decade: bool) -> tuple[list[str], list[str]]:
    """(buckets where the entries a date fits are, buckets an entry of this date is put in).

    ``=d``: entries of date ``d``; ``<d``: entries that refine ``d``;
    ``D`` + three digits: decades; ``A`` + three digits: every entry.
    """
    if decade:
        return ["A" + date[:3]], ["A" + date[:3], "D" + date[:3]]
    look, own = ["D" + date[:3]], ["A" + date[:3]]
    if date:                            # an empty date fits nothing but a decade
        prefixes = _prefixes(date)
        look += ["=" + date, "<" + date] + ["=" + prefix for prefix in prefixes]
        own += ["=" + date] + ["<" + prefix for prefix in prefixes]
    return look, own


def _source_rank(doc_ids: set, documents) -> dict:
    """Rank of each article among the sources of an entry: by publication (as text, the
    undated last), then by name.  A ``datetime64`` column is ordered as numbers (the same
    order as its text: ISO, four-digit years)."""
    import pandas as pd

    if documents is None or not len(documents) or "published" not in documents:
        return {d: i for i, d in enumerate(sorted(doc_ids))}
    column = documents["published"]
    if not pd.api.types.is_datetime64_dtype(column):
        published = {d: str(p) for d, p in zip(documents["doc_id"].tolist(), column.tolist())
                     if p is not None and p == p}
        return {d: i for i, d in enumerate(sorted(doc_ids, key=lambda d: (published.get(d, "9999"), d)))}
    dated = documents.loc[column.notna(), ["doc_id", "published"]].drop_duplicates("doc_id", keep="last")
    frame = pd.DataFrame({"doc_id": sorted(doc_ids)}).merge(dated, on="doc_id", how="left", sort=False)
    frame = frame.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    return {d: i for i, d in enumerate(frame["doc_id"].tolist())}


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
    doc_ids, labels = milestones["doc_id"].tolist(), milestones["label"].tolist()
    countries = milestones["countries"].tolist()
    english: set = set()
    if documents is not None and len(documents) and "language" in documents:
        english = set(documents.loc[documents["language"] == "en", "doc_id"].tolist())
    rank = _source_rank(set(doc_ids), documents)
    rows = []
    for key, date, precision, members in _clusters(milestones):
        sources = sorted({doc_ids[p] for p in members}, key=rank.__getitem__)
        # the longest label of an English report if there is one (labels name things as
        # the text does), else the longest of any report; the first of the longest
        label = preferred = None
        for p in members:
            text = labels[p]
            if text is None or text != text:
                continue
            text = str(text)
            if label is None or len(text) > len(label):
                label = text
            if (not english or doc_ids[p] in english) and (preferred is None or len(text) > len(preferred)):
                preferred = text
        rows.append((_timeline_id(key, date), date, precision, key[1],
                     sorted(str(c) for c in countries[members[0]]),
                     preferred if preferred is not None else (label if label is not None else ""),
                     sources, len(sources)))
    table = pd.DataFrame(rows, columns=list(TIMELINE))
    return table.sort_values(["date", "timeline_id"], kind="stable").reset_index(drop=True)
