"""People: known actors, names introduced by a title or a role, and surnames read back.

Three passes over the capitalised word runs of a document:

1. every run is stripped of its leading titles, roles and country words
   ("le Président", "UK Foreign Secretary") — which become the evidence and the
   context (role, country) — and what remains is a candidate name;
2. a candidate is a person if the actors table knows it (an alias, or the same
   transliteration key), if a title/role introduces it (before it, or in
   apposition: "son homologue russe, Sergueï Lavrov"), or if it opens with a
   known given name;
3. single words (a surname: "Bourita", "M. Wang", "Lammy’s") join the full name
   seen in the article that contains them, else a known actor's short form,
   else — after a title only — a new person.

A person's ``entity_id`` is the actors table's id, or ``~`` and the
transliteration key of the full name (the same in French and English).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..lang import people as lang
from .gazetteer import (ACTOR, CITY, COUNTRY, CTITLE, DEMONYM, HEAD, HONORIFIC, ORG, PREFIX,
                        REGION, ROLE, SHORT, Gazetteer)
from .keys import name_key
from .scan import Hit

__all__ = ["Person", "find_people"]

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_PARTICLE = "|".join(sorted(lang.NAME_PARTICLES, key=len, reverse=True))
# A capitalised word: "Bourita", "Jean-Yves", "Sa'ar", "VI", or an initial "J.".  The
# capital comes first and the look-behind after it, so the regex engine can skip ahead.
_CAP = (rf"[{_UPPER}](?<![^\W_][{_UPPER}])(?:\.(?= ?[{_UPPER}])|[^\W_]*"
        rf"(?:(?:-[{_UPPER}]|['’][^\W\d_]{{2}})[^\W_]*)*)")
CAP_WORD = re.compile(_CAP)
# Capitalised words separated by a space, name particles ("bin", "von der") or "al-".
NAME_RUN = re.compile(rf"{_CAP}(?:(?: (?:(?:{_PARTICLE}) )*| (?:al|el)-)(?:{_CAP}))*")
_BLOCKING = frozenset({COUNTRY, DEMONYM, PREFIX, CTITLE, CITY, REGION, ORG})
_CLAUSE_END = re.compile(r"[.;:!?«»“”()\n]")
_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Person:
    entity_id: str
    name: str
    country: str | None
    role: str | None
    gender: str | None
    tokens: frozenset = field(default_factory=frozenset)
    first: int = 0


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    actor: str | None = None        # actor id when the table knows the whole name
    short: str | None = None        # actor id of a short form ("Poutine")
    evidence: bool = False          # a title, role or given name introduces it
    role: str | None = None
    country: str | None = None
    gender: str | None = None


class _Index:
    """Non-overlapping hits by start offset: "what covers this word?" in O(log n)."""

    def __init__(self, hits: list[Hit], text: str):
        self.hits = hits
        self.starts = [h.start for h in hits]
        self.at = {h.start: h for h in hits}

    def covering(self, start: int, end: int) -> Hit | None:
        h = self.at.get(start)
        if h is None:
            i = bisect_right(self.starts, start) - 1
            if i < 0:
                return None
            h = self.hits[i]
        return h if h.end >= end else None

    def ending_before(self, pos: int, window: int) -> list[Hit]:
        i = bisect_left(self.starts, pos)
        return [h for h in self.hits[max(0, i - 12):i] if h.end <= pos and h.end >= pos - window]


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words that may form one name, as lists of word spans
    (particles between them are left out: "Mohammed bin Salman" → two words)."""
    runs = []
    for m in NAME_RUN.finditer(text):
        group = m.group()
        pos = m.start()
        if " " not in group:
            runs.append([(pos, m.end())])
            continue
        words = []
        for part in group.split(" "):
            if part[:1].isupper():
                words.append((pos, pos + len(part)))
            elif part[:3] in ("al-", "el-"):
                words.append((pos + 3, pos + len(part)))
            pos += len(part) + 1
        runs.append(words)
    return runs


