"""Milestone kinds read from CAMEO codes and lexicon headwords; venues; narrower events."""

import csv
import datetime as dt
import pathlib

import pytest

from analysis.lang import milestones as data
from analysis.milestone_pairing import venue_pattern, venues
from analysis.milestone_triggers import kind_of_term, lexicon_triggers
from analysis.milestones import find_milestones
from analysis.pipeline import annotate_document
from analysis.temporal import find_timexes
from analysis.text import Document

D = dt.date(2024, 5, 3)
LEXICON = pathlib.Path(__file__).resolve().parents[1] / "analysis" / "data" / "lexicon.tsv"


def pipeline_milestones(language, text, published=D):
    out = annotate_document(Document("d", text, language, published))
    return [(m[2], m[4]) for m in out["milestones"]], out["milestones"]


# (language, sentence, [(date, kind)]): through every annotator, new countries
SENTENCES = [
    # force (CAMEO 19): a deadly clash, a military intervention
    ("en", "Relations soured after a border clash in May 2021 killed 19 Kyrgyz and Tajik soldiers.",
     [("2021-05", "force")]),
    ("fr", "L'Ouganda est intervenu militairement au Soudan du Sud en décembre 2013.",
     [("2013-12", "force")]),
    # legal action (115 lawsuit, 173 charge), a court hearing
    ("fr", "Le Guyana a saisi la CIJ en mars 2018 pour trancher le différend frontalier avec le Venezuela.",
     [("2018-03", "legal")]),
    ("en", "The row deepened on Tuesday when prosecutors in Germany charged a Russian national with spying.",
     [("2024-04-30", "legal")]),
    ("fr", "Les audiences devant la Cour internationale de justice s'ouvriront en juin 2024.",
     [("2024-06", "legal")]),
    # recall (161 with an ambassador), expulsion (174)
    ("en", "Sweden recalled its ambassador to Tehran in February 2023.", [("2023-02", "recall")]),
    ("fr", "Le Burkina Faso a rappelé son ambassadeur à Abidjan en octobre 2023.", [("2023-10", "recall")]),
    ("fr", "Le Mali a expulsé l'ambassadeur de France en janvier 2022.", [("2022-01", "expulsion")]),
    # a crisis (160, not specified) yields its date to the expulsion of the same sentence
    ("en", "The diplomatic crisis that began on Monday deepened as both capitals expelled each other's "
     "envoys.", [("2024-04-29", "expulsion")]),
    # intent to cooperate (030), and a pledge made at a visit: the visit
    ("fr", "Le Ghana et le Togo se sont engagés mardi à renforcer leur coopération sécuritaire.",
     [("2024-04-30", "commitment")]),
    ("en", "Chile and Peru pledged on Sunday to deepen trade ties, as the first state visit to Lima by a "
     "Chilean president in ten years ended.", [("2024-04-28", "visit")]),
    # freezing cooperation is a suspension; failed talks
    ("fr", "Le Maroc a suspendu tout contact avec l'ambassade d'Allemagne en mars 2021.",
     [("2021-03", "suspension")]),
    ("fr", "Le Caire a constaté l'échec des négociations avec Khartoum en avril 2022.",
     [("2022-04", "talks_failed")]),
    # no milestone: a posture is no event, a court audience is not hosted, no date
    ("fr", "Le Kenya a déployé 3 000 soldats à la frontière, a indiqué l'armée.", []),
    ("en", "The Philippines and Vietnam pledged to deepen their maritime cooperation.", []),
    ("fr", "La Grèce accueille plus de 50 000 réfugiés depuis 2015.", []),
    # arrests (173: legal action) and releases of persons (08: a measure)
    ("fr", "Les deux soldats togolais avaient été arrêtés en février 2023 au nord du Bénin.",
     [("2023-02", "legal")]),
    ("fr", "Leur libération, obtenue la semaine dernière, apaise les relations entre Lomé et Cotonou.",
     [("2024-04-22", "measure")]),
    ("en", "Their release, secured last week after Omani mediation, eased tensions with Tehran.",
     [("2024-04-22", "measure")]),
    # an accession is no visit; a condition is no use of force
    ("fr", "Depuis l'arrivée au pouvoir du lieutenant-colonel Damiba en janvier 2022, Ouagadougou "
     "se tourne vers Moscou.", [("2022-01", "accession")]),
    ("en", "The 1951 treaty requires Manila and Washington to help each other if attacked in the Pacific.",
     []),
]


