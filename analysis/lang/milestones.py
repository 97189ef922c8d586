"""What makes a dated sentence a milestone of a relationship: kinds, triggers, labels.

The vocabulary annotator (:mod:`analysis.vocabulary`) codes most events with a
category and a CAMEO code; :data:`KIND_OF_CATEGORY` and :data:`KIND_OF_CAMEO`
turn those into milestone kinds.  :data:`TRIGGERS` adds what the lexicon does
not cover (a session of a commission, the restoration of relations, an
accession, an election won, an ambassador appointed or taking up the post, an
agreement entering into force, a border closed, an expulsion ultimatum, an
offensive, troops leaving, a monitoring mission, a release or a return home as
measures) and stands in for it when it returns nothing.

Trigger patterns are regular expressions over the lower-cased text, matched at
word starts; ``'`` stands for any apostrophe.  Each alternative starts with at
least three literal characters: the scan finds those first (Aho-Corasick).  CAMEO codes and weights follow
GDELT's ``CAMEO.goldsteinscale.txt`` (``../shared/REFERENCE.md`` §1).
"""

#: Every milestone kind, with the CAMEO code used when no vocabulary event gives one.
KINDS = {
    "visit": "042", "agreement": "057", "talks": "040", "session": "040",
    "declaration": "010", "rupture": "161", "suspension": "160", "restoration": "050",
    "recall": "161", "appointment": "050", "accession": None, "election": None,
    "measure": "080", "establishment": "054", "reduction": "160", "talks_failed": "164",
    "expulsion": "174", "legal": "115", "force": "190", "commitment": "030",
}

#: How strongly a kind claims a date in its clause: 1 names an event of the
#: relationship, 2 a meeting or a measure, 3 words about it.  Added to the
#: distance (in characters) between a trigger and a date, so a nearer word of a
#: weaker kind still wins ("le Ministre, qui avait visité Paris en 2015, a
#: déclaré hier": "hier" goes with "déclaré").
TIER_PENALTY = {
    "visit": 0, "agreement": 0, "session": 0, "rupture": 0, "suspension": 0,
    "restoration": 0, "recall": 0, "appointment": 0, "accession": 0, "election": 0,
    "establishment": 0, "reduction": 0, "talks_failed": 0, "expulsion": 0, "legal": 0,
    "force": 0, "talks": 25, "measure": 25, "commitment": 25, "declaration": 40,
}
#: Above this score no trigger claims a date (it is the news of another clause).
MAX_SCORE = 150

#: Words said on a day: a statement claims only a date of day or week precision
#: ("a déclaré mardi"), unless it is a document (a letter, a speech, a joint
#: declaration), which can be dated by month or year.  "Les échanges ont atteint
#: 2 milliards en 2024, a indiqué le ministre": 2024 is not the date of a statement.
DOCUMENTS = ("déclaration", "message", "lettre", "missive", "discours", "allocution",
             "communiqué", "note verbale", "statement", "letter", "speech", "address",
             "declared a ", "declared an ", "proclaim", "déclaré un ", "déclaré une ", "déclaré l'état",
             "proclam", "décrét")
#: CAMEO codes of words that are acts of their own, not words said on a day: an
#: appeal (02 "called for an inquiry in April 2020"), a demand (10), a criticism
#: or a complaint (11), a rejection (12), a threat (13), a protest (14).  They
#: claim a month or a year like any event; a statement (01) or praise (05) does not.
ACT_CODES = ("02", "10", "11", "12", "13", "14")
#: What a statement of such a code is, for its label ("Statement — protest"), after
#: CAMEO's headings (02 appeal, 10 demand, 11 disapprove, 12 reject, 13 threaten, 14 protest).
STATEMENT_ACTS = {"02": "appeal", "10": "demand", "11": "criticism", "12": "rejection", "13": "warning",
                  "14": "protest"}
#: Words right before such a word that make it a phrase naming who asked, not an act
#: (« reportées à la demande du Kenya », "at the request of Kenya").
NOT_ACTS = ("à la ", "à l'", "sur la ", "at the ", "on the ", "upon ")

