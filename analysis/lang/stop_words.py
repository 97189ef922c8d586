"""Stop words for French and English, kept here because NLTK's lists need a
download (``../shared/REFERENCE.md`` §4).  Lower-case; elided forms are given
both without their apostrophe (as the tokenizer yields "l'" → "l'") and bare.

Negations ("pas", "ne", "not", "no") are in the lists: they are function words
for collocations and keyness, and the event coder reads negation from the text
itself, not from these lists.
"""

STOP_WORDS_FR = frozenset("""
a à afin ai aie aient aies ait alors as au aucun aucune auquel aura aurai auraient
aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux
auxquelles auxquels avaient avais avait avant avec avez aviez avions avoir avons
ayant ayez ayons c c' ça car ce ceci cela celle celles celui cependant ces cet
cette ceux chacun chacune chaque chez ci comme comment d d' dans de des desquelles
desquels dès donc dont du duquel durant elle elles en encore entre es est et étaient
étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus eusse
eussent eusses eussiez eussions eut eût eux fait faites fois furent fus fusse
fussent fusses fussiez fussions fut fût ici il ils j j' je jusqu jusqu' l l' la
laquelle le lequel les lesquelles lesquels leur leurs lors lorsqu lorsqu' lui m m'
ma mais me même mêmes mes moi mon n n' ne ni nos notre nous on ont ou où par parce
pas pendant peu peut plus pour pourquoi puis puisqu puisqu' qu qu' quand que quel
quelle quelles quels qui quoi s s' sa sans se sera serai seraient serais serait
seras serez seriez serions serons seront ses si sien sienne siennes siens soi soient
sois soit sommes son sont sous soyez soyons suis sur t t' ta te tes toi ton tous
tout toute toutes très tu un une unes uns vers via vos votre vous y
ainsi aussi bien déjà également enfin ensuite jamais non notamment outre plusieurs
selon tandis toujours toutefois tel telle telles tels lequel celle-ci celui-ci
ceux-ci cela ceci voire dont afin lors lorsque puisque quoique
""".split())

STOP_WORDS_EN = frozenset("""
a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves also s 's ’s may might must shall upon
whose within without yet however although though since via per among amid across
""".split())

STOP_WORDS = {"fr": STOP_WORDS_FR, "en": STOP_WORDS_EN}
