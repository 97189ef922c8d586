"""Named bodies and agreements that no table lists, found from their head noun.

A capitalised head noun (``analysis.lang.institutions``) grows into a name:
to the right with capitalised words, the listed lower-case adjectives,
country adjectives and "de X" complements (French: "Commission Mixte de
Coopération", "Comité de Travail russo-marocain", "Mémorandum d’entente");
to the left with capitalised words and country names (English: "Morocco-UK
Strategic Dialogue", "Association Agreement").  A head alone is never a name.
"""

from __future__ import annotations

import re

from ..lang import institutions as lang
from .gazetteer import COUNTRY, DEMONYM, HEAD, ORG, PREFIX, Gazetteer
from .keys import slug
from .scan import Hit

__all__ = ["find_institutions"]

_TOKEN = re.compile(r"[dDlL][’'](?=\w)|[^\W_]+(?:[-‐][^\W_]+)*|[’'&]")
_SPACE = re.compile(r"[ \u00a0]+")
_ELISION = ("d’", "d'", "l’", "l'")


def _country_at(names: list[Hit], starts: dict, pos: int) -> bool:
    h = starts.get(pos)
    return h is not None and h.kind in (COUNTRY, DEMONYM, PREFIX)


def find_institutions(doc, gz: Gazetteer, names: list[Hit], words: list[Hit]) -> list[tuple]:
    """``(start, end, label, entity_id, name, country)`` for pattern-built names."""
    text, lower = doc.text, doc.lower
    starts = {h.start: h for h in names}
    data_spans = [(h.start, h.end) for h in names if h.kind == ORG]
    names = sorted(names)
    found: list[tuple] = []
    last_end = -1
    for h in words:
        if h.kind != HEAD or h.start < last_end:
            continue
        head_upper = text[h.start].isupper()
        if not head_upper and lower[h.start:h.end] not in lang.LOWERCASE_ORG_HEADS:
            continue
        if any(s <= h.start < e for s, e in data_spans) and not head_upper:
            continue
        right = _extend_right(text, lower, h.end, names, starts, require_upper=not head_upper)
        left = _extend_left(doc, h.start, starts) if head_upper else h.start
        if right == h.end and left == h.start:
            continue
        start, end = left, right
        if any(s <= start and end <= e for s, e in data_spans):
            continue
        found.append((start, end, h.ref))
        last_end = end
    rows = []
    for start, end, label in found:
        surface = text[start:end]
        inside = {x.ref for x in names if start <= x.start and x.end <= end and x.kind in (COUNTRY, DEMONYM, PREFIX)}
        country = next(iter(inside)) if len(inside) == 1 else None
        prefix = "org" if label == "ORG" else "agreement"
        entity_id = f"{prefix}:~{slug(surface)}"
        if lower[start:start + 8] in ("ministèr", "ministry") or "ministry" in lower[start:end]:
            entity_id = f"org:ministry:{slug(_domain(lower[start:end]))}:{country or '?'}"
        rows.append((start, end, label, entity_id, " ".join(surface.split()), country))
    return rows


def _domain(name: str) -> str:
    for marker in (" des ", " de la ", " de l’", " de l'", " du ", " of "):
        if marker in name:
            return name.split(marker, 1)[1]
    return name


def _extend_right(text, lower, pos, names, starts, *, require_upper) -> int:
    """End of the name growing right from ``pos`` (French order); with ``require_upper``
    ("ministère …") the name must hold a capitalised word, else it does not grow."""
    end, seen_upper = _grow_right(text, pos, names, starts)
    return end if seen_upper or not require_upper else pos


def _grow_right(text, pos, names, starts) -> tuple[int, bool]:
    end = pos
    seen_upper = False
    while True:
        m = _SPACE.match(text, end)
        at = m.end() if m else end
        tok = _TOKEN.match(text, at)
        if tok is None:
            return end, seen_upper
        word = tok.group()
        low = word.lower()
        if word[0].isupper() and not _is_sentence_word(low):
            end, seen_upper = tok.end(), True
            continue
        if _country_at(names, starts, tok.start()):
            end = _hit_end(starts, tok.start(), tok.end())
            continue
        if low in lang.NAME_ADJECTIVES:
            end = tok.end()
            continue
        connector = low in ("de", "des", "du", "pour", "sur", "et", "of", "for", "on", "and") or low in _ELISION
        if not connector:
            return end, seen_upper
        nxt_at = tok.end()
        m2 = _SPACE.match(text, nxt_at)
        nxt_at = m2.end() if m2 else nxt_at
        nxt = _TOKEN.match(text, nxt_at)
        if nxt is not None and low not in ("et", "and") and nxt.group().lower() in ("la", "l’", "l'", "the"):
            m3 = _SPACE.match(text, nxt.end())
            nxt = _TOKEN.match(text, m3.end() if m3 else nxt.end())
        if nxt is None:
            return end, seen_upper
        nword = nxt.group()
        lowered = nword.lower()
        if nword[0].isupper() and not _is_sentence_word(lowered):
            end, seen_upper = nxt.end(), True
            continue
        if low in ("de", "d’", "d'") and lowered in lang.NAME_COMPLEMENTS:
            end = nxt.end()
            continue
        return end, seen_upper


def _hit_end(starts, start, default):
    h = starts.get(start)
    return h.end if h is not None and h.end >= default else default


def _is_sentence_word(low: str) -> bool:
    return low in ("le", "la", "les", "the", "a", "an", "un", "une", "ce", "cette", "il", "elle")


def _extend_left(doc, pos, starts) -> int:
    """Start of the name growing left from ``pos`` (English order: "Strategic Dialogue")."""
    text = doc.text
    s_start = doc.sentences[doc.sentence_at(pos)][0] if doc.sentences else 0
    tokens = list(_TOKEN.finditer(text, max(s_start, pos - 160), pos))
    start = pos
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        if text[tok.end():start].strip(" -‐") or "\n" in text[tok.end():start]:
            break
        word = tok.group()
        if word[0].isupper() and not _is_sentence_word(word.lower()):
            start = tok.start()
            i -= 1
            continue
        if word.lower() in ("and", "&", "of") and i > 0 and tokens[i - 1].group()[0].isupper() \
                and not _is_sentence_word(tokens[i - 1].group().lower()):
            start = tokens[i - 1].start()
            i -= 2
            continue
        break
    return start
