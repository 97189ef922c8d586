"""Relationship milestones (issue 5). Placeholder: returns no rows until milestones land."""


def find_milestones(doc, *, terms, events, mentions, timexes):
    """Rows of ``schema.MILESTONES`` for one document."""
    return []


def build_timeline(milestones, documents):
    """Rows of ``schema.TIMELINE`` merged across articles (a DataFrame in, a DataFrame out)."""
    import pandas as pd

    from .schema import TIMELINE

    return pd.DataFrame(columns=list(TIMELINE))
