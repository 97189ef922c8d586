"""People: known actors, names introduced by a title or a role, and surnames read back.

Three passes over the capitalised word runs of a document:

1. every run is stripped of its leading titles, roles and country words
   ("le Président", "UK Foreign Secretary") — which become the evidence and the
   context (role, country) — and what remains is a candidate name;
2. a candidate is a person if the actors table knows it (an alias, or the same
   transliteration key), if a title/role introduces it (before it, or in
   apposition: "son homologue russe, Sergueï Lavrov"), or if it opens with a
   known given name;
3. the candidates are linked to the people of the article, and single words to
   the full name they belong to (:mod:`.linking`).

Month and weekday names and one-word relative days never open a name ("Lundi, le
président …", "Hier, l'ambassadeur …", "Yesterday, the president …").  A
one-word city inside a name that a title introduces or that opens with a
family name ("le président Vo Van Thuong") is a word of the name, not a place.

A person's country comes from the country word next to the title ("le président
équatorien", "UK Foreign Secretary"), a possessive before it or before the name
("Ecuador's President X", "Germany's foreign minister X", "Ecuador's X"), or the
actors table; a new person these leave without one may take it from the
sentence or the article (:mod:`.nationality`).

A person's ``entity_id`` is the actors table's id, or ``~`` and the
transliteration key of the full name (the same in French and English).

Speed: the runs come from one compiled regex over the whole text; "which hit
covers this word?" is one look-up in the dicts :func:`~.scan.scan` builds; a
role is looked for around a name only when a role hit is near or a comma
follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lang import people as lang
from ..lang.calendar import MONTHS, RELATIVE_EXPRESSIONS, WEEKDAYS
from .gazetteer import (ACTOR, CITY, COUNTRY, CTITLE, DEMONYM, HEAD, HONORIFIC, ORG, PREFIX,
                        REGION, ROLE, SHORT, Gazetteer)
from .keys import name_key
from .linking import (Candidate, People, Person, bare_surnames, family_keys,  # noqa: F401
                      person_for, resolve_single)   # family_keys: re-exported
from .nationality import infer_countries, possessive_country
from .scan import Layers
from .spans import Cover

__all__ = ["Person", "find_people"]


_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_PARTICLE = "|".join(sorted(lang.NAME_PARTICLES, key=len, reverse=True))
# A capitalised word: "Bourita", "Jean-Yves", "Sa'ar", "VI", or an initial "J.".  The
# capital comes first and the look-behind after it, so the regex engine can skip ahead.
# Possessive quantifiers: nothing they take could be given back to a match.
_CAP = (rf"[{_UPPER}](?<![^\W_][{_UPPER}])(?:\.(?= ?[{_UPPER}])|[^\W_]*+"
        rf"(?:(?:-[{_UPPER}]|['’][^\W\d_]{{2}})[^\W_]*+)*+"
        # a Korean given name's second syllable: "Kim Yung-ho", "Kang Kyung-wha"
        rf"(?:-[a-z]{{2,6}}(?![\w-]))?)")
CAP_WORD = re.compile(_CAP)
# Capitalised words separated by a space, name particles ("bin", "von der") or "al-".
NAME_RUN = re.compile(rf"{_CAP}(?:(?: (?:(?:{_PARTICLE}) )*+| (?:al|el)-)(?:{_CAP}))*")
_BLOCKING = frozenset({COUNTRY, DEMONYM, PREFIX, CTITLE, CITY, REGION, ORG})
_CLAUSE_END = re.compile(r"[.;:!?«»“”()\n]")
_WORD = re.compile(r"[^\W_]+")
# Month and weekday names: a name never starts with one ("Lundi, le président …").
_CALENDAR_WORDS = frozenset(w for table in (MONTHS, WEEKDAYS) for words in table.values()
                            for w in words) | frozenset(   # "Hier, le président …", "Today, the …"
    w for words in RELATIVE_EXPRESSIONS.values() for w in words if " " not in w)


class _Context:
    """What the passes over one document share (hits are tuples laid out as ``scan.Hit``)."""

    __slots__ = ("doc", "text", "lower", "gz", "names", "name_starts", "name_at", "words",
                 "word_starts", "word_at", "role_starts", "role_ends", "used_roles",
                 "sentence_starts", "absorbed", "governments")

    def __init__(self, doc, gz, layers: Layers):
        self.doc, self.text, self.lower, self.gz = doc, doc.text, doc.lower, gz
        self.names, self.name_at = layers.names, layers.name_at
        self.name_starts = [h[0] for h in layers.names]
        self.words, self.word_at = layers.words, layers.word_at
        self.word_starts = [h[0] for h in layers.words]
        roles = [h for h in layers.words if h[2] == ROLE]
        self.role_starts = [h[0] for h in roles]
        self.role_ends = [h[1] for h in roles]
        self.used_roles: set[int] = set()
        self.sentence_starts = None
        self.absorbed: set[int] = set()   # starts of city hits read as parts of a name
        self.governments: dict[int, str | None] = {}   # sentence start -> its government's country

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos`` (the whole text if none)."""
        sentences = self.doc.sentences
        if not sentences:
            return 0, len(self.text)
        if self.sentence_starts is None:
            self.sentence_starts = [s for s, _ in sentences]
        return sentences[max(bisect_right(self.sentence_starts, pos) - 1, 0)]


