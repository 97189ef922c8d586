"""Calendar words for the temporal tagger (French and English), as data.

Every key is lower-case (the tagger scans ``Document.lower``).  Accented and
unaccented spellings are both listed because wire copy drops accents in
headlines and transliterations ("aout", "fevrier", "decembre").  The rules
that use these tables follow HeidelTime's French and English resources
(Strötgen & Gertz, *HeidelTime*, 2013; ``../shared/REFERENCE.md`` §2); the
words themselves are ordinary calendar vocabulary.
"""

#: Full month names → month number.  A bare month ("en mars") is only read
#: after a word of :data:`LEAD_WORDS`, so "Mars" the planet or "may" the
#: modal verb are not months by themselves (English months must also be
#: capitalised in the text).
MONTHS = {
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
        "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
        "novembre": 11, "décembre": 12, "decembre": 12,
    },
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
        "december": 12,
    },
}

#: Abbreviated months → month number.  Read only with their period
#: ("sept. 2016") or right after a day number ("16 oct 2025"): "sept" alone
#: is the French number seven, "Jan" an English first name.
MONTH_ABBREVIATIONS = {
    "fr": {
        "janv": 1, "jan": 1, "févr": 2, "fév": 2, "fevr": 2, "fev": 2, "avr": 4,
        "juil": 7, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
    },
    "en": {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    },
}

#: Weekday names → ``datetime.date.weekday()`` (Monday = 0).
WEEKDAYS = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
           "samedi": 5, "dimanche": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6},
}

#: Words before or after a weekday that fix its direction: -1 the last one
#: strictly before publication ("mardi dernier", "last Tuesday"), +1 the next
#: one strictly after ("mardi prochain", "next Tuesday"), 0 decided by tense.
WEEKDAY_MODIFIERS_BEFORE = {
    "fr": {"ce": 0},
    "en": {"last": -1, "next": 1, "this": 0, "this coming": 1},
}
WEEKDAY_MODIFIERS_AFTER = {
    "fr": {"dernier": -1, "passé": -1, "prochain": 1},
    "en": {},
}

#: Words before an English month that fix its year: "last September" is the
#: latest September strictly before publication, "next March" the first one
#: after it, "this May" the one of the publication year.  (French puts them
#: after the month, « septembre dernier », read as a past clause.)
MONTH_MODIFIERS_BEFORE = {
    "fr": {},
    "en": {"last": -1, "next": 1, "this": 0, "this past": -1, "this coming": 1},
}

#: Day numbers written as words (ordinal suffixes after digits are in
#: :data:`DAY_SUFFIXES`): "le premier mars", "the first of March".
DAY_WORDS = {
    "fr": {"premier": 1},
    "en": {"first": 1},
}

#: Suffixes a day number may carry: "1er mars", "2e", "21st", "3rd".
DAY_SUFFIXES = {
    "fr": ("er", "re", "ème", "e"),
    "en": ("st", "nd", "rd", "th"),
}

#: Deictic expressions → (unit, offset from the publication date).
#: Units: day, week (the Monday of that week), month, year.
RELATIVE_EXPRESSIONS = {
    "fr": {
        "aujourd'hui": ("day", 0), "ce matin": ("day", 0), "ce soir": ("day", 0),
        "cet après-midi": ("day", 0), "hier": ("day", -1), "avant-hier": ("day", -2),
        "demain": ("day", 1), "après-demain": ("day", 2),
        "cette semaine": ("week", 0), "la semaine dernière": ("week", -1),
        "la semaine passée": ("week", -1), "la semaine prochaine": ("week", 1),
        "ce mois-ci": ("month", 0), "le mois dernier": ("month", -1),
        "le mois passé": ("month", -1), "le mois prochain": ("month", 1),
        "cette année": ("year", 0), "l'année en cours": ("year", 0),
        "l'an dernier": ("year", -1), "l'année dernière": ("year", -1),
        "l'an passé": ("year", -1), "l'année passée": ("year", -1),
        "l'année écoulée": ("year", -1),
        "l'an prochain": ("year", 1), "l'année prochaine": ("year", 1),
    },
    "en": {
        "today": ("day", 0), "this morning": ("day", 0), "tonight": ("day", 0),
        "this evening": ("day", 0), "this afternoon": ("day", 0),
        "yesterday": ("day", -1), "the day before yesterday": ("day", -2),
        "tomorrow": ("day", 1), "the day after tomorrow": ("day", 2),
        "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
        "earlier this week": ("week", 0), "later this week": ("week", 0),
        "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
        "earlier this month": ("month", 0), "later this month": ("month", 0),
        "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
        "earlier this year": ("year", 0), "later this year": ("year", 0),
    },
}

