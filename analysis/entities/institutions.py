"""Named bodies and agreements that no table lists, found from their head noun.

A capitalised head noun (``analysis.lang.institutions``) grows into a name:
to the right with capitalised words, the listed lower-case adjectives,
country adjectives and "de X" complements (French: "Commission Mixte de
Coopération", "Comité de Travail russo-marocain", "Mémorandum d’entente");
to the left with capitalised words and country names (English: "Morocco-UK
Strategic Dialogue", "Association Agreement").  A head alone is never a name.

Bodies the press writes in lower case ("la Grande commission mixte de
coopération", "le comité de suivi", "le mécanisme de consultations
politiques", "the joint committee") are names when a definite determiner
stands before them and a qualifier (``analysis.lang.institutions``
``BODY_*`` tables) makes the head specific; "la commission" alone, or "une
commission d’enquête parlementaire a été créée" (an indefinite description),
are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from ..lang import institutions as lang
from .acronyms import coded_groups, defined_acronyms
from .gazetteer import COUNTRY, DEMONYM, HEAD, ORG, PREFIX, Gazetteer
from .keys import slug
from .scan import Layers, previous_word
from .spans import Cover

__all__ = ["find_institutions"]

_TOKEN = re.compile(r"[dDlL][’'](?=\w)|[^\W_]+(?:[-‐][^\W_]+)*|[’'&]")
# A token after optional spaces (group 1: the token).
_NEXT_TOKEN = re.compile(r"[ \u00a0]*(" + _TOKEN.pattern + ")")
_ELISION = ("d’", "d'", "l’", "l'")
_CONNECTORS = frozenset({"de", "des", "du", "pour", "sur", "et", "of", "for", "on", "and", *_ELISION})
_ARTICLES = frozenset({"la", "l’", "l'", "the"})
_SENTENCE_WORDS = frozenset({"le", "la", "les", "the", "a", "an", "un", "une", "ce", "cette", "il", "elle"})
_COUNTRY_KINDS = (COUNTRY, DEMONYM, PREFIX)
_START = itemgetter(0)


def find_institutions(doc, gz: Gazetteer, layers: Layers) -> list[tuple]:
    """``(start, end, label, entity_id, name, country)`` for pattern-built names."""
    text, lower = doc.text, doc.lower
    starts = None
    data_spans = None
    found: list[tuple] = []
    last_end = -1
    for h in layers.words:
        if h[2] != HEAD or h[0] < last_end:
            continue
        head_start, head_end = h[0], h[1]
        head_upper = text[head_start].isupper()
        if not head_upper:
            head = lower[head_start:head_end]
            body = head in lang.LOWERCASE_BODY_HEADS
            if not body and head not in lang.LOWERCASE_ORG_HEADS:
                continue
        if starts is None:  # name hits by start (a nested country wins over its container)
            starts = {x[0]: x for x in layers.names}
            for x in layers.nested:
                starts[x[0]] = x
            data_spans = Cover((x[0], x[1]) for x in layers.names if x[2] == ORG)
        if not head_upper and data_spans.covers(head_start):
            continue
        if not head_upper and body:
            span = _lowercase_body(text, lower, head_start, head_end, starts)
            if span is not None and not data_spans.holds(span[0], span[1]):
                found.append((span[0], span[1], h[3]))
                last_end = span[1]
            continue
        if lower[head_start:head_end] in lang.LEFT_ONLY_HEADS:
            right, seen_upper = head_end, False
        else:
            right, seen_upper = _grow_right(text, head_end, starts)
        if not seen_upper and not head_upper:  # "ministère …" grows only with a capitalised word
            right = head_end
            left = _qualified_ministry(lower, head_start, starts)
            if left is not None:  # "the Indian foreign ministry", "China's defence ministry"
                if not data_spans.holds(left, head_end):
                    found.append((left, head_end, h[3]))
                    last_end = head_end
                continue
        left = _extend_left(doc, head_start) if head_upper else head_start
        if right == head_end and left == head_start:
            continue
        start, end = left, right
        if data_spans.holds(start, end) or data_spans.holds(head_start, end):
            # a table's name already, or one that only gains words on its left
            # ("Russian-led Collective Security Treaty Organization": no agreement)
            continue
        found.append((start, end, h[3]))
        last_end = end
    if not found:
        return coded_groups(doc, defined_acronyms(doc, [], layers.names, given_names=gz.given_names),
                            layers.names)
    names = sorted(layers.names + layers.nested, key=_START)
    name_starts = [x[0] for x in names]
    rows = []
    for start, end, label in found:
        surface = text[start:end]
        inside = set()
        for k in range(bisect_left(name_starts, start), len(names)):
            x = names[k]
            if x[0] >= end:
                break
            if x[1] <= end and x[2] in _COUNTRY_KINDS:
                inside.add(x[3])
        country = next(iter(inside)) if len(inside) == 1 else None
        prefix = "org" if label == "ORG" else "agreement"
        entity_id = f"{prefix}:~{slug(surface)}"
        if lower.endswith(" ministry", start, end) and not text[end - 8].isupper():
            domain = lang.MINISTRY_QUALIFIERS_EN[_qualifier(lower, end - 8)]
            entity_id = f"org:ministry:{slug(domain)}:{country or '?'}"
        elif lower[start:start + 8] in ("ministèr", "ministry") or "ministry" in lower[start:end]:
            entity_id = f"org:ministry:{slug(_domain(lower[start:end]))}:{country or '?'}"
        rows.append((start, end, label, entity_id, " ".join(surface.split()), country))
    return coded_groups(doc, defined_acronyms(doc, rows, layers.names, given_names=gz.given_names),
                        layers.names)


def _qualifier(lower: str, head_start: int) -> str | None:
    """The ministry qualifier ending right before ``head_start`` ("foreign", "external
    affairs"), or None."""
    for q in lang.MINISTRY_QUALIFIERS_EN:
        if lower.endswith(q + " ", max(0, head_start - len(q) - 1), head_start) and \
                (head_start - len(q) - 1 == 0 or not lower[head_start - len(q) - 2].isalnum()):
            return q
    return None


def _qualified_ministry(lower: str, head_start: int, starts: dict) -> int | None:
    """Start of an English lower-case ministry name: a country word (or its possessive)
    and a qualifier before "ministry" ("the Indian foreign ministry", "Japan's defence
    ministry"), or None."""
    q = _qualifier(lower, head_start)
    if q is None:
        return None
    word_end = head_start - len(q) - 2     # the space before the qualifier
    for tail in ("", "'s", "’s"):
        end = word_end - len(tail)
        if tail and not lower.startswith(tail, end):
            continue
        for start in range(max(0, end - 40), end):
            hit = starts.get(start)
            if hit is not None and hit[1] == end and hit[2] in _COUNTRY_KINDS:
                return start
    return None


def _domain(name: str) -> str:
    for marker in (" des ", " de la ", " de l’", " de l'", " du ", " of "):
        if marker in name:
            return name.split(marker, 1)[1]
    return name


def _grow_right(text, pos, starts) -> tuple[int, bool]:
    end = pos
    seen_upper = False
    while True:
        tok = _NEXT_TOKEN.match(text, end)
        if tok is None:
            return end, seen_upper
        word = tok.group(1)
        low = word.lower()
        if word[0].isupper() and low not in _SENTENCE_WORDS:
            end, seen_upper = tok.end(), True
            continue
        hit = starts.get(tok.start(1))
        if hit is not None and hit[2] in _COUNTRY_KINDS:
            end = max(hit[1], tok.end())
            continue
        if low in lang.NAME_ADJECTIVES:
            end = tok.end()
            continue
        if low not in _CONNECTORS:
            return end, seen_upper
        nxt = _NEXT_TOKEN.match(text, tok.end())
        if nxt is not None and low not in ("et", "and") and nxt.group(1).lower() in _ARTICLES:
            nxt = _NEXT_TOKEN.match(text, nxt.end())
        if nxt is None:
            return end, seen_upper
        nword = nxt.group(1)
        lowered = nword.lower()
        if nword[0].isupper() and lowered not in _SENTENCE_WORDS:
            end, seen_upper = nxt.end(), True
            continue
        if low in ("de", "d’", "d'") and lowered in lang.NAME_COMPLEMENTS:
            end = nxt.end()
            continue
        return end, seen_upper


# The word (letters, hyphens inside) just before a position, then spaces.
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[-‐][^\W\d_]+)*)[ \u00a0]+\Z")