#: A trigger right after one of these words names an attempt; with a word of
#: :data:`FAILURES` in its sentence the attempt failed and makes no milestone
#: (« deux tentatives de réouverture, en avril puis en mai, avaient échoué »).
ATTEMPTS = {
    "fr": ("tentative de", "tentatives de", "tentative d'", "tentatives d'", "tentative avortée de",
           "efforts de", "effort de"),
    "en": ("attempt to", "attempts to", "attempted to", "attempt at", "attempts at", "bid to", "bids to",
           "effort to", "efforts to", "tried to", "failed to"),
}
FAILURES = {
    "fr": ("échoué", "échoue", "échouent", "échouèrent", "échec", "avorté", "avortée", "avortées",
           "en vain", "sans succès", "sans résultat"),
    "en": ("failed", "fail", "fails", "collapsed", "in vain", "without success", "unsuccessful",
           "fell through", "came to nothing"),
}
#: Words that join a second date to the event of the date before it ("the withdrawal of its
#: soldiers from Mali in August 2022 and from Burkina Faso in February": two dates of one kind).
COORDINATORS = {"fr": ("et", "puis", "ainsi que", "ou"), "en": ("and", "then", "as well as", "or")}
#: A preposition right after the coordinator: the second date's phrase is a parallel
#: complement (« et du Burkina Faso en février »), not a clause of its own ("and its
#: exports doubled in 2023").
COORDINATED_PREPOSITIONS = {
    "fr": ("de", "du", "des", "d'", "à", "au", "aux", "avec", "en", "pour", "vers", "contre", "dans"),
    "en": ("from", "to", "with", "in", "for", "against", "on", "of", "at"),
}
#: At most this many characters between such a coordinator and the second date.
COORDINATED_GAP = 60
#: Words that may stand before a date that opens its sentence and is followed by a comma
#: (« Le 12 juin, le ministre …, X, et son homologue Y avaient signé »): such a date
#: belongs to the main verb, and the commas of the subject before it are not counted.
FRONTED = ("le", "la", "l'", "les", "ce", "cet", "cette", "dès", "on", "in", "at", "the", "early",
           "late", "début", "fin", "mi", "en", "au")
#: Kinds narrower than the vocabulary's categories: where a trigger of the table
#: with one of these kinds overlaps a term or an event, the term's kind yields.
NARROW_KINDS = frozenset({"recall", "expulsion", "talks_failed", "appointment", "restoration", "accession",
                          "election", "session", "establishment"})

#: Kinds that give their date to a trigger of a more telling kind of the same clause
#: that dates nothing else: a code "not specified below" (160 reduce relations:
#: « crise diplomatique », "tensions") to a narrower one ("the diplomatic crisis that
#: erupted last Monday ... their expelled envoys": the expulsion is the event); a
#: pledge to the meeting it came out of ("pledged on Sunday to deepen cooperation,
#: as the first visit to Seoul ...": the visit).
SPECIFIC_KINDS = {
    "reduction": ("rupture", "recall", "expulsion", "suspension", "talks_failed"),
    "commitment": ("visit", "session", "talks"),
}

#: Characters added per comma, and per clause boundary, between a trigger and a date.
COMMA_PENALTY = 20
BOUNDARY_PENALTY = 30
#: Words that open another clause.
CLAUSE_BOUNDARIES = {
    "fr": ("qui", "que", "qu'", "tandis que", "alors que", "mais", "lorsque", "dont"),
    "en": ("which", "who", "that", "while", "whereas", "but", "when"),
}

#: Words that open a subordinate clause with an event of its own: a date inside
#: that clause is the date of the clause's event, never of the main clause's
#: ("broke off relations on Saturday after police stormed the embassy on
#: Friday": Friday is the raid's).  The clause runs to the next comma,
#: semicolon, colon, dash, bracket or word of this table.  Right before a date
#: ("since 2012", « depuis août 1994 ») the word is a preposition, not a clause.
SUBORDINATORS = {
    "fr": ("après", "avant", "depuis que", "lorsque", "quand", "à la suite de", "à la suite d'",
           "à la suite du", "à la suite des", "suite à", "suite au", "suite aux", "jusqu'à ce que"),
    "en": ("after", "before", "since", "until", "when", "following", "in the wake of"),
}
#: Subordinators that date their clause by the date right before them: a date of the
#: main clause may also take the event of such a clause ("the crisis
#: widened on Thursday when prosecutors charged …", « en mars, lorsque … a signé »).
DATE_CLAUSES = ("when", "lorsque", "quand")
#: Words that may stand between such a preposition and its date ("after the 2019 …" is a clause).
DATE_DETERMINERS = ("the", "le", "la", "l'", "les", "de", "du", "des", "d'")
#: Triggers of one kind at most this many characters apart, with no punctuation
#: between, are one event ("signed the accord", « a signé l'accord »): it takes one date.
SAME_EVENT_GAP = 25

