"""Relationship milestones: a date and an event in the same clause, merged across articles.

A milestone is a temporal expression (:mod:`analysis.temporal`) and the
event word nearest to it in its clause: a visit, an agreement, talks, a
session of a commission, a statement, a rupture, suspension, reduction or
restoration of relations, failed talks, an ambassador recalled or appointed,
diplomats expelled, a legal action, a use of force, a commitment to cooperate,
an accession or an election.  Event words come from the vocabulary annotator's terms and events
(mapped to kinds by :data:`analysis.lang.milestones.KIND_OF_CATEGORY`) and
from the package's own trigger table, which covers the kinds the lexicon
lacks and stands in for it when it returns nothing.

Which event goes with which date (:mod:`analysis.milestone_pairing`): each
trigger of the sentence is scored by its distance to the date in characters,
plus a penalty per comma and per clause boundary between them and a penalty
for weaker kinds (a statement yields to a visit in the same clause).  A date inside a clause opened by
"after", "since", « après », « lorsque »… (:data:`~analysis.lang.milestones.SUBORDINATORS`)
goes only to an event of that clause, a date outside only to an event outside
them; one event takes one date.  Dates in an enumeration ("en
octobre 2002 et en mars 2016") share their trigger, and so does a second
date in a coordinated complement left without an event ("from Mali in August
2022 and from Burkina Faso in February"); with *respectivement*
the outcomes named after it go to the dates in order.  A date that opens its
sentence (« Le 12 juin, le ministre …, X, et son homologue Y avaient signé »)
pays nothing for the commas of the subject after it.  An appeal, a demand or
a protest is an act that claims a month like any event; a statement claims a day.

Dates that are bounds ("avant la fin de l'année", "by 2030") and years used
as modifiers ("the 2030 World Cup") make no milestone, nor does an event the
events table marks ``negated`` ("n'a pas signé"), nor an attempt that failed
(« deux tentatives de réouverture … avaient échoué »), nor a word inside the
name of an organisation (the Collective Security Treaty Organization).

``mode`` means what it means in the events table: ``planned`` (after
publication or in a future clause), ``reported`` (a past event recalled: its
period ended more than a month before publication) or ``actual`` (the news).

>>> import datetime
>>> from analysis.text import Document
>>> from analysis.temporal import find_timexes
>>> doc = Document("d", "L’Algérie a annoncé mardi la rupture de ses relations avec le Maroc.",
...                "fr", datetime.date(2021, 8, 25))
>>> [(m[2], m[4], m[5], m[10]) for m in find_milestones(
...     doc, terms=[], events=[], mentions=[], timexes=find_timexes(doc))]
[('2021-08-24', 'rupture', '161', 'actual')]
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from itertools import islice
from operator import itemgetter

from .lang import milestones as data
from .lang.calendar import BOUND_WORDS
from .milestone_pairing import (SHORT, ByStart, Clauses, FirstAfter, NextMatch, Spans, narrowed,
                                one_date_each, phrases_pattern as _words, venue_pattern as _venue_pattern,
                                venues as _venues)
from .milestone_phrases import (claiming, coordinated as _coordinated, failed_attempts as _failed_attempts,
                                first_letters as _first_letters, may_attempt as _may_attempt,
                                outside_bodies as _outside_bodies, phrase_patterns as _more_patterns)
from .milestone_triggers import Trigger, kind_of_term, lexicon_triggers, literal_prefixes, sentence_triggers
from .tense import clause_tense
from .timeline import build_timeline, timeline_ids

__all__ = ["find_milestones", "build_timeline", "timeline_ids", "Trigger", "kind_of_term", "literal_prefixes"]

_APOS = "['\u2019\u02bc]"
#: A dated event whose period ended within this many days before publication is the news.
RECENT_DAYS = 31


def _language(doc) -> str:
    return doc.language if doc.language in ("fr", "en") else "en"


@lru_cache(maxsize=None)
def _patterns(language: str):
    """(bound words before a date, clause boundaries, visit qualifiers, respectively)."""
    bound = re.compile(rf"(?<![^\W_])(?:{_words(BOUND_WORDS[language])})\s*$")
    boundaries = data.CLAUSE_BOUNDARIES[language]
    marks = ";:()\u2013\u2014"
    boundary = re.compile(rf"{_first_letters(boundaries, marks)}"
                          rf"(?:[;:()\u2013\u2014]|(?<![^\W_])(?:{_words(boundaries)})(?![^\W_]))")
    qualifiers = re.compile(rf"{_first_letters(data.VISIT_QUALIFIERS[language])}"
                            rf"(?<![^\W_])(?:{_words(data.VISIT_QUALIFIERS[language])})(?![^\W_])")
    respectively = re.compile(rf"{_first_letters(data.RESPECTIVELY)}"
                              rf"(?<![^\W_])(?:{_words(data.RESPECTIVELY)})(?![^\W_])")
    subordinators = data.SUBORDINATORS[language]
    subordinator = re.compile(rf"{_first_letters(subordinators)}"
                              rf"(?<![^\W_])(?:{_words(subordinators)})(?![^\W_])")
    return bound, boundary, qualifiers, respectively, subordinator


# A name: capitalised words joined by short function words, or one capitalised
# word and the word qualifying it ("Déclaration conjointe", "Mémorandum d'entente").
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_NAME = re.compile(
    rf"{_CAP}(?:\s+(?:(?:de|du|des|d['’]|of|the|and|et|pour|for|sur|on|la|le|les)\s*)?{_CAP})+"
    rf"|{_CAP}(?:\s+(?:d['’]\w+|[a-zà-ÿ]{{4,}}(?<!ant)(?<!ing)(?<!ait)(?<!ed)))?")
_PLACE_AFTER = re.compile(r"(?=[àaeit])(?<![^\W_])(?:à|au|aux|en|in|to)"     # look-ahead: see _first_letters
                          r"\s+([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)*)")
_PLACE_OBJECT = re.compile(r"\s+([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)*)")
_CONNECTOR = re.compile(r"^(?:\s|,|et|ou|puis|and|or|then|en|in|le|the|du|de|from|à|au|to)*$")


@lru_cache(maxsize=None)
def _bound_ends(language: str) -> tuple[str, ...]:
    """How the text before a bound date ends: the last word of each bound phrase, or the
    whole phrase, in every spelling of its apostrophe, when it has no space ("jusqu'en")."""
    ends = set()
    for phrase in BOUND_WORDS[language]:
        if " " in phrase:
            ends.add(phrase.rsplit(" ", 1)[1])
        else:
            ends |= {phrase.replace("'", apostrophe) for apostrophe in "'\u2019\u02bc"}
    return tuple(sorted(ends))


def _groups(lower, rows):
    """Enumerations: consecutive dates joined only by commas, "et", "en", "and" …"""
    groups = []
    for row in rows:
        if groups and _CONNECTOR.match(lower[groups[-1][-1][3]:row[2]]):
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _names(doc, start, end, context, sentence_start, *, at_most=None) -> list[tuple[int, int, str]]:
    """Names of agreements and bodies in ``text[start:end]``, in text order.

    ``context`` is :func:`_name_context`'s: the ORG and AGREEMENT mentions
    (span and canonical name) of the sentence; elsewhere, capitalised runs that
    overlap no other mention nor a date and do not start the sentence or with
    a title.  With ``at_most``, the search stops at ``at_most + 1`` names (the
    caller only wants to know whether there are exactly ``at_most``).
    """
    named, excluded = context
    if len(named.items) <= SHORT:
        out = [(s, e, name) for s, e, name in named.items if s >= start and e <= end]
    elif at_most is None:
        out = named.inside(start, end)
    else:
        out = list(islice((item for item, _ in named.starting(start, end) if item[1] <= end), at_most + 1))
    if at_most is not None and len(out) > at_most:
        return sorted(out)
    for match in _NAME.finditer(doc.text, start, end):
        s, e = match.span()
        if s == sentence_start or _overlap(s, e, out) or excluded.overlaps(s, e):
            continue
        if match.group().split()[0].lower() in data.NAME_TITLES:    # "Roi Mohammed VI"
            continue
        out.append((s, e, match.group().strip()))
        if at_most is not None and len(out) > at_most:
            break
    return sorted(out)


def _overlap(start, end, spans) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (tuples that start with a start and an end)."""
    for span in spans:
        if span[0] < end and start < span[1]:
            return True
    return False


