"""Milestones scored against ``gold.json``: are the dated events of each article found?

The gold lists, per article, the dates of its milestones, each required
(``1``) or optional (``0``).  The comparison is by date, one per distinct
date an article's milestones carry:

- a predicted date *matches* a gold date when it is equal to it or refines
  it (``2016-03-14`` matches ``2016-03``; ``2016`` does not match
  ``2016-03``: a coarser date is a miss);
- recall: required gold dates matched / required gold dates;
- precision: predicted dates matching a gold date (required or optional) /
  predicted dates.  An extra date is fine only if the gold lists it as optional.

>>> import pandas as pd
>>> from analysis.schema import MILESTONES
>>> class C: milestones = pd.DataFrame([("a.txt", 0, "2016-03", "month", "visit", "042", [], [], "", "", "actual"),
...                                     ("a.txt", 1, "1999", "year", "visit", "042", [], [], "", "", "actual")],
...                                    columns=list(MILESTONES))
>>> per_article, headline = score(C(), {"a.txt": {"milestones": [["2016-03", 1], ["2002-10", 1]]}})
>>> headline["recall"], headline["precision"], per_article["misses"].tolist()
(0.5, 0.5, [['2002-10']])
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["score", "date_matches"]


_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "AU": (9, 10, 11),
                  "WI": (12, 13, 14)}  # winter runs into the next year: 13, 14 = January, February


def date_matches(predicted: str, gold: str) -> bool:
    """Whether a predicted date is the gold date or a more precise form of it.

    Gold dates may also use TIMEX3's week and season forms (``2024-W24``,
    ``2022-SP``): a day inside that ISO week, or a month or day inside that
    season, refines them.

    >>> date_matches("2016-03-14", "2016-03"), date_matches("2016", "2016-03")
    (True, False)
    >>> date_matches("2024-06-10", "2024-W24"), date_matches("2024-06-17", "2024-W24")
    (True, False)
    >>> date_matches("2022-04", "2022-SP"), date_matches("2023-01-15", "2022-WI"), date_matches("2022-07", "2022-SP")
    (True, True, False)
    """
    if predicted == gold or predicted.startswith(gold + "-"):
        return True
    week = re.fullmatch(r"(\d{4})-W(\d{2})", gold)
    if week:
        try:
            day = dt.date.fromisoformat(predicted)
        except ValueError:
            return False
        return day.isocalendar()[:2] == (int(week.group(1)), int(week.group(2)))
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", gold)
    found = re.match(r"(\d{4})-(\d{2})(?:-\d{2})?$", predicted)
    if season and found:
        months_in = int(found.group(2)) + 12 * (int(found.group(1)) - int(season.group(1)))
        return months_in in _SEASON_MONTHS[season.group(2)]
    return False


def score(corpus, gold: dict):
    """``(per-article DataFrame, headline dict)`` for the milestones of ``corpus``."""
    import pandas as pd

    milestones = corpus.milestones
    rows = []
    for doc_id, annotation in gold.items():
        if doc_id.startswith("_"):
            continue
        entries = annotation.get("milestones", [])
        required = [str(d) for d, req in entries if req]
        allowed = [str(d) for d, _ in entries]
        mine = milestones.loc[milestones["doc_id"] == doc_id, "date"] if len(milestones) else []
        predicted = sorted({str(d) for d in mine if d is not None and d == d})
        found = [g for g in required if any(date_matches(p, g) for p in predicted)]
        correct = [p for p in predicted if any(date_matches(p, g) for g in allowed)]
        rows.append({
            "doc_id": doc_id,
            "required": len(required),
            "found": len(found),
            "predicted": len(predicted),
            "correct": len(correct),
            "recall": len(found) / len(required) if required else 1.0,
            "precision": len(correct) / len(predicted) if predicted else 1.0,
            "misses": [g for g in required if g not in found],
            "extras": [p for p in predicted if p not in correct],
        })
    per_article = pd.DataFrame(rows, columns=["doc_id", "required", "found", "predicted", "correct",
                                              "recall", "precision", "misses", "extras"])
    required, found = int(per_article["required"].sum()), int(per_article["found"].sum())
    predicted, correct = int(per_article["predicted"].sum()), int(per_article["correct"].sum())
    recall = found / required if required else 1.0
    precision = correct / predicted if predicted else 1.0
    headline = {
        "articles": len(per_article),
        "required dates": required,
        "recall": recall,
        "precision": precision,
        "f1": 2 * recall * precision / (recall + precision) if recall + precision else 0.0,
        "misses": int(per_article["misses"].map(len).sum()) if len(per_article) else 0,
        "extras": int(per_article["extras"].map(len).sum()) if len(per_article) else 0,
    }
    return per_article, headline
