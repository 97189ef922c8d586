"""Words that decide an event's *mode* and its *actors*, in French and English.

The event coder (:mod:`analysis.vocabulary.events`) reads these tables; it
compiles them once into one pattern per language.  Each table is a tuple of
lower-case words or short phrases (regular-expression fragments where a
comment says so); ``’`` and ``'`` are both accepted wherever ``'`` appears.

Modes (issue 4): *negated* (« n'a pas signé », "did not sign"), *planned*
(future tense, « doit », « devrait », "will", "agreed to hold"), *reported*
(a past event recalled: plus-que-parfait « avait rompu », "had signed", a past
date), otherwise *actual*.
"""

# --- negation ---------------------------------------------------------------
# French negation is two words: "ne"/"n'" before the verb, one of these after
# it ("n'a pas signé", "ne signera jamais").  "ne" alone is the expletive ne
# of "avant que les deux pays ne rétablissent": not a negation.
NEGATION_WORDS_FR = ("pas", "jamais", "plus", "point", "guère", "nullement", "aucun",
                     "aucune", "rien", "ni")
# Words that negate the event right after them ("sans signer", "a refusé de signer",
# « a rejeté toute négociation »).
NEGATION_BEFORE_FR = ("sans", "refus", "refuse", "refusé", "refusée", "refusent",
                      "refusant", "refuser", "renoncé", "renonce", "renoncer", "échoué",
                      "empêché", "rejeté", "rejette", "rejettent", "rejeter", "rejetant",
                      "exclu", "exclut", "abstenu", "abstenue", "abstenus", "abstient",
                      "abstiennent", "abstenir", "sans aller jusqu'à")
NEGATION_EN = ("not", "never", "no", "neither", "nor", "without", "no longer",
               "failed to", "fails to", "refused to", "refuses to", "refusing to",
               "declined to", "declines to", "unable to", "rejected", "rejects", "rejecting",
               "refused", "refuses", "ruled out", "rules out", "ruling out",
               "stopped short of", "stops short of", "stopping short of", "stop short of",
               "refrained from", "refrains from")
# A verb of taking part between a negation and the meeting it names: the
# negation reaches the meeting past the verb ("He will not attend the Istanbul
# meeting", "won't take part in the summit", "declined to attend the SCO
# summit", "has not attended"; French is read by « ne … pas » around the verb).
PARTICIPATION_BASE_EN = ("attend", "take part in", "participate in", "join", "go to", "travel to",
                         "be present at", "show up at", "turn up at", "sit in on")
PARTICIPATION_PAST_EN = ("attended", "took part in", "taken part in", "participated in", "joined",
                         "went to", "travelled to", "traveled to", "showed up at", "turned up at")
NEGATION_BEFORE_BASE_EN = ("not", "n't", "refused to", "refuses to", "declined to", "declines to",
                           "failed to", "unable to", "never")
NEGATION_BEFORE_PAST_EN = ("not", "n't", "never")
# A condition right before the trigger, in its clause: the event is
# hypothetical, read as planned ("help each other if attacked", « ripostera
# si le Maroc attaque », « en cas d'attaque »).  A concession or a
# consequence is no condition (« même si », "even if", « si bien que »).
CONDITIONAL_FR = ("si", "s'il", "s'ils", "en cas de", "en cas d'", "au cas où")
CONDITIONAL_EN = ("if", "unless", "in case of", "in the event of", "in the event that")
NOT_CONDITIONAL_FR = ("même si", "même s'il", "même s'ils", "si bien que", "si bien qu'",
                      "comme si", "si ce n'est", "si besoin")
# « si » starts a condition only before a subject: one of these words or a
# capitalised name (« si le Maroc attaque », « si Alger refuse »); before an
# adjective it is "so" (« un accord si important que »).
CONDITION_SUBJECTS_FR = frozenset({
    "le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "nous", "vous", "elle", "elles", "on", "aucun", "aucune", "chaque", "tous",
    "toutes", "jamais", "d'aventure", "demain"})
NOT_CONDITIONAL_EN = ("even if", "as if", "asked if", "ask if", "asks if", "whether or not", "if any",
                      "if not", "if only")