@pytest.mark.parametrize("language, sentence, expected", SENTENCES)
def test_kinds_through_every_annotator(language, sentence, expected):
    found, rows = pipeline_milestones(language, sentence)
    assert found == expected
    for row in rows:
        assert data.KIND_LABELS[row[4]].lower() in row[8].lower()


@pytest.mark.parametrize("language, sentence, venue, parties", [
    ("en", "Leaders of Brazil and Argentina met in Nairobi, Kenya, on Thursday.", "KEN", ["ARG", "BRA"]),
    ("fr", "Les présidents du Tchad et du Niger se sont entretenus jeudi dans la capitale éthiopienne.",
     "ETH", ["NER", "TCD"]),
    ("en", "Prime Minister Anthony Albanese and President Joko Widodo held talks in Bali, Indonesia, "
     "on Monday.", None, ["AUS", "IDN"]),
])
def test_a_country_named_as_the_venue_is_no_party(language, sentence, venue, parties):
    out = annotate_document(Document("d", sentence, language, D))
    rows = [m for m in out["milestones"] if m[4] == "talks"]
    assert rows and sorted(rows[0][6]) == parties
    if venue:
        assert venue not in rows[0][6]


def row(doc, start, end, label, country):
    return ("d", 0, start, end, doc.text[start:end], label, None, doc.text[start:end], country, "name", None)


def test_venues_of_a_sentence():
    doc = Document("d", "Modi and Xi met in Kazan, Russia, while Putin looked on.", "en", D)
    lower, text = doc.lower, doc.text
    at = text.index
    mentions = [row(doc, at("Modi"), at("Modi") + 4, "PERSON", "IND"),
                row(doc, at("Xi"), at("Xi") + 2, "PERSON", "CHN"),
                row(doc, at("Kazan"), at("Kazan") + 5, "PLACE", "RUS"),
                row(doc, at("Russia"), at("Russia") + 6, "COUNTRY", "RUS")]
    assert venues(lower, mentions, venue_pattern("en"), 0) == {"RUS"}
    putin = row(doc, at("Putin"), at("Putin") + 5, "PERSON", "RUS")
    assert venues(lower, mentions + [putin], venue_pattern("en"), 0) == set()     # also a party


@pytest.mark.parametrize("category, cameo, headword, kind", [
    ("reduction_of_relations", "161", "recall ambassador", "recall"),
    ("reduction_of_relations", "161", "rappeler son ambassadeur pour consultations", "recall"),
    ("reduction_of_relations", "161", "sever ties", "rupture"),
    ("reduction_of_relations", "160", "diplomatic crisis", "reduction"),
    ("reduction_of_relations", "160", "freeze relations", "suspension"),
    ("reduction_of_relations", "164", "talks collapsed", "talks_failed"),
    ("expulsion", "174", "expel", "expulsion"),
    ("criticism", "115", "take to court", "legal"),
    ("force", "173", "indict", "legal"),
    ("demand", "10", "order to compensate", "legal"),
    ("demand", "10", "demand", "declaration"),
    ("force", "190", None, "force"),
    ("force", "15", None, None),
    ("force", "18", None, None),
    ("intent_to_cooperate", "030", None, "commitment"),
    ("intent_to_cooperate", "037", None, None),
])
def test_kinds_follow_cameo_and_headwords(category, cameo, headword, kind):
    assert kind_of_term(category, cameo, headword) == kind


def test_every_headword_with_a_kind_is_in_the_lexicon():
    with LEXICON.open(encoding="utf-8") as handle:
        headwords = {r["headword"] for r in csv.DictReader(handle, delimiter="\t")}
    assert set(data.KIND_OF_HEADWORD) <= headwords
    assert set(data.KIND_OF_HEADWORD.values()) <= set(data.KINDS)
    for kind, narrower in data.SPECIFIC_KINDS.items():
        assert kind in data.KINDS and set(narrower) <= set(data.KINDS)
    assert set(data.VENUE_KINDS) <= set(data.KINDS)


