"""Events: one per coded term and sentence, with its mode and its actors."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.text import Document
from analysis.vocabulary import code_events, find_terms, main_pair

PUBLISHED = dt.date(2025, 10, 16)


def document(text: str, language: str = "fr", published=PUBLISHED) -> Document:
    return Document("t", text, language, published)


def mention(doc: Document, text: str, label: str, country: str | None, *, role=None,
            form="name", entity_id=None, nth: int = 0) -> tuple:
    """A mention tuple (schema.MENTIONS) for the ``nth`` occurrence of ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    end = start + len(text)
    return (doc.doc_id, doc.sentence_at(start), start, end, text, label,
            entity_id or country or text, text, country, form, role)


def events_of(doc: Document, mentions=()) -> list[tuple]:
    rows = code_events(doc, find_terms(doc), list(mentions))
    for row in rows:
        assert doc.text[row[8]:row[9]] == row[6]
    return rows


def event(doc: Document, code: str, mentions=()) -> tuple:
    found = [r for r in events_of(doc, mentions) if r[2] == code]
    assert found, (code, events_of(doc, mentions))
    return found[0]


# --------------------------------------------------------------------------- modes

@pytest.mark.parametrize("language, text, code, mode", [
    ("fr", "Le Maroc a signé jeudi un accord avec le Nigeria.", "057", "actual"),
    ("fr", "Le Maroc n’a pas signé l’accord de Paris.", "057", "negated"),
    ("fr", "Rabat ne signera jamais un tel texte.", "057", "negated"),
    ("fr", "Les deux pays ont refusé de signer la déclaration.", "057", "negated"),
    ("fr", "Le Sénégal signera l’accord le mois prochain.", "057", "planned"),
    ("fr", "Le président doit se rendre à Madrid la semaine prochaine.", "042", "planned"),
    ("fr", "Les deux ministres devraient signer un mémorandum.", "057", "planned"),
    ("fr", "Les ministres ont convenu de tenir des consultations à Rabat.", "036", "actual"),
    ("fr", "Les ministres ont convenu de tenir des consultations à Rabat.", "040", "planned"),
    ("fr", "Le Maroc avait rompu ses relations avec l’Algérie en mars 1976.", "161", "reported"),
    ("fr", "Le Roi a effectué une visite officielle à Dakar en octobre 2002.", "042", "reported"),
    ("fr", "Fin juillet, le Roi avait appelé le Président au dialogue.", "02", "reported"),
    ("fr", "L’accord signé il y a dix ans reste en vigueur.", "057", "reported"),
    ("fr", "Avant que les deux pays ne rétablissent leurs liens, la frontière fut fermée.", "050", "actual"),
    ("en", "Morocco did not sign the agreement.", "057", "negated"),
    ("en", "Egypt hasn't signed the treaty.", "057", "negated"),
    ("en", "The two ministers will sign a memorandum on Friday.", "057", "planned"),
    ("en", "The ministers agreed to hold talks in London in 2026.", "036", "actual"),
    ("en", "The ministers agreed to hold talks in London in 2026.", "040", "planned"),
    ("en", "London and Rabat signed the Association Agreement in October 2019.", "057", "reported"),
    ("en", "The two countries had severed ties after the war.", "161", "reported"),
    ("en", "The minister visited Accra on Monday.", "042", "actual"),
    ("fr", "Paris et Alger n’entretiennent plus de relations normales.", "050", "negated"),
    ("fr", "Bamako a rejeté toute négociation avec les rebelles.", "046", "negated"),
    ("en", "Kyiv rejected any negotiations while troops remain.", "046", "negated"),
    ("en", "Seoul called the decision unacceptable.", "111", "actual"),
])
def test_mode(language, text, code, mode):
    assert event(document(text, language), code)[7] == mode


def test_a_future_date_plans_the_event_a_past_one_reports_it():
    doc = document("La commission mixte se réunira en janvier 2027.", "fr")
    assert event(doc, "040")[7] == "planned"
    doc = document("La commission mixte s’est réunie en janvier 2019.", "fr")
    assert event(doc, "040")[7] == "reported"


def test_a_year_used_as_a_modifier_is_not_a_date():
    doc = document("The ministers signed a communiqué on Morocco’s 2007 autonomy plan.", "en")
    assert event(doc, "057")[7] == "actual"


def test_without_a_publication_date_past_years_mean_nothing():
    doc = document("Le Maroc a signé l’accord en mars 2016.", "fr", published=None)
    assert event(doc, "057")[7] == "actual"


