"""Words around people's names: honorifics, roles and titles, name particles, given names.

The entity annotator reads these tables to find people who are not in the
actors table (``analysis/data/actors.tsv``): a name right after an honorific
("M. Wang", "Mrs Cooper") or a role ("le Président Tebboune", "Foreign
Secretary David Lammy"), a name in apposition to a role ("le ministre
algérien des Affaires étrangères, Ramtane Lamamra,"), or a capitalised
sequence opening with a common given name.  Role phrases are lower-case;
the longest phrase found wins ("vice-premier ministre" over "premier
ministre" over "ministre").
"""

#: Honorific → gender ("m", "f" or None).  Matched with their final period when they have one.
HONORIFICS = {
    "M.": "m", "MM.": "m", "Mme": "f", "Mmes": "f", "Mlle": "f", "Me": None, "Dr": None,
    "Pr": None, "Mgr": "m", "Monsieur": "m", "Madame": "f",
    "Mr": "m", "Mr.": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f", "Dr.": None,
    "Sheikh": "m", "Cheikh": "m", "Sayyed": "m", "Ayatollah": "m", "Cardinal": "m",
    "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f", "Prof.": None,
    # religious titles: a title before the name, never a word of it ("Mullah Mohammad
    # Yaqoob", "Imam Mahmoud Dicko", "Rabbi David Rosen", "Mgr Laurent Ulrich")
    "Mullah": "m", "Mollah": "m", "Mulla": "m", "Maulana": "m", "Mawlana": "m", "Imam": "m",
    "Rabbi": "m", "Rabbin": "m", "Archbishop": "m", "Archevêque": "m", "Bishop": "m",
    "Évêque": "m", "Patriarch": "m", "Patriarche": "m", "Pastor": None, "Pasteur": None,
    "Reverend": None, "Rev.": None, "Abbé": "m",
    # abbreviated military ranks, with their period ("Gen. Romeo Brawner", "Lt. Gen. X",
    # "Col. Assimi Goïta", "Adm. John Aquilino")
    "Gen.": None, "Lt.": None, "Col.": None, "Adm.": None, "Maj.": None, "Capt.": None,
    "Brig.": None, "Sgt.": None, "Cmdr.": None, "Cdr.": None, "Lt.-Col.": None,
    "Gén.": None, "Lt-Col.": None,
}

#: Generational suffixes after a family name ("Ferdinand Marcos Jr.", "John Smith III"):
#: words of the name, but a later bare surname is the word before them ("Marcos").
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV", "fils", "père"})

