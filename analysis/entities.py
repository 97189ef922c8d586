"""Entity mentions (issue 3). Placeholder: returns no rows until the entity annotator lands."""


def find_mentions(doc):
    """Rows of ``schema.MENTIONS`` for one document."""
    return []
