"""The text layer on real sentences: sentences, tokens, stems, stop words, language."""

from __future__ import annotations

import pytest

from analysis.language import detect_language
from analysis.text import Document, is_stop_word, lower_same_length, split_sentences, stem, tokenize


def toks(text):
    return [text[s:e] for s, e in tokenize(text)]


@pytest.mark.parametrize("sentence, expected", [
    # elisions with ’ and ' (from the corpus and beyond)
    ("L’Algérie a annoncé mardi la rupture", ["L’", "Algérie", "a", "annoncé", "mardi", "la", "rupture"]),
    ("s’est entretenu avec l'ambassadeur", ["s’", "est", "entretenu", "avec", "l'", "ambassadeur"]),
    ("jusqu’à ce qu’il parte, lorsqu’elle", ["jusqu’", "à", "ce", "qu’", "il", "parte", ",", "lorsqu’", "elle"]),
    ("puisqu’on n’a pas signé c’est", ["puisqu’", "on", "n’", "a", "pas", "signé", "c’", "est"]),
    ("j’ai reçu d’Alger", ["j’", "ai", "reçu", "d’", "Alger"]),
    ("aujourd’hui à Rabat", ["aujourd’hui", "à", "Rabat"]),
    # hyphenated words kept whole
    ("au Moyen-Orient, le Vice-Premier ministre russe", ["au", "Moyen-Orient", ",", "le", "Vice-Premier", "ministre", "russe"]),
    ("les relations maroco-russes, a-t-il précisé", ["les", "relations", "maroco-russes", ",", "a-t-il", "précisé"]),
    ("the Morocco-UK Strategic Dialogue", ["the", "Morocco-UK", "Strategic", "Dialogue"]),
    # numbers, ordinals, ISO dates
    ("la 8e session, le 1er mars, la 12e édition", ["la", "8e", "session", ",", "le", "1er", "mars", ",", "la", "12e", "édition"]),
    ("6.000 touristes et 10 milliards de dirhams", ["6.000", "touristes", "et", "10", "milliards", "de", "dirhams"]),
    ("publié le 2025-10-16 à 14h", ["publié", "le", "2025-10-16", "à", "14h"]),
    ("une hausse de 12,5% en 2024", ["une", "hausse", "de", "12,5%", "en", "2024"]),
    ("the 21st summit and the 2nd round", ["the", "21st", "summit", "and", "the", "2nd", "round"]),
    # abbreviations and possessives
    ("M. Bourita et Mme Lagarde, Dr. Tedros", ["M.", "Bourita", "et", "Mme", "Lagarde", ",", "Dr.", "Tedros"]),
    ("Lammy’s trip to the U.S. capital", ["Lammy", "’s", "trip", "to", "the", "U.S.", "capital"]),
    # no-break spaces stay separators, guillemets are tokens
    ("qualifiée de «\u00a0complètement injustifiée\u00a0»", ["qualifiée", "de", "«", "complètement", "injustifiée", "»"]),
])
def test_tokenize_real_sentences(sentence, expected):
    assert toks(sentence) == expected


def test_token_offsets_point_into_the_text():
    text = "Le Souverain a effectué deux Visites Royales à Moscou, en octobre 2002 et en mars 2016."
    for start, end in tokenize(text):
        assert text[start:end].strip() == text[start:end] != ""


