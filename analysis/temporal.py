"""Temporal expressions (issue 5). Placeholder: returns no rows until the tagger lands."""


def find_timexes(doc):
    """Rows of ``schema.TIMEXES`` for one document."""
    return []