# Inside a trigger of several words, after its first one, these negate it
# ("the treaty will not be signed"); « sans » does not (« a appelé sans
# relâche à »).
NEGATION_INSIDE = frozenset({"not", "never", "no longer"})
# Right after the trigger: the event failed (« les réunions n'ont abouti à
# aucun résultat », « les médiations ont échoué », "the meeting ended without
# agreement").  No comma between the trigger and the phrase.
NEGATION_AFTER_FR = ("n'ont abouti à aucun", "n'a abouti à aucun", "n'ont abouti à rien",
                     "n'a abouti à rien", "n'ont pas abouti", "n'a pas abouti",
                     "n'ont débouché sur aucun", "n'a débouché sur aucun", "n'ont rien donné",
                     "n'a rien donné", "ont échoué", "a échoué", "ont capoté", "a capoté",
                     "ont avorté", "a avorté", "sont restées sans résultat",
                     "sont restés sans résultat", "est restée sans résultat",
                     "est resté sans résultat", "sont dans l'impasse", "est dans l'impasse",
                     "avaient échoué", "avait échoué", "avaient capoté", "avait capoté",
                     "avaient avorté", "avait avorté", "sont restées vaines", "sont restés vains",
                     "ont été vaines", "avaient été vaines", "sont restées lettre morte",
                     "sans succès")
# Right before the trigger, an attempt (« deux tentatives de médiation »,
# "attempts at mediation"): a failure later in its sentence, past commas
# (« , en avril puis en mai, avaient échoué »), negates the event.
ATTEMPT_FR = ("tentative de", "tentatives de", "tentative d'", "tentatives d'", "efforts de",
              "efforts d'", "essai de", "essais de")
ATTEMPT_EN = ("attempt at", "attempts at", "attempt to", "attempts to", "bid to", "bids to",
              "effort to", "efforts to", "efforts at")
NEGATION_AFTER_EN = ("failed", "have failed", "has failed", "collapsed", "broke down",
                     "ended without", "ended in failure", "yielded no", "produced no",
                     "went nowhere", "came to nothing", "fell through", "had failed",
                     "were unsuccessful", "was unsuccessful", "proved fruitless", "were fruitless",
                     "without success", "in vain")

# --- planned (future) -------------------------------------------------------
# Near the trigger (a few words before it).
PLANNED_NEAR_FR = ("va", "vont", "doit", "doivent", "devra", "devront", "devrait",
                   "devraient", "prévoit", "prévoient", "prévu", "prévue", "prévus",
                   "prévues", "envisage", "envisagent", "projette", "projettent",
                   "s'apprête", "s'apprêtent", "entend", "entendent", "prochain",
                   "prochaine", "prochains", "prochaines", "futur", "future", "futurs",
                   "futures", "bientôt", "à venir", "sur le point", "ultérieurement",
                   "programmé", "programmée", "attendu", "attendue", "sera", "seront",
                   "serait", "seraient")
# Right after the trigger ("la réunion aura lieu").
PLANNED_AFTER_FR = ("aura lieu", "auront lieu", "se tiendra", "se tiendront", "est prévue",
                    "est prévu", "sont prévues", "sont prévus", "prévue", "prévu")
# Verbs that put everything after them in the sentence in the future: an
# agreement to do, an appeal to do ("ont convenu de tenir", "a appelé ... à").
PLANNED_SCOPE_FR = ("convenu", "convenus", "conviennent", "décidé", "décidés", "décident",
                    "engagé", "engagés", "engagée", "engagées", "engagent", "engage",
                    "appelé", "appelle", "appellent", "appelés", "appelant", "exhorté",
                    "exhorte", "exhortent", "invité", "invite", "invitent", "souhaite",
                    "souhaitent", "souhaité", "espère", "espèrent", "proposé", "propose",
                    "proposent", "promis", "promet", "promettent", "plaidé", "plaide",
                    "demandé", "demande", "demandent", "déterminés", "déterminé",
                    "résolus", "entendent")
# Right before the trigger, a purpose: the event is aimed at, not done yet
# (« pour parvenir à un accord », « pour tenter d'apaiser », "in a bid to settle").
PURPOSE_FR = ("pour", "afin de", "afin d'", "en vue de", "en vue d'", "dans le but de",
              "dans le but d'", "pour tenter de", "pour tenter d'", "pour essayer de",
              "pour essayer d'")