def test_one_event_per_code_and_mode_in_a_sentence():
    doc = document("Les ministres ont procédé à la signature d’un accord, signé ensuite par le Roi.")
    signatures = [r for r in events_of(doc) if r[2] == "057"]
    assert len(signatures) == 1
    assert signatures[0][6] == "signature d’un accord"


# --------------------------------------------------------------------------- actors

def test_main_pair_counts_countries_and_people_and_keeps_first_mention_order():
    doc = document("Le Maroc et la Russie ont signé. Lavrov a salué la Russie, le Maroc et le Mali.")
    rows = [mention(doc, "Maroc", "COUNTRY", "MAR"), mention(doc, "Russie", "COUNTRY", "RUS"),
            mention(doc, "Lavrov", "PERSON", "RUS", role="foreign minister"),
            mention(doc, "Russie", "COUNTRY", "RUS", nth=1), mention(doc, "Maroc", "COUNTRY", "MAR", nth=1),
            mention(doc, "Mali", "COUNTRY", "MLI")]
    assert main_pair(rows) == ("MAR", "RUS")
    assert main_pair(rows[:1]) is None
    assert main_pair([]) is None


def test_minister_hosts_his_counterpart():
    doc = document("Nasser Bourita a reçu à Rabat son homologue russe, Sergueï Lavrov.")
    rows = [mention(doc, "Nasser Bourita", "PERSON", "MAR", role="foreign minister"),
            mention(doc, "Rabat", "PLACE", "MAR"),
            mention(doc, "russe", "COUNTRY", "RUS", form="demonym"),
            mention(doc, "Sergueï Lavrov", "PERSON", "RUS", role="foreign minister")]
    assert event(doc, "043", rows)[4:6] == ("MARGOV", "RUSGOV")


def test_the_two_ministers_are_the_articles_main_pair():
    text = ("Le ministre marocain Nasser Bourita s’est entretenu avec Sergueï Lavrov à Moscou. "
            "Les deux ministres ont salué la dynamique du partenariat.")
    doc = document(text)
    rows = [mention(doc, "marocain", "COUNTRY", "MAR", form="demonym"),
            mention(doc, "Nasser Bourita", "PERSON", "MAR", role="foreign minister"),
            mention(doc, "Sergueï Lavrov", "PERSON", "RUS", role="foreign minister"),
            mention(doc, "Moscou", "PLACE", "RUS")]
    praise = event(doc, "051", rows)
    assert praise[1] == 1 and praise[4:6] == ("MARGOV", "RUSGOV")
    assert event(doc, "040", rows)[4:6] == ("MARGOV", "RUSGOV")


def test_both_countries_give_plain_country_codes():
    text = "Ghana and Togo settled their border dispute. Both countries signed a treaty in Lomé."
    doc = document(text, "en")
    rows = [mention(doc, "Ghana", "COUNTRY", "GHA"), mention(doc, "Togo", "COUNTRY", "TGO")]
    assert event(doc, "057", rows)[4:6] == ("GHA", "TGO")


@pytest.mark.parametrize("language, text, code, mode", [
    # a verb of taking part between the negation and the meeting
    ("en", "The Egyptian president will not attend the Johannesburg summit, his office said.", "040",
     "negated"),
    ("en", "Modi won't travel to the Kazan summit of the BRICS.", "040", "negated"),
    ("en", "Chile declined to attend the regional security meeting in Lima.", "040", "negated"),
    ("en", "Hungary has never taken part in the regional budget talks.", "040", "negated"),
    ("en", "Brazil did not take part in the Quito summit.", "040", "negated"),
    ("fr", "Le souverain, en voyage privé, n'a pas pris part aux travaux de la session.", "040",
     "negated"),
    ("fr", "Le président ivoirien ne prendra pas part aux travaux de la conférence.", "040", "negated"),
    ("fr", "Le ministre tchadien a participé aux travaux de la session ministérielle à Niamey.", "040",
     "actual"),
    ("fr", "Le Premier ministre prendra part aux travaux de la session de Dakar.", "040", "planned"),
    # negative rows: the negation is in another clause, or the verb is affirmed
    ("en", "He will not resign, but he will attend the Lima summit.", "040", "planned"),
    ("en", "The Egyptian president will attend the Johannesburg summit, his office said.", "040",
     "planned"),
    ("en", "Not only did Chile attend the regional security meeting, it hosted it.", "040", "actual"),
])
def test_negated_participation(language, text, code, mode):
    assert event(document(text, language), code)[7] == mode


@pytest.mark.parametrize("language, text, code, mode", [
    # arrests (CAMEO 173) and releases (08) of persons
    ("fr", "Trois journalistes marocains avaient été arrêtés en mars 2023 à Alger.", "173", "reported"),
    ("fr", "Deux ressortissants français ont été placés en détention à Téhéran.", "173", "actual"),
    ("fr", "Le militant a été placé en garde à vue à Dakar.", "173", "actual"),
    ("en", "Two Canadian citizens were arrested in Beijing in December 2018.", "173", "reported"),
    ("fr", "Leur libération, obtenue après une médiation qatarie, a été saluée à Kiev.", "08", "actual"),
    ("fr", "Les deux otages ont été libérés dimanche à Bamako.", "08", "actual"),
    ("en", "Their release, secured last week after Omani mediation, eased tensions.", "08", "actual"),
    # a walkout is a boycott (125)
    ("en", "Serb mayors and police officers walked out of Kosovo institutions.", "125", "actual"),
    ("en", "The opposition staged a walkout from parliament in Lomé.", "125", "actual"),
    # a condition: hypothetical, read as planned
    ("en", "The treaty requires both allies to help each other if attacked in the Pacific.", "18", "planned"),
    ("en", "Seoul would respond if the North attacked its islands.", "18", "planned"),
    ("fr", "Alger ripostera si le Maroc attaque ses positions.", "18", "planned"),
    ("fr", "Si la Russie envahissait la Moldavie, l'UE réagirait.", "19", "planned"),
    ("fr", "Le pacte prévoit une assistance mutuelle en cas d'attaque contre l'un des signataires.", "18",
     "planned"),
    # negative rows: a concession, an intensifier, a condition in another clause
    ("fr", "Même si le Maroc a signé l'accord, les tensions demeurent.", "057", "actual"),
    ("fr", "Le Sénégal a signé un accord si important que Madrid a salué l'initiative.", "051", "actual"),
    ("en", "Even if Russia attacked the convoy, the talks went on.", "18", "actual"),
    ("en", "If needed, the envoy said, Kenya attacked the camps to protect its border.", "18", "actual"),
])
def test_arrests_releases_and_conditions(language, text, code, mode):
    assert event(document(text, language), code)[7] == mode


@pytest.mark.parametrize("language, text, code", [
    ("fr", "Les combats se sont arrêtés à l'aube.", "173"),
    ("fr", "Un arrêté ministériel a été publié jeudi.", "173"),
    ("fr", "Le président, après s'être arrêté à Dakar, a regagné Abuja.", "173"),
    ("fr", "Pékin a mis en garde contre une mentalité de guerre froide.", "173"),
    ("fr", "Depuis l'arrivée au pouvoir du colonel Goïta en 2021, Bamako accuse Paris.", "042"),
    ("fr", "Il est arrivé à la tête du gouvernement en 2019.", "042"),
    ("en", "The ministers walked out into the rain after the meeting.", "125"),
])
def test_not_arrests_nor_visits(language, text, code):
    assert all(row[2] != code for row in events_of(document(text, language)))


def test_participation_tables_make_negated_participation_cues():
    from analysis.lang import event_markers as M
    from analysis.vocabulary.cues import cue_values

    for table in (M.PARTICIPATION_BASE_EN, M.PARTICIPATION_PAST_EN, M.NEGATION_BEFORE_BASE_EN,
                  M.NEGATION_BEFORE_PAST_EN):
        assert table and len(set(table)) == len(table) and all(p == p.lower().strip() for p in table)
    for table in (M.CONDITIONAL_FR, M.CONDITIONAL_EN, M.NOT_CONDITIONAL_FR, M.NOT_CONDITIONAL_EN,
                  M.CONDITION_SUBJECTS_FR):
        assert table and all(p == p.lower().strip() for p in table)
    assert "cond" in cue_values("fr")["si"][0] and "notcond" in cue_values("fr")["même si"][0]
    assert "cond" in cue_values("en")["if"][0] and "notcond" in cue_values("en")["even if"][0]
    values = cue_values("en")
    assert "negjoin" in values["not attend"][0] and "negjoin" in values["never attended"][0]
    assert values["n't attend"][4] and not values["not attend"][4]    # "won't attend": inside a word


