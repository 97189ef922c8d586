"""Code events from terms: rows of ``schema.EVENTS`` with mode and actors.

Every coded term (a lexicon match with a CAMEO code) is an event of its
sentence, except the names of agreements (category ``agreement``) and the
words inside a proper name: a term whose span lies inside an entity mention
of label ORG, AGREEMENT, PERSON, PLACE or COUNTRY ("the Organization of
American States", "the United States", « l'Union pour la Méditerranée »)
is no event (:data:`NAME_LABELS`; the term row itself stays).  Terms of one
code and mode in one sentence are one event.  Its *mode* comes from the
words around it (tables in :mod:`analysis.lang.event_markers`), found by one
Aho-Corasick pass over ``doc.lower`` per document (:mod:`.cues`, the pass
that also finds the lexicon's terms):

- ``negated``: « n'a pas signé », « sans signer », "did not sign",
  "rejected any negotiations", "stopped short of an apology", or a failure
  right after the trigger (« les réunions n'ont abouti à aucun résultat »,
  "the meeting failed");
- ``planned``: a future verb (« signera »), « doit / devrait / prochaine »,
  "will / next", a purpose right before (« pour parvenir à un accord », "in a
  bid to settle"), a date after publication, or a verb of agreement or appeal
  earlier in the sentence (« ont convenu de tenir », "agreed to hold",
  « a appelé ... à ») — the agreeing or appealing itself stays ``actual``;
- ``reported``: a past event recalled: plus-que-parfait « avait rompu »,
  "had signed", « les négociations avaient repris », "ten years ago", a date
  before publication near the term;  the trigger's own date (« les attentats
  du 11 septembre 2001 », « la déclaration signée le 23 mars 2015 ») decides
  over a future verb of the sentence (« doit commémorer »);
- ``actual`` otherwise.  Priority: negated > planned > reported > actual.
  A condition before the trigger in its clause ("if attacked", « si le Maroc
  attaque », « en cas d'attaque ») makes it ``planned``: it has not happened.

A "host" trigger (« accueillir », « recevoir », « audience », "host",
"receive") is a visit only with a visitor named next to it (a person, « le
ministre », "a delegation"); « accueille 250 000 réfugiés » and court
« audiences » are none (:func:`_without_visitor`).

Actors (``source``, ``target``) come from :mod:`analysis.vocabulary.actors`;
the same pass finds the pair expressions (« les deux ministres ») it needs.
A third party's appeal to "both sides" is one row per side.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from ..lang import event_markers as M
from .actors import SentenceActors, actor_code, main_pair
from .cues import _alternation, _years, cue_language, scan_cues as _scan_cues
from .endings import ended
from .terms import NAME_CATEGORIES

__all__ = ["code_events", "main_pair", "actor_code", "event_mode", "MODES", "NON_EVENT_CATEGORIES",
           "NAME_LABELS"]

MODES = ("actual", "reported", "planned", "negated")
#: Lexicon categories that are terms but not events: the name of an agreement
#: (« mémorandum d'entente », "free trade agreement") is not its signature.
NON_EVENT_CATEGORIES = NAME_CATEGORIES
#: Entity labels whose mentions are proper names: a lexicon word inside one
#: ("Organization of American States") is part of the name, not an event.
NAME_LABELS = frozenset({"ORG", "AGREEMENT", "PERSON", "PLACE", "COUNTRY"})


def _inside_names(coded: list[tuple], mentions) -> list[tuple]:
    """``coded`` without the terms whose span lies inside a proper name.

    One sort of the name spans, a running maximum of their ends and one
    bisection per term: a term ``start:end`` is inside a name when some
    name starting at or before ``start`` ends at or after ``end``.
    """
    spans = sorted((m[2], m[3]) for m in mentions if m[5] in NAME_LABELS)
    if not spans:
        return coded
    starts = [s for s, _ in spans]
    reach = []
    furthest = -1
    for _, end in spans:
        if end > furthest:
            furthest = end
        reach.append(furthest)
    kept = []
    for term in coded:
        i = bisect_right(starts, term[2]) - 1
        if i >= 0 and reach[i] >= term[3]:
            continue
        kept.append(term)
    return kept

_VISITOR_WINDOW = 8  # words after a "host" trigger where its visitor is looked for
_WORD_RUN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _without_visitor(doc, coded: list[tuple], mentions) -> list[tuple]:
    """``coded`` without the "host" triggers that host no visitor.

    « accueille plus de 250 000 réfugiés », "hosts the World Cup": a term of
    :data:`~analysis.lang.event_markers.HOST_HEADWORDS` is a visit only when
    a person (a PERSON mention) or a visitor word (« ministre »,
    "delegation": :data:`~analysis.lang.event_markers.VISITOR_WORDS`)
    stands within a few words after it (« a reçu mardi son homologue »,
    "reçu par le président"), or before it for « audience »; « audience(s) »
    in a sentence about a court (« les audiences devant la CIJ ») is a
    hearing, no visit.
    """
    hosts = M.HOST_HEADWORDS
    if not any(t[5] in hosts for t in coded):
        return coded
    lower = doc.lower
    sentences = doc.sentences or [(0, len(lower))]
    persons = sorted(m[2] for m in mentions or () if m[5] == "PERSON")
    visitors = M.VISITOR_WORDS
    courts: dict[tuple, bool] = {}  # sentence span -> whether it speaks of a court
    kept = []
    for term in coded:
        if term[5] not in hosts:
            kept.append(term)
            continue
        sent_start, sent_end = sentences[term[1]] if term[1] < len(sentences) else (0, len(lower))
        start, end = term[2], term[3]
        spans = [(end, sent_end)]
        if term[5] == "audience":
            court = courts.get((sent_start, sent_end))
            if court is None:
                court = courts[sent_start, sent_end] = any(
                    w in M.COURT_WORDS for w in _WORD_RUN.findall(lower, sent_start, sent_end))
            if court:
                continue  # a court hearing
            spans.append((max(sent_start, start - 60), start))
        elif _passive(lower, start, end, sent_start, sent_end):
            # « le premier dirigeant ... reçu à la Maison Blanche », "was received by"
            spans.append((max(sent_start, start - 80), start))
        found = False
        for lo, hi in spans:
            if lo == end:  # the first words after the trigger, not all those of the sentence
                words = list(islice(_WORD_RUN.finditer(lower, lo, hi), _VISITOR_WINDOW))
            else:
                words = list(_WORD_RUN.finditer(lower, lo, hi))[-_VISITOR_WINDOW:]
            if not words:
                continue
            if any(w.group() in visitors for w in words):
                found = True
                break
            first, last = words[0].start(), words[-1].end()
            i = bisect_left(persons, first)
            if i < len(persons) and persons[i] < last:
                found = True
                break
        if found:
            kept.append(term)
    return kept


def _passive(lower: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether a "host" trigger is passive (its visitor before it): after an
    auxiliary (« été », "was") or followed by a preposition (« reçu à », "hosted by")."""
    following = _WORD_RUN.search(lower, end, sent_end)
    if following and following.group() in M.PASSIVE_AFTER:
        return True
    preceding = _WORD_RUN.findall(lower, max(sent_start, start - 20), start)
    return bool(preceding) and preceding[-1] in M.PASSIVE_BEFORE