PURPOSE_EN = ("in order to", "so as to", "in a bid to", "in an effort to", "to try to",
              "aimed at", "with a view to", "in an attempt to")
PLANNED_NEAR_EN = ("will", "shall", "'ll", "would", "to be", "is to", "are to", "due to",
                   "set to", "expected to", "plans to", "plan to", "planning to", "planned",
                   "scheduled", "next", "upcoming", "forthcoming", "future", "soon",
                   "going to", "intends to", "intend to", "aims to", "aim to", "about to")
PLANNED_AFTER_EN = ("will take place", "is scheduled", "are scheduled", "is planned",
                    "are planned", "is expected", "are expected", "to be held")
PLANNED_SCOPE_EN = ("agreed to", "agree to", "agrees to", "decided to", "decide to",
                    "committed to", "commit to", "pledged to", "pledge to", "vowed to",
                    "vow to", "called on", "called for", "called upon", "calls on", "calls for",
                    "urged", "urges", "invited", "invites",
                    "hopes to", "hoped to", "hope to", "proposed", "proposes", "seeks to",
                    "sought to", "looks forward to", "looking forward to", "ready to",
                    "willing to", "asked", "determined to", "resolved to")

# --- reported (a past event recalled) ---------------------------------------
# Auxiliaries of past tenses, just before the trigger ("avait rompu", "had signed").
REPORTED_NEAR_FR = ("avait", "avaient", "avais", "avions", "aviez", "eut", "eurent",
                    "était", "étaient", "fut", "furent", "pour rappel", "an après",
                    "ans après")
REPORTED_NEAR_EN = ("had", "'d", "year after", "years after")
# The same auxiliaries right after a noun trigger, its verb's subject (« les
# négociations avaient repris », "the talks had resumed").
REPORTED_AFTER_FR = ("avait", "avaient", "s'était", "s'étaient", "était", "étaient")
REPORTED_AFTER_EN = ("had",)
# Time adverbials on either side ("signé il y a dix ans", "signed years ago").
REPORTED_AROUND_FR = ("il y a", "l'an dernier", "l'année dernière", "l'an passé",
                      "l'année passée", "par le passé", "autrefois", "jadis", "naguère",
                      "à l'époque", "précédemment", "auparavant")
REPORTED_AROUND_EN = ("ago", "last year", "last month", "previously", "formerly",
                      "in the past", "back in", "at the time")

# --- ending cooperation or aid -------------------------------------------------
# A cooperation or aid term governed by one of these words is its end, not
# its pursuit (« nous mettons fin à notre coopération militaire », « a
# suspendu son aide budgétaire », "ended military cooperation", "cut aid",
# "halted assistance"): the event takes the CAMEO code of
# TERMINATED_CODES.  Before the term, within a few words of the same clause:
TERMINATIVE_BEFORE_FR = (
    "fin à", "fin au", "fin aux", "fin de", "fin du", "fin des", "terme à", "terme au", "terme aux",
    "suspend", "suspendent", "suspendu", "suspendue", "suspendus", "suspendre",
    "suspendra", "suspendront", "suspendait", "suspendant", "suspension",
    "cesser", "cessé", "cesse", "cessent", "cessera", "cessation",
    "arrêter", "arrête", "arrêtent", "arrêtera", "arrêt", "interrompu", "interrompre",
    "interrompt", "interrompent", "interruption", "geler", "gelé", "gèle", "gèlent",
    "gel", "rompu", "rompre", "rompt", "supprimé", "supprimer", "supprime",
    "suppression", "coupé", "couper", "coupe", "coupent", "réduit", "réduire",
    "réduction", "retiré", "retire", "retirer", "retrait")
TERMINATIVE_BEFORE_EN = (
    "end to", "end of", "to end", "will end", "would end", "ended", "ends", "ending",
    "halt", "halted", "halts", "halting", "halt to", "suspend", "suspended", "suspends",
    "suspending", "suspension of", "cut", "cuts", "cutting", "cut off", "cuts off",
    "freeze", "froze", "freezes", "freezing", "frozen", "terminate", "terminated",
    "terminates", "terminating", "termination of", "stop", "stopped", "stops",
    "stopping", "cancel", "cancelled", "canceled", "cancels", "scrap", "scrapped",
    "scraps", "withdraw", "withdrew", "withdrawn", "withdrawal of", "reduce", "reduced",
    "reduces", "slash", "slashed", "slashes", "discontinue", "discontinued")
