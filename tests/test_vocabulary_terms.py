"""Finding lexicon terms: inflections, word order, multi-word expressions with gaps, offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.text import Document
from analysis.vocabulary import find_terms


def terms_of(text: str, language: str) -> list[tuple]:
    doc = Document("t", text, language, dt.date(2025, 10, 16))
    rows = find_terms(doc)
    for row in rows:
        assert text[row[2]:row[3]] == row[4]
    return rows


def codes(text: str, language: str) -> set[str]:
    return {row[7] for row in terms_of(text, language)}


@pytest.mark.parametrize("language, text, code", [
    # signature, however it is inflected or nominalised
    ("fr", "Le Maroc et la Russie ont signé un accord de pêche.", "057"),
    ("fr", "Les deux pays doivent signer la convention lundi.", "057"),
    ("fr", "Le ministre signera le texte à Genève.", "057"),
    ("fr", "Les deux ministres signent un protocole sur l’eau.", "057"),
    ("fr", "La signature du traité a eu lieu à Rabat.", "057"),
    ("fr", "Les délégations ont procédé à la signature de trois conventions.", "057"),
    ("fr", "Un Mémorandum d’entente sur l’énergie a été paraphé.", "057"),
    ("fr", "Les parties ont conclu un accord de libre-échange.", "057"),
    ("en", "Spain and Morocco signed a memorandum of understanding on migration.", "057"),
    ("en", "The two governments are signing a framework agreement.", "057"),
    ("en", "Ghana and Nigeria adopted a joint declaration on trade.", "057"),
    ("en", "Kenya ratified the treaty last week.", "057"),
    # rupture of relations
    ("fr", "Alger a décidé de rompre ses relations diplomatiques avec Rabat.", "161"),
    ("fr", "Le Maroc avait rompu ses relations avec l’Algérie.", "161"),
    ("fr", "La rupture des relations diplomatiques a surpris les observateurs.", "161"),
    ("fr", "Berlin a rappelé mardi son ambassadeur à Téhéran.", "161"),
    ("fr", "Le gouvernement a décidé de suspendre tout contact avec l’ambassade.", "161"),
    ("en", "Bolivia severed diplomatic ties with Israel.", "161"),
    ("en", "Rwanda recalled its ambassador from Kinshasa.", "161"),
    ("en", "The country broke off relations with its neighbour.", "161"),
    # visits, made and hosted
    ("fr", "Le président visitera Dakar en mars.", "042"),
    ("fr", "Le Roi a effectué une visite officielle au Sénégal.", "042"),
    ("fr", "Le ministre s’est rendu à Nouakchott.", "042"),
    ("en", "The prime minister visited Tokyo.", "042"),
    ("en", "She is visiting Ottawa this week.", "042"),
    ("fr", "Le Souverain a reçu en audience le président du Ghana.", "043"),
    ("en", "Cairo hosted the Sudanese delegation.", "043"),
    # talks, praise, cooperation, criticism, sanctions, expulsion, threat, protest
    ("fr", "M. Albares s’est entretenu avec son homologue portugais.", "040"),
    ("en", "The ministers held talks in Brussels.", "040"),
    ("fr", "Ils se sont entretenus par téléphone.", "041"),
    ("fr", "Les deux ministres ont salué la qualité des relations.", "051"),
    ("fr", "Paris et Berlin se sont félicités des progrès accomplis.", "051"),
    ("en", "The minister praised the strong momentum of the partnership.", "051"),
    ("fr", "Ils ont évoqué la coopération sécuritaire entre les deux pays.", "062"),
    ("en", "They agreed to deepen economic cooperation.", "030"),
    ("fr", "Le Quai d’Orsay a condamné fermement l’attaque.", "111"),
    ("en", "Washington imposed new sanctions on Caracas.", "163"),
    ("fr", "Paris a expulsé deux diplomates russes.", "174"),
    ("en", "Moscow declared the attaché persona non grata.", "174"),
    ("fr", "Le gouvernement menace de rompre les relations avec Kigali.", "1313"),
    ("en", "Thousands of protesters marched on the embassy.", "14"),
    ("fr", "L’Union européenne a débloqué une aide humanitaire d’urgence.", "07"),
    ("en", "Ankara rejected the proposal outright.", "120"),
])
def test_finds_the_code(language, text, code):
    assert code in codes(text, language)


@pytest.mark.parametrize("language, text, not_code", [
    ("fr", "En signe de bonne volonté, Rabat a libéré deux pêcheurs.", "057"),
    ("fr", "Le ministre s’est rendu compte de l’urgence.", "042"),
    ("fr", "Le compte rendu de la réunion a été publié.", "042"),
    ("en", "It is a sign of goodwill, officials said.", "057"),
    ("en", "The World Cup, which Morocco will co-host with Spain.", "043"),
    ("en", "He said the meeting was useful.", "07"),   # "said" is not "aid"
    ("fr", "Le ministre des Affaires étrangères et de la Coopération africaine est arrivé.", "060"),
])
def test_blockers_and_word_boundaries(language, text, not_code):
    assert not_code not in codes(text, language)


def test_a_longer_reading_wins_over_its_parts():
    rows = terms_of("L’Algérie a annoncé la rupture de ses relations diplomatiques avec le Maroc.", "fr")
    rupture = [r for r in rows if r[7] == "161"]
    assert len(rupture) == 1
    assert rupture[0][4] == "rupture de ses relations diplomatiques"
    assert rupture[0][5] == "rupture des relations diplomatiques"


def test_gaps_are_bounded():
    # "rappeler ... ambassadeur" allows three words between, not eight
    near = codes("Paris a rappelé hier soir son ambassadeur.", "fr")
    far = codes("Le porte-parole a rappelé que la nomination d’un nouvel ambassadeur tarde.", "fr")
    assert "161" in near and "161" not in far


def test_reversed_word_order_is_an_entry_of_its_own():
    rows = terms_of("Le partenariat stratégique, conclu en 2016, reste la référence.", "fr")
    assert [r[7] for r in rows if r[7] == "057"] == ["057"]


def test_parts_never_cross_a_sentence_end():
    rows = terms_of("Le ministre a quitté la salle. Une ambassade sera ouverte.", "fr")
    assert all(r[1] == (0 if r[2] < 30 else 1) for r in rows)
    assert "161" not in {r[7] for r in rows}


def test_rows_follow_the_schema_and_text_order():
    text = "Le Maroc et le Sénégal ont signé un accord. Les deux pays ont salué cette étape."
    rows = terms_of(text, "fr")
    assert [r[2] for r in rows] == sorted(r[2] for r in rows)
    doc_id, sent_id, start, end, snippet, term, category, cameo, goldstein = rows[0]
    assert (doc_id, sent_id, snippet, category, cameo, goldstein) == ("t", 0, "signé un accord",
                                                                      "signature", "057", 8.0)
    assert term == "signer un accord"
    assert rows[-1][1] == 1


def test_unknown_language_and_empty_text_give_no_rows():
    assert find_terms(Document("x", "Le Maroc a signé.", "de")) == []
    assert find_terms(Document("x", "", "fr")) == []


def test_offsets_on_the_sample_corpus(sample_corpus):
    texts = dict(zip(sample_corpus.documents["doc_id"], sample_corpus.documents["text"]))
    terms = sample_corpus.terms
    assert len(terms) > 50
    for doc_id, start, end, text in terms[["doc_id", "start", "end", "text"]].itertuples(index=False):
        assert texts[doc_id][start:end] == text

# One realistic sentence per kind of event, in both languages (not from the corpus).
COVERAGE = [
    ("en", "The foreign minister said on Tuesday that Rabat remains committed to dialogue.", "010"),
    ("en", "Egypt called on both parties to exercise restraint.", "02"),
    ("en", "Tehran demanded the immediate release of its nationals.", "10"),
    ("en", "The two countries expressed their willingness to cooperate on migration.", "030"),
    ("en", "Jordan's King Abdullah held talks with the Egyptian president in Cairo.", "040"),
    ("en", "Macron spoke by phone with his Algerian counterpart.", "041"),
    ("en", "The Kenyan president arrived in Addis Ababa for a two-day state visit.", "042"),
    ("en", "Prime Minister Sánchez received the Moroccan foreign minister in Madrid.", "043"),
    ("en", "The two delegations negotiated for three days in Geneva.", "046"),
    ("en", "Oman mediated between Washington and Tehran.", "045"),
    ("en", "The Senegalese president commended the progress of the joint projects.", "051"),
    ("en", "The two leaders signed a joint communiqué at the end of the visit.", "057"),
    ("en", "Both countries agreed to strengthen security cooperation.", "030"),
    ("en", "China announced an emergency aid package of $10 million for the flood victims.", "07"),
    ("en", "Brussels criticized the decision as a step backwards.", "111"),
    ("en", "Venezuela rejected the accusations as baseless.", "120"),
    ("en", "North Korea threatened to respond with force.", "130"),
    ("en", "Hundreds of demonstrators gathered outside the French embassy.", "14"),
    ("en", "Niger cut diplomatic ties with Ukraine.", "161"),
    ("en", "The United States imposed visa restrictions on officials.", "163"),
    ("en", "The government ordered the expulsion of the ambassador.", "174"),
    ("en", "Kenya deployed troops to the border.", "15"),
    ("en", "The ministry summoned the Dutch chargé d'affaires.", "114"),
    ("en", "The two countries restored diplomatic relations after seven years.", "050"),
    ("en", "Ghana and Togo established diplomatic relations in 1960.", "054"),
    ("en", "Paris apologised for the incident.", "055"),
    ("en", "India and Japan held their annual summit in Tokyo.", "040"),
    ("en", "The minister paid an official visit to Luanda.", "042"),
    ("en", "The president hosted a state banquet in honour of the visiting emir.", "043"),
    ("en", "The two sides signed several cooperation agreements.", "057"),
    ("fr", "Le ministre a déclaré que le Maroc restait attaché au dialogue.", "010"),
    ("fr", "L'Égypte a exhorté les deux parties à la retenue.", "02"),
    ("fr", "Téhéran a exigé la libération immédiate de ses ressortissants.", "10"),
    ("fr", "Le roi Abdallah s'est entretenu au Caire avec le président égyptien.", "040"),
    ("fr", "Emmanuel Macron s'est entretenu par téléphone avec son homologue algérien.", "041"),
    ("fr", "Le président kényan est arrivé mardi à Addis-Abeba pour une visite d'État.", "042"),
    ("fr", "Pedro Sánchez a reçu le ministre marocain des Affaires étrangères à Madrid.", "043"),
    ("fr", "Les deux délégations ont négocié pendant trois jours à Genève.", "046"),
    ("fr", "Oman a joué les médiateurs entre Washington et Téhéran.", "045"),
    ("fr", "Le président sénégalais a salué les progrès des projets communs.", "051"),
    ("fr", "Les deux chefs d'État ont signé un communiqué conjoint.", "057"),
    ("fr", "La Chine a annoncé une aide d'urgence de 10 millions de dollars.", "07"),
    ("fr", "Bruxelles a critiqué une décision jugée regrettable.", "111"),
    ("fr", "Caracas a rejeté ces accusations sans fondement.", "120"),
    ("fr", "Pyongyang a menacé de riposter par la force.", "130"),
    ("fr", "Des centaines de manifestants se sont rassemblés devant l'ambassade de France.", "14"),
    ("fr", "Le Niger a rompu ses relations diplomatiques avec l'Ukraine.", "161"),
    ("fr", "Les États-Unis ont imposé des restrictions de visa à des responsables.", "163"),
    ("fr", "Le gouvernement a ordonné l'expulsion de l'ambassadeur.", "174"),
    ("fr", "Le ministère a convoqué le chargé d'affaires néerlandais.", "114"),
    ("fr", "Les deux pays ont rétabli leurs relations diplomatiques après sept ans.", "050"),
    ("fr", "Paris a présenté ses excuses pour l'incident.", "055"),
    ("fr", "Le ministre a effectué une visite de travail à Luanda.", "042"),
    ("fr", "Les deux pays ont renforcé leur coopération sécuritaire.", "030"),
    ("fr", "Le Kenya a déployé des troupes à la frontière.", "15"),
    ("fr", "Les deux parties ont paraphé plusieurs accords de coopération.", "057"),
    ("fr", "Alger a décidé de fermer son espace aérien à tous les avions marocains.", "160"),
    ("fr", "Le Mali a décrété la fermeture de sa frontière avec la Mauritanie.", "160"),
    ("fr", "Le Maroc a officiellement reconnu la souveraineté d'Israël sur le Golan.", "054"),
]


@pytest.mark.parametrize("language, text, code", COVERAGE)
def test_every_kind_of_event_in_both_languages(language, text, code):
    assert code in codes(text, language)
