"""Write ``notebooks/02_diplomatic_vocabulary.ipynb`` (clean, no outputs) with nbformat.

Run ``.venv/bin/python scripts/make_notebook_02.py`` after changing the cells
below; the notebook is committed as this script writes it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

OUT = Path(__file__).resolve().parents[1] / "notebooks" / "02_diplomatic_vocabulary.ipynb"

CELLS = [
    ("md", """# The language of the relationship: diplomatic vocabulary and tone

This notebook answers *what kind of diplomacy the articles describe* — talks and visits, praise,
signatures and partnership, or protest, sanctions and rupture — *between whom, and how its tone
changes over time*. It reads the annotated `terms` table (matches of the French and English
diplomatic lexicon, `analysis/data/lexicon.tsv`, each coded to CAMEO with its Goldstein weight
from `analysis/data/cameo.tsv`) and the `events` table (one row per coded event in a sentence,
with its source and target actors and its mode: actual, reported, planned or negated)."""),
    ("param", """DATA_DIR = None  # folder of articles; None: the bundled sample (data/raw)
LANGUAGE = None  # 'fr', 'en' or None for every article
DYAD = None  # a pair of countries such as "MAR-RUS" (ISO3, any order), or None for all
DATE_FROM = None  # first publication date kept, e.g. "2024-01-01", or None
DATE_TO = None  # last publication date kept, or None
TERM = "partenariat"  # term, category or word for the concordance
ENTITY = None  # entity whose neighbouring words are shown (name or ISO3); None: first country of the main pair"""),
    ("code", """import analysis
from analysis import notebook
from analysis.plots import vocabulary as vocabulary_plots
from analysis.vocabulary import cameo_table, stats

notebook.setup()
corpus = analysis.open_corpus(DATA_DIR)"""),
    ("md", """## The articles selected

The parameters above choose the articles (language, main pair of countries, publication dates);
every table below is restricted to them."""),
    ("code", """documents = stats.select_articles(corpus.documents, corpus.mentions, language=LANGUAGE,
                                  dyad=DYAD, date_from=DATE_FROM, date_to=DATE_TO)
chosen = corpus.terms['doc_id'].isin(documents['doc_id'])
terms = corpus.terms[chosen]
events = corpus.events[corpus.events['doc_id'].isin(documents['doc_id'])]
mentions = corpus.mentions[corpus.mentions['doc_id'].isin(documents['doc_id'])]
documents[['doc_id', 'language', 'published', 'source', 'n_tokens']]"""),
    ("md", """Sanity check: every term and event belongs to a selected article, its offsets point at its
text, and every CAMEO code is one of the reference table's."""),
    ("code", """assert set(terms['doc_id']) <= set(documents['doc_id'])
for doc_id, group in terms.groupby('doc_id'):
    text = corpus.document(doc_id).text
    assert all(text[s:e] == t for s, e, t in zip(group['start'], group['end'], group['text']))
assert set(terms['cameo']) | set(events['cameo']) <= set(cameo_table()['code'])
print(f"{len(documents)} articles, {len(terms)} terms, {len(events)} events")"""),
    ("md", """## Which kinds of diplomacy

Terms per category over the selection, per 1,000 tokens; green categories sit on the
cooperative side of the Goldstein scale, red ones on the conflictual side."""),
    ("code", """frequencies = stats.corpus_frequencies(terms, documents)
vocabulary_plots.category_bars(frequencies)"""),
    ("code", """frequencies"""),
    ("md", """The most frequent terms (lexicon headwords), with their CAMEO code."""),
    ("code", """stats.top_terms(terms, n=15)"""),
    ("md", """## Each article's vocabulary

One row per article, one column per category: where the vocabulary of cooperation and the
vocabulary of conflict concentrate."""),
    ("code", """matrix = stats.category_matrix(terms, documents)
vocabulary_plots.category_heatmap(matrix)"""),
    ("md", """## A term in context

Every occurrence of `TERM` (a headword, a category such as `signature`, or any word, matched by
its stem), with the words on each side."""),
    ("code", """kwic = stats.concordance(documents, terms, TERM)
notebook.show_html(vocabulary_plots.kwic_html(kwic))"""),
    ("md", """## Words that go together

Bigram collocations over the selected articles, stop words left out: Dunning's likelihood ratio
first (robust for rare pairs), then pointwise mutual information (which favours rare, exclusive
pairs)."""),
    ("code", """stats.collocations(documents, measure='likelihood', min_freq=2, top=15)"""),
    ("code", """stats.collocations(documents, measure='pmi', min_freq=2, top=15)"""),
    ("md", """And the words that stand within five words of one entity — `ENTITY`, or the first country of
the most reported pair."""),
    ("code", """dyads = stats.dyad_tone(events)
entity = ENTITY or (dyads['dyad'].iloc[0].split('-')[0] if len(dyads) else None)
print('entity:', entity)
stats.entity_collocates(documents, mentions, entity, window=5) if entity else None"""),
    ("md", """## Events and the tone of each article

Each coded event has a source and a target actor (`MARGOV` = Morocco's government, `RUS` = Russia)
and a mode. An article's tone is the mean Goldstein weight of its *actual* events — its news — from −10
(conflict) to +10 (cooperation); an article that only recalls the past is read from its
*reported* events. Planned and negated events did not happen and never count."""),
    ("code", """events[['doc_id', 'sent_id', 'cameo', 'goldstein', 'source', 'target', 'trigger', 'mode']].head(20)"""),
    ("code", """events['mode'].value_counts()"""),
    ("code", """tone = stats.article_tone(events, documents)
assert len(tone) == len(documents)  # one row per selected article, with or without events
vocabulary_plots.tone_by_article(tone)"""),
    ("md", """## Tone over time

Each article at its publication date, and the monthly mean."""),
    ("code", """periods = stats.tone_over_time(tone, freq='M')
vocabulary_plots.tone_over_time(tone, periods)"""),
    ("md", """## Tone by pair of countries

Events grouped by the pair of countries of their source and target (whatever the role)."""),
    ("code", """vocabulary_plots.dyad_tone_bars(dyads)"""),
    ("code", """dyads"""),
    ("md", """## What sets the conflictual articles apart

Keyness (Dunning's log-likelihood, 3.84 ≈ p < 0.05) of the lexicon's terms in the articles whose
tone is below the median, against the others; `key_for` says which group uses a term more."""),
    ("code", """lower_half = tone.loc[tone['tone'] < tone['tone'].median(), 'doc_id']
stats.keyness(terms, documents, lower_half, unit='term', min_freq=1, top=15)"""),
    ("md", """## Summary"""),
    ("finding", """print(stats.summary(terms, events, documents))"""),
]


def build() -> nbformat.NotebookNode:
    cells = []
    for kind, source in CELLS:
        if kind == "md":
            cells.append(new_markdown_cell(source))
        else:
            cell = new_code_cell(source)
            if kind == "param":
                cell.metadata["tags"] = ["parameters"]
            elif kind == "finding":
                cell.metadata["tags"] = ["finding"]
            cells.append(cell)
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python",
                                       "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


if __name__ == "__main__":
    nb = build()
    nbformat.validate(nb)
    nbformat.write(nb, OUT)
    print(f"wrote {OUT}")