@pytest.mark.parametrize("text, expected", [
    ("M. Bourita et M. Wang ont souligné le dynamisme des échanges. Le chef de la diplomatie chinoise a réaffirmé le soutien de Pékin.",
     ["M. Bourita et M. Wang ont souligné le dynamisme des échanges.",
      "Le chef de la diplomatie chinoise a réaffirmé le soutien de Pékin."]),
    ("Mr. Lammy met Dr. Smith in Rabat. They signed a joint communiqué.",
     ["Mr. Lammy met Dr. Smith in Rabat.", "They signed a joint communiqué."]),
    # a paragraph break always ends a sentence, even without a period
    ("Le Maroc et la Russie\n\nUne nouvelle étape", ["Le Maroc et la Russie", "Une nouvelle étape"]),
    # a hard-wrapped line does not
    ("Le ministre des Affaires étrangères,\nNasser Bourita, a reçu son homologue.",
     ["Le ministre des Affaires étrangères,\nNasser Bourita, a reçu son homologue."]),
    ("Ils ont salué « la dynamique du partenariat ». Puis ils ont signé.",
     ["Ils ont salué « la dynamique du partenariat ».", "Puis ils ont signé."]),
    # abbreviated military ranks before a name
    ("Manila summoned Chinese Adm. Dong Jun's envoy. Maj. Gen. Ali Raza met Brig. Kamal Hossain.",
     ["Manila summoned Chinese Adm. Dong Jun's envoy.", "Maj. Gen. Ali Raza met Brig. Kamal Hossain."]),
])
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_rules_take_the_same_decisions_as_punkt(sample_corpus):
    """Our sentence rules are NLTK's Punkt (with our abbreviations) without its regex overhead."""
    texts = sample_corpus.documents["text"].tolist() + [
        "M. Wang a reçu Mme Lagarde. Ils ont signé un accord. Dr. Tedros était là ! Et après ?",
        "Mr. Lammy met Dr. Smith in Rabat. They signed a joint communiqué. The U.S. envoy left.",
    ]
    for text in texts:
        assert split_sentences(text) == split_sentences(text, engine="punkt")


def test_sentences_of_the_sample_corpus(sample_corpus):
    documents = sample_corpus.documents.set_index("doc_id")
    for row in sample_corpus.sentences.itertuples(index=False):
        text = documents.at[row.doc_id, "text"]
        assert text[row.start:row.end] == row.text
        assert row.text == row.text.strip() and row.text
    seed = sample_corpus.sentences[sample_corpus.sentences.doc_id.str.startswith("2025-10-16")]
    assert seed.text.iloc[0].startswith("Le ministre des Affaires étrangères")
    assert seed.text.iloc[-1] == "Le Président Vladimir Poutine a, pour sa part, effectué une visite officielle au Maroc en septembre 2006."
    assert not seed.text.str.contains("S.L|date 2025", regex=True).any()


def test_document_sentence_lookup():
    doc = Document("d", "Le Maroc a signé. La Russie a salué l’accord.", "fr")
    assert doc.sentence_at(0) == 0 and doc.sentence_at(20) == 1
    assert doc.sentence_text(1) == "La Russie a salué l’accord."
    assert len(doc.lower) == len(doc.text)


@pytest.mark.parametrize("word, language, expected", [
    ("signé", "fr", "sign"), ("signer", "fr", "sign"), ("signature", "fr", "signatur"),
    ("rompu", "fr", "rompu"), ("visited", "en", "visit"), ("visiting", "en", "visit"),
    ("Relations", "fr", "relat"),
])
def test_stems(word, language, expected):
    assert stem(word, language) == expected


def test_stop_words():
    assert is_stop_word("les", "fr") and is_stop_word("l’", "fr") and is_stop_word("The", "en")
    assert not is_stop_word("partenariat", "fr") and not is_stop_word("agreement", "en")


def test_lower_keeps_length():
    text = "İstanbul et ANKARA"
    assert len(lower_same_length(text)) == len(text)


@pytest.mark.parametrize("text, expected", [
    ("Le ministre des Affaires étrangères a eu un entretien avec son homologue russe.", "fr"),
    ("Foreign Minister Nasser Bourita and UK Foreign Secretary David Lammy co-chaired the session.", "en"),
    ("El ministro de Asuntos Exteriores se reunió con su homólogo marroquí en Madrid para los acuerdos.", "es"),
    ("Der Außenminister traf sich mit seinem Amtskollegen und sprach über die Zusammenarbeit.", "de"),
    ("أعلنت الجزائر قطع علاقاتها الدبلوماسية مع المغرب", "ar"),
    ("Rabat", "und"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected
