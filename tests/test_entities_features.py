"""Places that are no city: physical features built on a head noun, regions and
sub-national areas of the data table, and the country and city words inside their
names; organisations found by a police head or a lower-case English ministry.
New realistic sentences, French and English, with negative rows."""

import datetime

import pytest

from analysis import entities
from analysis.entities.features import find_features
from analysis.entities.gazetteer import _read_tsv
from analysis.text import Document

DATE = datetime.date(2024, 9, 10)


def mentions(text, language):
    doc = Document("t", text, language, DATE)
    rows = entities.find_mentions(doc)
    for row in rows:
        assert doc.text[row[2]:row[3]] == row[4], row
    return rows


def labelled(text, language, label):
    return [(r[4], r[6], r[8]) for r in mentions(text, language) if r[5] == label]


@pytest.mark.parametrize("text, language, expected", [
    ("Relations sank after a clash in the Galwan Valley in June 2020 killed 20 soldiers.", "en",
     [("Galwan Valley", "place:~galwan-valley", None)]),
    ("Chinese and Indian troops faced off in the Galwan Valley in Ladakh.", "en",
     [("Galwan Valley", "place:~galwan-valley", None), ("Ladakh", "region:ladakh", "IND")]),
    ("Pakistan and India exchanged fire in the Neelum Valley.", "en",
     [("Neelum Valley", "place:~neelum-valley", None)]),
    ("Ukrainian drones struck a bridge across the Kerch Strait linking Crimea to Russia.", "en",
     [("Kerch Strait", "place:~kerch-strait", None), ("Crimea", "region:crimea", "UKR")]),
    ("Rebels seized towns along the Niger River and near Lake Chad.", "en",
     [("Niger River", "place:~niger-river", None), ("Lake Chad", "place:~lake-chad", None)]),
    ("Shipping through the Strait of Malacca and the Gulf of Aden slowed.", "en",
     [("Strait of Malacca", "region:strait-of-malacca", None),
      ("Gulf of Aden", "region:gulf-of-aden", None)]),
    ("Des affrontements ont éclaté dans la vallée de la Bekaa, au Liban.", "fr",
     [("vallée de la Bekaa", "place:~vallee-de-la-bekaa", None)]),
    ("Les soldats ont franchi le fleuve Sénégal près du lac Tana.", "fr",
     [("fleuve Sénégal", "place:~fleuve-senegal", None), ("lac Tana", "place:~lac-tana", None)]),
    ("Chinese coast guard ships blocked Scarborough Shoal near the Senkaku Islands.", "en",
     [("Scarborough Shoal", "place:~scarborough-shoal", None),
      ("Senkaku Islands", "place:~senkaku-islands", None)]),
])
def test_feature_names_are_one_place(text, language, expected):
    assert labelled(text, language, "PLACE") == expected


@pytest.mark.parametrize("text, language, absent", [
    # a city ("The Valley", Anguilla) or a country word inside a feature's name
    ("Troops clashed in the Galwan Valley.", "en", ("AIA",)),
    ("Japanese colonial rule of the Korean Peninsula lasted from 1910 to 1945.", "en", ("KOR",)),
    ("Les tensions dans la péninsule coréenne inquiètent les voisins.", "fr", ("KOR",)),
    ("Cargo ships crossed the Jordan River valley and the Mexico Valley.", "en", ("JOR", "MEX")),
    ("La marine patrouille dans le golfe du Mexique et en mer du Japon.", "fr", ("MEX", "JPN")),
    ("The suspect was shot in Surrey, British Columbia, last year.", "en", ("GBR",)),
])
def test_country_and_city_words_inside_place_names_are_no_mentions(text, language, absent):
    rows = mentions(text, language)
    assert not [r for r in rows if r[5] == "COUNTRY" and r[6] in absent]
    assert not [r for r in rows if r[5] == "PLACE" and r[8] in absent]


@pytest.mark.parametrize("text, language", [
    ("The Gulf Cooperation Council met in Riyadh.", "en"),      # a longer name goes on
    ("Silicon Valley Bank collapsed in March.", "en"),
    ("Il a rejoint la chaîne Al Jazeera puis l'île Maurice.", "fr"),   # no feature heads
    ("La Côte d'Ivoire et la côte d'Ivoire ont voté.", "fr"),
    ("The Valley is quiet.", "en"),
])
def test_no_feature_place(text, language):
    assert find_features(Document("t", text, language, DATE), []) == []
    assert not [r for r in mentions(text, language) if r[6].startswith("place:~")]