def _main_pair(mentions) -> list[str]:
    weights: dict[str, float] = {}
    for row in mentions:
        country = row[8]
        if country:
            weights[country] = weights.get(country, 0.0) + (1.0 if row[5] == "COUNTRY" else 0.5)
    return [c for c, _ in sorted(weights.items(), key=lambda kv: -kv[1])[:2]]


def _countries(local, main_pair, trigger, venues=()) -> list[str]:
    """The countries of a milestone; ``main_pair`` is called only when the clause names fewer
    than two; ``venues`` (:func:`_venues`) are left out of the clause's."""
    found = trigger.countries
    found = list(dict.fromkeys(found)) if found else \
        list(dict.fromkeys([r[8] for r in local if r[8] and r[8] not in venues]))
    if len(found) >= 2:
        return sorted(found)
    if len(found) == 1:
        partner = next((c for c in main_pair() if c != found[0]), None)
        return sorted(found + ([partner] if partner else []))
    return sorted(main_pair())


@lru_cache(maxsize=4096)
def _period_end(value: str) -> datetime.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 2:
        year, month = parts
        return datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return datetime.date(parts[0], 12, 31)


def _mode(doc, trigger, start, end, value, language, sentence, today=None) -> str:
    """``planned`` (dated after publication, or a future clause), ``reported`` (a past
    event recalled) or ``actual`` (the news), as in the events table.

    A date after publication is planned whatever the verb.  Otherwise a ``reported``
    or ``planned`` event row at the trigger wins ("had restored ties" last week:
    reported); else a period that ended more than :data:`RECENT_DAYS` before
    publication is reported (an ``actual`` row only means the events table saw no
    cue), a more recent one actual, and an undated article reads the tense of the
    clause.  ``today`` is the publication date in ISO (computed if
    not given).
    """
    if doc.published is not None:
        now = (today or doc.published.isoformat())[:len(value)]
        if value > now:
            return "planned"
        if trigger.mode in ("planned", "reported"):      # the events table's reading
            return trigger.mode
        if value < now:
            recent = (doc.published - _period_end(value)).days <= RECENT_DAYS
            return "actual" if recent else "reported"
    elif trigger.mode in ("planned", "reported", "actual"):
        return trigger.mode
    lo, hi = min(start, trigger.start), max(end, trigger.end)
    tense = clause_tense(doc.text, doc.lower, trigger.start, trigger.end, max(sentence[0], lo - 40),
                         min(sentence[1], hi + 40), language)
    return "planned" if tense == "future" else "actual"