def _lowercase_body(text, lower, start, end, starts) -> tuple[int, int] | None:
    """``(start, end)`` of a body named with a lower-case head ("la commission mixte de
    coopération", "le comité de suivi", "the Saudi-Iranian joint committee"), or None.

    French: a qualifier right after the head (an adjective, "de" and a complement, a
    compound of countries), then the name grows right as with a capital; "Grande",
    "haute" before the head belong to it.  English: qualifiers (and country words)
    before the head.  Either way a definite determiner must stand before the name.
    """
    qualified = False
    tok = _NEXT_TOKEN.match(text, end)
    if tok is not None:
        low = tok.group(1).lower()
        if low in lang.BODY_QUALIFIERS:
            qualified = True
        elif low in ("de", "d’", "d'"):
            nxt = _NEXT_TOKEN.match(text, tok.end())
            qualified = nxt is not None and nxt.group(1).lower() in lang.BODY_COMPLEMENTS
        else:
            hit = starts.get(tok.start(1))
            qualified = hit is not None and hit[2] == PREFIX
    if qualified:
        end = _grow_right(text, end, starts)[0]
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is not None and m.group(1).lower() in lang.BODY_PREFIX_ADJECTIVES:
            start = m.start(1)
    else:
        english = 0
        while True:
            m = _WORD_BEFORE.search(text, max(0, start - 60), start)
            if m is None:
                break
            word = m.group(1).lower()
            hit = starts.get(m.start(1))
            if word in lang.BODY_QUALIFIERS_EN:
                english += 1
            elif hit is None or hit[2] not in _COUNTRY_KINDS:
                break
            start = m.start(1)
        if not english:
            return None
    if previous_word(lower, start) not in lang.BODY_DETERMINERS:
        return None
    return start, end