#: Vocabulary categories (``analysis/data/lexicon.tsv``) → milestone kind.
#: Categories absent here (cooperation, aid …) make no milestone; force and
#: intent to cooperate are read from their CAMEO codes (19 fight and 20 mass violence,
#: not a posture, 15, nor an assault, 18, on nobody's behalf; 030, not a thaw, 037).
KIND_OF_CATEGORY = {
    "visit": "visit", "signature": "agreement", "consultation": "talks",
    "negotiation": "talks", "statement": "declaration", "praise_support": "declaration",
    "appeal": "declaration", "criticism": "declaration", "protest": "declaration",
    "rejection": "declaration", "demand": "declaration", "threat": "declaration",
    "sanctions": "measure", "yield": "measure", "expulsion": "expulsion",
    "reduction_of_relations": "reduction",
}
#: Refinements of a category by CAMEO code (longest prefix wins), after CAMEO's
#: headings (``analysis/data/cameo.tsv``): 030 intent to cooperate, 115 bring a
#: lawsuit, 160 reduce relations, 161 break relations, 164 halt negotiations, 166
#: expel or withdraw, 173 arrest or charge, 174 expel individuals, 19 fight,
#: 20 mass violence.
KIND_OF_CAMEO = {
    "042": "visit", "043": "visit", "057": "agreement", "040": "talks", "041": "talks",
    "044": "talks", "045": "talks", "046": "talks", "036": "talks", "161": "rupture",
    "160": "reduction", "163": "measure", "164": "talks_failed", "166": "reduction",
    "174": "expulsion", "01": "declaration", "02": "declaration", "051": "declaration",
    "08": "measure", "030": "commitment", "115": "legal", "173": "legal",
    "19": "force", "20": "force",
}
#: Lexicon headwords (``analysis/data/lexicon.tsv``) whose kind is narrower than
#: their code's: recalling an ambassador is coded 161 like a rupture, a court
#: ordering compensation 10 like a demand, freezing cooperation 160 like a crisis.
#: An event of the events table on the same words takes the term's kind.
KIND_OF_HEADWORD = {
    "rappeler son ambassadeur": "recall", "rappel de l'ambassadeur": "recall",
    "retirer son ambassadeur": "recall", "rappeler son ambassadeur pour consultations": "recall",
    "pour consultations": "recall", "recall ambassador": "recall",
    "withdraw ambassador": "recall", "recall for consultations": "recall",
    "for consultations": "recall",
    "ordonner d'indemniser": "legal", "order to compensate": "legal",
    "suspendre la coopération": "suspension", "suspendre tout contact": "suspension",
    "geler les relations": "suspension", "fermer la frontière": "suspension",
    "frontière fermée": "suspension", "suspend cooperation": "suspension",
    "suspend contacts": "suspension", "freeze relations": "suspension",
    "close the border": "suspension", "border closed": "suspension",
}

