"""Words that build the names of institutions and agreements, and cues around country words.

Named bodies and agreements not in ``analysis/data/organisations.tsv`` are
found by their head noun, capitalised in running text ("la Commission Mixte
de Coopération", "le Comité de Travail russo-marocain", "the Association
Agreement", "the Morocco-UK Strategic Dialogue") and the words that may follow
(French) or precede (English) it.  All words are lower-case.
"""

#: Head nouns of organisations.  French names grow to the right of the head,
#: English names mostly to the left ("Strategic Dialogue"), sometimes to the right
#: ("Ministry of Foreign Affairs").
ORG_HEADS = frozenset({
    "commission", "comité", "conseil", "forum", "bureau", "parti", "front", "mouvement",
    "agence", "organisation", "union", "ligue", "fonds", "banque", "fondation", "institut",
    "office", "assemblée", "parlement", "sénat", "cour", "tribunal", "haut-commissariat",
    "secrétariat", "ministère", "département", "groupe", "alliance", "communauté", "dialogue",
    "direction", "délégation", "mission", "autorité", "confédération", "fédération",
    "mécanisme", "committee", "mechanism", "council", "party", "movement", "agency",
    "organization", "league", "fund",
    "bank", "foundation", "institute", "assembly", "parliament", "senate", "court",
    "secretariat", "ministry", "department", "group", "community", "authority", "corporation",
    "company", "federation", "confederation", "delegation", "police", "gendarmerie",
    "airlines", "airways", "chambre", "chamber",
    # a country's maritime force ("the China Coast Guard", "the Japan Coast Guard")
    "coast guard", "coastguard",
})

#: English heads whose names only grow to the left ("Vietnam Airlines", "Qatar Airways"):
#: no French "de X" complement follows them.
LEFT_ONLY_HEADS = frozenset({"airlines", "airways"})

#: Heads that name a body even in lower case ("le ministère marocain des Affaires étrangères").
LOWERCASE_ORG_HEADS = frozenset({"ministère", "ministry"})

#: Heads of bodies that the press often writes in lower case: with a definite determiner
#: and a qualifier (``BODY_QUALIFIERS``, ``BODY_COMPLEMENTS``, a compound of countries;
#: in English ``BODY_QUALIFIERS_EN`` before the head) they name one body ("la commission
#: mixte", "le comité de suivi", "the joint committee"); alone they are common nouns.
LOWERCASE_BODY_HEADS = frozenset({
    "commission", "comité", "conseil", "mécanisme", "committee", "council", "mechanism",
})

#: Adjectives right after a lower-case head that make it a body ("la commission mixte").
BODY_QUALIFIERS = frozenset({
    "mixte", "conjoint", "conjointe", "consultatif", "consultative", "stratégique",
    "permanent", "permanente", "bilatéral", "bilatérale", "intergouvernemental",
    "intergouvernementale", "paritaire", "consulaire",
})

#: "de …" complements right after a lower-case head that make it a body ("le comité de
#: suivi", "le mécanisme de consultations politiques").
BODY_COMPLEMENTS = frozenset({
    "coopération", "suivi", "concertation", "consultation", "consultations", "pilotage",
    "coordination", "partenariat", "dialogue", "liaison",
})

#: Adjectives before a lower-case head that belong to the body's name ("la Grande
#: commission mixte", "la haute commission mixte").
BODY_PREFIX_ADJECTIVES = frozenset({"grande", "grand", "haute", "haut"})

#: English adjectives before a lower-case head that make it a body ("the joint commission").
BODY_QUALIFIERS_EN = frozenset({
    "joint", "bilateral", "intergovernmental", "strategic", "consultative", "standing",
    "permanent",
})

#: Determiners that make a qualified lower-case head one body.  An indefinite article
#: describes a body rather than naming it ("une commission mixte sera créée", "une
#: commission d’enquête parlementaire a été créée"): no name.
BODY_DETERMINERS = frozenset({
    "le", "la", "l", "du", "au", "ce", "cet", "cette", "sa", "son", "leur", "ladite", "ledit",
    "the", "its", "their", "this",
})

