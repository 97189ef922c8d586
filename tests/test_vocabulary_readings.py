"""Readings the second held-out set asked for: new event words, false friends,
negated and past events, and the subject of a clause as the source.

Every table mixes French and English sentences about other countries than the
held-out articles, positive and negative rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.text import Document
from analysis.vocabulary import code_events, find_terms

PUBLISHED = dt.date(2025, 10, 16)


def document(text: str, language: str, published=PUBLISHED) -> Document:
    return Document("r", text, language, published)


def mention(doc: Document, text: str, label: str, country: str | None, *, role=None,
            form="name", nth: int = 0) -> tuple:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return (doc.doc_id, doc.sentence_at(start), start, start + len(text), text, label,
            country or text, text, country, form, role)


def events_of(doc: Document, mentions=()) -> list[tuple]:
    rows = code_events(doc, find_terms(doc), list(mentions))
    for row in rows:
        assert doc.text[row[8]:row[9]] == row[6]
    return rows


def codes(text: str, language: str) -> set[str]:
    return {row[2] for row in events_of(document(text, language))}


def mode_of(text: str, language: str, code: str, published=PUBLISHED) -> str:
    found = [r[7] for r in events_of(document(text, language, published)) if r[2] == code]
    assert found, (code, events_of(document(text, language, published)))
    return found[0]


# --------------------------------------------------------------------------- new event words

@pytest.mark.parametrize("language, text, code", [
    ("en", "Armenia and Azerbaijan agreed on Friday to seek a framework for a peace treaty.", "030"),
    ("en", "A border clash in May killed 12 Kyrgyz soldiers.", "19"),
    ("fr", "Des affrontements ont tué quatorze soldats tadjiks à la frontière.", "19"),
    ("fr", "Le Rwanda est intervenu militairement dans l’est de la RDC en 2012.", "19"),
    ("en", "Turkey intervened militarily in northern Syria in 2019.", "19"),
    ("en", "A Seoul court ordered the Japanese government in January to compensate twelve women.", "10"),
    ("fr", "La justice a ordonné à l’entreprise d’indemniser les familles des victimes.", "10"),
    ("en", "China tightened controls on exports of gallium in August.", "163"),
    ("en", "Washington imposed new export controls on advanced chips.", "163"),
    ("fr", "Pékin a durci les contrôles sur les exportations de graphite.", "163"),
    ("fr", "Le Guyana a saisi la Cour internationale de justice en 2018.", "115"),
    ("fr", "La Cour internationale de justice, que l’Ukraine a saisie en 2022, a rendu son avis.", "115"),
    ("en", "Ukraine took the case to the International Court of Justice in 2017.", "115"),
    ("en", "The Philippines filed a case with an arbitration tribunal in The Hague.", "115"),
    ("en", "Prosecutors in Germany charged two Russian nationals with espionage.", "173"),
    ("en", "Three Indian nationals were indicted in Ottawa.", "173"),
    ("en", "Two Chinese citizens have been charged with spying on a naval base.", "173"),
    ("fr", "Deux ressortissants russes ont été inculpés d’espionnage à Paris.", "173"),
    ("en", "The former ambassador was testifying before a parliamentary committee.", "010"),
    ("en", "Nicaragua responded by ordering four Dutch diplomats, including the ambassador, to leave the country.", "174"),
    ("fr", "Le Niger a ordonné à l’ambassadeur de France de quitter le territoire.", "174"),
    ("en", "Moscow declared two Estonian diplomats persona non grata.", "174"),
    ("fr", "Bamako a expulsé l’ambassadeur de France.", "174"),
    ("en", "Canada withdrew 41 of its diplomats from India.", "160"),
    ("fr", "Le Mali a retiré une partie de ses diplomates d’Alger.", "160"),
    ("en", "Rwanda recalled its ambassador for consultations.", "161"),
    ("en", "Japan has since lifted the export curbs.", "08"),
    ("fr", "L’Union européenne a levé les sanctions contre le Venezuela.", "08"),
    ("fr", "L’Égypte a annoncé l’échec des négociations avec le Soudan.", "164"),
    ("fr", "Les pourparlers avec Kinshasa sont dans l’impasse.", "164"),
    ("en", "Talks with Belgrade collapsed on Monday.", "164"),
    ("en", "After the stalled negotiations, Pristina turned to Brussels.", "164"),
    ("en", "The collapse of the talks in Doha surprised the mediators.", "164"),
    # the false friends' real readings
    ("en", "Ottawa was critical of the decision.", "111"),
    ("fr", "Le ministre a critiqué la décision de Madrid.", "111"),
    ("fr", "Les critiques de Washington n’ont pas ému Pékin.", "111"),
    ("fr", "Le Qatar a appelé les deux parties à la retenue.", "02"),
    ("fr", "Le pape a lancé un appel au calme.", "02"),
    ("en", "Seoul asked Tokyo to withdraw the measure.", "02"),
    ("fr", "Le roi a reçu mardi le ministre saoudien des Affaires étrangères.", "043"),
    ("en", "Egypt hosted the Turkish president in Cairo.", "043"),
    ("fr", "Le souverain a accordé une audience à l’ambassadeur du Japon.", "043"),
    ("fr", "Il est le premier dirigeant vietnamien reçu à la Maison Blanche.", "043"),
    ("en", "Berlin backed the proposal.", "051"),
    ("en", "The envoy is due to call on Vice President Han Zheng on Thursday.", "042"),
    ("en", "The ministers called on President Putin to end the war.", "02"),
])
def test_event_words(language, text, code):
    assert code in codes(text, language)


@pytest.mark.parametrize("language, text, code", [
    ("fr", "Les deux pays ont signé des accords sur les minerais critiques.", "111"),
    ("en", "The deal covers critical minerals and semiconductors.", "111"),
    ("fr", "Le différend porte sur la mer de Chine méridionale, appelée mer de l’Ouest par Manille.", "02"),
    ("en", "Trust will take years to rebuild, said a former diplomat, who asked not to be named.", "02"),
    ("en", "The official requested anonymity to discuss the talks.", "02"),
    ("fr", "Le Tchad accueille plus de 600 000 réfugiés soudanais.", "043"),
    ("en", "Jordan hosts more than 600,000 Syrian refugees.", "043"),
    ("fr", "Les audiences devant la CIJ doivent s’ouvrir en mars.", "043"),
    ("en", "A government-backed foundation will pay the compensation.", "051"),
    ("en", "Canada withdrew 41 of its diplomats from India.", "161"),
    ("en", "Japan has since lifted the export curbs.", "163"),
    ("fr", "L’Union européenne a levé les sanctions contre le Venezuela.", "163"),
    ("fr", "L’Égypte a annoncé l’échec des négociations avec le Soudan.", "046"),
    ("en", "Talks with Belgrade collapsed on Monday.", "040"),
    ("en", "The envoy is due to call on Vice President Han Zheng on Thursday.", "02"),
    ("en", "The ministers called on President Putin to end the war.", "042"),
])
def test_not_these_events(language, text, code):
    assert code not in codes(text, language)


def test_a_participle_after_a_verb_prefix_stays_a_verb():
    doc = document("The accord was co-signed in Lomé.", "en")
    assert [t[4] for t in find_terms(doc) if t[7] == "057"]


# --------------------------------------------------------------------------- modes

@pytest.mark.parametrize("language, text, code, mode", [
    ("en", "He stopped short of a fresh apology.", "055", "negated"),
    ("fr", "Le Premier ministre s’est abstenu de présenter des excuses.", "055", "negated"),
    ("fr", "Les réunions n’ont abouti à aucun résultat.", "040", "negated"),
    ("en", "The meeting in Geneva failed.", "040", "negated"),
    ("en", "Seoul criticised the plan, saying Tokyo had again failed to apologise.", "111", "actual"),
    ("fr", "Les négociations avaient repris après une rencontre à Lusaka.", "046", "reported"),
    ("en", "The talks had resumed after a summit in Lusaka.", "040", "reported"),
    ("fr", "M. Macron doit commémorer à New York les attentats du 11 septembre 2001.", "18", "reported"),
    ("en", "The president is due to commemorate the attacks of September 11, 2001.", "18", "reported"),
    ("fr", "Rabat dénonce une violation de la déclaration signée le 23 mars 2015 à Khartoum.", "057", "reported"),
    ("fr", "Le traité doit être signé le 12 décembre 2025 à Rabat.", "057", "planned"),
    ("fr", "Le ministre a reçu son homologue ghanéen le 3 septembre 2025.", "043", "reported"),
    # a purpose right before the trigger: aimed at, not done
    ("fr", "Les présidents s'étaient donné quatre mois pour parvenir à un accord.", "057", "planned"),
    ("fr", "Le Qatar a réuni les deux délégations pour tenter d’apaiser la crise.", "037", "planned"),
    ("en", "Doha hosted both delegations in a bid to settle the dispute.", "037", "planned"),
    ("fr", "Les deux ministres ont signé l’accord pour la pêche.", "057", "actual"),
    # a date inside a multi-word trigger dates it
    ("en", "A Seoul court ordered the firms in October 2018 to compensate the victims.", "10", "reported"),
    ("fr", "Le Guyana a saisi en mars 2018 la Cour internationale de justice.", "115", "reported"),
])
def test_mode(language, text, code, mode):
    assert mode_of(text, language, code) == mode


# --------------------------------------------------------------------------- actors

def test_the_clause_subject_goes_on_after_an_object_with_a_name():
    text = ("Le 3 mars, le Mali avait expulsé l’ambassadeur de France, Joël Meyer, et rappelé "
            "son propre ambassadeur pour consultations, reprochant à la France ses ingérences.")
    doc = document(text, "fr")
    rows = [mention(doc, "Mali", "COUNTRY", "MLI"), mention(doc, "France", "COUNTRY", "FRA"),
            mention(doc, "Joël Meyer", "PERSON", "FRA", role="ambassadeur"),
            mention(doc, "France", "COUNTRY", "FRA", nth=1)]
    by_code = {r[2]: r for r in events_of(doc, rows)}
    assert by_code["174"][4] == "MLI"
    assert by_code["161"][4] == "MLI"
    assert by_code["161"][6].endswith("pour consultations")
    assert by_code["111"][4] == "MLI"


def test_a_new_subject_in_the_clause_is_kept():
    doc = document("Le Mali a salué l’accord et le Niger a critiqué la décision.", "fr")
    rows = [mention(doc, "Mali", "COUNTRY", "MLI"), mention(doc, "Niger", "COUNTRY", "NER")]
    by_code = {r[2]: r for r in events_of(doc, rows)}
    assert by_code["051"][4] == "MLI" and by_code["111"][4] == "NER"


def test_a_possessive_after_the_verb_is_not_its_subject():
    text = ("The Saudi and Qatari ministers met in Riyadh. They also discussed Iran's nuclear "
            "programme and closer security cooperation with the United States.")
    doc = document(text, "en")
    rows = [mention(doc, "Saudi", "COUNTRY", "SAU", form="demonym"),
            mention(doc, "Qatari", "COUNTRY", "QAT", form="demonym"),
            mention(doc, "Iran", "COUNTRY", "IRN"), mention(doc, "United States", "COUNTRY", "USA")]
    rows_of = events_of(doc, rows)
    discussed = [r for r in rows_of if r[6] == "discussed"]
    assert discussed and discussed[0][4] is not None and discussed[0][4][:3] in ("SAU", "QAT")
    cooperation = [r for r in rows_of if r[2] == "062"]
    assert cooperation and cooperation[0][4] is not None and cooperation[0][4][:3] in ("SAU", "QAT")


def test_a_pair_inside_the_trigger_is_its_target():
    text = ("L’Arménie et l’Azerbaïdjan s’opposent. L’Arménie accuse l’Azerbaïdjan. "
            "Le Qatar a appelé les deux parties au dialogue.")
    doc = document(text, "fr")
    rows = [mention(doc, "Arménie", "COUNTRY", "ARM"), mention(doc, "Azerbaïdjan", "COUNTRY", "AZE"),
            mention(doc, "Arménie", "COUNTRY", "ARM", nth=1),
            mention(doc, "Azerbaïdjan", "COUNTRY", "AZE", nth=1),
            mention(doc, "Qatar", "COUNTRY", "QAT")]
    appeals = {(r[4], r[5]) for r in events_of(doc, rows) if r[2] == "02"}
    assert appeals == {("QAT", "ARM"), ("QAT", "AZE")}