def test_an_event_on_a_narrower_term_takes_its_kind():
    doc = Document("d", "Le Niger a rappelé lundi son ambassadeur à Cotonou.", "fr", dt.date(2024, 5, 8))
    start, end = doc.text.index("rappelé"), doc.text.index(" à Cotonou")
    term = ("d", 0, start, end, doc.text[start:end], "rappeler son ambassadeur",
            "reduction_of_relations", "161", -4.0)
    event = ("d", 0, "161", -4.0, "NER", "BEN", doc.text[start:end], "actual", start, end)
    terms, events, _ = lexicon_triggers([term], [event], {0})[0]
    assert [t.kind for t in terms] == [t.kind for t in events] == ["recall"]
    assert events[0].countries == ("NER", "BEN")
    plain = ("d", 0, "161", -4.0, "NER", "BEN", "rappelé", "actual", start, start + 7)
    assert [t.kind for t in lexicon_triggers([], [plain], {0})[0][1]] == ["rupture"]    # no term
    rows = find_milestones(doc, terms=[term], events=[event], mentions=[], timexes=find_timexes(doc))
    assert [(m[2], m[4], m[5]) for m in rows] == [("2024-05-06", "recall", "161")]


def test_a_host_term_without_a_visitor_makes_no_visit():
    doc = Document("d", "Les audiences, reportées à la demande du Bénin, doivent reprendre en mai 2025.",
                   "fr", D)
    start = doc.text.index("audiences")
    term = ("d", 0, start, start + 9, "audiences", "audience", "visit", "043", 2.8)
    rows = find_milestones(doc, terms=[term], events=[], mentions=[], timexes=find_timexes(doc))
    assert [(m[2], m[4]) for m in rows] == [("2025-05", "legal")]
    event = ("d", 0, "043", 2.8, "BEN", None, "audiences", "planned", start, start + 9)
    rows = find_milestones(doc, terms=[term], events=[event], mentions=[], timexes=find_timexes(doc))
    assert [m[4] for m in rows] == ["visit"]


@pytest.mark.parametrize("language, sentence, expected", [
    ("en", "Ties worsened in March, when Oslo expelled two Russian diplomats.", [("2024-03", "expulsion")]),
    ("fr", "La crise a éclaté en mars, lorsque Bamako a expulsé l'ambassadeur.", [("2024-03", "expulsion")]),
    # a clause of another kind of subordinator keeps its event
    ("en", "Ties worsened in March, after Oslo expelled two Russian diplomats.", []),
])
def test_a_when_clause_right_after_a_date_gives_it_its_event(language, sentence, expected):
    doc = Document("d", sentence, language, D)
    rows = find_milestones(doc, terms=[], events=[], mentions=[], timexes=find_timexes(doc))
    assert [(m[2], m[4]) for m in rows] == expected


LATER = dt.date(2025, 10, 1)