def _label(doc, kind, trigger, outcome, local, sentence, qualifiers, dates=()) -> str:
    label = data.KIND_LABELS[kind]
    if kind in ("visit", "talks"):         # a session is not named by its place
        if kind == "visit":
            qualifier = qualifiers.search(doc.lower, max(sentence[0], trigger.start - 30),
                                          min(sentence[1], trigger.end + 40))
            if qualifier:
                label = f"{data.VISIT_QUALIFIERS[_language(doc)][_norm(qualifier.group())]} visit"
        # "à Moscou", "in Moscow": a capitalised name after a preposition (not a demonym),
        # named as the entity annotator names it when it found one there
        # ("visited Cairo", « a visité Pékin »: the name right after the verb)
        place = None
        match = _PLACE_AFTER.search(doc.text, trigger.end, min(sentence[1], trigger.end + 80)) \
            or _PLACE_OBJECT.match(doc.text, trigger.end, sentence[1])
        if match and any(r[2] < match.end(1) and match.start(1) < r[3] for r in dates):
            match = None            # "travelled to Tokyo in March": a date, no place
        if match:
            s, e = match.span(1)
            place = next((r[7] or r[4] for r in local if r[5] in ("PLACE", "COUNTRY")
                          and r[2] < e and s < r[3]), match.group(1))
        if place:
            label += f" {'to' if kind == 'visit' else 'in'} {place}"
    if kind == "measure" and not outcome:      # "Measure — suppression du visa"
        words = doc.text[trigger.start:trigger.end]
        outcome = words if " " in words.strip() else None
    elif kind == "declaration" and not outcome and trigger.cameo:     # "Statement — protest"
        outcome = data.STATEMENT_ACTS.get(trigger.cameo[:3]) or data.STATEMENT_ACTS.get(trigger.cameo[:2])
    if outcome:
        label += f" — {outcome}"
    return label


