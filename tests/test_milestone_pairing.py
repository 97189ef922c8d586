"""The pairing of dates and event words in one sentence (analysis.milestone_pairing).

The windows read only the triggers near a date: each is checked against a
plain scan of the whole list, on lists shorter and longer than ``SHORT``.
"""

import datetime as dt
import random
import re
from operator import itemgetter

import pytest

from analysis.lang import milestones as data
from analysis.milestone_pairing import (CLAUSE_END, SHORT, ByStart, Clauses, NextMatch, Spans, nearest,
                                        one_date_each, same_event)
from analysis.milestone_triggers import Trigger, sentence_triggers
from analysis.milestones import _patterns, find_milestones
from analysis.temporal import find_timexes
from analysis.text import Document

SIZES = [0, 1, 3, SHORT, SHORT + 1, 60, 400]
KINDS = sorted(data.TIER_PENALTY)


def random_spans(rng, n, *, text_length=2_000, longest=40):
    spans = []
    for _ in range(n):
        start = rng.randrange(text_length)
        spans.append((start, start + rng.randint(1, longest)))
    return spans


def random_triggers(rng, n, text_length):
    return [Trigger(s, min(e, text_length), rng.choice(KINDS), None)
            for s, e in random_spans(rng, n, text_length=text_length - 1, longest=12)]


def random_sentence(rng, length):
    """Lower-case words, now and then a comma, a clause word or a full stop."""
    rare = ["qui", "que", ",", ";", ".", "mais", "—"]
    text = ""
    while len(text) < length:
        text += (rng.choice(rare) if rng.random() < 0.05 else rng.choice(["a", "bb", "ccc", "et"])) + " "
    return text[:length]


def test_penalties_are_never_negative():
    """A score is at least the distance only if no penalty is negative: the windows rest on it."""
    assert min(data.TIER_PENALTY.values()) >= 0
    assert data.COMMA_PENALTY >= 0 and data.BOUNDARY_PENALTY >= 0
    assert data.MAX_SCORE >= 0 and data.SAME_EVENT_GAP >= 0


@pytest.mark.parametrize("n", SIZES)
def test_by_start_windows_hold_what_a_scan_finds(n):
    rng = random.Random(n)
    rows = [(s, e, f"r{i}") for i, (s, e) in enumerate(random_spans(rng, n))]
    index = ByStart(rows, start=itemgetter(0), end=itemgetter(1))
    for _ in range(50):
        lo = rng.randrange(-50, 2_050)
        hi = lo + rng.randrange(0, 300)
        expected = [(r, i) for i, r in enumerate(rows) if lo <= r[0] <= hi]
        assert sorted(index.starting(lo, hi), key=itemgetter(1)) == expected
        assert index.inside(lo, hi) == [r for r in rows if r[0] >= lo and r[1] <= hi]
        near = {i for _, i in index.around(lo, hi, 30)}
        assert {i for i, r in enumerate(rows) if r[1] >= lo - 30 and r[0] <= hi + 30} <= near
        beside = {i for _, i in index.beside(lo, hi, 30)}
        assert {i for i, r in enumerate(rows) if r[1] >= lo - 30 and r[0] <= hi + 30
                and not (r[0] >= lo and r[1] <= hi)} <= beside
        first = next((r for r in rows if r[0] < hi and lo < r[1]), None)
        assert index.first_overlapping(lo, hi) == first


@pytest.mark.parametrize("n", SIZES)
def test_spans_overlap_as_a_scan_says(n):
    rng = random.Random(100 + n)
    spans = random_spans(rng, n)
    index = Spans(spans)
    for _ in range(200):
        start = rng.randrange(-20, 2_050)
        end = start + rng.randrange(0, 60)
        assert index.overlaps(start, end) == any(a < end and start < b for a, b in spans)


def test_next_match_is_a_search_from_each_position():
    text = "il a signé, puis — après — il est parti; (enfin) fini"
    positions = [0, 3, 3, 11, 12, 20, 5, 40, 52, len(text), 2]
    search = NextMatch(CLAUSE_END, text, len(text))
    for pos in positions:
        found = search.search(pos)
        expected = CLAUSE_END.search(text, pos, len(text))
        assert (found and found.span()) == (expected and expected.span())