#: Role phrase (lower-case) → canonical role.  French and English.
ROLES = {
    # foreign affairs
    "ministre des affaires étrangères": "foreign minister",
    "ministre des affaires etrangeres": "foreign minister",
    "ministre de l’europe et des affaires étrangères": "foreign minister",
    "ministre de l'europe et des affaires étrangères": "foreign minister",
    "chef de la diplomatie": "foreign minister",
    "cheffe de la diplomatie": "foreign minister",
    "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "foreign secretary": "foreign minister",
    "secretary of state": "foreign minister",
    "vice-ministre des affaires étrangères": "deputy foreign minister",
    "deputy foreign minister": "deputy foreign minister",
    "vice-ministre": "deputy minister",
    "ministre délégué": "deputy minister",
    "ministre déléguée": "deputy minister",
    "secrétaire d’état": "secretary of state",
    "secrétaire d'état": "secretary of state",
    # government
    "premier ministre": "prime minister",
    "première ministre": "prime minister",
    "vice-premier ministre": "deputy prime minister",
    "vice-première ministre": "deputy prime minister",
    "chef du gouvernement": "head of government",
    "cheffe du gouvernement": "head of government",
    "prime minister": "prime minister",
    "deputy prime minister": "deputy prime minister",
    "premier": "prime minister",
    "head of government": "head of government",
    "chancelier": "chancellor", "chancelière": "chancellor", "chancellor": "chancellor",
    "ministre de la défense": "defence minister",
    "ministre des armées": "defence minister",
    "defence minister": "defence minister", "defense minister": "defence minister",
    "defence secretary": "defence minister", "defense secretary": "defence minister",
    "secretary of defense": "defence minister",
    "ministre de l’intérieur": "interior minister", "ministre de l'intérieur": "interior minister",
    "interior minister": "interior minister", "home secretary": "interior minister",
    "ministre de l’économie": "economy minister", "ministre de l'économie": "economy minister",
    "ministre des finances": "finance minister", "finance minister": "finance minister",
    "ministre du commerce": "trade minister", "trade minister": "trade minister",
    "ministre de l’énergie": "energy minister", "energy minister": "energy minister",
    "ministre": "minister", "minister": "minister", "ministers": "minister",
    # heads of state
    "président de la république": "president",
    "présidente de la république": "president",
    "président": "president", "présidente": "president", "president": "president",
    "vice-président": "vice president", "vice-présidente": "vice president",
    "vice president": "vice president", "vice-president": "vice president",
    "chef de l’état": "head of state", "chef de l'état": "head of state",
    "head of state": "head of state",
    "roi": "king", "reine": "queen", "souverain": "king", "souveraine": "queen",
    "king": "king", "queen": "queen", "monarque": "king", "monarch": "king",
    "sa majesté le roi": "king", "sa majesté": "king", "his majesty": "king",
    "her majesty": "queen", "his majesty king": "king",
    "prince héritier": "crown prince", "crown prince": "crown prince",
    "prince": "prince", "émir": "emir", "emir": "emir", "sultan": "sultan",
    "pape": "pope", "pope": "pope", "guide suprême": "supreme leader",
    "supreme leader": "supreme leader",
    # diplomats and officials
    "ambassadeur": "ambassador", "ambassadrice": "ambassador", "ambassador": "ambassador",
    "chargé d’affaires": "chargé d'affaires", "chargé d'affaires": "chargé d'affaires",
    "consul général": "consul", "consul": "consul", "consul general": "consul",
    "envoyé spécial": "envoy", "envoyé personnel": "envoy", "envoyé": "envoy",
    "special envoy": "envoy", "personal envoy": "envoy", "envoy": "envoy",
    "secrétaire général": "secretary-general", "secrétaire générale": "secretary-general",
    "secretary-general": "secretary-general", "secretary general": "secretary-general",
    "porte-parole": "spokesperson", "spokesperson": "spokesperson",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "conseiller": "adviser", "conseillère": "adviser", "adviser": "adviser", "advisor": "adviser",
    "directeur général": "director-general", "directrice générale": "director-general",
    "director-general": "director-general", "director general": "director-general",
    "gouverneur": "governor", "governor": "governor", "wali": "governor",
    "maire": "mayor", "mayor": "mayor", "député": "member of parliament",
    "sénateur": "senator", "senator": "senator",
    "commissaire européen": "european commissioner", "commissaire": "commissioner",
    "commissioner": "commissioner",
    "haut-commissaire": "high commissioner", "haut commissaire": "high commissioner",
    "haute-commissaire": "high commissioner", "high commissioner": "high commissioner",
    "conseiller à la sécurité nationale": "national security adviser",
    "conseillère à la sécurité nationale": "national security adviser",
    "national security adviser": "national security adviser",
    "national security advisor": "national security adviser",
    # people described by their status or trade (a country word next to it is theirs:
    # "X, a Canadian citizen", "un ancien officier de renseignement indien, X")
    "citizen": "citizen", "citoyen": "citizen", "citoyenne": "citizen",
    "ressortissant": "citizen", "ressortissante": "citizen",
    "intelligence officer": "intelligence officer", "officier de renseignement": "intelligence officer",
    "officer": "officer", "officier": "officer", "army officer": "officer",
    "military officer": "officer", "police officer": "officer", "officier de police": "officer",
    "haut représentant": "high representative", "high representative": "high representative",
    "party chief": "party leader", "party leader": "party leader",
    "chef du parti": "party leader",
    "army chief": "army chief", "chef de l’armée": "army chief", "chef de l'armée": "army chief",
    "chief of staff": "chief of staff", "chef d’état-major": "chief of staff",
    "chef d'état-major": "chief of staff",
    "général": "general", "general": "general", "maréchal": "marshal", "field marshal": "marshal",
    # trades and public status ("Australian writer X", "l'opposant vénézuélien X")
    "writer": "writer", "author": "writer", "écrivain": "writer", "écrivaine": "writer",
    "journalist": "journalist", "journaliste": "journalist", "reporter": "journalist",
    "activist": "activist", "militant": "activist", "militante": "activist",
    "dissident": "dissident", "dissidente": "dissident",
    "candidate": "candidate", "presidential candidate": "candidate",
    "candidat": "candidate", "candidate à la présidence": "candidate",
    "candidat à la présidentielle": "candidate", "candidate à la présidentielle": "candidate",
    "opposition leader": "opposition leader", "opposant": "opposition leader",
    "opposante": "opposition leader", "chef de l’opposition": "opposition leader",
    "chef de l'opposition": "opposition leader", "leader de l’opposition": "opposition leader",
    "leader de l'opposition": "opposition leader",
    "head of the mission": "head of mission", "head of mission": "head of mission",
    "chef de la mission": "head of mission", "chef de mission": "head of mission",
    "cheffe de la mission": "head of mission", "cheffe de mission": "head of mission",
    # counterpart: the role of the person it answers to
    "homologue": "counterpart", "homologues": "counterpart", "counterpart": "counterpart",
}

