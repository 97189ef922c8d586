"""The diplomatic vocabulary scored against ``gold.json``: tone sign and CAMEO codes.

Per article of the gold (its keys are doc_ids):

- **tone**: the article's mean Goldstein weight over its actual events (the
  reported ones when it has none; :func:`analysis.vocabulary.stats.article_tone`),
  with the issue's figure over actual and reported events next to it
  (``tone_with_reported``), its label
  (cooperative > 0 > conflictual) and whether it agrees with the gold's
  ``tone``; an article without events is 'neutral', which agrees with no
  gold tone;
- **codes**: the CAMEO codes found (all modes), the root families present
  (``"04"`` for 040-046, ``"16"`` for 160-166) and the counts of events by
  mode, for reading next to the article.

Headline: articles scored, tone sign accuracy, events per article, share of
events whose source is known.

>>> import pandas as pd
>>> from analysis.schema import EVENTS
>>> events = pd.DataFrame([("a", 0, "161", -4.0, "DZA", "MAR", "rupture", "actual", 0, 7)],
...                       columns=list(EVENTS))
>>> documents = pd.DataFrame({"doc_id": ["a"], "published": ["2021-08-25"], "language": ["fr"]})
>>> class C: pass
>>> corpus = C(); corpus.events = events; corpus.documents = documents
>>> per_article, headline = score(corpus, {"a": {"tone": "conflictual"}})
>>> per_article.loc[0, "tone_ok"], headline["tone_accuracy"]
(np.True_, 1.0)
"""

from __future__ import annotations

import pandas as pd

from ..vocabulary.stats import article_tone, tone_label

__all__ = ["score", "code_families"]


def code_families(codes) -> list[str]:
    """The two-digit CAMEO roots of some codes ("057" → "05", "1313" → "13")."""
    return sorted({str(c)[:2] for c in codes if isinstance(c, str) and c})


def score(corpus, gold: dict) -> tuple[pd.DataFrame, dict]:
    """Per-article tone and codes against the gold, and the headline figures."""
    annotated = {k: v for k, v in gold.items() if isinstance(v, dict) and "tone" in v}
    documents = corpus.documents.loc[corpus.documents["doc_id"].isin(annotated)]
    events = corpus.events.loc[corpus.events["doc_id"].isin(annotated)]
    tone = article_tone(events, documents).set_index("doc_id")
    literal = article_tone(events, documents, modes=("actual", "reported"), fallback=()).set_index("doc_id")
    rows = []
    for doc_id, annotation in annotated.items():
        mine = events.loc[events["doc_id"] == doc_id]
        codes = sorted(set(mine["cameo"].dropna()))
        found = doc_id in tone.index
        label = tone.at[doc_id, "label"] if found else "missing"
        modes = mine["mode"].value_counts()
        rows.append({
            "doc_id": doc_id,
            "gold_tone": annotation["tone"],
            "tone": float(tone.at[doc_id, "tone"]) if found else float("nan"),
            "tone_with_reported": float(literal.at[doc_id, "tone"]) if found else float("nan"),
            "label": label,
            "tone_ok": label == annotation["tone"],
            "n_events": len(mine),
            "actual": int(modes.get("actual", 0)),
            "reported": int(modes.get("reported", 0)),
            "planned": int(modes.get("planned", 0)),
            "negated": int(modes.get("negated", 0)),
            "codes": " ".join(codes),
            "families": " ".join(code_families(codes)),
        })
    per_article = pd.DataFrame(rows)
    scored = per_article.loc[per_article["label"] != "missing"] if rows else per_article
    headline = {
        "articles": len(scored),
        "tone_accuracy": float(scored["tone_ok"].mean()) if len(scored) else float("nan"),
        "tone_accuracy_with_reported": float((scored["tone_with_reported"].map(tone_label)
                                              == scored["gold_tone"]).mean()) if len(scored) else float("nan"),
        "events_per_article": float(scored["n_events"].mean()) if len(scored) else float("nan"),
        "events_with_source": float(events["source"].notna().mean()) if len(events) else float("nan"),
    }
    return per_article, headline
