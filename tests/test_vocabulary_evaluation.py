"""Accuracy targets of issue 4: the sample articles and new articles in French and English."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.evaluation.vocabulary import code_families, score
from analysis.pipeline import annotate_document
from analysis.text import Document

RUPTURE = "2021-08-25_algerie-maroc_rupture.txt"
SEED = "2025-10-16_maroc-russie_lesiteinfo.txt"


@pytest.fixture(scope="module")
def scored(sample_corpus, gold):
    return score(sample_corpus, gold)


def test_every_sample_article_has_the_gold_tone_sign(scored):
    per_article, headline = scored
    assert headline["articles"] == 4
    assert headline["tone_accuracy"] == 1.0, per_article[["doc_id", "gold_tone", "tone", "label"]]


def test_the_rupture_is_negative_with_a_reduction_of_relations(scored):
    row = scored[0].set_index("doc_id").loc[RUPTURE]
    assert row["tone"] < 0
    assert "16" in row["families"].split()
    assert "161" in row["codes"].split()


def test_the_seed_has_the_memorandum_the_talks_and_the_praise(scored):
    row = scored[0].set_index("doc_id").loc[SEED]
    codes = row["codes"].split()
    assert "057" in codes and "051" in codes
    assert any(code.startswith("04") for code in codes)
    assert row["tone"] > 0


def test_the_others_are_positive(scored):
    others = scored[0].loc[~scored[0]["doc_id"].isin([RUPTURE])]
    assert (others["tone"] > 0).all()


def test_headline_figures_are_plain_numbers(scored):
    _, headline = scored
    assert set(headline) == {"articles", "tone_accuracy", "tone_accuracy_with_reported",
                             "events_per_article", "events_with_source"}
    assert all(isinstance(v, (int, float)) for v in headline.values())


def test_code_families():
    assert code_families(["057", "040", "046", "1313", None, ""]) == ["04", "05", "13"]


# --------------------------------------------------------------------------- unseen articles

def annotate(text: str, language: str, published=dt.date(2024, 3, 12)):
    doc = Document("new", text, language, published)
    rows = annotate_document(doc)
    return doc, rows


def tone(rows) -> float:
    """The article's tone as the notebook computes it (stats.article_tone)."""
    import pandas as pd

    from analysis.schema import EVENTS
    from analysis.vocabulary.stats import article_tone

    events = pd.DataFrame(rows["events"], columns=list(EVENTS))
    documents = pd.DataFrame({"doc_id": ["new"], "published": ["2024-03-12"], "language": ["fr"]})
    value = article_tone(events, documents).loc[0, "tone"]
    assert value == value, "no event counted"
    return value


@pytest.mark.parametrize("language, text", [
    ("fr", "Le ministre ivoirien des Affaires étrangères et son homologue ghanéen ont signé "
           "mercredi à Abidjan un accord-cadre de coopération transfrontalière."),
    ("fr", "La Tunisie et l’Italie ont procédé jeudi à la signature de trois conventions sur la "
           "migration et l’énergie, en présence des deux chefs de gouvernement."),
    ("en", "Indonesia and Australia signed a defence cooperation agreement in Canberra on "
           "Thursday, the two foreign ministers said."),
    ("en", "Kenya and Ethiopia inked a memorandum of understanding on cross-border trade."),
])
def test_signatures_are_057(language, text):
    _, rows = annotate(text, language)
    assert any(e[2] == "057" and e[7] == "actual" for e in rows["events"]), rows["events"]