def find_people(doc, gz: Gazetteer, names: list[Hit], words: list[Hit],
                org_spans: list[tuple[int, int]]) -> tuple[list[tuple], list[Person], set]:
    """Person mentions ``(start, end, entity_id, name, country, "name", role)``, the people
    of the article, and the start offsets of role hits used as evidence for a name."""
    text = doc.text
    name_index = _Index(names, text)
    word_index = _Index(words, text)
    year = doc.published.year if doc.published is not None else None
    used_roles: set[int] = set()
    candidates: list[_Candidate] = []
    stop_words, lower = gz.stop_words, doc.lower
    for run in _runs(text):
        if len(run) == 1:
            s, e = run[0]
            if lower[s:e] in stop_words:
                continue
            h = name_index.covering(s, e)
            if h is not None and h.kind in _BLOCKING:
                continue
            if word_index.covering(s, e) is not None:
                continue
        candidates.extend(_candidates(run, doc, gz, name_index, word_index, used_roles))
    candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in org_spans)]

    people: dict[str, Person] = {}
    mentions: list[tuple] = []
    pending: list[_Candidate] = []
    for c in candidates:
        surface = text[c.start:c.end]
        if c.actor is None and c.short is None and len(_WORD.findall(surface)) < 2:
            pending.append(c)
            continue
        if c.actor is None and c.short is not None:
            pending.append(c)
            continue
        person = _person_for(c, surface, gz, people, year)
        if person is None:
            continue
        mentions.append((c.start, c.end, person.entity_id, person.name, person.country, "name", person.role))
    for c in pending:
        person = _resolve_single(c, text, gz, people, year)
        if person is not None:
            mentions.append((c.start, c.end, person.entity_id, person.name, person.country, "name",
                             person.role))
    mentions.sort()
    return mentions, list(people.values()), used_roles


def _candidates(run, doc, gz, name_index, word_index, used_roles):
    text, lower = doc.text, doc.lower
    i, n = 0, len(run)
    role = country = gender = None
    evidence = False
    role_hit_start = None
    while i < n:
        s, e = run[i]
        word = lower[s:e]
        cover = name_index.covering(s, e)
        wcover = word_index.covering(s, e)
        if wcover is not None and wcover.kind in (ROLE, HONORIFIC):
            evidence = True
            if wcover.kind == ROLE:
                role, role_hit_start = wcover.ref, wcover.start
            else:
                gender = wcover.ref or gender
            i += 1
            continue
        if cover is not None and cover.kind in (COUNTRY, DEMONYM):
            country = cover.ref
            i += 1
            continue
        if word in gz.stop_words or (cover is not None and cover.kind in _BLOCKING) or \
                (wcover is not None and wcover.kind == HEAD):
            role = country = gender = None
            evidence = False
            i += 1
            continue
        # a name starts here: take words up to the next blocking one
        j = i
        while j < n:
            s2, e2 = run[j]
            c2 = name_index.covering(s2, e2)
            w2 = word_index.covering(s2, e2)
            if j > i and ((c2 is not None and c2.kind in _BLOCKING) or
                          (w2 is not None and w2.kind in (ROLE, HONORIFIC, HEAD)) or
                          lower[s2:e2] in gz.stop_words):
                break
            j += 1
        start, end = run[i][0], run[j - 1][1]
        cand = _Candidate(start, end, role=role, country=country, gender=gender, evidence=evidence)
        if evidence and role_hit_start is not None:
            used_roles.add(role_hit_start)
        _classify(cand, doc, gz, name_index, word_index, used_roles)
        if cand.actor or cand.short or cand.evidence or _has_given_name(text, start, end, gz):
            yield cand
        role = country = gender = None
        evidence = False
        role_hit_start = None
        i = j


def _has_given_name(text: str, start: int, end: int, gz: Gazetteer) -> bool:
    words = text[start:end].split()
    return len(words) >= 2 and words[0] in gz.given_names


def _classify(cand: _Candidate, doc, gz, name_index, word_index, used_roles) -> None:
    """Known actor, short form, and the context (role, country) of a candidate name."""
    text = doc.text
    for h in name_index.hits[_bisect(name_index.starts, cand.start):]:
        if h.start >= cand.end:
            break
        if h.kind == ACTOR:
            cand.actor, cand.start, cand.end = h.ref, h.start, h.end
            break
        if h.kind == SHORT and h.start == cand.start and h.end == cand.end:
            cand.short = h.ref
    if cand.actor is None:
        actor = gz.actor_by_key.get(name_key(text[cand.start:cand.end]))
        if actor is not None and len(text[cand.start:cand.end].split()) > 1:
            cand.actor = actor
    if cand.role is None:
        _apposition(cand, doc, gz, name_index, word_index, used_roles)


def _bisect(starts, pos):
    from bisect import bisect_left

    return bisect_left(starts, pos)