@pytest.mark.parametrize("language, text, code, expected", [
    # an article on two countries: third parties coordinated as subjects each act
    ("en", "Armenia and Azerbaijan agreed on a border deal. Armenia will return four villages to "
     "Azerbaijan. Germany and France welcomed the outcome.", "051", [("DEU", None), ("FRA", None)]),
    ("en", "Vietnam accused China of ramming its boats. Vietnam said China acted illegally. "
     "Japan and Australia voiced concern about China's actions.", "012", [("JPN", "CHN"), ("AUS", "CHN")]),
    ("fr", "Le Niger et le Bénin ont rouvert leur frontière. Le Niger accusait le Bénin de l'avoir "
     "fermée. Le Nigeria et le Ghana ont salué cette décision.", "051", [("NGA", None), ("GHA", None)]),
    # the two sides of the article stay source and target
    ("en", "Armenia and Azerbaijan agreed on a border deal. Armenia will return four villages to "
     "Azerbaijan. Armenia and Azerbaijan welcomed the outcome.", "051", [("ARM", "AZE")]),
    # a mutual act of third parties stays a pair
    ("en", "Armenia and Azerbaijan agreed on a border deal. Armenia will return four villages to "
     "Azerbaijan. Germany and France signed a gas accord.", "057", [("DEU", "FRA")]),
])
def test_joint_subjects_outside_the_main_pair_are_each_a_source(language, text, code, expected):
    from analysis.pipeline import annotate_document

    rows = annotate_document(Document("j", text, language, PUBLISHED))["events"]
    assert [(r[4], r[5]) for r in rows if r[2] == code and r[1] == 2] == expected


@pytest.mark.parametrize("language, text, code, venue", [
    ("en", "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Ohrid, "
     "North Macedonia, and agreed to normalise relations.", "037", "MKD"),
    ("en", "The leaders of Rwanda and Congo met at Camp David, United States, and agreed to a truce.", "030",
     "USA"),
    ("fr", "Le Tchad et le Soudan se sont retrouvés à Djeddah, Arabie saoudite, et ont signé un accord.",
     "057", "SAU"),
])
def test_a_venue_country_after_its_place_is_no_actor(language, text, code, venue):
    from analysis.pipeline import annotate_document

    rows = [r for r in annotate_document(Document("v", text, language, PUBLISHED))["events"] if r[2] == code]
    assert rows and all(r[4] and r[4][:3] != venue and (r[5] or "")[:3] != venue for r in rows)


@pytest.mark.parametrize("language, text, code, source", [
    # a country after a comma but not after a venue is a subject
    ("en", "After the vote in Geneva, North Macedonia said the talks would resume.", "010", "MKD"),
    ("en", "In a statement on Monday, Ghana condemned the coup.", "111", "GHA"),
])
def test_a_country_after_a_comma_is_still_a_source(language, text, code, source):
    from analysis.pipeline import annotate_document

    rows = annotate_document(Document("v", text, language, PUBLISHED))["events"]
    assert [r[4] for r in rows if r[2] == code][:1] == [source]


def test_coordinated_subjects_are_source_and_target():
    doc = document("Bourita et Lavrov se sont félicités de la qualité de leurs échanges.")
    rows = [mention(doc, "Bourita", "PERSON", "MAR", role="foreign minister"),
            mention(doc, "Lavrov", "PERSON", "RUS", role="foreign minister")]
    assert event(doc, "051", rows)[4:6] == ("MARGOV", "RUSGOV")


def test_countries_as_actors_and_target_after_the_trigger():
    doc = document("L’Algérie a rappelé son ambassadeur au Maroc pour consultations.")
    rows = [mention(doc, "Algérie", "COUNTRY", "DZA"), mention(doc, "Maroc", "COUNTRY", "MAR")]
    assert event(doc, "161", rows)[4:6] == ("DZA", "MAR")


def test_a_person_without_role_takes_the_role_of_his_other_mentions():
    doc = document("Le ministre Ramtane Lamamra a accusé le Maroc. Lamamra a ensuite critiqué Rabat.")
    rows = [mention(doc, "Ramtane Lamamra", "PERSON", "DZA", role="foreign minister",
                    entity_id="ramtane-lamamra"),
            mention(doc, "Maroc", "COUNTRY", "MAR"),
            mention(doc, "Lamamra", "PERSON", "DZA", entity_id="ramtane-lamamra", nth=1),
            mention(doc, "Rabat", "PLACE", "MAR")]
    events = [r for r in events_of(doc, rows) if r[2] == "111"]
    assert [(r[1], r[4], r[5]) for r in events] == [(0, "DZAGOV", "MAR"), (1, "DZAGOV", "MARGOV")]


def test_a_demonym_outside_a_government_phrase_is_no_actor():
    doc = document("Le ministre a salué la hausse du nombre de touristes chinois au Maroc.")
    rows = [mention(doc, "chinois", "COUNTRY", "CHN", form="demonym"),
            mention(doc, "Maroc", "COUNTRY", "MAR")]
    praise = event(doc, "051", rows)
    assert praise[4] != "CHN" and praise[4] != "CHNGOV"