#: Trigger words the lexicon lacks, or stands for when it is empty:
#: (kind, CAMEO code, pattern).  More specific kinds first.
TRIGGERS = {
    "fr": [
        ("restoration", "050", r"rétabli\w*|rétablissement|reprise des relations|renou(?:é|er)\w*"
                               r"|normalis\w+|réouverture|rouvert\w*|réconciliation"),
        ("establishment", "054", r"établissement (?:des|de) relations|établi\w* (?:des |de |les )?relations"
                                 r"|établies|nou(?:é|er|ent) des relations"),
        ("rupture", "161", r"rupture|rompu\w*|rompre|rompt|romp\w+|couper? les (?:liens|ponts)"),
        ("recall", "161", r"rappel\w* (?:\w+ ){0,2}ambassad\w+"),
        ("expulsion", "174", r"expuls\w+|persona non grata"
                             r"|heures (?:à (?:[^\s,;]+ ){1,4})?pour quitter (?:le|son|leur) \w+"
                             r"|jours (?:à (?:[^\s,;]+ ){1,4})?pour quitter (?:le|son|leur) \w+"
                             r"|ordre de quitter|sommé\w* de quitter|ordonn\w* (?:\w+ ){0,3}de quitter"),
        ("appointment", "050", r"nomm\w+ (?:\w+ ){0,3}ambassad\w+|nouvel ambassad\w+"
                               r"|lettres de créance|accrédit\w+"
                               r"|pris (?:ses|son|leurs) (?:fonctions|poste) d'ambassad\w+"
                               r"|prend\w* (?:ses|son|leurs) (?:fonctions|poste) d'ambassad\w+"
                               r"|entr(?:é|ée|e) en fonctions? (?:comme |en tant qu')ambassad\w+"),
        ("suspension", "160", r"suspen\w+|gel(?:é|ée|és|ées|er)?|fermé\w*|fermeture\w*"),
        ("accession", None, r"accession|intronisation|investiture|prise de fonctions?|adhésion"
                            r"|réintégr\w+|admission|entrée? en fonctions?"
                            r"|pris (?:ses|son|leurs) fonctions|prend\w* (?:ses|son|leurs) fonctions"
                            r"|arrivée? au pouvoir"
                            r"|arrivés au pouvoir|accédé au pouvoir|accession au pouvoir"),
        ("election", None, r"élu\w*|réélu\w*|élection\w*|réélection|présidentielles?|législatives"
                           r"|scrutin présidentiel|scrutin législatif"),
        ("talks_failed", "164", r"échec des (?:négociations|pourparlers|discussions)"),
        ("reduction", "160", r"réduit\w* (?:sa |leur )?représentation|retir\w+ (?:\w+ ){0,3}diplomates"
                             r"|diplomates (?:[^\s,;.]+ ){0,3}(?:ont|avaient) (?:quitté le pays|regagné)"),
        ("legal", "115", r"audiences|procès|inculp\w+|plaintes?"),
        ("force", "190", r"affrontements?|accrochages?|intervenu\w* militairement|intervention militaire"
                         r"|invasion|envahi\w*|bombard\w+|offensives?(?! diplomatique| de charme)"
                         r"|frappes? aériennes?|guerres?(?! commerciale| des mots| froide| de l'information| d'indépendance)"),
        ("force", "186", r"assassinat\w*|assassiné\w*|abattu\w*|meurtre d[eu']"),
        ("commitment", "030", r"se sont engagés? à|ont convenu de|sont convenus de"),
        ("session", "040", r"session\w*|commission mixte|comité mixte|haute commission"
                           r"|dialogue stratégique|consultations politiques"),
        ("agreement", "057", r"sign(?:é|ée|és|ées|er|ent|èrent|ature)\w*|paraph\w+|ratifi\w+"
                             r"|conclu\w*|accords?|mémorandum|memorandum|traité|convention"
                             r"|protocole|entrée? en vigueur"),
        ("visit", "042", r"visit\w+|s'est rendu\w*|se rend\w*|tournée|séjour|déplacement"
                         r"|attendue?s? (?:à|au|en)"
                         r"|reçu\w*|accueilli\w*"),
        ("talks", "040", r"entretien\w*|entretenu\w*|rencontr\w+|réuni\w*|pourparlers"
                         r"|discussions?|négociations?|consultations?|sommet|téléphon\w+"),
        ("measure", "080", r"suppression du visa|exemption de visa|sans visa|sanctions?"
                           r"|troupes (?:[^\s,;.]+ ){0,4}(?:ont|avaient) (?:quitté|évacué)"
                           r"|soldats (?:[^\s,;.]+ ){0,4}(?:ont|avaient) (?:quitté|évacué)"
                           r"|casques bleus (?:[^\s,;.]+ ){0,4}(?:ont|avaient) (?:quitté|évacué)"
                           r"|mission (?:civile )?d'observation|mission (?:civile )?de surveillance"
                           r"|libération (?:de |du |des |d')|libéré\w* (?:après|de prison|de détention)"
                           r"|rentré\w* (?:au pays|chez (?:lui|elle|eux))"
                           r"|embargo|décid\w+|décision"
                           r"|retir\w+ (?:\w+ ){0,4}de (?:sa |la |leur )?(?:\w+ ){0,2}liste"
                           r"|remis\w* (?:\w+ ){0,3}sur (?:sa |la |leur )?(?:\w+ ){0,2}liste"
                           r"|réinscrit\w* (?:\w+ ){0,3}sur (?:sa |la |leur )?(?:\w+ ){0,2}liste"),
        ("declaration", "010", r"déclar\w+|messages?|communiqué|discours|appel\w*|annonc\w+"
                               r"|lettres?|missives?|note verbale"),
    ],
    "en": [
        ("restoration", "050", r"restor\w+|resum\w+|re-establish\w*|reestablish\w*|normali[sz]\w+|reopen\w*"
                               r"|reconcil\w+"),
        ("establishment", "054", r"establish\w* (?:diplomatic )?(?:relations|ties)"
                                 r"|establishment of (?:diplomatic )?(?:relations|ties)"
                                 r"|relations (?:were )?established|ties (?:were )?established"),
        ("rupture", "161", r"rupture|broke off|break(?:s|ing)? off|sever\w*|cut (?:off )?ties"),
        ("recall", "161", r"recall\w* (?:\w+ ){0,2}ambassador\w*"),
        ("expulsion", "174", r"expel\w*|persona non grata|hours to leave|days to leave"
                             r"|ordered (?:\w+ ){0,3}to leave (?:the|its|their) \w+"),
        ("appointment", "050", r"appoint\w* (?:\w+ ){0,3}ambassador\w*|new ambassador"
                               r"|credentials|accredit\w+"
                               r"|took (?:up )?(?:office|(?:his|her|their) (?:post|duties))"
                               r" as (?:[^\s,;.]+ ){0,3}ambassador"
                               r"|tak(?:es?|ing) (?:up )?(?:office|(?:his|her|their) (?:post|duties))"
                               r" as (?:[^\s,;.]+ ){0,3}ambassador"),
        ("suspension", "160", r"suspen\w+|froze|freez\w+|frozen|closed(?!-door)|closure\w*|halt\w*"),
        ("accession", None, r"accession|acceded|ascended the throne|enthroned|took office"
                            r"|sworn in|inaugurat\w+|joined|rejoined|admission|came to power|took power"
                            r"|rise to power|assumed office"),
        ("election", None, r"elected|re-elected|election\w*|re-election|won (?:\w+ ){0,2}(?:power|vote|polls?)"
                           r"|swept to power|presidential vote|parliamentary vote"),
        ("talks_failed", "164", r"talks (?:collapsed|broke down|failed)|collapse of (?:the )?talks"
                                r"|breakdown of (?:the )?talks"),
        ("reduction", "160", r"withdrew (?:\w+ ){0,3}diplomats|downgrad\w+ (?:diplomatic )?(?:relations|ties)"
                             r"|diplomats (?:[^\s,;.]+ ){0,3}(?:flew home|left the country|returned home)"),
        ("legal", "115", r"lawsuits?|sued|indicted|indictment|hearings?"),
        ("force", "190", r"clash\w*|skirmish\w*|invad\w+|invasion|shelling|military intervention"
                         r"|intervened militarily|offensive(?<!charm offensive)(?<!diplomatic offensive)s?(?! remarks?"
                         r"| comments?| language| words?| posts?)|airstrikes?|air strikes?"
                         r"|wars?(?<!trade war)(?<!price war)(?<!cold war)(?<!trade wars)(?! of words| of independence)"),
        ("force", "186", r"assassinat\w+|shot dead|killing of|murder of"),
        ("commitment", "030", r"agreed to|pledged to|vowed to"),
        ("session", "040", r"sessions?|joint commission|joint committee|strategic dialogue"
                           r"|political consultations|high-level dialogue"),
        ("agreement", "057", r"sign(?:ed|s|ing|ature)|initial(?:l)?ed|ratif\w+|concluded"
                             r"|agreements?|accords?|memorand\w+|treaty|treaties|convention"
                             r"|protocol|entered into force|came into force|enters? into force"
                             r"|comes? into force|took effect"),
        ("visit", "042", r"visit\w*|trip|tour|travel\w*|arrived|hosted|expected in"),
        ("talks", "040", r"talks|met|meet\w*|discuss\w*|negotiat\w+|consultations?|summit"
                         r"|phone call|spoke by phone|held talks"),
        ("measure", "080", r"visa waiver|visa-free|sanctions?|embargo|decided|decision|lifted"
                           r"|troops (?:[^\s,;.]+ ){0,4}(?:left|withdrew|pulled out)"
                           r"|soldiers (?:[^\s,;.]+ ){0,4}(?:left|withdrew|pulled out)"
                           r"|peacekeepers (?:[^\s,;.]+ ){0,4}(?:left|withdrew|pulled out)"
                           r"|monitoring mission|observer mission|observation mission"
                           r"|release of (?:\w+ ){0,3}(?:journalists?|detainees?|prisoners?|hostages?|citizens?"
                           r"|nationals?|writers?|activists?)|released from|freed|flew home|returned home"
                           r"|sheltering|took refuge|taken refuge|granted (?:\w+ ){0,2}asylum"
                           r"|ban(?:ned)?"
                           r"|remov\w+ (?:\w+ ){0,4}from (?:its |the |their )?(?:\w+ ){0,2}list"
                           r"|put (?:\w+ ){0,3}back on (?:its |the |their )?(?:\w+ ){0,2}list"),
        ("declaration", "010", r"declar\w+|statement|messages?|said|announc\w+|call(?:ed)? (?:on|for)"
                               r"|letters?|note verbale"),
    ],
}