def _apposition(cand, doc, gz, name_index, word_index, used_roles) -> None:
    """A role before the name ("son homologue russe, X") or after it ("X, ministre algérien")."""
    text, lower = doc.text, doc.lower
    s_start, s_end = doc.sentences[doc.sentence_at(cand.start)] if doc.sentences else (0, len(text))
    for h in reversed(word_index.ending_before(cand.start, 160)):
        if h.kind != ROLE or h.start < s_start:
            continue
        between = text[h.end:cand.start]
        if _CLAUSE_END.search(between):
            break
        adjacent = not between.strip(" ,") or all(
            (c := name_index.covering(m.start() + h.end, m.end() + h.end)) is not None and c.kind in (COUNTRY, DEMONYM)
            for m in _WORD.finditer(between))
        if adjacent or (between.rstrip().endswith(",") and len(_WORD.findall(between)) <= 16):
            _take_context(cand, h, text, lower, h.start, cand.start, name_index)
            used_roles.add(h.start)
        return
    after = text[cand.end:min(s_end, cand.end + 160)]
    m = re.match(r"\s*,\s*(?:(?:le|la|l’|l'|the|a|an|son|sa)\s+)?", after)
    if m:
        pos = cand.end + m.end()
        for h in word_index.hits[_bisect(word_index.starts, pos):]:
            if h.start > pos + 2:
                break
            if h.kind == ROLE:
                stop = _CLAUSE_END.search(text, h.end, s_end)
                comma = text.find(",", h.end, s_end)
                limit = min([x for x in (stop.start() if stop else None, comma if comma >= 0 else None) if x] or [s_end])
                _take_context(cand, h, text, lower, h.start, limit, name_index)
                cand.evidence = True
                used_roles.add(h.start)
                break


def _take_context(cand, role_hit, text, lower, start, end, name_index) -> None:
    cand.evidence = True
    cand.role = role_hit.ref
    if cand.role == "minister":
        tail = lower[role_hit.end:end]
        for domain, specific in lang.MINISTRY_DOMAINS.items():
            if domain in tail:
                cand.role = specific
                break
    # the country word next to the role ("UK Foreign Secretary", "ministre algérien", "homologue russe")
    lo = max(0, start - 30)
    for h in name_index.hits[_bisect(name_index.starts, lo):]:
        if h.start >= end:
            break
        if h.kind in (COUNTRY, DEMONYM) and (h.end <= start and start - h.end <= 2 or h.start >= start):
            cand.country = h.ref
            break


def _person_for(c: _Candidate, surface: str, gz: Gazetteer, people: dict, year) -> Person | None:
    if c.actor is not None:
        actor = gz.actors[c.actor]
        person = people.get(actor.actor_id)
        if person is None:
            roles = {r[0] for r in actor.roles}
            role = c.role if c.role in roles else actor.role_at(year) or c.role
            person = Person(actor.actor_id, actor.name, actor.country, role, actor.gender,
                            _tokens(actor.aliases), c.start)
            people[actor.actor_id] = person
        return person
    key = name_key(surface)
    entity_id = "~" + key.replace(" ", "-")
    words = set(key.split())
    earlier = [p for p in people.values() if words < p.tokens and (c.gender is None or p.gender in (None, c.gender))]
    if earlier:  # "M. Ould Khaled" after "Mohamed Ould Khaled"
        return max(earlier, key=lambda p: p.first)
    person = people.get(entity_id)
    if person is None:
        person = Person(entity_id, " ".join(surface.split()), c.country, c.role, c.gender,
                        frozenset(key.split()), c.start)
        people[entity_id] = person
    else:
        person.country = person.country or c.country
        person.role = person.role or c.role
    return person


def _tokens(aliases: list[str]) -> frozenset:
    return frozenset(t for a in aliases for t in name_key(a).split() if len(t) > 1)


def _resolve_single(c: _Candidate, text: str, gz: Gazetteer, people: dict, year) -> Person | None:
    """A surname alone: the person of the article it belongs to, a known actor, or a new person."""
    key = name_key(text[c.start:c.end])
    if key:
        matches = [p for p in people.values()
                   if set(key.split()) <= p.tokens and (c.gender is None or p.gender in (None, c.gender))]
        if matches:
            before = [p for p in matches if p.first <= c.start]
            return max(before, key=lambda p: p.first) if before else min(matches, key=lambda p: p.first)
    if c.short is not None:
        return _person_for(_Candidate(c.start, c.end, actor=c.short, role=c.role), "", gz, people, year)
    if c.evidence and c.gender is not None or (c.evidence and c.role is not None):
        return _person_for(c, text[c.start:c.end], gz, people, year)
    return None