#: Roles that, standing alone with a definite article ("le Souverain", "the King"),
#: refer to one person: form ``title``, linked to that person when the context allows.
TITLE_ROLES = frozenset({
    "king", "queen", "president", "prime minister", "head of state", "head of government",
    "foreign minister", "crown prince", "emir", "sultan", "pope", "chancellor",
    "supreme leader", "deputy prime minister", "vice president", "secretary-general",
})

#: Definite articles and possessives that make a lone role a title reference.
TITLE_DETERMINERS = frozenset({"le", "la", "l", "du", "au", "the", "sa", "son", "his", "her", "leur"})

#: Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman",
#: "Mohamed Ould Ghazouani", "Staffan de Mistura").
NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ben", "ibn", "bint", "ould", "abu", "abou", "bou", "de", "da", "di",
    "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le", "y", "e",
})

#: Common given names in the press's languages (French, English, Arabic, Russian,
#: African, Chinese and other transliterations).  A capitalised sequence of two to
#: four words that opens with one of these is read as a person.  The actors table
#: adds its own first names.
GIVEN_NAMES = frozenset("""
Abdel Abdelaziz Abdelkader Abdelkrim Abdellah Abdellatif Abdelmadjid Abdelmajid Abdelhak
Abderrahmane Abdul Abdullah Abdallah Abdou Abdoulaye Abdelilah Abubakar Adel Adama Ahmad Ahmed
Aicha Aïcha Aissata Akram Alain Alassane Alexander Alexandre Alexandr Alexei Alexeï Alexey
Ali Alice Amadou Amina Amine Amr Anatoly Anatoli Andrei Andreï Andrew Andriy Andrii Angela Anna
Anne Annalena Anthony Antoine Antonio António Anwar Arnaud Assimi Aziz Badr Bakary Bashar Bachar
Benjamin Bernard Boris Brahim Brigitte Bruno Camille Carlos Catherine Charles Cheikh Chen
Christian Christine Christophe Claire Claude Cyril Daniel David Denis Didier Dmitri Dmitry
Dmytro Driss Édouard Edouard Elena Élisabeth Elisabeth Elizabeth Emmanuel Éric Eric Fatima
Fatou Fayçal Faisal Fouad Fuad François Francois Frédéric Frederic Gabriel George Georges
Gérard Gilles Guillaume Hakim Hamid Hassan Hélène Helene Henri Hicham Hussein Ibrahim Igor
Ilham Isabelle Ismail Ismaïl Ivan Jacques James Jamal Jean Jean-Claude Jean-Louis Jean-Luc
Jean-Marc Jean-Marie Jean-Michel Jean-Noël Jean-Pierre Jean-Yves Jérôme Joe John Jonathan
Joseph Juan Julia Julien Karim Kamal Kamel Karl Khalid Khaled Laurent Leila Leïla Li Lin Liu
Louis Luc Luis Lucas Mahamadou Mahamat Mahmoud Mamadou Marc Marco Maria Marie Marine Mark
Martin Mary Mathieu Matthew Maxim Maxime Mehdi Michael Michel Mikhail Mikhaïl Mohamed Mohammed
Mohammad Mohamad Mostafa Moustafa Mustafa Mounir Moussa Muhammad Nabil Nadia Nadir Naledi
Nasser Nathalie Nicolas Nikolai Nikolaï Nikolay Noureddine Olga Olivier Omar Oleg Ousmane
Patrick Paul Pavel Peter Philippe Pierre Rachid Rashid Ramtane Richard Robert Saad Sabri Said
Saïd Salah Salim Sami Samir Samuel Sara Sarah Sébastien Serge Sergei Sergueï Sergey Sergio
Sophie Stéphane Stephen Steven Sylvie Taieb Taïeb Tarek Tariq Thomas Valérie Vasily Viktor
Victor Vincent Vladimir Wang William Xavier Yassine Youssef Yousef Yusuf Yves Zhang Zhao
Ajit Amit Anil Arvind Harjit Hardeep Indira Jagmeet Manmohan Narendra Nirmala Piyush Priyanka
Rahul Rajesh Rajnath Ramesh Ravi Sanjay Shashi Sonia Sunil Suresh Vikas Vikash Imran Nawaz
Shehbaz Bilawal Barack Bill Donald Hillary Joseph Justin Kamala Keir Rishi Theresa Tony
Uhuru Raila Raychelle Musalia Kalonzo Yoweri Isaias Hassan Abiy Cyril Jacob Paul Hakainde
Hichilema Emmerson Nana Bola Muhammadu Goodluck Olusegun Félix Felix Denis Idriss Faure
Macky Bassirou Ousmane Mahamat Moussa
Alberto Alejandro Alicia Álvaro Andrés Andres Antonia Beatriz Carmen Cristina Delcy Diego
Eduardo Enrique Ernesto Evo Fernando Francisco Gabriela Germán German Gonzalo Guillermo
Gustavo Héctor Hector Hugo Ignacio Iván Javier Jesús Jorge José Jose Josefina Lucía Luz
Manuel Marcelo Mariana Mario Martín Miguel Nicolás Nicolas Pablo Patricia Pedro Rafael Ramón
Raúl Raul Ricardo Roberto Rodrigo Sebastián Sergio Verónica Ximena Lula Dilma Jair Rui
Malcolm Scott Kevin Penny Anthony Gordon Boris Kemi Liz Rachel Sam
Florence Victoria Ararat Nikol Armen Serzh Jeyhun Ilham Vahe Anar
""".split())