def _run_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans of a run of several capitalised words (particles and "al-" left out:
    "Mohammed bin Salman" → two words)."""
    words = []
    # two characters past the run: what an initial's look-ahead ("J. Biden") may read
    for m in CAP_WORD.finditer(text, start, end + 2):
        if m.start() >= end:
            break
        words.append(m.span())
    return words


def find_people(doc, gz: Gazetteer, layers: Layers, org_spans: list[tuple[int, int]]
                ) -> tuple[list[tuple], list[Person], set, set]:
    """Person mentions ``(start, end, entity_id, name, country, "name", role)``, the people
    of the article, the start offsets of role hits used as evidence for a name, and the
    start offsets of city hits read as words of a name ("le président Vo Van Thuong")."""
    text, lower = doc.text, doc.lower
    ctx = _Context(doc, gz, layers)
    year = doc.published.year if doc.published is not None else None
    candidates: list[Candidate] = []
    bare: list[Candidate] = []      # single words with no evidence: surnames read back only
    stop_words = gz.stop_words
    name_at, word_at = layers.name_at, layers.word_at
    for m in NAME_RUN.finditer(text):
        group = m.group()
        if " " in group:
            candidates.extend(_candidates(_run_words(text, m.start(), m.end()), ctx))
            continue
        s, e = m.span()
        word = lower[s:e]
        if word in stop_words or word in _CALENDAR_WORDS:
            continue
        h = name_at.get(s)
        if h is not None and h[1] >= e and h[2] in _BLOCKING:
            if h[2] == CITY and h[0] == s and h[1] == e:   # "Hang" after "Le Thi Thu Hang"
                bare.append(Candidate(s, e, city=True))
            continue
        h = word_at.get(s)
        if h is not None and h[1] >= e:
            continue
        # a word alone: a name if a known actor, a short form or a role says so
        cand = Candidate(s, e)
        title = _title_before(ctx, s)   # "Gen. Brawner", "Mr. Wang"
        if title is not None:
            cand.evidence, cand.gender = True, title[0] or None
        _classify(cand, ctx)
        if title is not None:
            cand.role = cand.role or lang.RANK_ROLES.get(title[1])
            cand.country = cand.country or title[2]
        if cand.country is None and (cand.short or cand.evidence):
            cand.country = possessive_country(ctx, s)
        if cand.actor or cand.short or cand.evidence:
            candidates.append(cand)
        else:
            bare.append(cand)
    orgs = Cover(org_spans) if org_spans else None   # one bisection per question, not a scan
    if orgs and candidates:
        candidates = [c for c in candidates if not orgs.holds(c.start, c.end)]

    people = People()
    mentions: list[tuple] = []
    pending: list[Candidate] = []
    for c in candidates:
        surface = text[c.start:c.end]
        if c.actor is None and (c.short is not None or _word_count(surface) < 2):
            pending.append(c)
            continue
        person = person_for(c, surface, gz, people, year)
        if person is None:
            continue
        mentions.append((c.start, c.end, person.entity_id, person.name, person.country, "name", person.role))
    for c in pending:
        person = resolve_single(c, text, gz, people, year)
        if person is not None:
            mentions.append((c.start, c.end, person.entity_id, person.name, person.country, "name",
                             person.role))
    if bare and people:
        mentions.extend(bare_surnames(bare, text, people, orgs, ctx.absorbed))
    mentions = infer_countries(ctx, people, mentions)
    mentions.sort()
    return mentions, list(people.values()), ctx.used_roles, ctx.absorbed


@lru_cache(maxsize=50_000)
def _word_count(surface: str) -> int:
    return len(_WORD.findall(surface))


def _candidates(run: list[tuple[int, int]], ctx: _Context) -> list[Candidate]:
    """Candidate names of one run of several capitalised words."""
    lower, gz = ctx.lower, ctx.gz
    stop_words = gz.stop_words
    name_at, word_at = ctx.name_at, ctx.word_at
    found = []
    i, n = 0, len(run)
    role = country = gender = None
    evidence = False
    title = _title_before(ctx, run[0][0])   # "Gen. Romeo Brawner", "Mr. Wang Yi": outside the run
    if title is not None:
        evidence, gender = True, title[0] or None
    rank = lang.RANK_ROLES.get(title[1]) if title is not None else None
    role_hit_start = None
    segment = run[0][0] if run else 0   # first word of the current title + name
    while i < n:
        s, e = run[i]
        cover = name_at.get(s)
        if cover is not None and cover[1] < e and not (cover[1] == e - 1 and lower[cover[1]] == "."):
            cover = None  # (the hit of "U.S" covers the initial "S." of "U.S.")
        wcover = word_at.get(s)
        if wcover is not None and wcover[1] < e:
            wcover = None
        if wcover is not None and wcover[2] in (ROLE, HONORIFIC):
            evidence = True
            if wcover[2] == ROLE:
                role, role_hit_start = wcover[3], wcover[0]
            else:
                gender = wcover[3] or gender
            i += 1
            continue
        if cover is not None and cover[2] in (COUNTRY, DEMONYM):
            country = cover[3]
            i += 1
            continue
        city_first = cover is not None and cover[2] == CITY and _city_opens_name(ctx, run, i, cover)
        if city_first:
            cover = None   # "journalist Cheng Lei", "Ararat Mirzoyan": a name's word, no place
        if (cover is not None and cover[2] in _BLOCKING) or \
                (lower[s:e] in stop_words and not _family_name_opening(ctx, run, i)) or \
                (wcover is not None and wcover[2] == HEAD) or \
                (lower[s:e] in _CALENDAR_WORDS and gender is None):
            role = country = gender = None
            evidence = False
            i += 1
            segment = run[i][0] if i < n else segment
            continue
        # a name starts here: take words up to the next blocking one
        j = i + 1
        absorbed = [s] if city_first else None
        while j < n:
            s2, e2 = run[j]
            c2 = name_at.get(s2)
            if c2 is not None and c2[1] >= e2 and c2[2] in _BLOCKING:
                # a one-word city inside a name a title introduces, or that opens with a
                # family name ("le président Vo Van Thuong"): a word of the name
                if c2[2] == CITY and c2[0] == s2 and c2[1] == e2 and \
                        (evidence or ctx.text[s:e] in lang.FAMILY_NAME_FIRST):
                    absorbed = (absorbed or []) + [s2]
                    j += 1
                    continue
                break
            w2 = word_at.get(s2)
            if w2 is not None and w2[1] >= e2 and w2[2] in (ROLE, HONORIFIC, HEAD):
                break
            if lower[s2:e2] in stop_words:
                break
            j += 1
        start, end = run[i][0], run[j - 1][1]
        if country is None:  # "Ecuador's President Daniel Noboa", "Ecuador's Daniel Noboa"
            country = possessive_country(ctx, segment)
            if country is None:  # "Pakistan's army chief General Asim Munir"
                k = bisect_left(ctx.role_starts, segment) - 1
                if k >= 0 and ctx.role_ends[k] == segment - 1:
                    country = possessive_country(ctx, ctx.role_starts[k])
        cand = Candidate(start, end, None, None, evidence, role, country, gender)
        if evidence and role_hit_start is not None:
            ctx.used_roles.add(role_hit_start)
        _classify(cand, ctx)
        if title is not None and start == run[0][0]:
            # "Gen. Romeo Brawner": a general, when nothing says more; "Chinese Adm. X"
            cand.role = cand.role or rank
            cand.country = cand.country or title[2]
        if cand.actor or cand.short or cand.evidence or _has_given_name(ctx.text, start, end, gz):
            found.append(cand)
            if absorbed:
                ctx.absorbed.update(absorbed)
            while j < n and run[j][0] < cand.end:  # a known name past an honorific inside it
                j += 1                             # ("Hassan Sheikh Mohamud")
        role = country = gender = None
        evidence = False
        role_hit_start = None
        i = j
        segment = run[i][0] if i < n else segment
    return found


def _title_before(ctx: _Context, s: int) -> tuple[str, str, str | None] | None:
    """``(gender, title, country)`` of an abbreviated title with its period right before
    the word at ``s`` ("Gen. Romeo Brawner", "Lt. Gen. X", "Mr. Wang"; gender "m", "f" or
    ""; the country of a country word right before the title: "Chinese Adm. X"), else
    None.  Such a title ends a capitalised run (the period), so the run does not hold it."""
    if s < 3 or ctx.text[s - 1] != " " or ctx.text[s - 2] != ".":
        return None
    k = bisect_left(ctx.word_starts, s) - 1
    if k < 0:
        return None
    h = ctx.words[k]
    if h[2] != HONORIFIC or h[1] != s - 1:
        return None
    start = h[0]
    while k > 0 and ctx.words[k - 1][2] == HONORIFIC and ctx.words[k - 1][1] == start - 1:
        k -= 1   # "Lt. Gen.": the first title of a chain
        start = ctx.words[k][0]
    country = None
    j = bisect_left(ctx.name_starts, start) - 1
    if j >= 0 and ctx.names[j][1] == start - 1 and ctx.names[j][2] in (COUNTRY, DEMONYM):
        country = ctx.names[j][3]
    return h[3], ctx.text[h[0]:h[1]], country


def _city_opens_name(ctx: _Context, run: list, i: int, cover) -> bool:
    """Whether the one-word city at ``run[i]`` opens a person's name: another capitalised
    word that is no name, role or head follows in the run, and the city's word is a known
    given name ("Ararat Mirzoyan", "Florence Parly") or a role word stands right before it
    ("journalist Cheng Lei", "candidat Fernando …" is read by its given name)."""
    s, e = run[i]
    if cover[0] != s or cover[1] != e or i + 1 >= len(run):
        return False
    s2, e2 = run[i + 1]
    if ctx.name_at.get(s2) is not None or ctx.word_at.get(s2) is not None or \
            ctx.lower[s2:e2] in ctx.gz.stop_words or ctx.lower[s2:e2] in _CALENDAR_WORDS:
        return False
    if ctx.text[s:e] in ctx.gz.given_names:
        return True
    k = bisect_left(ctx.role_starts, s) - 1
    return k >= 0 and ctx.role_ends[k] == s - 1 and ctx.text[s - 1] == " "


# A possessive right before a word: "Ecuador's ", "India’s ", "the Philippines' ".


def _family_name_opening(ctx: _Context, run: list, i: int) -> bool:
    """Whether the stop word ``run[i]`` is a family name opening a name ("le secrétaire
    général To Lam", "Deputy Minister Le Thi Thu Hang"): in the family-name table, right
    after a title, and followed in the run by a word that is no other name."""
    s, e = run[i]
    text = ctx.text
    if i + 1 >= len(run) or text[s:e] not in lang.FAMILY_NAME_FIRST:
        return False
    k = bisect_left(ctx.word_starts, s) - 1
    if k < 0 or ctx.words[k][1] != s - 1 or ctx.words[k][2] not in (ROLE, HONORIFIC):
        return False
    nxt = ctx.name_at.get(run[i + 1][0])
    return nxt is None and ctx.lower[run[i + 1][0]:run[i + 1][1]] not in ctx.gz.stop_words


def _has_given_name(text: str, start: int, end: int, gz: Gazetteer) -> bool:
    """Whether a run of capitalised words opens like a person's name: a known given name
    ("Vikash Yadav"), or a family name written first with two given-name syllables or a
    hyphenated given name ("Pham Minh Chinh", "Lee Jae-myung")."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    if words[0] in gz.given_names:
        return True
    return words[0] in lang.FAMILY_NAME_FIRST and (len(words) >= 3 or "-" in words[1])


def _classify(cand: Candidate, ctx: _Context) -> None:
    """Known actor, short form, and the context (role, country) of a candidate name."""
    hits, starts = ctx.names, ctx.name_starts
    k = bisect_left(starts, cand.start)
    end = cand.end
    while k < len(hits) and starts[k] < end:
        h = hits[k]
        if h[2] == ACTOR:
            cand.actor, cand.start, cand.end = h[3], h[0], h[1]
            break
        if h[2] == SHORT and h[0] == cand.start and h[1] == end:
            cand.short = h[3]
        k += 1
    if cand.actor is None:
        surface = ctx.text[cand.start:cand.end]
        if " " in surface or len(surface.split()) > 1:
            actor = ctx.gz.actor_by_key.get(name_key(surface))
            if actor is not None and len(surface.split()) > 1:
                cand.actor = actor
    if cand.role is None:
        # a role may stand before the name in its sentence, or after a comma
        k = bisect_left(ctx.role_starts, cand.start)
        if (k and ctx.role_ends[k - 1] >= cand.start - 160) or \
                _AFTER_NAME.match(ctx.text, cand.end) is not None:
            _apposition(cand, ctx)


_AFTER_NAME = re.compile(r"\s*,\s*(?:(?:le|la|l’|l'|the|a|an|un|une|son|sa)\s+)?")
# Words between an apposition's article and its role ("a former …", "l'ancien …").
_PRE_ROLE = re.compile(r"(?:(?:former|then|current|acting|veteran|senior|ancien|ancienne|"
                       r"actuel|actuelle)\b|ex-)\s*")


def _apposition(cand: Candidate, ctx: _Context) -> None:
    """A role before the name ("son homologue russe, X") or after it ("X, ministre algérien")."""
    text = ctx.text
    pos = cand.start
    sentence = None
    # the nearest role hit before the name, if it can be in this sentence and close enough
    k = bisect_left(ctx.role_starts, pos)
    if k and ctx.role_ends[k - 1] >= pos - 160:
        sentence = s_start, s_end = ctx.sentence(pos)
        if ctx.role_starts[k - 1] >= s_start:
            # of the 12 word hits before the name, those ending at most 160 characters before it
            words = ctx.words
            i = bisect_left(ctx.word_starts, pos)
            name_at = ctx.name_at
            for h in reversed(words[max(0, i - 12):i]):
                if h[1] > pos or h[1] < pos - 160 or h[2] != ROLE or h[0] < s_start:
                    continue
                between = text[h[1]:pos]
                if _CLAUSE_END.search(between):
                    break
                adjacent = not between.strip(" ,") or all(
                    (c := name_at.get(m.start() + h[1])) is not None and c[1] >= m.end() + h[1]
                    and c[2] in (COUNTRY, DEMONYM)
                    for m in _WORD.finditer(between))
                if adjacent or (between.rstrip().endswith(",") and len(_WORD.findall(between)) <= 16):
                    _take_context(cand, h, ctx, h[0], pos)
                    ctx.used_roles.add(h[0])
                return
    # a role after the name ("X, ministre algérien"): first without the sentence's end
    if _AFTER_NAME.match(text, cand.end) is None:
        return
    s_start, s_end = sentence or ctx.sentence(pos)
    m = _AFTER_NAME.match(text, cand.end, min(s_end, cand.end + 160))
    if m:
        after = m.end()
        # English order: "X, a former Canadian diplomat", "X, the Indian foreign minister"
        while True:
            w = _PRE_ROLE.match(ctx.lower, after)
            if w is not None:
                after = w.end()
                continue
            c = ctx.name_at.get(after)
            if c is not None and c[0] == after and c[2] in (COUNTRY, DEMONYM) and \
                    text.startswith(" ", c[1]):
                after = c[1] + 1
                continue
            break
        hits = ctx.words
        for k in range(bisect_left(ctx.word_starts, after), len(hits)):
            h = hits[k]
            if h[0] > after + 2:
                break
            if h[2] == ROLE:
                stop = _CLAUSE_END.search(text, h[1], s_end)
                comma = text.find(",", h[1], s_end)
                ends = [x for x in (stop.start() if stop else None, comma if comma >= 0 else None) if x]
                limit = min(ends or [s_end])
                _take_context(cand, h, ctx, h[0], limit)
                cand.evidence = True
                ctx.used_roles.add(h[0])
                break


def _take_context(cand, role_hit, ctx: _Context, start, end) -> None:
    cand.evidence = True
    cand.role = role_hit[3]
    if cand.role == "minister":
        tail = ctx.lower[role_hit[1]:end]
        for domain, specific in lang.MINISTRY_DOMAINS.items():
            if domain in tail:
                cand.role = specific
                break
    # the country word next to the role ("UK Foreign Secretary", "ministre algérien", "homologue russe")
    hits = ctx.names
    for k in range(bisect_left(ctx.name_starts, max(0, start - 30)), len(hits)):
        h = hits[k]
        if h[0] >= end:
            break
        if h[2] in (COUNTRY, DEMONYM) and (h[1] <= start and start - h[1] <= 2 or h[0] >= start):
            cand.country = h[3]
            break
    if cand.country is None:  # "Germany's foreign minister Annalena Baerbock"
        cand.country = possessive_country(ctx, start)