# ... or right after it, its verb (« l'aide budgétaire a été suspendue »,
# « la coopération prend fin », "aid was cut", "cooperation ended").
TERMINATIVE_AFTER_FR = (
    "suspendu", "suspendue", "suspendus", "suspendues", "gelé", "gelée", "gelés",
    "gelées", "interrompu", "interrompue", "interrompus", "interrompues", "arrêté",
    "arrêtée", "supprimé", "supprimée", "supprimés", "supprimées", "coupé", "coupée",
    "coupés", "coupées", "prend fin", "prendra fin", "a pris fin", "prennent fin",
    "ont pris fin", "cesse", "cessera", "a cessé", "ont cessé")
TERMINATIVE_AFTER_EN = (
    "suspended", "halted", "frozen", "ended", "ends", "will end", "terminated",
    "cancelled", "canceled", "stopped", "scrapped", "cut off", "was cut", "were cut",
    "has been cut", "have been cut", "discontinued", "came to an end", "comes to an end")
# Words that may stand between a terminative word before and its term (« a
# suspendu son aide », « fin à notre coopération », "halted all assistance");
# one other word may too (an adjective: "cut US aid"), but not one of
# TERMINATIVE_NOT_BETWEEN (« le retrait serait coordonné »: the withdrawal is
# the subject of another verb).
TERMINATIVE_BETWEEN = frozenset("""
à au aux de du des d la le les l un une son sa ses leur leurs notre nos votre vos
cette ce ces cet tout toute tous toutes toute sa
the a an its their his her our your all any this that these those of off to
""".split())
TERMINATIVE_NOT_BETWEEN = frozenset("""
est sont serait seraient sera seront a ont avait avaient été était étaient fut va vont
doit devrait pourrait qui que et ou mais
is are was were be been being will would has have had could should may might
who which that and or but
""".split())
# « à la fin de », "at the end of": a time, not an ending (words before "la"/"the").
TERMINATIVE_TIME_BEFORE = frozenset("""
à avant après ici jusqu vers dès pour depuis
at by until till before after towards toward from since
""".split())
# The counterpart of a cooperation or aid code once ended: material
# cooperation and aid (06x, 07) -> 162 reduce or stop material aid,
# diplomatic cooperation (050) -> 160 reduce relations.
TERMINATED_CODES = {"06": "162", "060": "162", "061": "162", "062": "162", "063": "162",
                    "064": "162", "07": "162", "050": "160", "05": "160"}

# --- dates --------------------------------------------------------------------
# A year counts as a date of the event only after one of these words or a
# month name ("en mars 1976", "in October 2019", "depuis août 1994"); a year
# used as a modifier ("Morocco's 2007 autonomy plan") does not.
DATE_PREPOSITIONS_FR = ("en", "depuis", "dès", "de", "d'", "le", "au", "à", "avant",
                        "après", "fin", "début", "mi", "jusqu'en", "courant", "vers")
DATE_PREPOSITIONS_EN = ("in", "since", "from", "of", "on", "by", "before", "after",
                        "until", "late", "early", "mid", "during", "around")
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
}

# A trigger followed by one of these and a date has that date for its own
# (« les attentats du 11 septembre 2001 », « la déclaration signée le 23 mars
# 2015 », "the attacks of September 11, 2001"): the date, not a future verb of
# the sentence (« doit commémorer »), says whether it is past.
ATTACHED_DATE_WORDS = ("du", "de", "d'", "le", "en", "of", "on", "in")

