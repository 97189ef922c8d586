"""Acronyms an article defines: "le Gouvernement d'union nationale (GUN)" names a body,
and every later bare "GUN" is that body.

A capitalised acronym in parentheses whose letters are the initials of the words
right before it (connectors such as "de", "d'", "of", "the" left out, and a word's
hyphenated parts counted on their own) makes those words one ORG when no table or
head noun named them already, with the id ``org:~<slug>``; when a name found already
ends right before the parenthesis ("Organisation internationale pour les migrations
(OIM)"), the acronym takes that name's id.  Later uses of the acronym, as a whole
word with the same capitals, are mentions of the same body.  One regex over the text
finds the parentheses; each later use is one more regex search.

>>> import datetime
>>> from analysis.text import Document
>>> from analysis.entities import find_mentions
>>> doc = Document("d", "Le Front de libération nationale (FLN) a gagné. Le FLN gouverne.", "fr",
...                datetime.date(2024, 1, 1))
>>> [(r[4], r[6]) for r in find_mentions(doc) if r[5] == "ORG"]
[('Front de libération nationale', 'org:~front-de-liberation-nationale'), ('FLN', 'org:~front-de-liberation-nationale'), ('FLN', 'org:~front-de-liberation-nationale')]
"""

from __future__ import annotations

import re

from ..lang import institutions as lang
from .keys import slug

__all__ = ["defined_acronyms"]

_DEFINED = re.compile(r"\((?P<acronym>[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ]{1,7})\)")
_WORD_BEFORE = re.compile(r"(?:(?<=[\s’'(])|^)([^\W\d_]+(?:-[^\W\d_]+)*(?:['’]s)?)[\s]*\Z")
_ACRONYM_USE = re.compile(r"(?<![\w-])[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ]{1,7}(?![\w-])")
_ELIDED = re.compile(r"(?:^|\s)([dDlL])[’']\Z")


def defined_acronyms(doc, rows: list[tuple], names: list, *,
                     given_names: frozenset | set = frozenset()) -> list[tuple]:
    """``rows`` (the bodies found already, ``(start, end, label, entity_id, name,
    country)``) with the bodies the acronyms of ``doc`` define and their uses.  ``names`` are
    the table's name hits (an acronym that is a table's is left to the table).  A new
    body needs three letters or more and must not open with a given name ("Joe Biden
    (JB)" is no body)."""
    text = doc.text
    if "(" not in text:
        return rows
    definitions = [m for m in _DEFINED.finditer(text)
                   if sum(c.isupper() for c in m.group("acronym")) >= 2]
    if not definitions:
        return rows
    taken = {h[0] for h in names}
    others = None   # ends of the names that are no body ("Democratic Republic of Congo (DRC)")
    ends = {r[1]: r for r in rows}
    for h in names:
        if h[6] is not None and h[6][0] in ("ORG", "AGREEMENT"):
            ends.setdefault(h[1], (h[0], h[1], h[6][0], h[6][1], h[6][2], h[6][3]))
    out: list[tuple] = []
    dropped: set = set()
    defined: dict[str, tuple] = {}   # acronym -> (end of its definition, its columns)
    for m in definitions:
        acronym = m.group("acronym")
        a_start, a_end = m.start("acronym"), m.end("acronym")
        if a_start in taken:
            continue
        before_end = m.start()
        while before_end > 0 and text[before_end - 1] == " ":
            before_end -= 1
        body = ends.get(before_end)
        if body is None:
            if others is None:
                others = {h[1] for h in names if h[6] is None or h[6][0] not in ("ORG", "AGREEMENT")}
            if before_end in others:
                continue
        if body is None or body[3].startswith(("org:~", "agreement:~")):
            # a new body, or a head noun's name that the initials show longer ("Liberation
            # Front" of "Tigray People's Liberation Front (TPLF)")
            start = _initials_start(text, before_end, acronym) if len(acronym) >= 3 else None
            if start is None or text[start:before_end].split()[0] in given_names:
                if body is None:
                    continue
            elif body is None or start < body[0]:
                if body is not None:
                    dropped.add(body[:2])
                surface = " ".join(text[start:before_end].split())
                body = (start, before_end, body[2] if body else "ORG",
                        f"{'agreement' if body and body[2] == 'AGREEMENT' else 'org'}:~{slug(surface)}",
                        surface, body[5] if body else None)
                out.append(body)
        label, entity_id, name, country = body[2:]
        out.append((a_start, a_end, label, entity_id, name, country))
        defined.setdefault(acronym, (a_end, body[2:]))
    if defined:
        # later uses: one pass over the text's capitalised words, not one per acronym
        for use in _ACRONYM_USE.finditer(text):
            entry = defined.get(use.group())
            s = use.start()
            if entry is not None and s >= entry[0] and s not in taken and text[s - 1:s] != "(":
                out.append((s, use.end()) + entry[1])
    return [r for r in rows if r[:2] not in dropped] + out


def _initials_start(text: str, end: int, acronym: str) -> int | None:
    """Start of the words before ``end`` whose initials spell ``acronym``, or None."""
    letters = acronym.lower()
    pos = end
    k = len(letters)
    words = 0
    while k > 0:
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            return None
        word = m.group(1)
        pos = m.start(1)
        e = _ELIDED.search(text, max(0, pos - 3), pos)
        if e is not None:   # "d'union": the elided connector goes, the word stays
            pos = e.start(1)
        if word.lower() in lang.ACRONYM_SKIPPED and words:
            continue
        parts = word.split("-")
        for part in reversed(parts):
            if k == 0 or part[0].lower() != letters[k - 1]:
                return None
            k -= 1
        words += 1
    return pos if text[pos].isupper() and words >= 2 else None