def _extend_left(doc, pos) -> int:
    """Start of the name growing left from ``pos`` (English order: "Strategic Dialogue")."""
    text = doc.text
    s_start = doc.sentences[doc.sentence_at(pos)][0] if doc.sentences else 0
    window = max(s_start, pos - 160)
    if pos > window:
        # the common cases: an apostrophe ("l’Assemblée": the elision cannot look past
        # ``pos``, so the apostrophe is a token of its own) or a lower-case word
        # ("la Commission", "d’un Partenariat") right before the head stop the name
        before = text[pos - 1]
        if before in "’'":
            return pos
        if before == " " and pos - 2 >= window:
            space = text.rfind(" ", window, pos - 1)
            word = text[space + 1 if space != -1 else window:pos - 1]
            word = word[max(word.rfind("’"), word.rfind("'")) + 1:]
            if word.isalpha() and word.islower() and word not in ("and", "of"):
                return pos
    # Tokens never hold a space, so tokenising from just after a space gives the same
    # last tokens as from the window's start: try a short stretch first.
    near = text.rfind(" ", window, max(window, pos - 48))
    if near != -1:
        start, complete = _grow_left(text, pos, near + 1)
        if complete:
            return start
    return _grow_left(text, pos, window)[0]


def _grow_left(text, pos, window) -> tuple[int, bool]:
    """``(start, complete)``: the name's start from the tokens of ``text[window:pos]``;
    ``complete`` is False when the first token was reached (earlier ones might matter)."""
    tokens = list(_TOKEN.finditer(text, window, pos))
    start = pos
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        if text[tok.end():start].strip(" -‐") or "\n" in text[tok.end():start]:
            break
        word = tok.group()
        if word[0].isupper() and word.lower() not in _SENTENCE_WORDS:
            start = tok.start()
            i -= 1
            continue
        if word.lower() in ("and", "&", "of") and i > 0 and tokens[i - 1].group()[0].isupper() \
                and tokens[i - 1].group().lower() not in _SENTENCE_WORDS:
            start = tokens[i - 1].start()
            i -= 2
            continue
        break
    else:
        return start, False
    return start, i > 0
