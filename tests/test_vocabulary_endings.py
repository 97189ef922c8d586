"""Ending cooperation or aid, fixed phrases, modes inside triggers, listed subjects."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.lang import event_markers as M
from analysis.text import Document
from analysis.vocabulary import code_events, find_terms
from analysis.vocabulary.lexicon import cameo_weights

PUBLISHED = dt.date(2024, 5, 6)


def document(text: str, language: str) -> Document:
    return Document("t", text, language, PUBLISHED)


def events_of(doc: Document, mentions=()) -> list[tuple]:
    rows = code_events(doc, find_terms(doc), list(mentions))
    for row in rows:
        assert doc.text[row[8]:row[9]] == row[6]
    return rows


def codes(text: str, language: str) -> set[str]:
    return {r[2] for r in events_of(document(text, language))}


def mention(doc: Document, text: str, label: str, country: str | None, *, form="name",
            entity_id=None, role=None) -> tuple:
    start = doc.text.index(text)
    return (doc.doc_id, doc.sentence_at(start), start, start + len(text), text, label,
            entity_id or country, text, country, form, role)


# ------------------------------------------------------------ ending cooperation

@pytest.mark.parametrize("language, text, ended, not_left", [
    ("fr", "« Nous mettons fin à notre coopération militaire avec les autorités de fait du Niger », "
           "a-t-il ajouté.", "162", "062"),
    ("fr", "L'Union européenne a de son côté suspendu son aide budgétaire au Niger.", "162", "07"),
    ("fr", "Berlin a gelé son aide au développement destinée au Burundi.", "162", "07"),
    ("fr", "Le Canada a mis un terme à sa coopération militaire avec le Guatemala.", "162", "062"),
    ("fr", "L'aide humanitaire au Yémen a été suspendue par le Koweït.", "162", "07"),
    ("fr", "Copenhague annonce la suspension de son aide financière à la Tanzanie.", "162", "07"),
    ("en", "Washington halted all US assistance to the Honduran army on Tuesday.", "162", "07"),
    ("en", "Norway ended military cooperation with Myanmar after the coup.", "162", "062"),
    ("en", "The Netherlands cut development aid to Mali.", "162", "07"),
    ("en", "Humanitarian aid to the region was suspended by Sweden.", "162", "07"),
    ("en", "Sweden suspended aid to Uganda over the law.", "162", "160"),
])
def test_ending_cooperation_or_aid_is_a_reduction(language, text, ended, not_left):
    rows = events_of(document(text, language))
    found = {r[2] for r in rows}
    assert ended in found and not_left not in found, rows
    row = next(r for r in rows if r[2] == ended)
    assert row[3] == cameo_weights()[ended] < 0


@pytest.mark.parametrize("language, text, code", [
    # no terminative word governs the term: cooperation stays cooperation
    ("fr", "La coopération militaire entre le Ghana et le Togo se poursuit.", "062"),
    ("fr", "À la fin de la coopération militaire, les officiers sont rentrés.", "062"),
    ("fr", "Le retrait serait coordonné avec les autorités.", "050"),
    ("fr", "Le Japon ne cesse de vanter sa coopération militaire avec les Philippines.", "062"),
    ("fr", "Rabat n'a cessé d'étendre son aide humanitaire au Sahel.", "07"),
    ("fr", "Les combats ont cessé. Coopération militaire et aide humanitaire reprennent.", "062"),
    ("en", "At the end of the meeting, Ghana pledged military cooperation with Togo.", "062"),
    ("en", "Japan sent humanitarian aid to Turkey after the earthquake.", "07"),
    ("en", "The budget brought tax cuts and development aid for the north.", "07"),
    ("fr", "Moscou a gelé les avoirs et l'aide humanitaire continue d'arriver.", "07"),
])
def test_cooperation_without_an_ending_is_kept(language, text, code):
    found = codes(text, language)
    assert code in found and "162" not in found and "160" not in found, found


def test_terminated_codes_exist_in_the_cameo_table():
    weights = cameo_weights()
    for code, counterpart in M.TERMINATED_CODES.items():
        assert code in weights and counterpart in weights
        assert weights[counterpart] < 0 < weights[code]
    assert M.TERMINATIVE_BEFORE_FR and M.TERMINATIVE_BEFORE_EN
    assert M.TERMINATIVE_AFTER_FR and M.TERMINATIVE_AFTER_EN


# ------------------------------------------------------------ false positives

@pytest.mark.parametrize("language, text, absent", [
    ("fr", "Le poste-frontière a rouvert lundi aux voyageurs après trois mois de fermeture.", "042"),
    ("fr", "Djibouti était devenu le principal point d'appui de la marine dans la région.", "051"),
    ("fr", "L'option a été rejetée par le Tchad et le Soudan, alliés de la junte.", "050"),
    ("en", "Moscow, Yerevan's traditional ally, has been sidelined.", "050"),
    ("en", "Paris and its European allies have been slow to react.", "050"),
    ("en", "The minister's offensive remarks drew a rebuke.", "19"),
    ("en", "Beijing launched a major diplomatic offensive in Africa.", "19"),
    ("en", "Seoul began a charm offensive toward Tokyo.", "19"),
    ("fr", "Pékin a lancé une offensive diplomatique en Afrique.", "19"),
    ("fr", "Ankara mène une offensive de charme auprès du Caire.", "19"),
])
def test_fixed_phrases_and_nouns_are_no_event(language, text, absent):
    assert absent not in codes(text, language)


@pytest.mark.parametrize("language, text, code", [
    ("fr", "Il a voyagé à Pékin la semaine dernière.", "042"),
    ("fr", "Le Maroc s'est allié avec la Mauritanie contre les trafiquants.", "050"),
    ("en", "Greece allied with Cyprus on the energy corridor.", "050"),
    ("en", "The two states formed an alliance in 1947.", "050"),
])
def test_the_events_those_phrases_resemble_are_kept(language, text, code):
    assert code in codes(text, language)


# ------------------------------------------------------------ events that were missed

@pytest.mark.parametrize("language, text, code", [
    ("fr", "Le 25 août, la junte avait donné 48 heures à M. Itté pour quitter le territoire.", "174"),
    ("fr", "Bamako a donné 72 heures à l'ambassadeur de France pour quitter le pays.", "174"),
    ("en", "Kinshasa gave the Rwandan ambassador 48 hours to leave the country.", "174"),
    ("fr", "Elle avait interdit l'espace aérien nigérien aux avions français.", "160"),
    ("en", "Pakistan banned Indian airlines from its airspace.", "160"),
    ("en", "It followed a lightning Azerbaijani offensive in September 2023.", "19"),
    ("fr", "L'armée a lancé une offensive contre les rebelles dans le Nord.", "19"),
    ("en", "Nicaragua broke off its own relations with Ecuador the following day.", "161"),
])
def test_missed_events_are_found(language, text, code):
    assert code in codes(text, language)


# ------------------------------------------------------------ modes

@pytest.mark.parametrize("language, text, code, mode", [
    ("en", "The treaty will not be signed until Armenia changes its constitution.", "057", "negated"),
    ("en", "The agreement was not signed in the end.", "057", "negated"),
    ("en", "Iran, which borders the planned route, had voiced concern the previous day.", "012",
     "reported"),
    ("en", "Kenya will voice concern at the planned summit.", "012", "planned"),
    ("fr", "Il a précisé que le retrait serait coordonné avec les putschistes.", "050", "planned"),
    ("fr", "La Chine sera associée à la coordination des secours.", "050", "planned"),
    ("fr", "Le Maroc a appelé sans relâche à la reprise du dialogue.", "02", "actual"),
])
def test_modes(language, text, code, mode):
    rows = [r for r in events_of(document(text, language)) if r[2] == code]
    assert rows and rows[0][7] == mode, events_of(document(text, language))


# ------------------------------------------------------------ actors

@pytest.mark.parametrize("language, text, listed, target", [
    ("en", "Brazil, Colombia and Chile expressed solidarity with Mexico on Sunday.",
     ["Brazil", "Colombia", "Chile"], "Mexico"),
    ("fr", "Le Sénégal, le Ghana et le Nigeria ont condamné l'attaque contre le Bénin.",
     ["Sénégal", "Ghana", "Nigeria"], "Bénin"),
    ("en", "Kenya and Uganda expressed solidarity with Sudan.", ["Kenya", "Uganda"], "Sudan"),
])
def test_listed_subjects_are_each_a_source(language, text, listed, target):
    iso = {"Brazil": "BRA", "Colombia": "COL", "Chile": "CHL", "Mexico": "MEX", "Sénégal": "SEN",
           "Ghana": "GHA", "Nigeria": "NGA", "Bénin": "BEN", "Kenya": "KEN", "Uganda": "UGA",
           "Sudan": "SDN"}
    doc = document(text, language)
    mentions = [mention(doc, name, "COUNTRY", iso[name]) for name in listed + [target]]
    rows = events_of(doc, mentions)
    assert rows
    pairs = {(r[4], r[5]) for r in rows}
    assert pairs == {(iso[name], iso[target]) for name in listed}, rows


def test_two_coordinated_subjects_without_a_partner_stay_the_two_sides():
    doc = document("Bourita et Lavrov ont signé un accord à Moscou.", "fr")
    mentions = [mention(doc, "Bourita", "PERSON", "MAR", role="foreign minister"),
                mention(doc, "Lavrov", "PERSON", "RUS", role="foreign minister"),
                mention(doc, "Moscou", "PLACE", "RUS", entity_id="geo:524901")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "057"]
    assert [(r[4], r[5]) for r in rows] == [("MARGOV", "RUSGOV")]


def test_a_capital_named_by_another_id_is_its_government():
    doc = document("Washington urged both countries to settle their differences.", "en")
    mentions = [mention(doc, "Washington", "PLACE", "USA", entity_id="geo:4140963")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "02"]
    assert rows and rows[0][4] == "USAGOV"


def test_the_subject_of_a_subordinate_clause_acts():
    doc = document("Mexico suspended relations with Ecuador on Friday after Ecuadorian police "
                   "forced their way into the Mexican embassy and arrested a former minister.", "en")
    mentions = [mention(doc, "Mexico", "COUNTRY", "MEX"), mention(doc, "Ecuador", "COUNTRY", "ECU"),
                mention(doc, "Ecuadorian", "COUNTRY", "ECU", form="demonym"),
                mention(doc, "Mexican", "COUNTRY", "MEX", form="demonym")]
    rows = [r for r in events_of(doc, mentions) if r[6] == "arrested"]
    assert rows and rows[0][4] == "ECUGOV" and rows[0][5].startswith("MEX"), rows


@pytest.mark.parametrize("language, text, capital, iso, geo", [
    ("fr", "La junte au pouvoir à Niamey a salué la décision de la France.", "Niamey", "NER",
     "geo:2440485"),
    ("fr", "Les autorités de Bamako ont salué la décision de la France.", "Bamako", "MLI",
     "geo:2460596"),
    ("en", "The government in Kabul welcomed the decision of France.", "Kabul", "AFG", "geo:1138958"),
    ("en", "Officials in Kabul welcomed the decision of France.", "Kabul", "AFG", "geo:1138958"),
])
def test_a_government_noun_ruling_from_a_capital_is_its_government(language, text, capital, iso,
                                                                   geo):
    doc = document(text, language)
    mentions = [mention(doc, capital, "PLACE", iso, entity_id=geo),
                mention(doc, "France", "COUNTRY", "FRA")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "051"]
    assert rows and (rows[0][4], rows[0][5]) == (iso + "GOV", "FRA"), rows


@pytest.mark.parametrize("language, text", [
    ("fr", "Le ministre à Niamey a salué la décision de la France."),
    ("en", "Protesters in Kabul welcomed the decision of France."),
])
def test_a_capital_after_another_noun_stays_a_place(language, text):
    capital = "Niamey" if "Niamey" in text else "Kabul"
    doc = document(text, language)
    mentions = [mention(doc, capital, "PLACE", "NER" if capital == "Niamey" else "AFG",
                        entity_id="geo:2440485" if capital == "Niamey" else "geo:1138958"),
                mention(doc, "France", "COUNTRY", "FRA")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "051"]
    assert rows and rows[0][4] != ("NERGOV" if capital == "Niamey" else "AFGGOV"), rows


@pytest.mark.parametrize("language, text, code, mode", [
    ("fr", "Deux tentatives de médiation, en avril puis en mai, avaient échoué.", "045", "negated"),
    ("fr", "Les efforts de médiation de l'Union africaine sont restés vains.", "045", "negated"),
    ("en", "Two attempts at mediation, in 2019 and again in 2021, failed.", "045", "negated"),
    ("en", "Earlier attempts to mediate by Qatar were unsuccessful.", "045", "negated"),
    # no attempt: a failure past a comma is another clause's
    ("fr", "La médiation du Qatar, selon Doha, se poursuit malgré un accord qui a échoué.", "045",
     "actual"),
    ("en", "Norway made new attempts to mediate between the two sides.", "045", "actual"),
])
def test_a_failed_attempt_is_negated(language, text, code, mode):
    rows = [r for r in events_of(document(text, language)) if r[2] == code]
    assert rows and rows[0][7] == mode, events_of(document(text, language))


@pytest.mark.parametrize("language, text, demonym, iso, code", [
    ("en", "Yerevan protested after a lightning Azerbaijani offensive in the region.", "Azerbaijani",
     "AZE", "19"),
    ("fr", "Bamako a dénoncé dimanche les sanctions américaines.", "américaines", "USA", "163"),
])
def test_a_demonym_qualifying_the_trigger_is_its_source(language, text, demonym, iso, code):
    doc = document(text, language)
    capital, capital_iso, geo = (("Yerevan", "ARM", "geo:616052") if language == "en"
                                 else ("Bamako", "MLI", "geo:2460596"))
    mentions = [mention(doc, capital, "PLACE", capital_iso, entity_id=geo),
                mention(doc, demonym, "COUNTRY", iso, form="demonym")]
    rows = [r for r in events_of(doc, mentions) if r[2] == code]
    assert rows and rows[0][4] == iso, events_of(doc, mentions)


def test_a_demonym_inside_a_verb_trigger_is_its_object():
    doc = document("Seoul's top court ordered Japanese companies in October 2018 to compensate "
                   "the victims.", "en")
    mentions = [mention(doc, "Seoul", "PLACE", "KOR", entity_id="geo:1835848"),
                mention(doc, "Japanese", "COUNTRY", "JPN", form="demonym")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "10"]
    assert rows and rows[0][4].startswith("KOR"), events_of(doc, mentions)


def test_a_demonym_of_the_source_keeps_the_source_found_around():
    doc = document("Le ministre malien a salué les investissements maliens au Niger.", "fr")
    mentions = [mention(doc, "malien", "COUNTRY", "MLI", form="demonym"),
                mention(doc, "maliens", "COUNTRY", "MLI", form="demonym"),
                mention(doc, "Niger", "COUNTRY", "NER")]
    rows = [r for r in events_of(doc, mentions) if r[2] == "061"]
    assert rows and rows[0][4] == "MLIGOV", rows


def test_a_partner_before_a_coordination_is_no_subject():
    doc = document("Brazil expressed solidarity with Mexico, and Nicaragua broke off its relations "
                   "with Ecuador.", "en")
    mentions = [mention(doc, name, "COUNTRY", iso) for name, iso in
                [("Brazil", "BRA"), ("Mexico", "MEX"), ("Nicaragua", "NIC"), ("Ecuador", "ECU")]]
    rows = [r for r in events_of(doc, mentions) if r[2] == "161"]
    assert [(r[4], r[5]) for r in rows] == [("NIC", "ECU")], rows