@lru_cache(maxsize=None)
def _attached_date(language: str) -> re.Pattern:
    """What stands between a trigger and the year of its own date (« du 11
    septembre », " of September 11, ", « le 23 mars »): to be fully matched."""
    lang = language if language in M.MONTHS else "en"
    months = "|".join(M.MONTHS[lang])
    return re.compile(rf"\s+(?:{_alternation(M.ATTACHED_DATE_WORDS)})\s*"
                      rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?(?:(?:{months})\s+)?"
                      rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?")


# French future and conditional endings on the trigger itself ("signera",
# "rendront", "recevrait"); not the passé simple "déclara".
_FUTURE_FR = re.compile(r"(?:(?:er|ir|dr|vr|ur)(?:a|ai|as|ons|ez|ont)|(?:er|dr|vr)(?:ait|aient))$")
_FIRST_WORD = re.compile(r"[^\W_]+")
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_PHRASE_BREAK = re.compile(r"[,;:()!?\n]|\.\s")   # the end of "not attend <the meeting>"
# "failed to offer", « a échoué à obtenir »: the failure of what follows
_FAILED_TO = re.compile(r"\s+(?:to|à)\s")

_NEAR = 55      # characters before the trigger for near cues
_NEG_NEAR = 40  # ... for French "ne"
_NEG_BEFORE = 20  # ... for "not", "sans", "refused", "rejected" (a few words at most)
_COND_NEAR = 40  # ... for "if", « si », « en cas de »
_DATE_NEAR = 80  # the farthest reach of any cue but a scope: _modes reads no farther
_NEG_AFTER = 25  # characters after the trigger for "failed", « ont échoué »
_ATTACHED_NEAR = 30  # ... for the trigger's own date (« du 11 septembre 2001 »)

#: lower-case trigger -> whether its first word is a French future or conditional
_FUTURE_TRIGGERS: dict[str, bool] = {}


def _future_fr(trigger: str) -> bool:
    """Whether the first word of a (lower-case) French trigger is a future or conditional."""
    found = _FUTURE_TRIGGERS.get(trigger)
    if found is None:
        first_word = _FIRST_WORD.match(trigger)
        found = bool(first_word and len(first_word.group()) > 5 and _FUTURE_FR.search(first_word.group()))
        if len(_FUTURE_TRIGGERS) > 100_000:
            _FUTURE_TRIGGERS.clear()
        _FUTURE_TRIGGERS[trigger] = found
    return found


def event_mode(doc, start: int, end: int, cues: list[tuple] | None = None,
               cue_starts: list[int] | None = None) -> str:
    """The mode of the event whose trigger is ``doc.text[start:end]``.

    >>> from analysis.text import Document
    >>> doc = Document("d", "Le Maroc n’a pas signé l’accord.", "fr")
    >>> event_mode(doc, doc.text.index("signé"), doc.text.index("signé") + 5)
    'negated'
    """
    if cues is None:
        cues = _scan_cues(doc)
    return _modes(doc, [(start, end)], cues)[0]


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+['\u2019]?)")


def _condition_subject(text: str, lower: str, end: int) -> bool:
    """Whether « si » ending at ``end`` opens a clause: a subject word or a name follows."""
    word = _NEXT_WORD.match(lower, end)
    if word is None:
        return False
    return word.group(1).replace("\u2019", "'") in M.CONDITION_SUBJECTS_FR or text[word.start(1)].isupper()


def _modes(doc, triggers, cues: list[tuple]) -> list[str]:
    """The mode of each trigger ``(start, end, ...)`` of ``doc``, from the cues of its sentence.

    Priority: negated > planned > reported > actual.  Only the cues within
    reach of a trigger are read (by bisection of the cue starts): none
    counts beyond :data:`_DATE_NEAR` characters of it, except a « scope »
    cue earlier in the sentence (« ont convenu de »), found in the sorted
    starts of those; so a sentence of thousands of triggers costs about its
    length, not its length squared.
    """
    sentences = doc.sentences
    sentence_starts = [s for s, _ in sentences]
    cue_starts = [c[0] for c in cues]
    scope_starts = [c[0] for c in cues if c[2] == "scope"]
    # A cue starting farther back than this before a trigger ends more than
    # _DATE_NEAR characters before it: too far for any cue but a scope.
    reach_back = _DATE_NEAR + max((c[1] - c[0] for c in cues), default=0)
    whole = (0, len(doc.text))
    lower = doc.lower
    french = doc.language == "fr"
    published = doc.published
    if published is not None:
        pub_year, pub = published.year, (published.year, published.month)
    future_triggers = _FUTURE_TRIGGERS
    attached_date = _attached_date(cue_language(doc.language)).fullmatch
    modes = []
    for trigger in triggers:
        start, end = trigger[0], trigger[1]
        sent_id = bisect_right(sentence_starts, start) - 1
        if sent_id < 0:
            sent_id = 0
        sent_start, sent_end = sentences[sent_id] if sentences else whole
        lo = start - reach_back
        planned = False
        if lo > sent_start:
            i = bisect_left(scope_starts, sent_start)
            planned = i < len(scope_starts) and scope_starts[i] < min(lo, sent_end)  # « ont convenu de »
        else:
            lo = sent_start
        local = cues[bisect_left(cue_starts, lo):bisect_left(cue_starts, min(sent_end, end + _DATE_NEAR + 1))]
        negated = reported = False
        ne_at = None
        neg_words = None
        nearest_date = None
        own_date = None
        trigger_scopes = False
        near_gap = past_gap = None  # the nearest future word and past auxiliary before the trigger
        attempted = False  # an attempt right before: « tentatives de médiation »
        cond_at = not_cond = None  # a condition before the trigger; concessions (« même si »)
        for cue_start, cue_end, kind, year, month in local:
            if cue_start < end and cue_end > start and kind != "negword" and kind != "date":
                # the cue is the trigger itself ("ont convenu de", "agreed to hold"):
                # what follows is planned, the agreeing is not.  A negation word
                # may sit inside a trigger (« n'entretiennent plus de relations »).
                if kind == "scope":
                    trigger_scopes = True
                elif (cue_start > start and (kind == "nt" or kind == "negbefore"
                                             and lower[cue_start:cue_end] in M.NEGATION_INSIDE)):
                    negated = True  # inside a trigger of several words: "treaty will not be signed"
                continue
            before = cue_end <= start
            gap = start - cue_end if before else max(0, cue_start - end)  # a date may be inside
            if kind == "negword":
                if neg_words is None:
                    neg_words = [cue_start]
                else:
                    neg_words.append(cue_start)
            elif kind == "ne":
                if before and gap <= _NEG_NEAR:
                    ne_at = cue_start
            elif kind == "near":
                if before and gap <= _NEAR and (near_gap is None or gap < near_gap):
                    near_gap = gap
            elif kind == "negbefore" or kind == "nt":
                if before and gap < _NEG_BEFORE:
                    negated = True
            elif kind == "cond":        # "if attacked", « si le Maroc attaque »
                if before and gap <= _COND_NEAR and not _CLAUSE_BREAK.search(lower, cue_end, start) \
                        and (cue_end - cue_start != 2 or lower[cue_start] != "s"
                             or _condition_subject(doc.text, lower, cue_end)):
                    cond_at = cue_start
            elif kind == "notcond":     # « même si », "even if": a concession
                if not_cond is None:
                    not_cond = [(cue_start, cue_end)]
                else:
                    not_cond.append((cue_start, cue_end))
            elif kind == "negjoin":     # "will not attend the regional security meeting"
                if before and gap <= _NEAR and not _PHRASE_BREAK.search(lower, cue_end, start):
                    negated = True
            elif kind == "past":
                if before and gap <= _NEAR:
                    reported = True
                    if past_gap is None or gap < past_gap:
                        past_gap = gap
            elif kind == "scope":
                if before:
                    planned = True
            elif kind == "after":
                if not before and gap <= 25:
                    planned = True
            elif kind == "pastaround":
                if gap <= (_NEAR if before else 30):
                    reported = True
            elif kind == "negafter":
                # « les médiations ont échoué », "the talks failed": in the same clause;
                # after an attempt (« deux tentatives de médiation, en mai, avaient
                # échoué »), anywhere in reach of the sentence
                if not before and not _FAILED_TO.match(lower, cue_end) and (
                        attempted or gap <= _NEG_AFTER and not _CLAUSE_BREAK.search(lower, end, cue_start)
                        and len(_FIRST_WORD.findall(lower, end, cue_start)) <= 3):
                    negated = True
            elif kind == "attempt":
                if before and gap <= 1:
                    attempted = True
            elif kind == "purpose":
                if before and gap <= 1:  # « pour parvenir à un accord »
                    planned = True
            elif kind == "pastafter":
                if not before and gap <= 1:  # « les négociations avaient repris »
                    reported = True
            elif kind == "date":
                if (own_date is None and not before and year is not None and gap <= _ATTACHED_NEAR
                        and attached_date(lower, end, cue_start)):
                    own_date = (year, month)
                if gap <= _DATE_NEAR and (nearest_date is None or gap < nearest_date[0]):
                    if before or not trigger_scopes:
                        nearest_date = (gap, year, month)
        if cond_at is not None and (not_cond is None or not any(
                a <= cond_at < b for a, b in not_cond)):
            planned = True  # hypothetical: "help each other if attacked"
        if near_gap is not None and (past_gap is None or near_gap < past_gap):
            planned = True  # "the planned route, had voiced concern": the nearer decides
        if ne_at is not None and neg_words is not None:
            limit = end + 15
            for w in neg_words:
                if ne_at < w <= limit:
                    negated = True
                    break
        if negated:
            modes.append("negated")
            continue
        if french and not planned:
            future = future_triggers.get(lower[start:end])
            if future is None:
                future = _future_fr(lower[start:end])
            planned = future
        if nearest_date is not None and published is not None:
            _, year, month = nearest_date
            when = (year if year is not None else pub_year, month or 0)
            if year is not None and year > pub_year or (year is not None and month and when > pub):
                planned = True
            elif year is not None and year < pub_year or (month and when < pub):
                reported = True
        if own_date is not None and published is not None:
            # the trigger's own date decides over the sentence's future
            # (« doit commémorer les attentats du 11 septembre 2001 »)
            year, month = own_date
            if year < pub_year or (month and (year, month) < pub):
                planned, reported = False, True
            elif year > pub_year or (month and (year, month) > pub):
                planned = True
        modes.append("planned" if planned else "reported" if reported else "actual")
    return modes


def code_events(doc, terms, mentions) -> list[tuple]:
    """Rows of ``schema.EVENTS`` for one document.

    ``(doc_id, sent_id, cameo, goldstein, source, target, trigger, mode,
    start, end)``; ``trigger == doc.text[start:end]`` is the term's text.
    Terms of one code and mode in one sentence are one event (« signature
    d'un Mémorandum ... signé »): the first term is its trigger.  A term
    inside a proper name (a mention of :data:`NAME_LABELS`) is no event.
    """
    coded = [t for t in terms if t[7] is not None and t[6] not in NON_EVENT_CATEGORIES]
    if coded and mentions is not None:
        coded = _inside_names(coded, mentions)
    if coded:
        coded = _without_visitor(doc, coded, mentions)
    if not coded:
        return []
    ends: list[tuple] = []
    cues = _scan_cues(doc, ends)
    if ends:
        coded = ended(doc, coded, ends)
    coded_by = [(t[2], t[3]) for t in coded]
    modes = _modes(doc, coded_by, cues)
    actors = SentenceActors(doc, mentions if mentions is not None else (), {t[1] for t in coded}, cues)
    assign = actors.assign
    rows = []
    append = rows.append
    first_term: dict[tuple, int] = {}
    joint = M.JOINT_SOURCE_CODES
    for (doc_id, sent_id, start, end, text, _term, _category, cameo, weight), mode in zip(coded, modes):
        key = (sent_id, cameo, mode)
        if first_term.setdefault(key, start) != start:
            continue
        actors.joint = cameo.startswith(joint)
        for source, target in assign(sent_id, start, end):
            append((doc_id, sent_id, cameo, weight, source, target, text, mode, start, end))
    return rows
