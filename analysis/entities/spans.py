"""Questions about a set of spans answered by bisection, not by a scan of every span.

The passes of the entity stage ask, for each candidate, whether an
organisation's name (or a name hit) covers it.  Asked by looping over all the
spans, that costs the number of candidates times the number of spans: an
article of one repeated sentence (4 MB on one line in a fuzz run, issue 8) has
tens of thousands of both and took minutes.  :class:`Cover` sorts the spans
once and answers each question in O(log n) with the same result as the loop.

>>> cover = Cover([(10, 40), (12, 20), (50, 60)])
>>> cover.holds(15, 30), cover.holds(45, 55), cover.covers(59), cover.covers(60)
(True, False, True, False)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

__all__ = ["Cover"]


class Cover:
    """A set of ``(start, end)`` spans (in any order, overlapping or nested).

    For the spans starting at or before an offset, the furthest end any of them
    reaches is kept in a running maximum: some span ``(s, e)`` with ``s <= start``
    and ``end <= e`` exists exactly when that furthest end is ``>= end``.
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted((s, e) for s, e in spans)
        self._starts = [s for s, _ in ordered]
        self._reach = []
        far = -1
        for _, e in ordered:
            if e > far:
                far = e
            self._reach.append(far)

    def __len__(self) -> int:
        return len(self._starts)

    def _furthest(self, pos: int) -> int:
        """The furthest end of the spans starting at or before ``pos`` (-1 if none)."""
        i = bisect_right(self._starts, pos)
        return self._reach[i - 1] if i else -1

    def holds(self, start: int, end: int) -> bool:
        """Whether one span contains ``start:end`` (``s <= start and end <= e``)."""
        return self._furthest(start) >= end

    def covers(self, pos: int) -> bool:
        """Whether one span covers the offset ``pos`` (``s <= pos < e``)."""
        return self._furthest(pos) > pos