# --- hosting a visit ------------------------------------------------------------
# "Host" triggers (recevoir, accueillir, audience; host, receive) are a visit
# only with a visitor named within a few words: a person or one of these
# ("accueille 250 000 réfugiés", "hosts the World Cup" are no visit).
HOST_HEADWORDS = frozenset({"recevoir", "accueillir", "audience", "host", "receive"})
VISITOR_WORDS = frozenset("""
ministre ministres président présidente premier première chef cheffe roi reine prince
princesse émir sultan homologue homologues délégation délégations ambassadeur
ambassadrice émissaire émissaires envoyé envoyée chancelier chancelière secrétaire pape
vice-président vice-présidente souverain monarque dirigeant dirigeants dirigeante
responsable responsables hôte hôtes visiteur visiteurs invité invités invitée diplomate
diplomates officiels parlementaires députés sénateurs maire gouverneur
minister ministers president premier prime chief king queen prince princess emir sultan
counterpart counterparts delegation delegations ambassador envoy envoys secretary
chancellor pope vice-president leader leaders official officials guest guests visitor
visitors diplomat diplomats lawmakers senator senators mayor governor crown
""".split())
# A host trigger after these (« a été reçu », "was received") or before these
# (« reçu par », "hosted by") is passive: its visitor stands before it.
PASSIVE_BEFORE = frozenset({"été", "fut", "furent", "est", "sont", "was", "were", "been",
                            "being", "is", "are"})
PASSIVE_AFTER = frozenset({"par", "à", "au", "aux", "en", "avec", "by", "at", "in", "with"})
# "audience(s)" beside these words is a court hearing, not a royal audience.
COURT_WORDS = frozenset("""
tribunal tribunaux cour cij cpi juge juges procès juridiction arbitrage
court courts icj icc judge judges trial tribunal arbitration hearing
""".split())
# Words joined by a hyphen to a participle that remain a verb ("co-signed",
# "re-elected"); after any other word the participle heads a compound
# adjective ("government-backed", "state-funded"): no event.
VERB_PREFIXES = frozenset({"co", "re", "pre", "un", "non", "self", "counter", "over", "under",
                           "out", "mis"})

# --- actors -------------------------------------------------------------------
# "les deux ministres", "both presidents": the article's main pair of
# countries.  Heads that are governments give ISO3+GOV, the others the ISO3.
PAIR_HEADS_GOV_FR = ("ministres", "chefs de la diplomatie", "chefs d'état",
                     "chefs de gouvernement", "présidents", "dirigeants", "responsables",
                     "souverains", "gouvernements", "homologues", "diplomaties",
                     "délégations", "capitales", "exécutifs", "chefs d'etat",
                     "monarques", "leaders")
PAIR_HEADS_FR = ("pays", "parties", "royaumes", "états", "nations", "voisins", "côtés",
                 "camps", "républiques")
PAIR_HEADS_GOV_EN = ("ministers", "foreign ministers", "presidents", "leaders",
                     "heads of state", "governments", "officials", "counterparts",
                     "delegations", "capitals", "diplomats", "administrations",
                     "prime ministers", "monarchs", "foreign secretaries")
PAIR_HEADS_EN = ("countries", "sides", "parties", "nations", "states", "neighbours",
                 "neighbors", "kingdoms")
PAIR_DETERMINERS = {"fr": ("les deux", "leurs deux", "ces deux", "des deux", "aux deux"),
                    "en": ("both", "the two", "both the")}
# With a plain article, only these heads stand for the pair ("the ministers
# agreed", « les ministres ont convenu »).
PAIR_BARE = {"fr": ("les ministres", "les deux chefs", "les homologues"),
             "en": ("the ministers", "the foreign ministers", "the leaders", "the two leaders",
                    "the counterparts")}

# A person's role, or the noun a demonym qualifies ("son homologue russe",
# "British Foreign Secretary"), that makes the actor a government (ISO3+GOV).
GOVERNMENT_WORDS = frozenset("""
ministre ministres ministère ministères président présidente présidence gouvernement
gouvernements chef cheffe diplomatie homologue homologues premier première roi reine
souverain monarque prince princesse émir sultan ambassadeur ambassadrice ambassade
autorités régime exécutif chancelier chancelière secrétaire porte-parole délégation
consul diplomate diplomates vice-premier chef-d'état cabinet parlement
minister ministers ministry president presidency government governments foreign
secretary counterpart prime king queen monarch emir sultan ambassador embassy
authorities administration chancellor official officials diplomat diplomats envoy
leader leaders spokesperson spokesman spokeswoman premier crown sovereign
police gendarmerie armée forces troupes militaires soldats garde-côtes douane douanes
junte junta régime regime putschistes
justice procureur parquet
army forces troops military soldiers coastguard customs prosecutors prosecutor
""".split())

