"""Words of the lines above an article's body: publication date, update, author, source.

Web pages and wire copy open with a title, then one or two short lines
("Publié le 20 décembre 2023 à 10h32 - Par RFI", "By Jane Doe, Reuters |
March 12, 2024", "*Kyodo News, May 8, 2023*") before the first paragraph.
:mod:`analysis.front_matter` reads these lines with the words below and the month
and weekday names of :mod:`analysis.lang.calendar`.  Every key is lower-case;
a phrase of several words is matched with any run of spaces between them.
"""

#: Words that open the publication date: "Publié le", "Published on".
PUBLISHED_LEADS = {
    "fr": ("publié le", "publié", "publiée le", "publiée", "mis en ligne le",
           "mis en ligne", "mise en ligne le", "paru le", "parution", "date de publication",
           "publication", "le"),
    "en": ("published on", "published", "first published on", "first published",
           "posted on", "posted", "released on", "dated", "on"),
}

#: Words that open the date of a later revision: "Mis à jour le", "Updated".
#: The publication date wins over it; alone it stands for the publication.
UPDATED_LEADS = {
    "fr": ("mis à jour le", "mis à jour", "mise à jour le", "mise à jour",
           "dernière mise à jour le", "dernière mise à jour", "modifié le", "modifié",
           "actualisé le", "actualisé"),
    "en": ("updated on", "updated", "last updated on", "last updated", "last modified on",
           "last modified", "modified on", "edited on"),
}

#: A revision told as a lapse of time: "Mis à jour il y a 2 heures", "Updated 3 hours ago".
AGO_BEFORE = {"fr": ("il y a",), "en": ()}
AGO_AFTER = {"fr": (), "en": ("ago",)}
AGO_UNITS = {
    "fr": ("seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h", "jour",
           "jours"),
    "en": ("second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
           "hrs", "day", "days"),
}

#: The reading time web pages print next to the date: "Lecture : 3 min", "4 min read".
READING_TIME_BEFORE = {"fr": ("lecture", "temps de lecture", "durée de lecture"),
                       "en": ("reading time", "read time")}
READING_TIME_AFTER = {"fr": ("de lecture",), "en": ("read",)}

#: Words before the author or the outlet: "Par RFI", "By Jane Doe, Reuters".
AUTHOR_LEADS = {"fr": ("par", "signé"), "en": ("by", "reporting by", "written by")}

#: Words before the outlet alone: "Source : AFP".
SOURCE_LEADS = {"fr": ("source", "sources"), "en": ("source", "sources")}

#: Words that join a wire agency to an outlet: "Par Le Figaro avec AFP".
AGENCY_JOINERS = {"fr": ("avec",), "en": ("with",)}

#: Words between two people of a byline ("By Jane Doe and John Roe").
NAME_JOINERS = {"fr": ("et",), "en": ("and",)}

#: Lower-case words allowed inside a capitalised name of a person or an outlet
#: ("Rio de Janeiro", "The Globe and Mail", "Omar bin Ali", "Le Monde").
NAME_PARTICLES = frozenset({
    "de", "du", "des", "la", "le", "les", "d'", "l'", "van", "von", "der", "den", "al",
    "el", "bin", "ben", "ibn", "da", "do", "dos", "di", "of", "the", "and", "y", "et",
})

#: Words before a time of day: "à 10h32", "at 10:32".
TIME_LEADS = {"fr": ("à", "a"), "en": ("at",)}

#: Abbreviated weekdays in web bylines ("Wed, March 12, 2024", "mer. 20 déc. 2023").
WEEKDAY_ABBREVIATIONS = {
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "en": ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
}

#: Acronyms of wire agencies and broadcasters that stand alone as a credit
#: ("AFP, 8 mai 2023"): an all-capital word before a date that is not one of
#: these is a place (a dateline on its own line: "WASHINGTON, March 5, 2024").
AGENCY_ACRONYMS = frozenset({
    "afp", "ap", "map", "aps", "rfi", "dpa", "efe", "ansa", "tass", "bbc", "cnn", "kcna",
    "irna", "pti", "upi", "ani", "mena", "wam", "spa", "qna", "kuna", "aa", "apa", "ats",
    "belga", "pap", "ctk", "ips", "ian", "bna", "jna", "pana", "acp", "sana", "nhk", "kbs",
    "abc", "cbc", "npr", "rtbf", "rts", "tf1", "lci", "vna", "aip",
})

#: Time zones after a time of day ("10:32 GMT", "10h32 (UTC+1)").
TIME_ZONES = frozenset({
    "gmt", "utc", "cet", "cest", "bst", "wet", "west", "eet", "eest", "msk", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "jst", "kst", "ist", "hkt",
    "sgt", "aest", "aedt", "wat", "cat", "eat", "sast", "wib", "ict", "pkt", "gst",
})