#: Head nouns of agreements and frameworks.
AGREEMENT_HEADS = frozenset({
    "accord", "accords", "partenariat", "mémorandum", "memorandum", "déclaration", "traité",
    "convention", "protocole", "pacte", "charte", "feuille de route", "plan d’action",
    "plan d'action", "initiative", "programme", "agreement", "agreements", "partnership",
    "declaration", "treaty", "protocol", "pact", "charter", "roadmap", "framework", "deal",
})

#: Lower-case adjectives that may follow a head inside a name (French order).
NAME_ADJECTIVES = frozenset({
    "mixte", "conjoint", "conjointe", "commun", "commune", "stratégique", "approfondi",
    "approfondie", "global", "globale", "intégral", "intégrale", "général", "générale",
    "central", "centrale", "politique", "permanent", "permanente", "exécutif", "exécutive",
    "spécial", "spéciale", "consultatif", "consultative", "national", "nationale",
    "international", "internationale", "intergouvernemental", "intergouvernementale",
    "bilatéral", "bilatérale", "militaire", "économique", "commercial", "commerciale",
    "communiste", "socialiste", "démocrate", "démocratique", "républicain", "islamique",
    "populaire", "supérieur", "supérieure", "africain", "africaine", "européen", "européenne",
    "arabe", "maghrébin", "maghrébine", "méditerranéen", "méditerranéenne", "atlantique",
    "étrangères", "étrangère", "étranger", "extérieures", "extérieur", "extérieure", "politiques",
    "mondial", "mondiale", "monétaire", "nucléaire", "multidimensionnel", "renforcé", "renforcée",
    "sectoriel", "sectorielle", "technique", "royal", "royale", "fédéral", "fédérale",
    "unies", "uni", "unis", "présidentiel", "présidentielle", "gouvernemental",
    "gouvernementale", "transitoire", "souverain", "souveraine",
})

#: "de …" complements that may follow a head in lower case ("Mémorandum d’entente").
NAME_COMPLEMENTS = frozenset({
    "entente", "coopération", "association", "libre-échange", "paix", "partenariat", "défense",
    "sécurité", "amitié", "travail", "suivi", "investissement", "investissements",
    "concertation", "consultation", "consultations", "développement", "commerce", "action",
    "intention", "understanding", "cooperation", "association", "friendship", "trade",
    "union", "unité", "salut", "transition", "réconciliation", "entente",
})

#: Words joining capitalised parts of one name.
NAME_CONNECTORS = frozenset({
    "de", "des", "du", "d’", "d'", "de la", "de l’", "de l'", "pour", "sur", "et",
    "of", "for", "on", "and", "&", "of the", "for the", "on the",
})

#: Words before a lower-case demonym that make it a language, not a country
#: ("en russe", "traduit du chinois", "speaks Chinese", "in Russian.").
LANGUAGE_CUES = frozenset({
    "en", "le", "du", "parle", "parlent", "parler", "parlé", "parlée", "langue",
    "in", "into", "speak", "speaks", "spoke", "spoken", "speaking",
})

#: Verbs of speaking that make a demonym one or two words later a language
#: ("parle couramment chinois", "speaks fluent Russian").
SPEAKING_VERBS = frozenset({
    "parle", "parlent", "parler", "parlé", "parlait", "speak", "speaks", "spoke", "spoken",
    "speaking", "traduit", "translated",
})

#: Second parts of a prefixed compound that make the prefix a country
#: even though they are not countries themselves ("sino-africaine", "Sino-African").
COMPOUND_PARTNERS = frozenset({
    "africain", "africaine", "africains", "africaines", "arabe", "arabes", "européen",
    "européenne", "européens", "européennes", "asiatique", "asiatiques", "maghrébin",
    "maghrébine", "maghrébins", "maghrébines", "méditerranéen", "méditerranéenne",
    "latino-américain", "latino-américaine", "soviétique", "soviétiques", "occidental",
    "occidentale", "occidentaux", "african", "arab", "european", "asian", "soviet", "western",
    "latin", "gulf", "golfe", "pacific", "atlantic",
})