# Words after which a noun phrase is not the object of the verb before it
# ("relations with Ecuador", « l'ambassadeur de France »), and words that
# open a new clause ("after", "who", « qui »): a subject may follow them.
NOT_OBJECT_BEFORE = frozenset("""
à au aux en de du des d depuis vers dans près sur avec pour par contre entre chez sans
sous selon après avant et ou mais que qu qui dont où lorsque quand alors tandis puisque
in at to from near into via of outside inside with for by against between among without
under over after before and or but that which who whom whose when while as because since
""".split())
# After these an actor is a partner ("cooperation with the United States",
# « les liens entre Pékin et Hanoï »), not a subject that follows its verb.
PARTNER_WORDS = frozenset("""
avec entre contre envers with between against toward towards
""".split())
# Verbs whose object does what follows ("invited Sissi to visit Turkey",
# « a exhorté l'ambassadeur à ... »): the object, not the subject, acts.
OBJECT_CONTROL = frozenset("""
invité invite invitent invitait appelé appelle appellent exhorté exhorte exhortent
encouragé encourage encouragent incité incite pressé presse autorisé autorise permis
demandé demande demandent prié prie convié convie
invited invites invite urged urges urge asked asks ask called calls encouraged
encourages pressed presses allowed allows authorised authorized permitted persuaded
convinced told tells begged requested requests
""".split())
# Between an object and the next trigger, these end the clause: what follows
# has its own subject ("met the Russian ambassador, who said").
CLAUSE_BREAKS = frozenset("""
qui que qu dont lequel laquelle lesquels lesquelles où mais
who which whose whom that where but
""".split())
# Before « à / de / in » and a capital, these nouns make it the capital's
# government, not a place (« la junte au pouvoir à Niamey », « les autorités
# de Bamako », "the government in Kabul"); IN_POWER may stand between.
RULER_WORDS = frozenset("""
junte régime pouvoir gouvernement autorités dirigeants responsables putschistes
junta regime government authorities rulers leadership officials leaders
""".split())
IN_POWER = frozenset({"au pouvoir", "in power"})
# Words opening a subordinate clause, whose subject is a new actor ("...
# after Ecuadorian police stormed the embassy and arrested", « après que »).
SUBORDINATORS = frozenset("""
after when while because since once until although though whereas
lorsque quand puisque tandis parce bien
""".split())
#: Role codes an entity table may use directly.
GOVERNMENT_ROLE_CODES = frozenset({"GOV", "HOS", "HOG", "FM", "MIN", "DIP", "LEG"})

# Before a capital's name these make it a place ("à Alger"), not the
# government speaking ("Alger a rejeté").
LOCATIVE_WORDS = frozenset("""
à au aux en de du des depuis vers dans près sur
in at to from near into via of outside inside
""".split())

# A country after a place named after one of these and a comma is the
# place's country, a venue, not an actor ("met in Ohrid, North Macedonia").
VENUE_WORDS = frozenset({"in", "at", "near", "outside", "à"})

# Words that join two coordinated subjects ("Bourita et Lavrov").
COORDINATION_WORDS = frozenset({"et", "and", "&"})
# CAMEO families of acts that coordinated third parties perform together toward
# others, not on each other: "Germany and France welcomed the outcome", "Japan
# and Australia voiced concern" (01 statements, 02 appeals, 051 praise, 10
# demands, 11 disapproval, 12 rejection, 13 threats, 14 protests; of 05 only
# 051 praise, not 057 an agreement).  When neither subject is of the article's
# main pair, each is a source.  Prefixes of CAMEO codes.
JOINT_SOURCE_CODES = ("01", "02", "051", "10", "11", "12", "13", "14")

#: Canonical roles (as the entity tables write them) that are not the
#: government: the military, the legislature, international organisations.
ROLE_SECTORS = {
    "general": "MIL", "marshal": "MIL", "admiral": "MIL", "chief of staff": "MIL",
    "member of parliament": "LEG", "senator": "LEG", "speaker": "LEG", "deputy": "LEG",
    "secretary-general": "", "director-general": "", "high representative": "",
    "european commissioner": "", "commissioner": "", "pope": "", "adviser": "",
}
