"""A person's country borrowed from another person or from the article's pair
(analysis.entities.affiliation)."""

import datetime

import pytest

from analysis.entities import find_mentions
from analysis.text import Document


def _country(text, language, person):
    doc = Document("t", text, language, datetime.date(2024, 5, 1))
    rows = [r for r in find_mentions(doc) if r[5] == "PERSON" and r[4] == person]
    assert rows, [r[4] for r in find_mentions(doc)]
    return rows[0][8]


@pytest.mark.parametrize("text, language, person, country", [
    # a possessive before the role: the leader named before
    ("Le président colombien Gustavo Petro a traversé le pont, accompagné de son ministre "
     "du Commerce, Germán Umaña.", "fr", "Germán Umaña", "COL"),
    ("Le président kényan William Ruto est arrivé avec son ministre des Finances, John Mbadi.",
     "fr", "John Mbadi", "KEN"),
    ("Brazilian President Luiz Inácio Lula da Silva arrived with his foreign minister, "
     "Mauro Vieira.", "en", "Mauro Vieira", "BRA"),
    # a succession noun: the country of that person
    ("Le président colombien Gustavo Petro a rompu avec la ligne de son prédécesseur. "
     "Le prédécesseur de M. Petro, Iván Duque, avait soutenu l'opposition.", "fr", "Iván Duque", "COL"),
    # a posted role before a place: the other country of the pair
    ("La France a rappelé l'ambassadeur à Niamey, Sylvain Itté. Le Niger avait exigé son départ. "
     "Le Niger et la France sont brouillés.", "fr", "Sylvain Itté", "FRA"),
    ("Canada expelled a diplomat after India said its ambassador in Ottawa, Sanjay Kumar Verma, "
     "was a person of interest. India and Canada traded accusations.", "en", "Sanjay Kumar Verma", "IND"),
    # a posted role without a place: the country whose embassy was named last
    ("Police forced their way into the Mexican embassy in Quito. The head of the mission, "
     "Roberto Canseco, was pushed to the ground.", "en", "Roberto Canseco", "MEX"),
    ("La police est entrée dans l'ambassade du Mexique à Quito. L'ambassadeur, Pedro Ruiz, "
     "a protesté.", "fr", "Pedro Ruiz", "MEX"),
    ("Protesters gathered outside Sweden's embassy in Baghdad. The chargé d'affaires, "
     "Anna Lind, left.", "en", "Anna Lind", "SWE"),
    # a current official still takes the government his sentence names
    ("Foreign Minister Alicia Bárcena said Mexican diplomats would leave Quito.", "en",
     "Alicia Bárcena", "MEX"),
    # a role with its country after the name
    ("Le lendemain, Félix Plasencia avait pris ses fonctions d'ambassadeur du Venezuela à Bogota.",
     "fr", "Félix Plasencia", "VEN"),
    ("The next day Carlos Ruiz took up his post as ambassador of Peru in Lima.", "en", "Carlos Ruiz", "PER"),
    # a plural role before coordinated names
    ("Armenia and Azerbaijan agreed on a text. Their foreign ministers, Jeyhun Bayramov and "
     "Ararat Mirzoyan, initialled it. Armenia and Azerbaijan will sign.", "en", "Ararat Mirzoyan", "ARM"),
    # a head of state without a country: the one of the pair whose president is not named
    ("Mexico's president Andrés Manuel López Obrador broke relations with Ecuador. "
     "President Daniel Noboa defended the raid. Ecuador and Mexico will meet.", "en", "Daniel Noboa", "ECU"),
    # a "then" head of government: a country that writes family names first needs one
    ("Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping and Premier "
     "Li Qiang. Beijing imposed tariffs after then prime minister Scott Morrison called for an "
     "inquiry. Australia and China agreed.", "en", "Scott Morrison", "AUS"),
    ("Le président chinois Xi Jinping a reçu le Premier ministre australien Anthony Albanese. "
     "L'ancien Premier ministre Kevin Rudd était présent. La Chine et l'Australie.", "fr",
     "Kevin Rudd", "AUS"),
    # a role of domestic politics: the one country of the sentence, else one just before
    ("L'aide humanitaire au Venezuela avait été réclamée par l'opposant Juan Guaidó.", "fr",
     "Juan Guaidó", "VEN"),
    ("Caracas et Bogota se sont brouillés sur l'aide au Venezuela à l'appel de l'opposant "
     "Juan Guaidó.", "fr", "Juan Guaidó", "VEN"),
    ("In Belarus, the authorities jailed presidential candidate Viktar Babaryka.", "en",
     "Viktar Babaryka", "BLR"),
])
def test_borrowed_country(text, language, person, country):
    assert _country(text, language, person) == country


@pytest.mark.parametrize("text, language, person", [
    # no leader with a country before the possessive
    ("Il est arrivé avec son ministre des Finances, John Mbadi.", "fr", "John Mbadi"),
    # the place's country is not in the article's pair
    ("L'ambassadeur à Berlin, Jean Dupont, a parlé. Le Niger et le Mali discutent. Le Niger.",
     "fr", "Jean Dupont"),
    # another person stands between the name and the role
    ("Carlos Ruiz met Ana Gómez, ambassador of Peru, in Lima.", "en", "Carlos Ruiz"),
    # both heads of state of the pair are named: no guess
    ("Mexico's president Andrés Manuel López Obrador met Chinese President Xi Jinping. "
     "President Daniel Noboa was absent. China and Mexico agreed.", "en", "Daniel Noboa"),
    # a name that could be from either country of the pair, both heads named
    ("Mexico's president Andrés Manuel López Obrador met Brazil's President Luiz Inácio Lula da "
     "Silva. Former president Carlos Mesa attended. Mexico and Brazil agreed.", "en", "Carlos Mesa"),
    # an embassy named three sentences before: too far
    ("Police entered the Mexican embassy. Talks stalled. Nothing moved. The ambassador, "
     "Pedro Ruiz, left.", "en", "Pedro Ruiz"),
    # two countries in the sentence and none right before the role
    ("Quito expelled the Mexican ambassador over remarks on presidential candidate "
     "Fernando Villavicencio.", "en", "Fernando Villavicencio"),
])
def test_no_borrowed_country(text, language, person):
    assert _country(text, language, person) is None
