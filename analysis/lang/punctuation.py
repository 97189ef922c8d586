"""Characters and affixes the tokenizer must know about."""

# Apostrophes seen in wire copy: ASCII, typographic right quote, modifier letter.
APOSTROPHES = "'\u2019\u02bc"

# Hyphens that join compound words (Moyen-Orient, maroco-russes, a-t-il):
# ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen.  En and em dashes
# are *not* here: "Rabat – Foreign Minister" is a dateline dash, not a compound.
HYPHENS = "-\u2010\u2011"

# French elided forms, written without their apostrophe.  Longest first so the
# alternation prefers "jusqu" to "j" (regex alternation is ordered).
ELISIONS = (
    "quoiqu", "puisqu", "lorsqu", "presqu", "jusqu",
    "qu", "l", "d", "j", "m", "n", "s", "t", "c",
)

# Spaces that stay in the text (no-break and narrow no-break): French puts them
# before « : ; ! ? » and inside numbers ("10 000").
NO_BREAK_SPACES = "\u00a0\u202f\u2007"

# Ordinal suffixes after digits: 1er, 1re, 8e, 12e, 2ème, 21st, 2nd, 3rd, 4th.
ORDINAL_SUFFIXES = ("ère", "ème", "èmes", "er", "re", "res", "e", "es", "st", "nd", "rd", "th")