_SPACES = re.compile(r"\s+")


def _norm(word: str) -> str:
    return _SPACES.sub(" ", word.replace("\u2019", "'").replace("\u02bc", "'"))


def _by_sentence(rows, wanted) -> dict[int, list]:
    out = {sid: [] for sid in wanted}
    for row in rows:
        bucket = out.get(row[1])
        if bucket is not None:
            bucket.append(row)
    return out


def _start(row):
    return row[2]


def _name_context(mentions, timexes) -> tuple[ByStart, Spans]:
    """(ORG and AGREEMENT mentions as (start, end, name), spans of the other mentions and dates)."""
    named = [(r[2], r[3], r[7] or r[4]) for r in mentions if r[5] in ("AGREEMENT", "ORG")]
    excluded = [(r[2], r[3]) for r in mentions if r[5] not in ("AGREEMENT", "ORG")]
    excluded += [(r[2], r[3]) for r in timexes]
    return ByStart(named, start=_span_start, end=_span_end), Spans(excluded)


_span_start, _span_end = itemgetter(0), itemgetter(1)
_row_start, _row_end = itemgetter(2), itemgetter(3)


def find_milestones(doc, *, terms, events, mentions, timexes) -> list[tuple]:
    """Rows of ``schema.MILESTONES`` for one document (see the module docstring)."""
    language = _language(doc)
    bound, boundary, qualifiers, respectively, subordinator = _patterns(language)
    bound_ends = _bound_ends(language)
    fronted, attempt, failure, coordinator = _more_patterns(language)
    venue = _venue_pattern(language)
    lower = doc.lower
    dated: dict[int, list] = {}
    for row in timexes:       # usable dates: resolved, not a modifier, not a bound ("avant", "by")
        if row[5] is None or row[7] == "modifier":
            continue
        start = row[2]
        lo = start - 25 if start > 25 else 0
        if lower[lo:start].rstrip().endswith(bound_ends) and bound.search(lower, lo, start) is not None:
            continue
        dated.setdefault(row[1], []).append(row)
    if not dated:
        return []
    failing = _may_attempt(lower, language)      # a word of an attempt in the article
    lexicon = lexicon_triggers(terms, events, dated)
    modes_of: dict[int, list] = {}       # the events table's mode of each event, by sentence
    for row in events:
        if row[1] in dated and row[8] is not None and row[7] != "negated":
            modes_of.setdefault(row[1], []).append((row[8], row[9], row[7]))
    mentions_of = _by_sentence(mentions, dated)
    timexes_of = None
    pair: list = []

    def main_pair():
        if not pair:
            pair.append(_main_pair(mentions))
        return pair[0]

    today = doc.published.isoformat() if doc.published is not None else None
    # names of agreements and bodies: the annotator's, or capitalised runs overlapping
    # no other mention nor a date
    out, seen = [], set()
    doc_id, text, kinds = doc.doc_id, doc.text, data.KINDS
    for sid in sorted(dated):
        sentence = doc.sentences[sid]
        s_start, s_end = sentence
        triggers = sentence_triggers(lower, s_start, s_end, lexicon.get(sid), language)
        if triggers and failing:
            triggers = _failed_attempts(lower, triggers, s_start, s_end, attempt, failure)
        if not triggers:
            continue
        sentence_mentions = mentions_of[sid]
        triggers = _outside_bodies(triggers, sentence_mentions)
        if not triggers:
            continue
        context = evidence = agreements = mention_index = mode_index = claiming_all = venues_of = None
        rows = dated[sid]
        groups = [rows] if len(rows) == 1 else _groups(lower, sorted(rows, key=_start))
        clauses = Clauses(lower, s_start, s_end, subordinator, rows) \
            if subordinator.search(lower, s_start, s_end) else ()
        # the lists below are computed once per sentence and kept (in ``memo``): a
        # sentence of thousands of dates must not filter its triggers once per date
        next_respectively = memo = None
        chosen = []
        for group in groups:
            g_start, g_end = group[0][2], group[-1][3]
            outcomes = None
            pool = triggers
            resp = None
            if len(group) > 1:
                if next_respectively is None:
                    next_respectively = NextMatch(respectively, lower, s_end)
                resp = next_respectively.search(g_end)
            if resp:
                if context is None:
                    timexes_of = timexes_of or _by_sentence(timexes, dated)
                    context = _name_context(sentence_mentions, timexes_of[sid])
                memo = {} if memo is None else memo
                key = ("names after", resp.end(), len(group))
                names = memo.get(key)
                if names is None:
                    names = memo[key] = _names(doc, resp.end(), s_end, context, s_start, at_most=len(group))
                if len(names) == len(group):
                    outcomes = [n[2] for n in names]
                    key = ("triggers before", resp.start())
                    pool = memo.get(key)
                    if pool is None:
                        pool = memo[key] = [t for t in triggers if t.end <= resp.start()] or triggers
            if group[0][6] not in ("day", "week"):     # a statement claims only a day (or a document)
                if pool is triggers:
                    if claiming_all is None:
                        claiming_all = claiming(lower, triggers)
                    pool = claiming_all
                else:       # a list kept in ``memo``: its id is its own
                    key = ("claiming", id(pool))
                    found = memo.get(key)
                    if found is None:
                        found = memo[key] = claiming(lower, pool)
                    pool = found
            if clauses:
                main = pool
                pool = clauses.pool(pool, g_start)
                if clauses.clause_at(g_start) < 0:     # "on Thursday when …": that clause's too
                    k = clauses.following(lower, g_end)
                    if k >= 0:
                        inner = clauses.clause_pool(main, k)
                        if inner:
                            pool = pool + inner
            chosen.append((group, pool, outcomes))
        first = groups[0][0]
        opening = first[2] - s_start <= 16 and lower.startswith(",", first[3]) \
            and fronted.match(lower, s_start, first[2]).end() == first[2]
        paired = one_date_each(lower, chosen, boundary, triggers, frozenset({0}) if opening else frozenset())
        if any(best.kind in data.SPECIFIC_KINDS for _, best, _ in paired):
            paired = narrowed(paired, triggers, clauses)
        if len(paired) < len(chosen):
            paired = _coordinated(lower, chosen, paired, coordinator, triggers, sentence_mentions)
        for k, (group, best, outcomes) in enumerate(paired):
            g_start, g_end = group[0][2], group[-1][3]
            lo = min(g_start, best.start) - 60
            hi = max(g_end, best.end) + 30
            if k + 1 < len(paired) and paired[k + 1][1].start == best.start:    # a coordinated date
                hi = max(g_end, best.end)           # follows: the countries after are its own
            if lo < s_start:
                lo = s_start
            if hi > s_end:
                hi = s_end
            if len(sentence_mentions) <= SHORT:
                local = [r for r in sentence_mentions if r[2] >= lo and r[3] <= hi]
            else:
                if mention_index is None:
                    mention_index = ByStart(sentence_mentions, start=_row_start, end=_row_end)
                local = mention_index.inside(lo, hi)
            venues = ()
            if best.kind in data.VENUE_KINDS and not best.countries:
                if venues_of is None:
                    venues_of = _venues(lower, sentence_mentions, venue, s_start)
                venues = venues_of
            countries = _countries(local, main_pair, best, venues)
            modes = modes_of.get(sid)
            if mode_index is None and modes is not None and len(modes) > SHORT:
                mode_index = ByStart(modes, start=_span_start, end=_span_end)
            country_key = tuple(countries)
            actors = label = None
            for i, row in enumerate(group):
                key = (row[5], best.kind, country_key)
                if key in seen:
                    continue
                seen.add(key)
                if outcomes is None:
                    if context is None:
                        timexes_of = timexes_of or _by_sentence(timexes, dated)
                        context = _name_context(sentence_mentions, timexes_of[sid])
                    if best.kind == "visit" and agreements is None:
                        agreements = FirstAfter([t for t in triggers if t.kind == "agreement"])
                    outcome = _outcome(doc, best, agreements, g_end, sentence, context)
                    outcomes = [outcome] * len(group)
                    label = _label(doc, best.kind, best, outcome, local, sentence, qualifiers, rows)
                if actors is None:
                    actors = list(dict.fromkeys([r[6] for r in local if r[5] == "PERSON" and r[6]]))
                    if evidence is None:
                        evidence = text[s_start:s_end]
                out.append((doc_id, sid, row[5], row[6], best.kind, best.cameo or kinds[best.kind],
                            countries, actors,
                            label or _label(doc, best.kind, best, outcomes[i], local, sentence, qualifiers, rows),
                            evidence, _mode(doc, _event_of(best, modes, mode_index), row[2], row[3], row[5],
                                            language, sentence, today)))
    return out


