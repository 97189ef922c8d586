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

:func:`coded_groups` reads codes of capitals and digits that a group word introduces
("les rebelles du M23", "M23 rebels"): armed groups, with every use of the code.

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

__all__ = ["defined_acronyms", "coded_groups"]

_DEFINED = re.compile(r"\((?P<acronym>[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ]{1,7})\)")
_WORD_BEFORE = re.compile(r"(?:(?<=[\s’'(])|^)([^\W\d_]+(?:-[^\W\d_]+)*(?:['’]s)?)[\s]*\Z")
_ACRONYM_USE = re.compile(r"(?<![\w-])[A-ZÀ-Þ][A-ZÀ-Þa-zà-ÿ]{1,7}(?![\w-])")
_ELIDED = re.compile(r"(?:^|\s)([dDlL])[’']\Z")
# "M23", "X12": capitals then digits, a whole word (no hyphen: "F-16")
_CODE = re.compile(r"(?<![\w\-–])[A-Z]{1,3}\d{1,3}(?![\w\-–])")
_CODE_BEFORE = re.compile(r"(?:^|\W)(?:" + "|".join(sorted(map(re.escape, lang.CODE_GROUP_BEFORE), key=len, reverse=True))
                          + r")\s+(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*)?"
                          + r"(?:(?:le|la|les|the)\s+)?\Z")
_CODE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, lang.CODE_GROUP_AFTER), key=len, reverse=True))
                         + r")\b")


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
        start = -1
        if body is None:
            if others is None:
                others = {}
                for h in names:
                    if h[6] is None or h[6][0] not in ("ORG", "AGREEMENT"):
                        others[h[1]] = min(h[0], others.get(h[1], h[0]))
            if before_end in others:
                # "Democratic Republic of Congo (DRC)" is no body; "Forces démocratiques de
                # libération du Rwanda (FDLR)", "Tehreek-e-Taliban Pakistan (TTP)" are: the
                # initials reach words before the country's name
                start = _initials_start(text, before_end, acronym) if len(acronym) >= 3 else None
                if start is None or start >= others[before_end]:
                    continue
        if body is None or body[3].startswith(("org:~", "agreement:~")):
            # a new body, or a head noun's name that the initials show longer ("Liberation
            # Front" of "Tigray People's Liberation Front (TPLF)")
            if start == -1:
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
            if k > 0 and part[0].lower() == letters[k - 1]:
                k -= 1
            elif part in lang.ACRONYM_SKIPPED_PARTS and part is not parts[0]:
                continue   # "Tehreek-e-Taliban", "Tahrir al-Sham": a connector inside a word
            else:
                return None
        words += 1 if len(parts) < 3 else 2   # "Lashkar-e-Taiba (LeT)": one word, a name
    return pos if text[pos].isupper() and words >= 2 else None


def coded_groups(doc, rows: list[tuple], names: list) -> list[tuple]:
    """``rows`` with the armed groups named by a code of letters and digits that a group
    word introduces ("les rebelles du M23", "the X12 militia"), and every other use of the
    same code in the article ("le M23 s'est emparé de …").  Codes a table names are left
    to the table.

    >>> import datetime
    >>> from analysis.text import Document
    >>> doc = Document("d", "Les rebelles du M23 ont pris Goma. Le M23 avance.", "fr",
    ...                datetime.date(2025, 1, 28))
    >>> [(r[0], r[3]) for r in coded_groups(doc, [], [])]
    [(16, 'org:~m23'), (38, 'org:~m23')]
    """
    text = doc.text
    uses = list(_CODE.finditer(text))
    if not uses:
        return rows
    lower = doc.lower
    groups = set()
    for m in uses:
        code = m.group()
        if code in groups:
            continue
        if _CODE_BEFORE.search(lower, max(0, m.start() - 40), m.start()) or \
                _CODE_AFTER.match(lower, m.end()):
            groups.add(code)
    if not groups:
        return rows
    taken = {h[0] for h in names} | {r[0] for r in rows}
    out = [(m.start(), m.end(), "ORG", f"org:~{slug(m.group())}", m.group(), None)
           for m in uses if m.group() in groups and m.start() not in taken]
    return rows + out if out else rows
