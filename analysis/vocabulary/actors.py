"""Who does what to whom: CAMEO-style actor codes for events.

Actors come from the entity mentions of the event's sentence (schema
``MENTIONS`` tuples, coded by :mod:`.actor_codes`: a person with a
governmental role ``MARGOV``, a country by name ``MAR``, a demonym of a
government noun ``RUSGOV``, a capital as subject its government) and from
pair expressions (« les deux ministres », "both sides") that stand for the
article's main pair of countries (:func:`main_pair`).  A person's role holds
for all the mentions of its entity.

The source is the nearest actor before the trigger (the first of two
coordinated ones, "Bourita et Lavrov"), unless that actor is the object of
a verb whose subject is the actor before it ("Ecuadorean police stormed the
Mexican embassy ... to arrest", « la police équatorienne a pris d'assaut
l'ambassade mexicaine ... pour arrêter »): then the subject is the source
and the object the target (:meth:`SentenceActors._subject_of_object`); the target is the next actor of
another country (after the trigger, else the second of the coordinated pair,
else the other country of the main pair; an actor inside a multi-word trigger,
« appelé les deux parties au », counts as after it).  A sentence without a
subject near the trigger takes the actors of the previous event (« Ils ont
... »; a possessive after the trigger, "discussed North Korea's launches",
is no subject).  A trigger with no actor since the previous trigger of its
clause keeps that trigger's subject (« Mogadiscio a expulsé l'ambassadeur du
Kenya, Lucas Tumbo, et rappelé ... , reprochant à Nairobi »: Mogadiscio).
Subjects listed before the trigger each act on a target after it ("Brazil,
Colombia and Chile expressed solidarity with Mexico"); two coordinated
subjects outside the article's main pair that say, praise, criticise,
demand, reject or threaten each act too ("Germany and France welcomed the
outcome", in an article on Serbia and Kosovo); a demonym qualifying
the trigger ("a lightning Azerbaijani offensive") names its source.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lang import event_markers as M
from .actor_codes import (_DETERMINERS, _MODIFIER_FORMS, _OF, _PUNCTUATION, _WORDS, _field, _first,
                          _is_capital, _is_government_role, _is_modifier, _near_government_word,
                          _previous_word_skipping_determiners, _ruling_from, actor_code, main_pair)
from .actor_index import POSSESSIVE_ENDINGS, SMALL, ActorIndex, around

__all__ = ["main_pair", "actor_code", "SentenceActors"]


# Before the first of two coordinated actors, these make it a partner of
# what comes before, not a subject with the second ("with", not "between").
_PARTNERS_ONLY = M.PARTNER_WORDS - {"entre", "between"}
# Actors after a trigger read for the target of listed subjects.
_ENUMERATION_TARGETS = 6
# ... no farther than this after the trigger's start, in the same sentence;
# two subjects only with a partner word before the target ("X and Y
# expressed solidarity with Z"; else "X et Y" are the two sides).
_ENUMERATION_REACH = 100
_SENTENCE_END = re.compile(r"[.;!?]\s")
_CLAUSE_END = re.compile(r"[,;:!?]|\.\s")
# A subject may follow its trigger by this many characters ("Dans un
# communiqué, le ministère marocain ...", "Durant son séjour, Bourita ...").
_SUBJECT_AFTER = 60
_COORDINATION = re.compile(r"(?<![^\W_])(?:et|and|puis|then|avant de|before)(?![^\W_])|,")


def _after_venue(text: str, start: int, country: str, places: dict) -> bool:
    """Whether the country at ``start`` follows "<venue word> <Place of it>, " ("in Ohrid,
    North Macedonia", "at Camp David, United States"): the place's country, not an actor.
    ``places``: the end of each PLACE mention -> (its start, its country)."""
    comma = start - 1
    while comma > 0 and text[comma] in " \u00a0":
        comma -= 1
    place = places.get(comma) if text[comma] == "," else None
    if place is None or place[1] != country:
        return False
    words = text[max(0, place[0] - 12):place[0]].split()
    return bool(words) and words[-1].lower() in M.VENUE_WORDS


class SentenceActors:
    """The actors of each sentence of one document.

    An actor is ``(start, end, code, iso3, locative)``; a pair expression has
    ``code = (code_a, code_b)`` and ``iso3 = None``.  A country named after
    a locative preposition ("visite au Maroc") can be a target, not a source.
    The actors of a sentence of more than :data:`~.actor_index.SMALL` are
    indexed once (:class:`~.actor_index.ActorIndex`), not read for each trigger.
    """

    def __init__(self, doc, mentions, sentences=None, cues=()):
        self.doc = doc
        self.pair = main_pair(mentions)
        lower = doc.lower
        government = frozenset(m[6] for m in mentions if m[5] == "PERSON" and m[10]
                               and _is_government_role(m[10]) == "GOV")
        self.by_sentence = by_sentence = {}
        #: sentence -> [(start, end, iso3)] of the demonyms that are no actor
        #: ("a lightning Azerbaijani offensive", « les sanctions américaines »)
        self.qualifiers = qualifiers = {}
        locative_words = M.LOCATIVE_WORDS
        places = None       # end of each PLACE mention -> (start, country), read when needed
        for m in mentions:
            if sentences is not None and m[1] not in sentences:
                continue  # only the sentences that hold events need their actors
            label = m[5]
            if label != "COUNTRY" and label != "PERSON" and label != "PLACE":
                continue  # organisations, agreements: no actor
            country = m[8]
            if not isinstance(country, str) or len(country) != 3:
                continue
            start = m[2]
            locative = False
            if label == "COUNTRY":
                form = m[9]
                modifier = _MODIFIER_FORMS[form] if form.__class__ is str else None
                if modifier is None:
                    modifier = _is_modifier(m)
                elif modifier == "text":
                    text = m[4]
                    modifier = bool(text) and text[0].islower()
                if modifier:
                    if not _near_government_word(lower, start, m[3]):
                        qualifiers.setdefault(m[1], []).append((start, m[3], country))
                        continue
                    code = country + "GOV"
                else:
                    code = country
            elif label == "PERSON":
                sector = _is_government_role(m[10])
                if sector is None and _field(m, 6) in government:
                    sector = "GOV"
                code = country + (sector or "")
            elif not _is_capital(m, country):
                continue
            else:
                code = None  # a capital: its government, unless a place ("à Alger")
            if code is None or label == "COUNTRY":
                words = lower[max(0, start - 16):start].split()
                locative = (words[-1].strip(_PUNCTUATION) if words else "") in locative_words
                if not locative and label == "COUNTRY" and words and words[-1].endswith(","):
                    if places is None:
                        places = {p[3]: (p[2], p[8]) for p in mentions if p[5] == "PLACE"}
                    locative = _after_venue(doc.text, start, country, places)   # "in Ohrid, North Macedonia"
                if (not locative and code is not None and code.endswith("GOV") and len(words) > 1
                        and words[-1].strip(_PUNCTUATION) in _DETERMINERS):
                    # a demonym of a government noun (code ISO3+GOV) after a
                    # preposition and an article, "into the Mexican embassy": a
                    # place, not "of the" (a country's name is left as it was:
                    # "prosecutors in the United States charged")
                    word = words[-2].strip(_PUNCTUATION)
                    locative = word in locative_words and word not in _OF
                if code is None:
                    if locative and not _ruling_from(lower, start):
                        continue
                    code = country + "GOV"
                    locative = False
            actors = by_sentence.get(m[1])
            if actors is None:
                actors = by_sentence[m[1]] = []
            actors.append((start, m[3], code, code[:3], locative))
        if self.pair:
            a, b = self.pair
            starts = [s for s, _ in doc.sentences]
            for start, end, kind, _, _ in cues:
                if kind == "pairgov" or kind == "pairplain":
                    suffix = "GOV" if kind == "pairgov" else ""
                    sent_id = bisect_right(starts, start) - 1
                    by_sentence.setdefault(sent_id if sent_id > 0 else 0, []).append(
                        (start, end, (a + suffix, b + suffix), None, False))
        for actors in by_sentence.values():
            if len(actors) > 1:
                actors.sort(key=_first)
        self.indexes: dict[int, ActorIndex] = {}
        self.previous: list | None = None
        #: whether the trigger being assigned is an act coordinated subjects do together
        #: toward others (:data:`~analysis.lang.event_markers.JOINT_SOURCE_CODES`)
        self.joint = False
        self.last_event: tuple | None = None

    def _listed_target(self, before, i: int, source, after, start):
        """``(listed subjects, target)`` when coordinated subjects act on a
        target after the trigger ("Brazil, Colombia and Chile expressed
        solidarity with Mexico"), else None (the two sides: "Bourita et Lavrov")."""
        if start is None:
            return None
        countries = {before[i - 1][3], source[3]}
        candidate = None
        for k, actor in enumerate(after):
            if k >= _ENUMERATION_TARGETS or actor[0] - start > _ENUMERATION_REACH:
                break
            if actor[3] is not None and actor[3] not in countries and not actor[4]:
                candidate = actor
                break
        if candidate is None:
            return None  # most often: no third country after the trigger
        lower = self.doc.lower
        listed = self._enumeration(before, i)
        if any(a[3] == candidate[3] for a in listed) or _SENTENCE_END.search(lower, start, candidate[0]):
            return None
        if len(listed) == 1 and _previous_word_skipping_determiners(lower, candidate[0]) not in M.PARTNER_WORDS:
            return None
        return listed, candidate

    def _enumeration(self, before, i: int) -> list:
        """The subjects listed before ``before[i]`` ("Brazil, Colombia and
        Chile": Brazil and Colombia), earliest first, each of another country:
        only commas, determiners and government nouns between them."""
        listed = [before[i - 1]]
        countries = {before[i - 1][3], before[i][3]}
        lower = self.doc.lower
        j = i - 1
        while j > 0:
            prev, nxt = before[j - 1], before[j]
            if prev[3] is None or prev[3] in countries or nxt[0] - prev[1] > 25:
                break
            between = lower[prev[1]:nxt[0]]
            if "," not in between or not all(w in _DETERMINERS or w in M.GOVERNMENT_WORDS
                                             for w in _WORDS.findall(between)):
                break
            listed.insert(0, prev)
            countries.add(prev[3])
            j -= 1
        return listed

    def _coordinated(self, first, second) -> bool:
        """"Bourita et Lavrov", "the Moroccan minister and his Russian counterpart":
        a coordination and nothing but determiners and government nouns between
        ("Le Mali a salué l'accord et le Niger" is two clauses)."""
        if second[0] - first[1] > 25:
            return False
        between = self.doc.lower[first[1]:second[0]]
        words = re.findall(r"[^\W_]+|&", between)
        return (any(w in M.COORDINATION_WORDS for w in words)
                and all(w in M.COORDINATION_WORDS or w in _DETERMINERS or w in M.GOVERNMENT_WORDS
                        or w in _OF for w in words))

    def assign(self, sent_id: int, start: int, end: int, plain: bool = False) -> list[tuple]:
        """[(source, target)] for a trigger at ``start:end`` of sentence ``sent_id``.

        A demonym qualifying the trigger ("a lightning Azerbaijani
        offensive", « les sanctions américaines », « la coopération
        franco-nigérienne ») names its source (and a second one its target)
        when the actors around give another source (``plain``: the actors
        around only).
        """
        if not plain:
            qualifiers = self.qualifiers.get(sent_id)
            if qualifiers is not None:
                for q_start, q_end, _ in qualifiers:
                    if q_end >= start - 1 and q_start <= end + 1:
                        return self._qualified(qualifiers, sent_id, start, end)
        # before: ending by the trigger's start, not after a locative; after:
        # after the trigger, or inside a multi-word one (« appelé les deux
        # parties au », "ordering six Canadian diplomats to leave")
        actors = self.by_sentence.get(sent_id, ())
        if len(actors) <= SMALL:
            before, after = around(actors, start)
        else:  # a long sentence: bisections in its actors, indexed once
            index = self.indexes.get(sent_id)
            if index is None:
                index = self.indexes[sent_id] = ActorIndex(actors, self.doc.lower)
            before, after = index.before(start), index.after(start)
        if before and self._possessive(before[-1]) and _COORDINATION.search(
                self.doc.lower, before[-1][1], start):
            # "discussed North Korea's launches and closer security cooperation":
            # the possessive owns another noun of the enumeration
            before = before[:-1]
        if not before and self.previous:
            for actor in after:
                if actor[0] - end > _SUBJECT_AFTER:  # and so are the next ones
                    return self.previous
                if not actor[4] and not self._possessive(actor) and not self._after_preposition(actor):
                    break
            else:
                # no subject near the trigger: « Ils ont ... », "It comes ...";
                # "They discussed North Korea's launches": a possessive is no subject
                return self.previous
        last = self.last_event
        if (before and last and last[0] == sent_id and before[-1][0] > last[1]
                and last[3][0][0] is not None and self._coordinated_verbs(before[-1][1], start)
                and not self._subordinate(last[2], before[-1][0])):
            # "Algeria summoned Spain's ambassador and suspended the treaty": the
            # actor between the two triggers is the first one's object, not a subject
            source = last[3][0][0]
            target = after.first_target(source[:3])
            pairs = [(source, target or self._other_of_pair(source[:3], source) or last[3][0][1])]
        else:
            pairs = self._assign(before, after, start)
            if (before and last and last[0] == sent_id and before[-1][1] <= last[1]
                    and last[3][0][0] is not None and pairs[0][0] is not None
                    and pairs[0][0][:3] != last[3][0][0][:3] and self._same_clause(last[2], start)):
                # « Mogadiscio a expulsé l'ambassadeur du Kenya, Lucas Tumbo, et rappelé
                # son ambassadeur ..., reprochant à Nairobi »: no actor since the last
                # trigger, whose subject goes on (not the object before it)
                source = last[3][0][0]
                target = after.first_target(source[:3])
                pairs = [(source, target or last[3][0][1])]
        if pairs[0][0] is not None:
            self.previous = pairs
        self.last_event = (sent_id, start, end, pairs)
        return pairs

    def _qualified(self, qualifiers, sent_id: int, start: int, end: int) -> list[tuple]:
        """The pairs of a trigger a demonym touches (see :meth:`assign`)."""
        found = self._qualifying(qualifiers, start, end)
        pairs = self.assign(sent_id, start, end, True)
        if found and not (pairs[0][0] and pairs[0][0][:3] == found[0]):
            # the qualifier's country is not the source found around
            source = found[0]
            if len(found) > 1:
                target = found[1]
            else:
                target = next((t for _, t in pairs if t and t[:3] != source), None)
                target = target or self._other_of_pair(source, source)
            pairs = [(source, target)]
            self.last_event = (sent_id, start, end, pairs)
        return pairs

    def _qualifying(self, qualifiers, start: int, end: int) -> list[str]:
        """The countries of the demonyms right before or after ``start:end``
        (a space between) or inside it before its last word ("a lightning
        Azerbaijani offensive"), in order, each once."""
        lower = self.doc.lower
        found = []
        for q_start, q_end, country in qualifiers:
            if q_end < start - 1 or q_start > end + 1:
                continue
            if q_end <= start:
                if lower[q_end:start].strip():
                    continue  # "the Azerbaijani offensive": only a space between
            elif q_start >= end:
                if lower[end:q_start].strip():
                    continue  # « les sanctions américaines »: only a space between
            elif len(_WORDS.findall(lower, q_end, end)) > 1:
                continue  # inside, not before the trigger's last word: an object
                #           ("ordered Japanese companies ... to compensate")
            if country not in found:
                found.append(country)
        return found

    def _possessive(self, actor) -> bool:
        """"North Korea's launches": the actor determines a noun, it is no subject."""
        return self.doc.lower.startswith(POSSESSIVE_ENDINGS, actor[1])

    def _after_preposition(self, actor) -> bool:
        """"cooperation with the United States": a partner after a preposition, no subject."""
        if actor[3] is None:
            return False
        return _previous_word_skipping_determiners(self.doc.lower, actor[0]) in M.PARTNER_WORDS

    def _same_clause(self, last_end: int, start: int) -> bool:
        """Whether the text between the last trigger and this one continues its
        clause: short, no semicolon, no relative pronoun (« qui », "who")."""
        if start - last_end > 150 or start < last_end:
            return False
        between = self.doc.lower[last_end:start]
        if ";" in between:
            return False
        return not any(w in M.CLAUSE_BREAKS for w in _WORDS.findall(between))

    def _subordinate(self, last_end: int, actor_start: int) -> bool:
        """Whether a subordinate clause opens between the last trigger and an
        actor ("suspended relations ... after Ecuadorian police forced their
        way ... and arrested"): the actor is that clause's subject, no object."""
        if actor_start - last_end > 150:
            return False
        return any(w in M.SUBORDINATORS for w in _WORDS.findall(self.doc.lower, last_end, actor_start))

    def _coordinated_verbs(self, actor_end: int, start: int) -> bool:
        """Whether a coordination stands between an object and the next verb ("... and suspended")."""
        if start - actor_end > 80:
            return False
        return bool(_COORDINATION.search(self.doc.lower[actor_end:start]))

    def _other_of_pair(self, country: str | None, like: str) -> str | None:
        if not self.pair or country not in self.pair:
            return None
        other = self.pair[1] if country == self.pair[0] else self.pair[0]
        return other + like[3:]

    def _subject_of_object(self, before, start: int) -> bool:
        """Whether the last actor before the trigger is the object of a verb
        whose subject is the actor before it ("Y stormed the X embassy ...
        to arrest", « Y a convoqué l'ambassadeur X pour protester »).

        Y and X are of two countries; between them one clause of at most
        eight words whose last word, once X's noun phrase is read back over
        (its determiner, a government noun, "of"/« de » after such a noun),
        is neither a preposition nor a conjunction (:data:`NOT_OBJECT_BEFORE`:
        "relations with Ecuador", "Bourita et Lavrov"); between X and the
        trigger no comma and no relative pronoun ("..., who said"); no verb
        whose object acts (:data:`OBJECT_CONTROL`: "invited Sissi to visit").
        """
        subject, obj = before[-2], before[-1]
        if subject[3] is None or obj[3] is None or subject[3] == obj[3]:
            return False
        if obj[0] - subject[1] > 80 or start - obj[1] > 100:
            return False
        lower = self.doc.lower
        between = lower[subject[1]:obj[0]]
        if len(between) > 80 or any(c in between for c in ",;:()"):
            return False
        tail = lower[obj[1]:start]
        if len(tail) > 100 or any(c in tail for c in ",;:()"):
            return False
        if any(w in M.CLAUSE_BREAKS for w in _WORDS.findall(tail)):
            return False
        words = _WORDS.findall(between)
        if not words or len(words) > 8:
            return False
        if any(w in M.OBJECT_CONTROL for w in words):
            return False  # "invited Sissi to visit": the object acts
        i = len(words)
        government = M.GOVERNMENT_WORDS
        while i and words[i - 1] in government:  # « l'ambassade [mexicaine] »
            i -= 1
        if i > 1 and words[i - 1] in _OF and words[i - 2] in government:
            i -= 2  # "the ambassador of [France]", « l'ambassadeur de [France] »
            while i and words[i - 1] in government:
                i -= 1
        while i and words[i - 1] in _DETERMINERS:
            i -= 1
        return i > 0 and words[i - 1] not in M.NOT_OBJECT_BEFORE

    def _assign(self, before, after, start: int | None = None) -> list[tuple]:
        if start is not None and len(before) > 1 and self._subject_of_object(before, start):
            # "Ecuadorean police stormed the Mexican embassy to arrest ...":
            # the subject acts, the object is the target
            return self._assign(before[:-1], after.prepend(before[-1]))
        if not before:
            # the first actor after the trigger not after a locative, and
            # not a possessive if another one follows
            source = after.subject(self._possessive)
            if source is None:
                return [(None, None)]
            after = after.beyond(source[0])
            before = [source]
        source = before[-1]
        if source[3] is None:  # a pair expression: "les deux ministres ont salué"
            return [source[2]]
        # "UK Foreign Secretary David Lammy": one actor; keep the government code
        i = len(before) - 1
        while i > 0 and before[i - 1][3] == source[3] and source[0] - before[i - 1][1] <= 30:
            i -= 1
            if before[i][2].endswith("GOV") and not source[2].endswith("GOV"):
                source = before[i]
        first = before[i]
        if (i > 0 and before[i - 1][3] not in (None, source[3]) and self._coordinated(before[i - 1], first)
                and _previous_word_skipping_determiners(self.doc.lower, before[i - 1][0]) not in _PARTNERS_ONLY):
            # not "solidarity with Mexico, and Nicaragua broke off": Mexico is no
            # subject ("between Kenya and India" stays the two sides)
            target = self._listed_target(before, i, source, after, start)
            if target is not None:
                listed, target = target
                # "Brazil, Colombia and Chile expressed solidarity with Mexico":
                # every listed subject acts on the target after the trigger
                return [(a[2], target[2]) for a in listed] + [(source[2], target[2])]
            if self.joint and self.pair and before[i - 1][3] not in self.pair and source[3] not in self.pair:
                # "Germany and France welcomed the outcome" (an article on two others):
                # each subject acts, on an actor of a third country after the trigger in its clause
                actor = after.first_other(source[3])
                target = None
                if actor is not None and actor[3] not in (None, before[i - 1][3]) and start is not None \
                        and not _CLAUSE_END.search(self.doc.lower, start, actor[0]):
                    target = actor[2]
                return [(before[i - 1][2], target), (source[2], target)]
            return [(before[i - 1][2], source[2])]  # "Bourita et Lavrov"
        actor = after.first_other(source[3])
        if actor is None:
            return [(source[2], self._other_of_pair(source[3], source[2]))]
        if actor[3] is None:  # "... ont appelé les deux parties": one event per party
            return [(source[2], code) for code in actor[2] if code[:3] != source[3]] or [(source[2], None)]
        return [(source[2], actor[2])]