#: Kinds whose trigger may be the name of an organisation (a joint commission meets):
#: a trigger of another kind inside an ORG mention is part of a name, no event.
BODY_KINDS = frozenset({"session"})

#: Codes of hosting (CAMEO 043 « a reçu », « audience », "hosted"): a term of these
#: makes a visit only where the events table found one (a visitor named beside it;
#: « accueille 250 000 réfugiés », court « audiences » host nobody).
HOST_CODES = ("043",)

#: A country named as the place of a meeting (talks, a session) is its venue, not a
#: party, unless the clause also names it otherwise ("met in Kazan, Russia"; « un
#: sommet prévu dans la capitale djiboutienne »): its mention comes right after one
#: of these prepositions (then perhaps a determiner and a word for a town), or after
#: a venue town and a comma.  A visit's destination stays a party (its host).
VENUE_KINDS = frozenset({"talks", "session"})
VENUE_PREPOSITIONS = {"fr": ("à", "au", "aux", "en", "dans"), "en": ("in", "at")}
VENUE_DETERMINERS = ("the", "la", "le", "les", "l'")
VENUE_TOWNS = {"fr": ("capitale", "ville", "cité", "région", "province", "station balnéaire"),
               "en": ("capital", "city", "town", "region", "province", "resort")}

#: Words near a visit that say what kind of visit it is (for the label).
VISIT_QUALIFIERS = {
    "fr": {"royale": "Royal", "royales": "Royal", "d'état": "State", "d'etat": "State",
           "officielle": "Official", "officielles": "Official", "de travail": "Working",
           "présidentielle": "Presidential", "historique": "Historic"},
    "en": {"royal": "Royal", "state": "State", "official": "Official", "working": "Working",
           "presidential": "Presidential", "historic": "Historic"},
}
#: Visits of heads of state or government (the "high-level visits" of the notebook).
HIGH_LEVEL_QUALIFIERS = ("Royal", "State", "Presidential", "Official")

#: Titles that start a capitalised run without naming an agreement or a body.
NAME_TITLES = frozenset({
    "roi", "reine", "souverain", "président", "présidente", "premier", "ministre", "prince",
    "princesse", "cheikh", "émir", "m.", "mme", "king", "queen", "president", "prime",
    "minister", "secretary", "sheikh", "emir", "mr", "mr.", "mrs", "ms", "his", "her",
})

#: "marquées respectivement par …": the outcomes after it go to the dates in order.
RESPECTIVELY = ("respectivement", "respectively")

#: Label of each kind (English, whatever the article's language).
KIND_LABELS = {
    "visit": "Visit", "agreement": "Agreement", "talks": "Talks", "session": "Session",
    "declaration": "Statement", "rupture": "Relations broken off",
    "suspension": "Suspension", "restoration": "Relations restored",
    "recall": "Ambassador recalled", "appointment": "Ambassador appointed",
    "accession": "Accession", "election": "Election", "measure": "Measure",
    "establishment": "Relations established", "reduction": "Relations reduced",
    "talks_failed": "Talks failed", "expulsion": "Diplomats expelled",
    "legal": "Legal action", "force": "Use of force", "commitment": "Commitment to cooperate",
}