#: Family names that come FIRST in Chinese, Korean and Vietnamese names as the press writes
#: them ("Xi Jinping", "Yoon Suk Yeol", "Nguyen Phu Trong"): a later bare "Xi", "Yoon",
#: "Nguyen" is that person.  Common family names from the countries' own frequency lists
#: (China's Ministry of Public Security, Statistics Korea, Vietnamese surveys), romanised
#: as the international press writes them, keyed by the countries where they are borne.
FAMILY_NAMES_FIRST_BY_COUNTRY = {
    ("CHN", "TWN", "HKG", "MAC", "SGP"): """
        Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
        Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
        Yu Du Ye Cheng Wei Su Ding Ren Lu Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia Fu
        Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Kong Qian
        Xi Wen Ji Bo Qi Kang Shao Zhai Hua Wan Lim Lai Tsai Ko Hsu Chiang""".split(),
    ("KOR", "PRK"): """
        Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang
        Ahn Song Hong Moon Ban Roh Chung Chun Yoo Ryu Nam Ko Bae Baek Ri Pak Choe""".split(),
    ("VNM",): """
        Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh To
        Trinh Mai Lam Ha Thai""".split(),
}
FAMILY_NAME_FIRST = frozenset(n for names in FAMILY_NAMES_FIRST_BY_COUNTRY.values() for n in names)

#: Ministry domains that make a plain "ministre"/"minister" a specific role when they
#: follow it ("le ministre algérien des Affaires étrangères").
MINISTRY_DOMAINS = {
    "affaires étrangères": "foreign minister", "affaires etrangeres": "foreign minister",
    "foreign affairs": "foreign minister", "défense": "defence minister",
    "armées": "defence minister", "defence": "defence minister", "defense": "defence minister",
    "intérieur": "interior minister", "interior": "interior minister",
    "finances": "finance minister", "finance": "finance minister",
    "économie": "economy minister", "economy": "economy minister",
    "commerce": "trade minister", "trade": "trade minister", "énergie": "energy minister",
    "energy": "energy minister", "justice": "justice minister",
    "agriculture": "agriculture minister",
}

#: Roles of a national government.  A person introduced by one of them with no country
#: word near the title takes the country of the government noun of the same sentence
#: ("Foreign Minister Alicia Barcena said Mexican diplomats would leave").
GOVERNMENT_ROLES = frozenset({
    "foreign minister", "deputy foreign minister", "minister", "deputy minister",
    "secretary of state", "prime minister", "deputy prime minister", "head of government",
    "chancellor", "defence minister", "interior minister", "economy minister",
    "finance minister", "trade minister", "energy minister", "justice minister",
    "agriculture minister", "president", "vice president", "head of state", "spokesperson",
    "ambassador", "chargé d'affaires", "consul", "high commissioner", "national security adviser",
})

