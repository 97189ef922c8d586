"""Ending cooperation or aid: a cooperation term governed by a terminative word.

« Nous mettons fin à notre coopération militaire », « a suspendu son aide
budgétaire », "halted all US assistance", "aid was suspended": the term of
material cooperation, aid or diplomatic cooperation is not pursued but
ended, and its event takes the counterpart code of
:data:`~analysis.lang.event_markers.TERMINATED_CODES` (162 reduce or stop
material aid, 160 reduce relations) with that code's Goldstein weight.  The
terminative words are cues (kinds ``endbefore`` and ``endafter``, tables
``TERMINATIVE_*`` of :mod:`analysis.lang.event_markers`) found by the one
Aho-Corasick pass of :mod:`.cues`; :func:`ended` reads only those within
:data:`_END_REACH` characters of each term (bisection of their starts).

>>> from analysis.text import Document
>>> from analysis.vocabulary import code_events, find_terms
>>> doc = Document("d", "L'Union européenne a suspendu son aide budgétaire au Niger.", "fr")
>>> [(e[2], e[6]) for e in code_events(doc, find_terms(doc), [])]
[('162', 'suspendu son aide budgétaire')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..lang import event_markers as M
from .lexicon import cameo_weights

__all__ = ["ended", "END_KINDS"]

#: The cue kinds of the terminative words (kept apart from the mode cues).
END_KINDS = frozenset({"endbefore", "endafter"})
_FIRST_WORD = re.compile(r"[^\W_]+")

_END_GAP = 3     # words between a terminative word and its cooperation or aid term
_END_AFTER = 4   # words between the term and a terminative verb after it
_END_REACH = 40  # characters either side where those words are looked for
# what ends a clause or sentence between a terminative word and its term
_NE_BEFORE = re.compile(r"(?<![^\W_])n(?:e\s|['\u2019])")
_END_BREAK = re.compile(r"[,;:()\[\].!?\n\"\u201c\u201d]")


def ended(doc, coded: list[tuple], ends: list[tuple]) -> list[tuple]:
    """``coded`` with the cooperation and aid terms that are ended recoded.

    A term whose code has a counterpart in
    :data:`~analysis.lang.event_markers.TERMINATED_CODES` (material
    cooperation, aid, diplomatic cooperation) governed by a terminative word
    (« nous mettons fin à notre coopération militaire », « a suspendu son
    aide budgétaire », "halted all assistance", "aid was cut") becomes that
    counterpart (162 reduce or stop material aid, 160 reduce relations) with
    its Goldstein weight; its span grows to cover the terminative word, so
    the trigger reads « suspendu son aide budgétaire ».  The word stands
    before the term in the same clause, only determiners and at most one
    other word (not a verb: « le retrait serait coordonné ») between them,
    or right after it (« l'aide ... a été suspendue »).  « à la fin de »,
    "at the end of" are times, no ending.
    """
    counterparts = M.TERMINATED_CODES
    if not any(t[7] in counterparts for t in coded):
        return coded
    weights = cameo_weights()
    lower = doc.lower
    ends = sorted(ends)
    starts = [c[0] for c in ends]
    recoded = []
    for term in coded:
        code = counterparts.get(term[7])
        if code is None:
            recoded.append(term)
            continue
        start, end = term[2], term[3]
        new_start = new_end = None
        i = bisect_left(starts, start - _END_REACH)
        for cue_start, cue_end, kind, _, _ in ends[i:bisect_left(starts, end + _END_REACH)]:
            if kind == "endbefore" and cue_end <= start and _governs_before(lower, cue_start, cue_end, start):
                new_start = cue_start  # the nearest before wins (later in the list)
            elif (kind == "endafter" and cue_start >= end and new_end is None and new_start is None
                    and _governs_after(lower, end, cue_start)):
                new_end = cue_end
        if new_start is None and new_end is None:
            recoded.append(term)
            continue
        new_start = start if new_start is None else new_start
        new_end = end if new_end is None else new_end
        recoded.append((term[0], term[1], new_start, new_end, doc.text[new_start:new_end], term[5],
                        term[6], code, weights.get(code, term[8])))
    return recoded


def _governs_before(lower: str, cue_start: int, cue_end: int, start: int) -> bool:
    """Whether the terminative word ``lower[cue_start:cue_end]`` governs the term at ``start``."""
    if _END_BREAK.search(lower, cue_end, start):
        return False
    between = _FIRST_WORD.findall(lower, cue_end, start)
    if len(between) > _END_GAP:
        return False
    others = [w for w in between if w not in M.TERMINATIVE_BETWEEN]
    if len(others) > 1 or any(w in M.TERMINATIVE_NOT_BETWEEN for w in others):
        return False
    if lower.startswith("cess", cue_start) and _NE_BEFORE.search(lower, max(0, cue_start - 12), cue_start):
        return False  # « ne cesse de renforcer », « n'a cessé de développer »: keeps on
    if lower.startswith(("fin d", "end of"), cue_start):  # « à la fin de », "at the end of"
        before = _FIRST_WORD.findall(lower, max(0, cue_start - 16), cue_start)[-2:]
        if len(before) == 2 and before[1] in ("la", "the") and before[0] in M.TERMINATIVE_TIME_BEFORE:
            return False
    return True


def _governs_after(lower: str, end: int, cue_start: int) -> bool:
    """Whether a terminative verb at ``cue_start`` ends the term ending at ``end``."""
    if _END_BREAK.search(lower, end, cue_start):
        return False
    between = _FIRST_WORD.findall(lower, end, cue_start)
    return len(between) <= _END_AFTER and not any(w in M.COORDINATION_WORDS for w in between)