#: Compounds whose first part is not a country ("indo-européen", "Anglo-Saxon").
NOT_COUNTRY_COMPOUNDS = frozenset({
    "indo-européen", "indo-européenne", "indo-européens", "indo-européennes", "indo-european",
    "anglo-saxon", "anglo-saxonne", "anglo-saxons", "anglo-saxonnes", "gréco-romain",
    "gréco-romaine", "greco-roman", "judéo-chrétien", "judeo-christian", "indo-pacifique",
    "indo-pacific", "afro-asiatique", "afro-asian",
})

#: City names too ambiguous to read as places (given names, common words).
AMBIGUOUS_CITY_NAMES = frozenset({
    "reading", "mobile", "victoria", "florence", "nice", "split", "bath", "sale", "of", "male",
    "mary", "laval", "orange", "police", "university", "union", "independence", "lincoln",
    "hamilton", "jackson", "charlotte", "austin", "tyler", "madison", "aurora", "eugene",
    "marion", "salem", "nasser", "said", "hassan", "aziz", "omar", "ali", "président",
    "president", "roi", "chine", "king", "kingston upon hull", "concord", "columbia", "moron",
    "chat", "bar", "as", "bien", "mont", "grand", "san", "santa", "sur", "sud", "nord",
    "est", "ouest", "centre", "zone", "plan", "porto", "vista", "mission", "bureau",
    "commission", "forum", "dialogue", "sahel", "tanger tech", "accord", "sergio", "wang",
    "valley",
})

#: English words before a lower-case "ministry" that say which one ("the Indian foreign
#: ministry", "China's defence ministry") → the domain in the ministry's entity id.
MINISTRY_QUALIFIERS_EN = {
    "foreign": "foreign affairs", "external affairs": "external affairs",
    "foreign affairs": "foreign affairs", "defence": "defence", "defense": "defence",
    "interior": "interior", "home": "interior", "finance": "finance", "trade": "trade",
    "commerce": "trade", "justice": "justice", "health": "health", "economy": "economy",
    "energy": "energy", "agriculture": "agriculture", "information": "information",
}

#: Words an acronym leaves out of its initials ("Gouvernement d'union nationale (GUN)",
#: "Organization of American States (OAS)").
#: Words around a code of letters and digits that make it an armed group ("les rebelles du
#: M23", "le groupe armé X12", "M23 rebels", "the X12 militia"); the code's later uses in
#: the article are the same group.  Aircraft and roads ("F16 fighters", "the A1") are not.
CODE_GROUP_BEFORE = (
    "rebelles", "rébellion", "rebels", "rebellion", "groupe armé", "groupes armés",
    "armed group", "mouvement", "movement", "milice", "militia", "insurgés", "insurgents",
    "rebel group", "groupe rebelle", "miliciens",
)
CODE_GROUP_AFTER = ("rebels", "rebel", "rebelles", "militia", "militiamen", "insurgents",
                    "movement", "armed group")

#: Lower-case connectors inside a hyphenated word that an acronym skips (Urdu and Persian
#: izafat, Arabic article): "Tehreek-e-Taliban Pakistan (TTP)", "Hayat Tahrir al-Sham (HTS)".
#: A connector that is a letter of the acronym counts ("Lashkar-e-Taiba (LeT)").
ACRONYM_SKIPPED_PARTS = frozenset({"e", "i", "ul", "ud", "al", "el", "ar", "as", "ash", "ad"})

ACRONYM_SKIPPED = frozenset({
    "de", "des", "du", "la", "le", "les", "et", "pour", "en", "sur", "à", "au", "aux",
    "of", "the", "and", "for", "in", "on", "to",
})
