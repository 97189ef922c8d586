"""Entity tables for notebook 01: who and what the coverage names, and how often.

Every function takes the ``mentions`` table of a :class:`analysis.corpus.Corpus`
(columns of ``schema.MENTIONS``) and returns a small DataFrame or a sentence.
Counts are of *body* mentions by name or demonym unless said otherwise:
title-only references ("le Royaume", "le Souverain") are shown apart.

>>> import pandas as pd
>>> from analysis.schema import MENTIONS
>>> m = pd.DataFrame([("a", 0, 0, 5, "Maroc", "COUNTRY", "MAR", "Morocco", "MAR", "name", None),
...                   ("a", 0, 9, 14, "russe", "COUNTRY", "RUS", "Russia", "RUS", "demonym", None),
...                   ("a", 1, 20, 26, "Russie", "COUNTRY", "RUS", "Russia", "RUS", "name", None)],
...                  columns=list(MENTIONS))
>>> entity_frequency(m)[["name", "mentions", "articles"]].values.tolist()
[['Russia', 2, 1], ['Morocco', 1, 1]]
>>> cooccurrence(m)[["source_name", "target_name", "sentences"]].values.tolist()
[['Morocco', 'Russia', 1]]
"""

from __future__ import annotations

import pandas as pd

__all__ = ["body_mentions", "entity_frequency", "country_forms", "people_table", "cooccurrence",
           "for_language", "describe_entities"]

BODY_FORMS = ("name", "demonym")


def body_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions by name or demonym (title references left out)."""
    return mentions[mentions["form"].isin(BODY_FORMS) & mentions["entity_id"].notna()]


def for_language(mentions: pd.DataFrame, documents: pd.DataFrame, language: str | None) -> pd.DataFrame:
    """The mentions of the articles in ``language`` (all of them when ``language`` is None)."""
    if language is None:
        return mentions
    keep = set(documents.loc[documents["language"] == language, "doc_id"])
    return mentions[mentions["doc_id"].isin(keep)]


def entity_frequency(mentions: pd.DataFrame, *, label: str | None = None, top_n: int | None = None) -> pd.DataFrame:
    """Entities by number of body mentions: label, entity_id, name, mentions, articles."""
    body = body_mentions(mentions)
    if label is not None:
        body = body[body["label"] == label]
    if body.empty:
        return pd.DataFrame(columns=["label", "entity_id", "name", "mentions", "articles"])
    table = (body.groupby(["label", "entity_id"], sort=False)
             .agg(name=("name", "first"), mentions=("text", "size"), articles=("doc_id", "nunique"))
             .reset_index()
             .sort_values(["mentions", "articles", "name"], ascending=[False, False, True], kind="stable"))
    if top_n is not None:
        table = table.groupby("label", sort=False).head(top_n)
    return table.reset_index(drop=True)


def country_forms(mentions: pd.DataFrame) -> pd.DataFrame:
    """Each country's mentions per article by form: name, demonym, title, and capital
    (its capital city named, often standing for its government: "Rabat a réaffirmé")."""
    from .entities import load_gazetteer

    capitals = {v: k for k, v in load_gazetteer().capitals.items()}
    countries = mentions[mentions["label"] == "COUNTRY"][["doc_id", "entity_id", "form"]]
    places = mentions[(mentions["label"] == "PLACE") & mentions["entity_id"].isin(capitals)]
    capital_rows = pd.DataFrame({"doc_id": places["doc_id"].to_numpy(),
                                 "entity_id": places["entity_id"].map(capitals).to_numpy(),
                                 "form": "capital"})
    rows = pd.concat([countries, capital_rows], ignore_index=True)
    if rows.empty:
        return pd.DataFrame(columns=["doc_id", "country", "name", "demonym", "title", "capital", "total"])
    table = rows.pivot_table(index=["doc_id", "entity_id"], columns="form", aggfunc="size", fill_value=0)
    for form in ("name", "demonym", "title", "capital"):
        if form not in table.columns:
            table[form] = 0
    table = table[["name", "demonym", "title", "capital"]].reset_index().rename(columns={"entity_id": "country"})
    table.columns.name = None
    table["total"] = table["name"] + table["demonym"]
    return table.sort_values(["doc_id", "total"], ascending=[True, False], kind="stable").reset_index(drop=True)


def people_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per person: name, role, country, name mentions, title references, articles."""
    persons = mentions[(mentions["label"] == "PERSON") & mentions["entity_id"].notna()]
    if persons.empty:
        return pd.DataFrame(columns=["entity_id", "name", "role", "country", "mentions", "titles", "articles"])

    def most_common(values: pd.Series):
        values = values.dropna()
        return values.mode().iloc[0] if len(values) else None

    table = persons.groupby("entity_id", sort=False).agg(
        name=("name", "first"), role=("role", most_common), country=("country", most_common),
        mentions=("form", lambda f: int((f == "name").sum())),
        titles=("form", lambda f: int((f == "title").sum())),
        articles=("doc_id", "nunique")).reset_index()
    return table.sort_values(["mentions", "articles", "name"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


def cooccurrence(mentions: pd.DataFrame, *, labels=("PERSON", "COUNTRY", "ORG", "AGREEMENT"),
                 min_sentences: int = 1) -> pd.DataFrame:
    """Pairs of entities named in the same sentence: source, target, names, labels, sentences."""
    body = body_mentions(mentions)
    body = body[body["label"].isin(labels)][["doc_id", "sent_id", "entity_id", "name", "label"]]
    body = body.drop_duplicates(["doc_id", "sent_id", "entity_id"])
    pairs = body.merge(body, on=["doc_id", "sent_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["entity_id_a"] < pairs["entity_id_b"]]
    columns = ["source", "target", "source_name", "target_name", "source_label", "target_label", "sentences"]
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    edges = (pairs.groupby(["entity_id_a", "entity_id_b"], sort=False)
             .agg(source_name=("name_a", "first"), target_name=("name_b", "first"),
                  source_label=("label_a", "first"), target_label=("label_b", "first"),
                  sentences=("sent_id", "size"))
             .reset_index().rename(columns={"entity_id_a": "source", "entity_id_b": "target"}))
    edges = edges[edges["sentences"] >= min_sentences]
    return edges.sort_values(["sentences", "source_name"], ascending=[False, True], kind="stable")[columns] \
        .reset_index(drop=True)


def describe_entities(mentions: pd.DataFrame) -> str:
    """A sentence or two stating the main findings (for the notebook's summary)."""
    freq = entity_frequency(mentions)
    if freq.empty:
        return "No entity was found in these articles."
    n_articles = mentions["doc_id"].nunique()
    parts = [f"Across {n_articles} article{'s' if n_articles != 1 else ''}, "
             f"{len(body_mentions(mentions))} body mentions name {len(freq)} distinct entities."]
    for label, one, many in (("COUNTRY", "country", "countries"), ("PERSON", "person", "people"),
                             ("ORG", "organisation", "organisations")):
        top = freq[freq["label"] == label].head(2)
        if len(top):
            named = " and ".join(f"{r.name} ({_count(r.mentions, 'mention')} in {_count(r.articles, 'article')})"
                                 for r in top.itertuples())
            parts.append(f"The most named {many + ' are' if len(top) > 1 else one + ' is'} {named}.")
    countries = mentions[mentions["label"] == "COUNTRY"]
    if len(countries):
        share = (countries["form"] == "demonym").mean()
        parts.append(f"{share:.0%} of country mentions are demonyms or compounds (russe, maroco-), "
                     "which a name-only count would miss.")
    return " ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
