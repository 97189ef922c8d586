"""People behind abbreviated ranks and religious titles, generational suffixes, and the
country of a person given by a possessive's country or by the government named bare.
New realistic sentences, French and English, with negative rows."""

import datetime

import pytest

from analysis import entities
from analysis.lang import people as lang
from analysis.text import Document

DATE = datetime.date(2024, 4, 8)


def people(text, language):
    doc = Document("t", text, language, DATE)
    rows = entities.find_mentions(doc)
    for row in rows:
        assert doc.text[row[2]:row[3]] == row[4], row
    return [(r[4], r[7], r[8]) for r in rows if r[5] == "PERSON"]


# -- abbreviated ranks and honorifics with their period ------------------------------------

@pytest.mark.parametrize("text, language, names", [
    ("Gen. Andile Mokoena told reporters the patrols would continue.", "en", ["Andile Mokoena"]),
    ("Lt. Gen. Kwame Asante and Col. Dario Velez inspected the border post.", "en",
     ["Kwame Asante", "Dario Velez"]),
    ("Adm. Hiroshi Tanabe said the fleet had left port on Monday.", "en", ["Hiroshi Tanabe"]),
    ("Maj. Gen. Oren Levy, the army's spokesman, denied the report.", "en", ["Oren Levy"]),
    ("Mr. Tembo said the talks in Lusaka had been useful.", "en", ["Tembo"]),
    ("Le Gén. Boubacar Keita a reçu la délégation à Bamako.", "fr", ["Boubacar Keita"]),
])
def test_an_abbreviated_rank_introduces_a_name(text, language, names):
    assert [n for n, _, _ in people(text, language)] == names


@pytest.mark.parametrize("text, language", [
    ("The Gen. Assembly adjourned.", "en"),                   # no name after the title
    ("Prices rose in Col. and fell elsewhere.", "en"),
    ("The delegation left on Tuesday for Lusaka.", "en"),
])
def test_no_person_without_a_name_after_the_title(text, language):
    assert people(text, language) == []


@pytest.mark.parametrize("text, language, name", [
    ("Mullah Abdul Ghani Baradar met the envoy in Kabul.", "en", "Abdul Ghani Baradar"),
    ("L’imam Mahmoud Dicko a appelé au calme. Imam Mahmoud Dicko a ensuite quitté Bamako.", "fr",
     "Mahmoud Dicko"),
    ("Rabbi David Rosen attended the interfaith meeting in Abu Dhabi.", "en", "David Rosen"),
    ("Archbishop Desmond Tutu had urged both sides to talk.", "en", "Desmond Tutu"),
])
def test_a_religious_title_is_no_word_of_the_name(text, language, name):
    names = {n for n, _, _ in people(text, language)}
    assert name in names
    assert not any(n.split()[0] in lang.HONORIFICS for n in names)


# -- generational suffixes --------------------------------------------------------------------

@pytest.mark.parametrize("text, language, full, later", [
    ("Gen. Romulo Santos Jr. said the ship was damaged. Santos later spoke to reporters.", "en",
     "Romulo Santos Jr", "Santos"),
    ("Senator Robert Casey Sr. praised the deal on Friday. Casey said it would hold.", "en",
     "Robert Casey Sr", "Casey"),
    ("Le président Kwame Mensah III a reçu les délégués. Mensah a salué l’accord.", "fr",
     "Kwame Mensah III", "Mensah"),
])
def test_a_suffix_stays_in_the_name_and_the_surname_links_back(text, language, full, later):
    rows = people(text, language)
    assert rows[0][1] == full
    assert (later, full) in [(t, n) for t, n, _ in rows]


def test_a_word_named_like_a_suffix_alone_links_nothing():
    rows = people("John Smith Jr. arrived. Jr said nothing.", "en")
    assert [t for t, _, _ in rows] == ["John Smith Jr"]


# -- a possessive's country, a bare government's country ---------------------------------------

@pytest.mark.parametrize("text, language, name, country", [
    ("En mars, le Ghana avait rappelé son ambassadeur, Kofi Boateng, pour consultations.",
     "fr", "Kofi Boateng", "GHA"),
    ("Kenya recalled its ambassador, John Kamau, after the remarks.", "en", "John Kamau", "KEN"),
    ("Le Pérou a rappelé sa cheffe de mission, Ana Quispe, mardi.", "fr", "Ana Quispe", "PER"),
    # a country after a preposition is no subject the possessive refers to
    ("Paris a envoyé au Niger son ambassadeur, Sylvain Morel.", "fr", "Sylvain Morel", None),
    ("London sent to Kenya its envoy, Mark Dawson, last week.", "en", "Mark Dawson", None),
])
def test_a_possessive_refers_to_the_country_subject(text, language, name, country):
    assert (name, country) in [(n, c) for _, n, c in people(text, language)]


@pytest.mark.parametrize("text, language, name, country", [
    ("Les détenus sont rentrés à Accra, a annoncé lundi le gouvernement ghanéen. Leur libération "
     "a été obtenue à Lomé. Le porte-parole du gouvernement, Kojo Mensah, a salué un geste.",
     "fr", "Kojo Mensah", "GHA"),
    ("The Kenyan government said on Monday the talks would resume. The two sides met in Arusha. "
     "Government spokesman Isaac Mwaura said the talks went well.", "en", "Isaac Mwaura", "KEN"),
    # no government with a country before: no country
    ("Le porte-parole du gouvernement, Kojo Mensah, a salué un geste.", "fr", "Kojo Mensah", None),
    # two governments named before: no single answer
    ("Le gouvernement ghanéen et le gouvernement togolais ont signé. Le porte-parole du "
     "gouvernement, Kojo Mensah, a salué l’accord.", "fr", "Kojo Mensah", None),
])
def test_a_bare_government_is_the_one_named_before(text, language, name, country):
    assert (name, country) in [(n, c) for _, n, c in people(text, language)]


def test_title_tables_are_well_formed():
    ranks = [t for t in lang.HONORIFICS if t.endswith(".") and len(t) <= 7]
    assert {"Gen.", "Lt.", "Col.", "Adm.", "Maj."} <= set(ranks)
    assert {"Mullah", "Imam", "Sheikh", "Ayatollah", "Cardinal", "Mgr"} <= set(lang.HONORIFICS)
    assert {"Jr", "Sr", "II", "III"} <= lang.NAME_SUFFIXES
    assert all(g in ("m", "f", None) for g in lang.HONORIFICS.values())


@pytest.mark.parametrize("text, language, name, role, country", [
    ("Chinese Adm. Dong Jun rejected the claims on Tuesday.", "en", "Dong Jun", "admiral", "CHN"),
    ("US Lt. Gen. Mark Hollis arrived in Manila for the drills.", "en", "Mark Hollis", "general", "USA"),
    # a role in apposition says more than the rank
    ("Gen. Ali Mirza, the Pakistani army chief, met the envoy.", "en", "Ali Mirza", "army chief",
     "PAK"),
    # a rank alone gives no country: generals visit other countries
    ("Gen. Michael Torres visited Israel on Monday.", "en", "Michael Torres", "general", None),
])
def test_a_rank_gives_a_role_and_a_country_word_before_it_the_country(text, language, name, role,
                                                                      country):
    doc = Document("t", text, language, DATE)
    rows = [(r[4], r[10], r[8]) for r in entities.find_mentions(doc) if r[5] == "PERSON"]
    assert (name, role, country) in rows
