"""Abbreviations that end with a period without ending a sentence.

Lower-case, without the final period, as Punkt stores them.  Titles used in
press copy in front of names are the ones that matter most ("M. Bourita",
"Mme Lagarde", "Dr. Tedros"); the rest are common in both languages.
"""

TITLES_FR = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "st", "ste",
    "gén", "gal", "col", "cdt", "lt", "cpt", "sgt", "amb", "min", "prés", "pdt",
})

TITLES_EN = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sen", "rep", "gov", "gen",
    "col", "lt", "capt", "sgt", "amb", "hon", "rev", "jr", "sr", "pres", "sec",
    "adm", "maj", "brig", "cmdr", "cdr",
})

COMMON = frozenset({
    "etc", "cf", "ex", "p", "pp", "vol", "no", "nos", "n°", "art", "al", "av",
    "bd", "env", "fig", "tél", "tel", "approx", "vs", "inc", "ltd", "co", "corp",
    "dept", "est", "jan", "janv", "feb", "févr", "fév", "mar", "apr", "avr", "jun",
    "jul", "juil", "aug", "sept", "sep", "oct", "nov", "dec", "déc", "mio", "mrd",
    "mds", "md", "mn", "bn", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
})

ABBREVIATIONS = TITLES_FR | TITLES_EN | COMMON