#: Expressions anchored to the last date written before them, not to the
#: publication date (HeidelTime's narrative reference: "in July 2019 … the
#: following month" → ``2019-08``) → (unit, offset).  Without a date before
#: them they are left unresolved.  "the next year" after "in", "over",
#: "within" … is a span from publication (:data:`ANAPHORIC_SPAN_BEFORE`).
ANAPHORIC_EXPRESSIONS = {
    "fr": {
        "le lendemain": ("day", 1), "le même jour": ("day", 0),
        "la semaine suivante": ("week", 1), "la semaine précédente": ("week", -1),
        "le mois suivant": ("month", 1), "le mois précédent": ("month", -1),
        "le même mois": ("month", 0),
        "l'année suivante": ("year", 1), "l'an suivant": ("year", 1),
        "l'année précédente": ("year", -1), "la même année": ("year", 0),
        "cette année-là": ("year", 0),
    },
    "en": {
        "the next day": ("day", 1), "the following day": ("day", 1),
        "the previous day": ("day", -1), "the same day": ("day", 0),
        "the following week": ("week", 1), "the previous week": ("week", -1),
        "the following month": ("month", 1), "the next month": ("month", 1),
        "the previous month": ("month", -1), "the same month": ("month", 0),
        "the following year": ("year", 1), "the next year": ("year", 1),
        "the previous year": ("year", -1), "the same year": ("year", 0),
        "that year": ("year", 0), "that same year": ("year", 0),
    },
}
#: Words before "the next …" that make it a span from publication ("over the
#: next year", "in the next month"): read as "next year", "next month".
ANAPHORIC_SPAN_BEFORE = {"fr": (), "en": ("in", "over", "within", "during", "for", "throughout")}
#: "deux ans plus tard", "three months later", "un an après,": a count of units
#: after (+) or before (-) the last date written.  Words of
#: :data:`LATER_CLOSING` count only before a punctuation mark ("trois mois
#: après, …", "two years on, …"; not "trois mois après la signature", anchored
#: to an event).
LATER_AFTER = {"fr": ("plus tard",), "en": ("later",)}
EARLIER_AFTER = {"fr": ("plus tôt", "auparavant"), "en": ("earlier",)}
LATER_CLOSING = {"fr": ("après",), "en": ("after", "on")}
EARLIER_CLOSING = {"fr": ("avant",), "en": ("before",)}

#: "il y a deux ans", "three weeks ago", "dans deux mois": counts and units.
NUMBER_WORDS = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
           "quinze": 15, "vingt": 20, "trente": 30},
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
           "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30},
}
UNITS = {
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week",
           "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year"},
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year"},
}
#: Phrases before (``ago_before``) or after (``ago_after``) "N units" that make it
#: a point in the past; ``in_before`` a point in the future.
AGO_BEFORE = {"fr": ("il y a",), "en": ()}
AGO_AFTER = {"fr": (), "en": ("ago",)}
IN_BEFORE = {"fr": ("dans",), "en": ()}

#: Part-of-period modifiers → HeidelTime's ``mod`` (START, MID, END).  They
#: stay in the expression's text ("fin juillet", "mi-juin", "early March");
#: the preposition before them does not ("à la mi-juin" → "mi-juin").
PART_MODIFIERS = {
    "fr": {"fin": "END", "fin de": "END", "fin d'": "END", "la fin de": "END",
           "la fin d'": "END", "début": "START", "début de": "START", "début d'": "START",
           "le début de": "START", "le début d'": "START", "mi-": "MID", "mi": "MID",
           "courant": "MID", "le milieu de": "MID", "milieu de": "MID"},
    "en": {"early": "START", "early in": "START", "the beginning of": "START",
           "the start of": "START", "late": "END", "the end of": "END", "end of": "END",
           "end-": "END", "mid-": "MID", "mid": "MID", "the middle of": "MID"},
}
#: "l'année", "the year" … after a part modifier: the current period.
CURRENT_PERIOD = {
    "fr": {"l'année": "year", "l'an": "year", "l'année en cours": "year",
           "cette année": "year", "ce mois": "month", "mois": "month", "année": "year"},
    "en": {"the year": "year", "this year": "year", "the month": "month",
           "this month": "month", "year": "year"},
}

#: Ordinals for halves and quarters; -1 is the last one.
PERIOD_ORDINALS = {
    "fr": {"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "2e": 2, "2ème": 2,
           "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
           "dernier": -1},
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
           "fourth": 4, "4th": 4, "last": -1},
}
#: Period nouns → (precision, months in the period).
PERIOD_NOUNS = {
    "fr": {"semestre": ("half", 6), "trimestre": ("quarter", 3)},
    "en": {"half": ("half", 6), "quarter": ("quarter", 3)},
}

