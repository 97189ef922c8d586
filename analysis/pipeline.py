"""One article through every annotator, in order.

``annotate_document`` is the only place that knows the order of the stages:
sentences → mentions → terms → events → timexes → milestones.  Each stage is
a function of the :class:`~analysis.text.Document` and the rows of the
stages before it, returning rows as tuples in the column order of
:mod:`analysis.schema`.
"""

from __future__ import annotations

from . import entities, milestones, temporal, vocabulary
from .text import Document


def annotate_document(doc: Document, stages=None) -> dict[str, list[tuple]]:
    """All per-article rows for one document, keyed by table name.

    ``stages`` may hold a dict of ``{stage_name: seconds}`` to add timings to
    (the benchmark's per-stage profile).
    """
    clock = _Clock(stages)
    rows: dict[str, list[tuple]] = {}
    rows["sentences"] = [(doc.doc_id, i, s, e, doc.text[s:e]) for i, (s, e) in enumerate(doc.sentences)]
    clock.tick("sentences")
    rows["mentions"] = entities.find_mentions(doc)
    clock.tick("mentions")
    rows["terms"] = vocabulary.find_terms(doc)
    clock.tick("terms")
    rows["events"] = vocabulary.code_events(doc, rows["terms"], rows["mentions"])
    clock.tick("events")
    rows["timexes"] = temporal.find_timexes(doc)
    clock.tick("timexes")
    rows["milestones"] = milestones.find_milestones(
        doc, terms=rows["terms"], events=rows["events"], mentions=rows["mentions"],
        timexes=rows["timexes"])
    clock.tick("milestones")
    return rows


class _Clock:
    __slots__ = ("stages", "last")

    def __init__(self, stages):
        self.stages = stages
        if stages is not None:
            from time import perf_counter

            self.last = perf_counter()

    def tick(self, name: str) -> None:
        if self.stages is None:
            return
        from time import perf_counter

        now = perf_counter()
        self.stages[name] = self.stages.get(name, 0.0) + now - self.last
        self.last = now
