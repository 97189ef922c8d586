"""Diplomatic vocabulary (issue 4). Placeholder: returns no rows until the lexicon lands."""


def find_terms(doc):
    """Rows of ``schema.TERMS`` for one document."""
    return []


def code_events(doc, terms, mentions):
    """Rows of ``schema.EVENTS`` for one document."""
    return []