#: Seasons → TIMEX3 season code (SP, SU, FA, WI); a season is written with a
#: modifier ("au printemps dernier", "last spring", "cet été") or a year
#: ("à l'automne 2020", "the autumn of 2020"), never alone ("a été", "the fall of").
SEASONS = {
    "fr": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "en": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
}
#: First month of each season (TIMEX3 winter ``2022-WI`` starts in December 2022).
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Words before a season → direction from publication (-1 last, 0 this, +1 next).
SEASON_MODIFIERS_BEFORE = {
    "fr": {"ce": 0, "cet": 0},
    "en": {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
           "this": 0},
}
#: Season words that are also other words ("a été dernier" is a past participle,
#: "prices fall 20%" a verb): a season only after one of these words.
SEASON_AFTER_ONLY = {
    "fr": {"été": ("l'", "cet", "en", "d'", "de l'", "à l'", "pendant l'", "depuis l'", "durant l'")},
    "en": {"fall": ("the", "in", "last", "next", "this", "past", "coming", "by", "since", "until",
                    "during", "early", "late", "mid", "of")},
}
#: Words after a season → direction from publication.
SEASON_MODIFIERS_AFTER = {
    "fr": {"dernier": -1, "passé": -1, "prochain": 1},
    "en": {},
}

#: Words that license a bare month or bare year as a date ("en 2015",
#: "since 2012", "depuis mars").  Without one, "2000 personnes" is a count.
LEAD_WORDS = {
    "fr": ("en", "depuis", "dès", "jusqu'en", "jusqu'à", "jusqu'au", "avant",
           "après", "vers", "pendant", "durant", "courant", "d'ici", "au mois de",
           "le mois de", "du mois de", "depuis le mois de", "en l'an", "l'année",
           "de", "d'", "puis", "ou", "et"),
    "en": ("in", "since", "by", "until", "till", "from", "before", "after", "during",
           "throughout", "around", "circa", "as of", "in the year", "the year",
           "in the month of", "of", "and", "or", "then"),
}
#: Lead words that need a date before them already (lists: "en 2002 et 2016").
LIST_LEAD_WORDS = frozenset({"et", "ou", "puis", "and", "or", "then"})
#: Lead words after which a year may be a quantity ("plus de 2000 touristes"):
#: accepted only when the word before is not in :data:`QUANTITY_WORDS`.
WEAK_LEAD_WORDS = frozenset({"de", "d'", "of"})
#: Units after a number that make it a quantity ("de 2000 km", "of 2030 MW").
QUANTITY_UNITS = frozenset({
    "km", "kg", "mw", "gw", "kw", "ha", "t", "m", "dh", "mad", "usd", "eur", "dollars",
    "euros", "dirhams", "tonnes", "tons", "mètres", "metres", "meters",
})
QUANTITY_WORDS = frozenset({
    "plus", "moins", "près", "environ", "quelque", "autour", "hausse", "baisse",
    "total", "nombre", "million", "millions", "milliers", "over", "than", "about",
    "nearly", "almost", "some", "total", "number", "thousands", "rise", "fall",
})

#: Lead words that fix the tense of a date without a year: "depuis le 1er janvier"
#: is behind the publication date, "d'ici mars" ahead of it.
LEAD_TENSE = {
    "depuis": "past", "since": "past", "d'ici": "future", "jusqu'à": None,
}

#: Lead words that make a date a bound, not the date of an event ("avant la fin
#: de l'année", "by 2030", "d'ici 2030"): milestones skip these.
BOUND_WORDS = {
    "fr": ("avant", "d'ici", "jusqu'à", "jusqu'au", "jusqu'en", "au plus tard"),
    "en": ("before", "by", "until", "till", "no later than", "ahead of"),
}

#: Words before an English year used as a modifier ("the 2030 World Cup",
#: "Morocco's 2007 autonomy plan"): the date of the thing named.
YEAR_MODIFIER_BEFORE = {"fr": (), "en": ("the", "'s", "a", "its", "their", "this")}

#: Range connectors: "du 28 au 30", "from 28 to 30", "28-30".
RANGE_FROM = {"fr": ("du", "de", "entre le", "entre"), "en": ("from", "between", "from the")}
RANGE_TO = {"fr": ("au", "à", "et le", "et"), "en": ("to", "and", "through", "until", "till")}
#: "les 28 et 29 octobre", "on 28 and 29 October": two days, one range.
DAY_PAIR = {"fr": ("les",), "en": ("on",)}