#: Nouns (lower-case) that denote a government's own people or body.  English: after a
#: demonym or a country's possessive ("Mexican diplomats", "Mexico's embassy"); French:
#: before a demonym ("les diplomates mexicains", "le gouvernement mexicain").
GOVERNMENT_NOUNS_EN = (
    "diplomats", "diplomatic staff", "diplomatic personnel", "diplomatic mission", "embassy",
    "government", "administration", "delegation", "foreign ministry", "consulate", "envoys",
)
GOVERNMENT_NOUNS_FR = (
    "diplomates", "personnel diplomatique", "mission diplomatique", "ambassade", "gouvernement",
    "exécutif", "délégation", "diplomatie", "consulat", "émissaires",
)

#: Words that make the person named right after them take the country of another one.
#: A possessive before a role ("son ministre du Commerce, X", "his foreign minister, X"):
#: the leader "son"/"his" refers to, the last person with a country named before it.
POSSESSIVES_BEFORE_ROLE = ("son", "sa", "ses", "his", "her", "its", "leur")
#: Words before a country that make it no subject a possessive may refer to ("Paris a
#: envoyé au Niger son ambassadeur, X", "London sent to Kenya its envoy, X").
PREPOSITIONS_BEFORE_PLACE = frozenset({
    "au", "aux", "en", "à", "de", "du", "d", "des", "vers", "avec", "pour", "contre", "par",
    "in", "to", "into", "from", "with", "at", "for", "against", "of", "by", "on",
})
#: A government named bare before a person's name ("le porte-parole du gouvernement, X",
#: "government spokesman X"): the government with a country named last, a few sentences
#: before ("… a annoncé le gouvernement ivoirien. … Le porte-parole du gouvernement, X").
BARE_GOVERNMENT_WORDS = ("gouvernement", "government", "exécutif", "executive")
#: Sentences read back for that government.
BARE_GOVERNMENT_LOOK_BACK = 5
#: "le prédécesseur de M. Petro, X", "Petro's predecessor": the same country as the other.
SUCCESSION_NOUNS = ("prédécesseur", "prédécesseure", "successeur", "successeure",
                    "predecessor", "successor")
#: Roles posted in another country: "l'ambassadeur à Niamey, X", "the ambassador in Beijing":
#: the person comes from the other country of the article's pair.
POSTED_ROLES = frozenset({"ambassador", "consul", "chargé d'affaires", "head of mission"})
#: Nouns of a country's mission abroad: a posted role without a country word belongs to
#: the country whose mission was named last ("the Mexican embassy in Quito … the head of
#: the mission, X"; "l'ambassade de France … l'ambassadeur, X").
MISSION_NOUNS_EN = ("embassy", "consulate", "mission")
MISSION_NOUNS_FR = ("ambassade", "consulat", "mission diplomatique")
POSTED_PREPOSITIONS = ("à", "au", "aux", "en", "in", "to")
#: Between a role after the name and its country: "ambassadeur du Venezuela", "ambassador of Peru".
ROLE_COUNTRY_LINKS = ("du", "de la", "de l’", "de l'", "des", "de", "d’", "d'", "of the", "of")
#: Heads of state and government: a titled one the words around leave without a country
#: takes the article's country (of its pair) whose holder of the role is not named, or,
#: "then"/"former" before the title, the one whose holder is named.
HEAD_ROLES = {
    "president": "head of state", "head of state": "head of state",
    "prime minister": "head of government", "head of government": "head of government",
}
FORMER_WORDS = ("then", "former", "ancien", "ancienne", "ex-", "alors")
#: A plural role before coordinated names ("their foreign ministers, X and Y",
#: "les chefs de la diplomatie, X et Y"): the second is from the other country of the pair.
COORDINATORS = ("and", "et")
#: Roles that belong to a country's own politics: one without a country word takes the
#: one country its sentence names (by name, demonym or a city) — "l'aide humanitaire
#: au Venezuela à l'appel de l'opposant Juan Guaidó".
DOMESTIC_ROLES = frozenset({"opposition leader", "candidate", "dissident"})
#: The role an abbreviated military rank gives the name after it ("Gen. X": a general),
#: when no role word says more.  No country follows from it: generals visit other
#: countries ("Gen. X visited Israel"); a country word before the rank gives one
#: ("Chinese Adm. X", "US Lt. Gen. X").
RANK_ROLES = {
    "Gen.": "general", "Gén.": "general", "Adm.": "admiral", "Col.": "colonel",
    "Lt.": "lieutenant", "Lt.-Col.": "colonel", "Lt-Col.": "colonel", "Maj.": "major",
    "Capt.": "captain", "Brig.": "brigadier", "Cmdr.": "commander", "Cdr.": "commander",
}
