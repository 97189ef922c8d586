"""Cues that tell a country's name from a homonym in the same sentence.

"Georgia" is also a US state, "Jordan" a river and a given name, "Niger" a
river, "Turkey" a bird.  When one of these words (lower-case) occurs in the
same sentence as the name, the name is not read as the country.  Names that
are also given names are handled by a rule (a capitalised name right after
them, or a given name right before them, makes them part of a person's name).
"""

#: ISO3 → words that, in the same sentence, mean the name is not the country.
HOMONYM_CUES = {
    "GEO": ("atlanta", "savannah", "u.s. state", "us state", "state of georgia", "governor",
            "senator", "republican", "democrat", "county", "peach", "georgia's", "georgia’s",
            "georgia tech", "bulldogs"),
    "JOR": ("jordan river", "river jordan", "michael", "basketball"),
    "NER": ("niger river", "niger delta", "boucle du niger"),
    "TUR": ("thanksgiving", "roast", "stuffing", "dinde", "cold turkey"),
    "TCD": ("lake chad", "lac tchad"),
    "GIN": ("guinea pig", "guinea fowl"),
    "CHN": ("porcelaine", "porcelain", "fine china", "bone china"),
    "MUS": ("papon", "ravel", "chevalier", "béjart"),
}

#: Country names that are also given names ("Jordan Bardella", "Chad Wolf", "Israel
#: Katz"): followed by a capitalised word that is no other name, they are part of a
#: person's name.
GIVEN_NAME_HOMONYMS = frozenset({
    "Jordan", "Chad", "Israel", "Israël", "Maurice", "France", "Georgia", "India", "Kenya",
    "Salvador", "Guyana", "Jamaica", "Lebanon", "Malaysia", "Trinidad", "America", "Chine",
})

#: Words just before a country's name that make it a river, lake or other feature
#: ("le fleuve Sénégal", "the Niger River" is handled by HOMONYM_CUES).
PRECEDING_HOMONYM_CUES = ("fleuve ", "rivière ", "river ", "lac ", "lake ", "delta du ", "vallée du ")

#: ISO3 → words just before a demonym (lower-case, with their space or hyphen) that make
#: it a region's adjective rather than the country's: "Latin American", "South American
#: Nations", "sud-américaine", "Inter-American", "panaméricain" is one word already.
REGIONAL_DEMONYM_QUALIFIERS = {
    "USA": ("latin ", "south ", "north ", "central ", "inter-", "pan-", "ibero-", "meso",
            "sud-", "nord-", "centre-", "latino-", "ibéro-", "méso-", "pan"),
}

#: Nouns of physical features.  A capitalised name built on one ("Galwan Valley", "Strait
#: of Malacca", "vallée de la Bekaa", "lac Tana") is one place: a country or city word
#: inside it names the feature, not the country ("Korean Peninsula", "golfe du Mexique",
#: "the Jordan River").  English heads follow the name ("X Valley") or precede it with
#: "of" ("Gulf of X"); ``FEATURE_HEADS_EN_BEFORE`` precede it directly ("Lake X").
#: French heads are lower-case and precede the name, with or without "de".
FEATURE_HEADS_EN = (
    "Valley", "River", "Mountains", "Mountain", "Plateau", "Pass", "Peninsula", "Desert",
    "Strait", "Straits", "Sea", "Gulf", "Bay", "Island", "Islands", "Canal", "Basin", "Delta",
    "Heights", "Range", "Glacier", "Highlands", "Lake", "Ocean", "Corridor", "Archipelago",
    "Shoal", "Reef", "Atoll", "Coast", "Hills", "Falls", "Bridge",
)
FEATURE_HEADS_EN_OF = ("Strait", "Straits", "Gulf", "Bay", "Sea", "Isle", "Lake", "Valley",
                       "Island", "Islands", "Horn", "Hall", "Palace")
#: Lower-case English heads after a capitalised name ("its Nakhchivan exclave", "the
#: Rafah border crossing"): places that are a part of a territory or a passage.
FEATURE_HEADS_EN_LOWER = ("exclave", "enclave", "border crossing", "crossing point")
FEATURE_HEADS_EN_BEFORE = ("Lake", "Mount", "Mt.", "Mt")
FEATURE_HEADS_FR = (
    "vallée", "fleuve", "rivière", "lac", "mont", "monts", "massif", "col", "plateau",
    "désert", "détroit", "golfe", "baie", "archipel", "bassin", "delta", "péninsule",
    "presqu’île", "presqu'île", "mer", "océan", "cordillère", "glacier", "corridor",
    "récif", "atoll", "exclave", "enclave", "poste-frontière", "poste frontière",
    "poste frontalier", "point de passage", "pont", "pont international",
)  # not "île" ("l'île Maurice"), "côte" ("côte d'Ivoire"), "canal", "chaîne" ("la chaîne CNN")

#: Connectors that carry a Spanish or Portuguese place name past a city's ("San Antonio
#: del Táchira", "San Juan de los Morros", "Vila Nova de Gaia" is one city already):
#: the longer name is another place.
PLACE_NAME_CONNECTORS = ("del", "de los", "de las", "do", "dos", "das", "da")

#: Words before a town's name that make a capitalised name a place even when no table
#: lists it ("près de Ben Guerdane", "la ville voisine de Zouara", "the town of Rafah",
#: "near Kramatorsk").  One optional adjective may stand between the noun and "de".
TOWN_NOUNS_FR = ("ville", "localité", "commune", "bourgade", "village", "cité", "oasis",
                 "province", "district", "île", "îles")
TOWN_NEAR_FR = ("près", "non loin", "aux abords", "à proximité", "aux environs", "au large",
                # a town taken or lost: "s'était emparé de Minova", "la chute de Kaboul"
                "emparé", "emparée", "emparés", "emparées", "emparer", "chute", "prise")
TOWN_NOUNS_EN = ("town", "city", "village", "border town", "port city", "port town",
                 "province", "island", "district")
TOWN_NEAR_EN = ("near", "outside", "on the outskirts of")
#: French nouns a name may follow without "de" ("les îles Spratleys", "l'île Thitu").
TOWN_NOUNS_BARE_FR = ("île", "îles")
#: English nouns in lower case AFTER a name that make it a place ("in Paktika province",
#: "the Torkham and Chaman crossings", "Thitu island"); two names joined by "and" both are.
#: Capitalised, the noun is part of a name the tables hold or not ("Rhode Island").
TOWN_NOUNS_AFTER_EN = ("province", "island", "islands", "district", "crossing", "crossings",
                       "border crossing", "border crossings", "crossing point")