def _nearest_by_scan(lower, pool, start, end, boundary, taken=frozenset()):
    """The rule of :func:`nearest` over every trigger of the pool: the lowest score, then
    the lowest distance and kind penalty, then the first of the pool."""
    scored = []
    for i, trigger in enumerate(pool):
        if not taken.isdisjoint(range(trigger.start, trigger.end)):
            continue
        lo, hi = (trigger.end, start) if trigger.end <= start else \
            (end, trigger.start) if trigger.start >= end else (start, start)
        bound = hi - lo + data.TIER_PENALTY[trigger.kind]
        if bound > data.MAX_SCORE:      # the punctuation only adds to it
            continue
        gap = lower[lo:hi]
        score = bound + data.COMMA_PENALTY * gap.count(",") + data.BOUNDARY_PENALTY * len(boundary.findall(gap))
        if score <= data.MAX_SCORE:
            scored.append((score, bound, i, trigger))
    if not scored:
        return None, data.MAX_SCORE + 1
    score, _, _, trigger = min(scored, key=itemgetter(0, 1, 2))
    return trigger, score


@pytest.mark.parametrize("n", SIZES)
def test_nearest_in_a_window_is_the_nearest_of_the_pool(n):
    rng = random.Random(200 + n)
    lower = random_sentence(rng, 100 + 90 * n)         # sparse: the winner is often far
    boundary = _patterns("fr")[1]
    pool = random_triggers(rng, n, len(lower))
    index = ByStart(pool)
    for k in range(200):
        if k % 2 and pool:       # a date just within reach of a trigger, after or before it
            t = rng.choice(pool)
            start = t.end + rng.randint(100, 150) if k % 4 == 1 else t.start - rng.randint(101, 160)
            start = min(max(start, 0), len(lower) - 11)
        else:
            start = rng.randrange(len(lower) - 10)
        end = start + rng.randint(1, 10)
        taken = set(rng.sample(range(len(lower)), len(lower) // 10)) if rng.random() < 0.5 else None
        found = nearest(lower, pool, start, end, boundary, taken, index=index)
        assert found == _nearest_by_scan(lower, pool, start, end, boundary, taken or frozenset())
        assert found == nearest(lower, pool, start, end, boundary, taken)


@pytest.mark.parametrize("side", ["before", "after"])
@pytest.mark.parametrize("extra", [0, 1])
def test_nearest_reaches_exactly_max_score_characters(side, extra):
    """In a long pool, a trigger exactly MAX_SCORE characters away still claims the date,
    one character farther it does not."""
    lower = "a " * 10_000
    pool = [Trigger(s, s + 14, "visit", "042") for s in range(100, 19_000, 600)]
    assert len(pool) > SHORT
    boundary = _patterns("fr")[1]
    t = pool[len(pool) // 2]
    distance = data.MAX_SCORE + extra
    start = t.end + distance if side == "before" else t.start - distance - 6
    best, score = nearest(lower, pool, start, start + 6, boundary, index=ByStart(pool))
    assert (best, score) == ((t, data.MAX_SCORE) if not extra else (None, data.MAX_SCORE + 1))


def _same_event_by_scan(lower, best, triggers):
    """The span grown by every trigger of ``best``'s kind close enough, read whole each round."""
    lo, hi, grown = best.start, best.end, True
    while grown:
        grown = False
        for t in triggers:
            if t.kind != best.kind or (t.start >= lo and t.end <= hi):
                continue
            gap = lower[hi:t.start] if t.start >= hi else lower[t.end:lo] if t.end <= lo else ""
            if len(gap) <= data.SAME_EVENT_GAP and not CLAUSE_END.search(gap) and "." not in gap:
                lo, hi, grown = min(lo, t.start), max(hi, t.end), True
    return [(lo, hi)]


@pytest.mark.parametrize("n", SIZES[1:])
def test_same_event_chains_as_a_whole_scan_does(n):
    rng = random.Random(300 + n)
    lower = random_sentence(rng, 20 + 20 * n)          # chains of triggers 0 to 25 characters apart
    triggers = [Trigger(t.start, t.end, rng.choice(["visit", "agreement"]), None)
                for t in random_triggers(rng, n, len(lower))]
    index = ByStart(triggers)
    for best in triggers[:100]:
        assert same_event(lower, best, index) == _same_event_by_scan(lower, best, triggers)


@pytest.mark.parametrize("text", [
    "Après la visite du 3 mars, le ministre a signé l'accord le 5 mai, lorsque le roi a reçu l'envoyé.",
    "After the talks of 3 March, which ended in a statement, the king visited Rabat on 5 May.",
])
@pytest.mark.parametrize("repeat", [1, 40])
def test_clause_pools_are_the_triggers_of_the_clause(text, repeat):
    """A date in a subordinate clause sees that clause's triggers, in their order; else the
    main clause's (outside every subordinate clause)."""
    text = " ".join([text[:-1]] * repeat) + "."
    language = "fr" if text.startswith("Après") else "en"
    doc = Document("c", text, language, dt.date(2025, 10, 16), sentences=[(0, len(text))])
    rows = find_timexes(doc)
    triggers = sentence_triggers(doc.lower, 0, len(text), None, language)
    clauses = Clauses(doc.lower, 0, len(text), _patterns(language)[4], rows)
    assert clauses and len(triggers) >= 2 * repeat
    for row in rows:
        inside = [(a, b) for a, b in clauses.spans if a <= row[2] < b]
        if inside:
            expected = [t for t in triggers if inside[0][0] <= t.start < inside[0][1]]
        else:
            expected = [t for t in triggers if not any(a <= t.start < b for a, b in clauses.spans)]
        assert clauses.pool(triggers, row[2]) == expected


def test_one_event_takes_one_date_in_a_long_enumeration_of_events():
    """Dates and agreements alternate: each date gets the agreement right after it."""
    text = "".join(f"le {d} mars 2001, le ministre a signé un accord avec l'Espagne, " for d in range(1, 29))
    doc = Document("e", text[:-2] + ".", "fr", dt.date(2025, 10, 16))
    rows = find_milestones(doc, terms=[], events=[], mentions=[], timexes=find_timexes(doc))
    assert [r[2] for r in rows] == [f"2001-03-{d:02d}" for d in range(1, 29)]
    assert {r[4] for r in rows} == {"agreement"}


def test_one_date_each_settles_the_closest_pair_first():
    """Two dates, one visit between them: the closer date takes it, the other none."""
    lower = "le 3 mars, la visite du ministre le 5 mars."
    visit = Trigger(lower.index("visite"), lower.index("visite") + 6, "visit", "042")
    far = (None, 0, lower.index("3 mars"), lower.index("3 mars") + 6)
    near = (None, 0, lower.index("5 mars"), lower.index("5 mars") + 6)
    chosen = [([far], [visit], None), ([near], [visit], None)]
    boundary = _patterns("fr")[1]
    assert one_date_each(lower, chosen, boundary, [visit]) == [([near], visit, None)]


def test_many_negated_events_drop_only_the_triggers_of_their_kind():
    """More negated spans than ``SHORT``: the indexed filter keeps what the scan keeps."""
    rng = random.Random(7)
    piece = "le maroc a signé l'accord et a rappelé son ambassadeur puis a visité rabat, "
    lower = piece * 60
    negated = [(s - 5, e + 5, rng.choice([None, "agreement", "recall", "visit"]))
               for s, e in random_spans(rng, 3 * SHORT, text_length=len(lower))]
    plain = sentence_triggers(lower, 0, len(lower), None, "fr")
    assert len(plain) > 100
    found = sentence_triggers(lower, 0, len(lower), ([], [], negated), "fr")
    expected = [t for t in plain if not any(a < t.end and t.start < b and k in (None, t.kind)
                                            for a, b, k in negated)]
    assert [(t.start, t.kind) for t in found] == [(t.start, t.kind) for t in expected]
    assert 0 < len(found) < len(plain)


def test_boundary_pattern_counts_clause_words():
    """The boundary pattern the tests score with is the one milestones use."""
    boundary = _patterns("fr")[1]
    assert isinstance(boundary, re.Pattern) and len(boundary.findall(" qui a dit que ; ")) == 3


@pytest.mark.parametrize("language, sentence, expected", [
    # the date right after "and" is nearer to the second event, but the second date
    # has no other: the first event hands its date back
    ("en", "Ankara suspended flights to Baghdad in May 2022 and closed its consulate in Mosul the "
     "following month.", [("2022-05", "suspension"), ("2022-06", "suspension")]),
    ("fr", "Le Niger a suspendu ses exportations d'électricité vers le Bénin en mai 2023 et fermé sa "
     "frontière le mois suivant.", [("2023-05", "suspension"), ("2023-06", "suspension")]),
    ("en", "Tokyo removed Seoul from its list of trusted partners in August 2019 and put it back on the "
     "list in April 2023.", [("2019-08", "measure"), ("2023-04", "measure")]),
    ("fr", "Le Japon a retiré la Corée du Sud de sa liste de partenaires en août 2019, puis l'a remise "
     "sur la liste en avril 2023.", [("2019-08", "measure"), ("2023-04", "measure")]),
    # one date, two events: the nearer keeps it, nothing is handed over
    ("en", "Ankara suspended flights to Baghdad in May 2022 and closed its consulate in Mosul.",
     [("2022-05", "suspension")]),
])
def test_a_date_left_without_an_event_takes_it_back_from_a_date_with_another(language, sentence, expected):
    doc = Document("d", sentence, language, dt.date(2024, 5, 3))
    rows = find_milestones(doc, terms=[], events=[], mentions=[], timexes=find_timexes(doc))
    assert [(m[2], m[4]) for m in rows] == expected


def _pipeline(language, sentence, published=dt.date(2025, 10, 1)):
    from analysis.pipeline import annotate_document

    out = annotate_document(Document("d", sentence, language, published))
    return [(m[2], m[4]) for m in out["milestones"]]


@pytest.mark.parametrize("language, sentence, expected", [
    # a date that opens its sentence dates the main verb: the commas of the subject are free
    ("fr", "Le 3 mars, le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, et son "
     "homologue togolais Robert Dussey ont signé à Accra un mémorandum sur la sécurité des frontières.",
     [("2025-03-03", "agreement")]),
    ("en", "On 14 February, Kenya's foreign minister, Musalia Mudavadi, and his Somali counterpart, Ahmed "
     "Moallim Fiqi, signed in Nairobi an agreement on border security.", [("2025-02-14", "agreement")]),
    ("fr", "Le 3 mars, selon les chiffres publiés par l'office national de la statistique, les échanges "
     "ont atteint 2 milliards de dollars.", []),
    # a date inside the sentence still pays for its commas: the statement is too far
    ("en", "Trade reached $2 billion in 2024, up from $1.5 billion, the ministry of commerce of the "
     "country, which publishes its figures every quarter, said.", []),
])
def test_a_date_that_opens_its_sentence_dates_the_main_verb(language, sentence, expected):
    assert _pipeline(language, sentence) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    # an appeal, a demand are acts: they claim a month like any event
    ("en", "Relations soured after Canberra called for an international inquiry into the virus in March "
     "2022.", [("2022-03", "declaration")]),
    ("fr", "Le Maroc avait exigé en janvier 2023 le départ des observateurs de la mission.",
     [("2023-01", "declaration")]),
    # a statement does not; nor does « à la demande de » (who asked, not an act)
    ("fr", "Les échanges ont atteint 2 milliards en 2023, a indiqué le ministre.", []),
    ("fr", "Les audiences, reportées à la demande du Gabon, doivent s'ouvrir en mars 2026.",
     [("2026-03", "legal")]),
    ("en", "The hearings, postponed at the request of Gabon, will open in March 2026.",
     [("2026-03", "legal")]),
])
def test_appeals_and_demands_claim_a_month(language, sentence, expected):
    assert _pipeline(language, sentence) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    # a second date in a coordinated complement shares the event of the first
    ("en", "Britain withdrew its troops from Iraq in 2009 and from Afghanistan in 2021.",
     [("2009", "measure"), ("2021", "measure")]),
    ("fr", "La Russie a retiré ses troupes de Géorgie en 2008 et de Moldavie en 2010.",
     [("2008", "measure"), ("2010", "measure")]),
    # a new clause with its own verb does not
    ("en", "Ghana signed the accord in 2019 and its exports to Togo doubled in 2023.",
     [("2019", "agreement")]),
    ("fr", "Le Togo a signé l'accord en 2019, et du côté des exportations rien n'a changé en 2023.",
     [("2019", "agreement")]),
])
def test_a_coordinated_second_date_shares_the_event(language, sentence, expected):
    assert _pipeline(language, sentence) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    # failed attempts make no milestone
    ("fr", "Deux tentatives de reprise des relations, en 2019 puis en 2021, ont échoué.", []),
    ("en", "Attempts to restore diplomatic ties in 2019 and 2021 failed.", []),
    ("en", "A bid to reopen the border crossing in May collapsed within hours.", []),
    # an attempt that is not said to have failed, a success after attempts
    ("fr", "Les deux pays ont rétabli leurs relations en 2021.", [("2021", "restoration")]),
    ("en", "After two failed attempts in 2019, the two countries restored ties in March 2021.",
     [("2021-03", "restoration")]),
])
def test_failed_attempts_make_no_milestone(language, sentence, expected):
    assert _pipeline(language, sentence) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    # two events with their own dates in one sentence, on both sides of a semicolon
    ("en", "Ms Joly said on Friday that the staff would leave; the diplomats flew home on Saturday.",
     [("2025-09-26", "declaration"), ("2025-09-27", "reduction")]),
    # a preposition before a date ("since March") does not end the clause it stands in
    ("en", "Quito suspended ties on Friday after police raided the embassy and arrested a politician who "
     "had been sheltering there since March.", [("2025-09-26", "suspension"), ("2025-03", "measure")]),
])
def test_each_event_keeps_its_own_date(language, sentence, expected):
    assert _pipeline(language, sentence) == expected


