"""The output contract: every table the workbook writes, with its columns in order.

Notebooks, reports and later stages read these names; they are part of the
contract (``README.md`` → "Output contract").  Annotators return rows as
tuples in exactly this column order, ``doc_id`` first, so tables can be built
column-wise at the end of a run instead of one DataFrame per article.
"""

DOCUMENTS = (
    "doc_id", "path", "published", "source", "agency", "author", "title",
    "dateline_place", "language", "text", "n_sentences", "n_tokens", "sha256",
    "duplicate_of", "date_origin", "warnings",
)
SENTENCES = ("doc_id", "sent_id", "start", "end", "text")
REJECTED = ("path", "row", "reason")

MENTIONS = ("doc_id", "sent_id", "start", "end", "text", "label", "entity_id", "name",
            "country", "form", "role")
TERMS = ("doc_id", "sent_id", "start", "end", "text", "term", "category", "cameo",
         "goldstein")
EVENTS = ("doc_id", "sent_id", "cameo", "goldstein", "source", "target", "trigger", "mode",
          "start", "end")
TIMEXES = ("doc_id", "sent_id", "start", "end", "text", "value", "precision", "kind",
           "resolved")
MILESTONES = ("doc_id", "sent_id", "date", "precision", "kind", "cameo", "countries",
              "actors", "label", "evidence", "mode")
TIMELINE = ("timeline_id", "date", "precision", "kind", "countries", "label", "sources",
            "n_sources")

#: Every table, in the order ``python -m analysis annotate`` reports them.
TABLES = {
    "documents": DOCUMENTS,
    "sentences": SENTENCES,
    "mentions": MENTIONS,
    "terms": TERMS,
    "events": EVENTS,
    "timexes": TIMEXES,
    "milestones": MILESTONES,
    "timeline": TIMELINE,
    "rejected": REJECTED,
}

#: Tables built one article at a time (the rest are corpus-level).
PER_DOCUMENT = ("sentences", "mentions", "terms", "events", "timexes", "milestones")