#: Decades: "les années 1990", "the 1990s".
DECADE_WORDS = {"fr": ("les années", "années"), "en": ("the",)}

# --- Tense: the verb nearest to an expression decides past or future. ---

#: Words that put a clause in the future (or mark a plan).
FUTURE_CUES = {
    "fr": frozenset({
        "doit", "doivent", "devra", "devront", "devrait", "devraient", "va", "vont",
        "compte", "comptent", "prévoit", "prévoient", "prévu", "prévue", "prévus",
        "prévues", "envisage", "envisagent", "s'apprête", "s'apprêtent", "attendu",
        "attendue", "attendus", "programmé", "programmée", "prochain", "prochaine",
        "prochainement", "pourrait", "pourraient", "entend", "entendent",
        "rendrait", "effectuerait", "tiendrait", "participerait", "ira", "iront",
        "censé", "censée", "censés", "censées",
    }),
    "en": frozenset({
        "will", "shall", "'ll", "would", "upcoming", "next", "planned", "scheduled",
        "expected", "intends", "forthcoming",
    }),
}
#: Words that mark a plan when "to" follows them: "is due to call on Thursday",
#: "is set to", "plans to", "is to visit".  After "was" or "were" they do not
#: ("was due to meet"): the search goes on to the past auxiliary.
FUTURE_BEFORE_TO = {
    "fr": frozenset(),
    "en": frozenset({
        "due", "set", "slated", "poised", "scheduled", "expected", "planned", "plans", "plan",
        "planning", "intends", "intend", "aims", "aim", "hopes", "hope", "going", "is", "are",
        "about", "prepares", "prepare", "preparing", "vows", "pledges", "promises",
    }),
}
#: Words that schedule the date after "for" ("elections called for April 23",
#: "talks scheduled for Monday", « convoqués pour le 12 mai »): a plan, unless
#: "was" or "were" comes before them.
FUTURE_BEFORE_FOR = {
    "fr": frozenset({"convoqué", "convoquée", "convoqués", "convoquées", "fixé", "fixée", "fixés",
                     "fixées", "programmé", "programmée", "programmés", "programmées"}),
    "en": frozenset({"called", "scheduled", "set", "slated", "planned", "fixed", "pencilled",
                     "penciled", "earmarked", "rescheduled"}),
}
#: Auxiliaries before those words that keep the clause in the past.
PAST_BEFORE_TO = frozenset({"was", "were", "had", "been"})
#: French future endings ("se rendra", "effectueront") on lower-case words.
#: (suffix, shortest word): "sera" (4), "seront" (6) — "front" is too short.
FUTURE_SUFFIXES = {"fr": (("ra", 4), ("ront", 6)), "en": ()}
#: Lower-case words with those endings that are not verbs.
NOT_FUTURE = frozenset({
    "caméra", "opéra", "extra", "ultra", "choléra", "cobra", "mantra", "sutra",
    "zébra", "lira", "tiara", "sierra", "affront", "affronts", "contra", "hydra",
    "agora", "flora", "para", "mascara", "séra", "tantra", "véra",
})
#: Words that put a clause in the past.
PAST_CUES = {
    "fr": frozenset({
        "a", "ont", "avait", "avaient", "eut", "eurent", "fut", "furent", "était",
        "étaient", "s'est", "se sont", "avons", "dernier", "dernière", "derniers",
        "dernières", "passé", "passée", "écoulé", "écoulée", "hier",
    }),
    "en": frozenset({
        "was", "were", "had", "did", "has", "ago", "last", "earlier", "previous",
        "yesterday",
        # irregular preterites common in diplomatic copy (regular ones end in -ed)
        "met", "held", "said", "made", "paid", "took", "went", "came", "told", "gave",
        "saw", "led", "spoke", "wrote", "began", "sent", "left", "brought", "thought",
        "found", "kept", "stood", "won", "lost", "broke", "chose", "flew", "knew",
        "rose", "became", "struck", "sought", "fought", "bought", "meant", "heard",
        "drew", "forged", "signed", "withdrew", "cut",
        # -eed preterites (the -ed rule skips "need", "proceed", "exceed" …)
        "agreed", "freed", "decreed", "guaranteed", "refereed",
    }),
}
#: English past participles and preterites end in -ed; these do not.
NOT_PAST = frozenset({
    "indeed", "need", "speed", "seed", "feed", "proceed", "exceed", "succeed",
    "hundred", "sacred", "kindred", "hatred", "naked", "wicked", "red", "bed",
    "shed", "breed", "creed", "greed", "weed", "embed", "united",
})