@pytest.mark.parametrize("language, text", [
    ("fr", "Le Niger a rappelé mardi son ambassadeur à Paris pour consultations et suspendu tout "
           "contact avec les autorités françaises. Niamey accuse Paris d’ingérence et a dénoncé des "
           "propos « inacceptables ». Les deux pays traversent leur plus grave crise diplomatique."),
    ("fr", "L’Algérie a rompu ses relations diplomatiques avec le Maroc et fermé son espace aérien "
           "aux avions marocains. Rabat a rejeté des accusations « fallacieuses »."),
    ("en", "Ecuador recalled its ambassador to Mexico and suspended all contacts with the Mexican "
           "government after the raid. Quito condemned the decision as a hostile act and expelled "
           "two diplomats."),
    ("en", "Pakistan downgraded diplomatic ties with India, expelled the Indian high commissioner "
           "and suspended bilateral trade, accusing New Delhi of provocation."),
])
def test_a_crisis_is_negative(language, text):
    _, rows = annotate(text, language)
    assert tone(rows) < 0, rows["events"]
    assert any(e[2].startswith("16") or e[2].startswith("17") for e in rows["events"])


@pytest.mark.parametrize("language, text", [
    ("fr", "Le Portugal et le Cap-Vert ont réaffirmé leur volonté de renforcer la coopération "
           "économique et ont salué le dynamisme de leur partenariat stratégique. Les deux pays "
           "ont convenu d’élargir leur coopération à l’énergie et à l’éducation."),
    ("fr", "Le président égyptien a reçu au Caire son homologue jordanien. Les deux dirigeants se "
           "sont félicités de l’excellence des relations bilatérales et ont plaidé pour une "
           "coopération accrue en matière de sécurité."),
    ("en", "Brazil and Argentina pledged to deepen economic cooperation and praised their "
           "strategic partnership during talks in Brasília."),
    ("en", "Vietnam hosted the South Korean president for a state visit; the two leaders "
           "welcomed the growth of bilateral trade and agreed to expand cooperation on energy."),
])
def test_cooperation_is_positive(language, text):
    _, rows = annotate(text, language)
    assert tone(rows) > 0, rows["events"]


@pytest.mark.parametrize("language, published, text, sign", [
    ("fr", dt.date(2024, 7, 30),
     "L’Algérie a annoncé mardi le rappel de son ambassadeur à Paris avec effet immédiat. Dans un "
     "communiqué, le ministère algérien des Affaires étrangères a dénoncé une décision « inopportune ». "
     "Le gouvernement français a regretté cette décision. La crise survient deux ans après la visite "
     "d’Emmanuel Macron à Alger en août 2022, qui avait été marquée par la signature d’une "
     "déclaration pour un partenariat renouvelé.", -1),
    ("en", dt.date(2024, 4, 6),
     "Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorian police stormed "
     "the Mexican embassy in Quito. The two countries had signed a trade agreement in 2022 and had "
     "enjoyed close ties for decades.", -1),
    ("en", dt.date(2023, 3, 10),
     "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen "
     "embassies within two months, in a deal brokered by China. Riyadh cut ties with Tehran in "
     "2016 after protesters stormed the Saudi embassy.", 1),
])
def test_the_background_does_not_outweigh_the_news(language, published, text, sign):
    _, rows = annotate(text, language, published)
    assert tone(rows) * sign > 0, rows["events"]


def test_an_article_that_only_recalls_the_past_is_read_from_it():
    _, rows = annotate("En mars 2016, le Roi avait effectué une visite d’État à Moscou et signé un "
                       "partenariat stratégique approfondi.", "fr")
    assert all(e[7] == "reported" for e in rows["events"])
    assert tone(rows) > 0


def test_negated_and_planned_events_do_not_count_in_the_tone():
    _, rows = annotate("Le Maroc n’a pas rompu ses relations avec l’Espagne et signera un accord "
                       "de pêche l’an prochain.", "fr")
    modes = {e[2]: e[7] for e in rows["events"]}
    assert modes.get("161") == "negated" and modes.get("057") == "planned"
    assert all(e[7] in ("negated", "planned") for e in rows["events"])
    import pandas as pd

    from analysis.schema import EVENTS
    from analysis.vocabulary.stats import article_tone

    events = pd.DataFrame(rows["events"], columns=list(EVENTS))
    documents = pd.DataFrame({"doc_id": ["new"], "published": ["2024-03-12"], "language": ["fr"]})
    assert article_tone(events, documents).loc[0, "label"] == "neutral"