def test_a_preposition_before_a_date_opens_and_ends_no_clause():
    lower = "ties were cut after police raided the embassy where he had lived since march."
    dates = [("d", 0, lower.index("march"), lower.index("march") + 5)]
    clauses = Clauses(lower, 0, len(lower), _patterns("en")[4], dates)
    assert clauses.spans == [(lower.index("after"), len(lower))]
    assert clauses.clause_at(lower.index("march")) == 0


def test_tables_of_attempts_coordinators_and_acts_cover_both_languages():
    for table in (data.ATTEMPTS, data.FAILURES, data.COORDINATORS, data.COORDINATED_PREPOSITIONS):
        assert set(table) == {"fr", "en"}
        for phrases in table.values():
            assert phrases and all(p == p.lower() and p.strip() == p for p in phrases)
    assert all(code.isdigit() and len(code) == 2 for code in data.ACT_CODES)
    assert not {"01", "05"} & set(data.ACT_CODES)        # statements and praise stay words said on a day
    assert all(w == w.lower() for w in data.FRONTED + data.NOT_ACTS)
    assert 0 < data.COORDINATED_GAP <= data.MAX_SCORE


@pytest.mark.parametrize("language, sentence, countries", [
    ("en", "Britain withdrew its troops from Iraq in 2009 and from Afghanistan in 2021.",
     [["GBR", "IRQ"], ["AFG", "GBR"]]),
    ("fr", "La France a retiré ses soldats du Mali en août 2022 et du Burkina Faso en février 2023.",
     [["FRA", "MLI"], ["BFA", "FRA"]]),
])
def test_a_coordinated_date_takes_the_countries_of_its_own_phrase(language, sentence, countries):
    from analysis.pipeline import annotate_document

    out = annotate_document(Document("d", sentence, language, dt.date(2025, 10, 1)))
    assert [sorted(m[6]) for m in out["milestones"]] == countries


@pytest.mark.parametrize("language, lower, expected", [
    ("fr", "deux tentatives de réouverture avaient échoué.", True),
    ("en", "a bid to reopen the crossing collapsed.", True),
    ("en", "the two countries restored ties in 2021.", False),
])
def test_an_article_without_attempts_is_not_read_for_failures(language, lower, expected):
    from analysis.milestone_phrases import may_attempt

    assert may_attempt(lower, language) is expected