# (language, sentence, [(date, kind)]): kinds of the trigger table, through every annotator
@pytest.mark.parametrize("language, sentence, expected", [
    # an election won, a coming to power, taking office (FR « élu en juin » already worked)
    ("en", "The Labour Party of Keir Starmer won power in July 2024.", [("2024-07", "election")]),
    ("en", "Mr Mahama's party swept to power in December 2024.", [("2024-12", "election")]),
    ("fr", "L'opposition kényane avait remporté la présidentielle en août 2022.", [("2022-08", "election")]),
    ("fr", "Le parti de M. Mahama est arrivé au pouvoir en janvier 2025.", [("2025-01", "accession")]),
    ("en", "President Bassirou Diomaye Faye took office in April 2024.", [("2024-04", "accession")]),
    ("fr", "M. Faye est entré en fonctions le 2 avril.", [("2025-04-02", "accession")]),
    # taking up a post as ambassador is a posting, not an accession
    ("fr", "Le 29 août, Mme Aïssata Tall avait pris ses fonctions d'ambassadrice du Sénégal à Rabat.",
     [("2025-08-29", "appointment")]),
    ("en", "On Tuesday, Ms Nomvula Dlamini took up her post as South Africa's ambassador in Washington.",
     [("2025-09-30", "appointment")]),
    # an expulsion ultimatum
    ("fr", "Le 4 mars, la junte avait donné 72 heures à l'ambassadeur de Suède pour quitter le pays.",
     [("2025-03-04", "expulsion")]),
    ("fr", "Le 9 juin, Bamako avait donné 72 heures à M. Lars Lindqvist pour quitter le territoire.",
     [("2025-06-09", "expulsion")]),
    ("en", "On Tuesday, Bamako gave the Swedish ambassador 72 hours to leave the country.",
     [("2025-09-30", "expulsion")]),
    # troops or peacekeepers leaving, a monitoring mission, a release, a return home: measures
    ("en", "The UN peacekeepers deployed in Mali left the country in December 2023.",
     [("2023-12", "measure")]),
    ("fr", "Les casques bleus de la Minusma ont quitté le Mali en décembre 2023.", [("2023-12", "measure")]),
    ("en", "The OSCE has kept an observer mission in eastern Ukraine since March 2014.",
     [("2014-03", "measure")]),
    ("fr", "L'Union africaine a déployé une mission d'observation au Soudan en mai 2019.",
     [("2019-05", "measure")]),
    # a release is no visit, even near the word trip
    ("en", "The release of a British journalist in March removed the main obstacle to the trip.",
     [("2025-03", "measure")]),
    # an offensive is a use of force; a charm offensive, offensive remarks are not
    ("en", "Relations collapsed after a Rwandan-backed offensive in January 2025.", [("2025-01", "force")]),
    ("fr", "Les relations se sont dégradées après l'offensive lancée en octobre 2023.",
     [("2023-10", "force")]),
    ("en", "India and China fought a brief border war in 1962.", [("1962", "force")]),
    ("fr", "L'Éthiopie et l'Érythrée se sont livré une guerre en 1998.", [("1998", "force")]),
    # an assassination (CAMEO 186) is a use of force
    ("en", "Relations collapsed after the assassination of a dissident in Berlin in August 2019.",
     [("2019-08", "force")]),
    ("fr", "L'assassinat d'un journaliste à Istanbul en octobre 2018 a tendu les relations.",
     [("2018-10", "force")]),
    ("en", "The trade war that began in 2018 hurt exports.", []),
    ("en", "A war of words erupted in May 2023.", []),
    ("fr", "La guerre commerciale lancée en 2018 a pesé sur les exportations.", []),
    ("en", "Beijing launched a charm offensive in May 2023.", []),
    ("en", "Officials deleted the offensive posts in May 2023.", []),
    # no time limit, no departure order: no expulsion
    ("fr", "La compagnie a donné 48 heures aux passagers pour changer de vol en mars.", []),
])
def test_kinds_of_the_trigger_table_through_every_annotator(language, sentence, expected):
    out = annotate_document(Document("d", sentence, language, LATER))
    assert [(m[2], m[4]) for m in out["milestones"]] == expected
    for row in out["milestones"]:
        assert data.KIND_LABELS[row[4]].lower() in row[8].lower()


@pytest.mark.parametrize("language, sentence, body, expected", [
    # a trigger inside an organisation's name is no event: the verb is
    ("en", "Finland joined the North Atlantic Treaty Organization in April 2023.",
     "North Atlantic Treaty Organization", [("2023-04", "accession")]),
    ("fr", "L'Arménie a gelé sa participation à l'Organisation du traité de sécurité collective en "
     "février 2024.", "Organisation du traité de sécurité collective", [("2024-02", "suspension")]),
    # a joint commission that meets is a session, its name or not
    ("fr", "Les travaux de la Commission mixte algéro-tunisienne ont débuté en mai 2024.",
     "Commission mixte algéro-tunisienne", [("2024-05", "session")]),
])
def test_a_trigger_inside_an_organisation_name_is_no_event(language, sentence, body, expected):
    doc = Document("d", sentence, language, LATER)
    start = doc.text.index(body)
    org = ("d", 0, start, start + len(body), body, "ORG", None, body, None, "name", None)
    rows = find_milestones(doc, terms=[], events=[], mentions=[org], timexes=find_timexes(doc))
    assert [(m[2], m[4]) for m in rows] == expected
    if expected[0][1] != "session":       # read as an agreement when the name is not known
        rows = find_milestones(doc, terms=[], events=[], mentions=[], timexes=find_timexes(doc))
        assert [m[4] for m in rows] == ["agreement"]


@pytest.mark.parametrize("language, sentence, label", [
    ("fr", "Fin mars, le roi avait appelé le président à « faire prévaloir la sagesse ».", "Statement — appeal"),
    ("en", "India condemned the attack on a Kenyan vessel last month.", "Statement — criticism"),
    ("en", "The minister said on Monday that talks would resume.", "Statement"),
])
def test_a_statement_label_says_what_act_it_is(language, sentence, label):
    out = annotate_document(Document("d", sentence, language, LATER))
    assert [m[8] for m in out["milestones"] if m[4] == "declaration"] == [label]