@pytest.mark.parametrize("text, language, expected", [
    ("Both sides agreed to keep peace along the Line of Actual Control in the Himalayas.", "en",
     [("Line of Actual Control", "region:line-of-actual-control", None),
      ("Himalayas", "region:himalayas", None)]),
    ("The two armies disengaged on the plateau of Tibet.", "en", [("Tibet", "region:tibet", "CHN")]),
    ("Le Somaliland et le Puntland contestent l'autorité de Mogadiscio.", "fr",
     [("Somaliland", "region:somaliland", "SOM"), ("Puntland", "region:puntland", "SOM"),
      ("Mogadiscio", "geo:53654", "SOM")]),
    ("Thousands of refugees live in Dadaab, near the border.", "en", [("Dadaab", "region:dadaab", "KEN")]),
    ("Le barrage est construit sur le Nil Bleu, qui rejoint le Nil à Khartoum.", "fr",
     [("Nil Bleu", "region:blue-nile", None), ("Nil", "region:nile", None),
      ("Khartoum", "geo:379252", "SDN")]),
    ("M. Biden s'est rendu en Alaska, puis l’Alaska a accueilli le sommet.", "fr",
     [("Alaska", "region:alaska", "USA"), ("Alaska", "region:alaska", "USA")]),
    ("Hanoï conteste ces revendications en mer de l’Est.", "fr",
     [("Hanoï", "geo:1581130", "VNM"), ("mer de l’Est", "region:east-sea", None)]),
    ("Wildfires spread across Alberta and California.", "en",
     [("Alberta", "region:alberta", "CAN"), ("California", "region:california", "USA")]),
])
def test_regions_and_physical_features_of_the_table(text, language, expected):
    assert labelled(text, language, "PLACE") == expected


def test_region_table_has_a_name_in_both_languages_and_known_countries():
    from analysis.entities import load_gazetteer

    gz = load_gazetteer()
    rows = _read_tsv("regions.tsv")
    assert len(rows) >= 150
    for row in rows:
        assert row["fr"] and row["en"], row["id"]
        assert not row["country"] or row["country"] in gz.countries, row


@pytest.mark.parametrize("text, language, expected", [
    ("The Indian foreign ministry said the two sides had reached a consensus.", "en",
     [("Indian foreign ministry", "org:ministry:foreign-affairs:IND", "IND")]),
    ("Japan's defence ministry said it would respond.", "en",
     [("Japan's defence ministry", "org:ministry:defence:JPN", "JPN")]),
    ("The Kenyan Police Service arrested two suspects.", "en",
     [("Kenyan Police Service", "org:~kenyan-police-service", "KEN")]),
    ("after the Royal Canadian Mounted Police said it had evidence", "en",
     [("Royal Canadian Mounted Police", "org:rcmp", "CAN")]),
    ("He raised the allegations in the House of Commons in September.", "en",
     [("House of Commons", "org:house-of-commons", None)]),
    ("Le Kenya fournit 3 600 soldats à la mission de l’Union africaine (Amisom).", "fr",
     [("Union africaine", "org:african-union", None), ("Amisom", "org:amisom", None)]),
    ("Vietnam Airlines a commandé 50 avions Boeing, et Qatar Airways des Airbus.", "fr",
     [("Vietnam Airlines", "org:~vietnam-airlines", "VNM"), ("Boeing", "org:boeing", "USA"),
      ("Qatar Airways", "org:~qatar-airways", "QAT"), ("Airbus", "org:airbus", None)]),
])
def test_police_parliaments_missions_and_english_ministries(text, language, expected):
    assert [(r[4], r[6], r[8]) for r in mentions(text, language)
            if r[5] == "ORG"] == expected


@pytest.mark.parametrize("text", [
    "A spokesman for the foreign ministry declined to comment.",   # no country word
    "The ministry said in a statement that talks would resume.",
])
def test_ministry_without_country_word_is_no_name(text):
    assert [r for r in mentions(text, "en") if r[5] == "ORG"] == []