def test_a_third_party_appeal_to_both_sides_is_one_event_per_side():
    text = ("L’Algérie a rompu ses relations avec le Maroc. Le Maroc a regretté la décision. "
            "L’Arabie saoudite a appelé les deux parties au dialogue.")
    doc = document(text)
    rows = [mention(doc, "Algérie", "COUNTRY", "DZA"), mention(doc, "Maroc", "COUNTRY", "MAR"),
            mention(doc, "Maroc", "COUNTRY", "MAR", nth=1),
            mention(doc, "Arabie saoudite", "COUNTRY", "SAU")]
    appeals = [r for r in events_of(doc, rows) if r[2] == "02"]
    assert sorted((r[4], r[5]) for r in appeals) == [("SAU", "DZA"), ("SAU", "MAR")]


def test_a_sentence_without_actors_keeps_the_previous_ones():
    text = "Le Président Macky Sall a reçu Joe Biden. Ils ont signé un accord sur l’énergie."
    doc = document(text)
    rows = [mention(doc, "Macky Sall", "PERSON", "SEN", role="president"),
            mention(doc, "Joe Biden", "PERSON", "USA", role="president")]
    assert event(doc, "057", rows)[4:6] == ("SENGOV", "USAGOV")


def test_names_of_agreements_are_terms_not_events():
    doc = document("Le mémorandum d’entente de 2016 reste la référence des deux pays.")
    assert any(t[6] == "agreement" for t in find_terms(doc))
    assert events_of(doc) == []


def test_a_second_verb_keeps_the_subject_of_the_first():
    text = "Algeria summoned Spain's ambassador and suspended the treaty of friendship."
    doc = document(text, "en")
    rows = [mention(doc, "Algeria", "COUNTRY", "DZA"),
            mention(doc, "Spain", "COUNTRY", "ESP")]
    summoned, suspended = event(doc, "114", rows), event(doc, "160", rows)
    assert summoned[4:6] == ("DZA", "ESP")
    assert suspended[4] == "DZA"


def test_no_mentions_no_actors_but_still_events():
    rows = events_of(document("Les deux pays ont signé un accord."))
    assert rows and rows[0][4] is None and rows[0][5] is None


def test_events_on_the_sample_articles_use_the_entity_table(sample_corpus):
    events = sample_corpus.events
    texts = dict(zip(sample_corpus.documents["doc_id"], sample_corpus.documents["text"]))
    for doc_id, start, end, trigger in events[["doc_id", "start", "end", "trigger"]].itertuples(index=False):
        assert texts[doc_id][start:end] == trigger
    assert set(events["mode"]) <= {"actual", "reported", "planned", "negated"}
    if sample_corpus.mentions.empty:
        pytest.skip("the entity annotator returns no mentions yet")
    seed = events.loc[events["doc_id"] == "2025-10-16_maroc-russie_lesiteinfo.txt"]
    memorandum = seed.loc[seed["cameo"] == "057"].sort_values("start")
    assert {"MARGOV", "RUSGOV"} & set(memorandum["source"])
    rupture = events.loc[(events["doc_id"] == "2021-08-25_algerie-maroc_rupture.txt")
                         & events["cameo"].str.startswith("16")]
    first = rupture.sort_values("start").iloc[0]
    assert (first["source"][:3], first["target"][:3]) == ("DZA", "MAR")


@pytest.mark.parametrize("text, years", [
    ("signé en 2019 puis en 1899", ["2019", "1899"]),
    ("le 3 mars 2021, à 20 heures", ["2021"]),
    ("a2020 20201 2020b 1799 2100 (2018)", ["2018"]),
    ("de 1990-2000", ["1990", "2000"]),
    ("en 19\u0662\u0660", ["19\u0662\u0660"]),   # other decimal digits, as the regular expression \d
    ("2019", ["2019"]),
    ("fin 20", []),
])
def test_years_that_may_date_an_event(text, years):
    from analysis.vocabulary.events import _years

    lower = text.lower()
    assert [lower[s:s + 4] for s in _years(lower)] == years
    # the same as a regular expression over the whole text
    expected = [m.group() for m in __import__("re").finditer(r"(?:1[89]|20)\d\d", lower)
                if not (m.start() and lower[m.start() - 1].isalnum())
                and not (m.end() < len(lower) and lower[m.end()].isalnum())]
    assert expected == years
