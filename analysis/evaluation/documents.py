"""Document fields scored against ``gold.json``: publication date, language and source.

The gold gives, per article, ``published`` (ISO date), ``language`` and
``source`` (the outlet; ``null`` when the file names none, e.g. a wire story
with a dateline only).  Each field is right when it equals the gold value:
dates exactly, language codes exactly, sources ignoring case and runs of
spaces.  ``source_accuracy`` counts only articles whose gold source is not
``null``; an article missing from the corpus (rejected) is wrong on every field.

>>> import datetime as dt
>>> import pandas as pd
>>> class C: documents = pd.DataFrame({"doc_id": ["a.txt", "b.txt"],
...     "published": pd.to_datetime([dt.date(2023, 12, 20), None]),
...     "language": ["fr", "en"], "source": ["RFI", None]})
>>> gold = {"a.txt": {"published": "2023-12-20", "language": "fr", "source": "rfi"},
...         "b.txt": {"published": "2023-05-08", "language": "en", "source": None}}
>>> per_article, headline = score(C(), gold)
>>> headline["published_accuracy"], headline["language_accuracy"], headline["source_accuracy"]
(0.5, 1.0, 1.0)
"""

from __future__ import annotations

__all__ = ["score"]


def _published(value) -> str | None:
    import pandas as pd

    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def _same_source(found, expected: str) -> bool:
    if not isinstance(found, str):
        return False
    return " ".join(found.split()).casefold() == " ".join(expected.split()).casefold()


def score(corpus, gold: dict):
    """``(per-article DataFrame, headline dict)`` for the document fields of ``corpus``."""
    import pandas as pd

    documents = corpus.documents
    by_id = documents.set_index("doc_id") if len(documents) else None
    rows = []
    for doc_id, annotation in gold.items():
        if doc_id.startswith("_"):
            continue
        found = (by_id.loc[doc_id] if by_id is not None and doc_id in by_id.index else None)
        published = _published(found["published"]) if found is not None else None
        language = found["language"] if found is not None else None
        source = found["source"] if found is not None else None
        source = source if isinstance(source, str) else None
        expected_source = annotation.get("source")
        rows.append({
            "doc_id": doc_id,
            "published": published,
            "gold_published": annotation.get("published"),
            "published_ok": published == annotation.get("published"),
            "language": language,
            "gold_language": annotation.get("language"),
            "language_ok": language == annotation.get("language"),
            "source": source,
            "gold_source": expected_source,
            "source_ok": (None if expected_source is None
                          else _same_source(source, expected_source)),
        })
    columns = ["doc_id", "published", "gold_published", "published_ok", "language", "gold_language",
               "language_ok", "source", "gold_source", "source_ok"]
    per_article = pd.DataFrame(rows, columns=columns)
    scored_sources = [row["source_ok"] for row in rows if row["source_ok"] is not None]
    n = len(per_article)
    headline = {
        "articles": n,
        "published_accuracy": float(per_article["published_ok"].sum()) / n if n else 1.0,
        "language_accuracy": float(per_article["language_ok"].sum()) / n if n else 1.0,
        "sources_scored": len(scored_sources),
        "source_accuracy": sum(scored_sources) / len(scored_sources) if scored_sources else 1.0,
    }
    return per_article, headline