def _event_of(best, modes, index=None) -> Trigger:
    """``best`` with the mode of the event row (of the events table) it overlaps, which
    the milestone takes ("had restored": reported); ``modes`` are the sentence's
    ``(start, end, mode)``, the first listed wins; ``index`` is their :class:`ByStart`
    when they are many."""
    row = None
    if index is not None:
        row = index.first_overlapping(best.start, best.end)
    elif modes:
        for candidate in modes:
            if candidate[0] < best.end and best.start < candidate[1]:
                row = candidate
                break
    if row is not None:
        if row[2] == best.mode:
            return best
        return Trigger(best.start, best.end, best.kind, best.cameo, row[2], best.countries)
    return best


def _outcome(doc, best, agreements, g_end, sentence, context) -> str | None:
    """The name an agreement or a session carries ("Association Agreement", "Commission Mixte");
    ``agreements`` are the sentence's agreement triggers (:class:`~analysis.milestone_pairing.FirstAfter`)."""
    if best.kind in ("agreement", "session"):
        anchor = best
    elif best.kind == "visit":   # a visit "couronnée par la signature de la Déclaration conjointe"
        anchor = agreements.at_or_after(g_end)
    else:
        return None
    if anchor is None:
        return None
    lo = max(sentence[0], anchor.start - 60) if anchor is best else anchor.start
    names = _names(doc, lo, min(sentence[1], anchor.end + 80), context, sentence[0])
    # "signed the Association Agreement": the name after the verb; "X, conclu",
    # "X concluded by": the name right before the participle
    after = [n for n in names if n[1] > anchor.start and n[0] - anchor.end <= 25]
    before = [n for n in names if n[1] <= anchor.start and anchor.start - n[1] <= 3]
    chosen = after[:1] or before[-1:] or [n for n in names if n[0] >= anchor.start][:1]
    return chosen[0][2] if chosen else None
