"""Entity mentions scored against ``gold.json`` (see its ``_doc`` for what counts).

Per article, by counts (a mention found twice counts twice):

- **countries**: COUNTRY mentions in the body by name or demonym
  (``form in ("name", "demonym")``; titles such as "le Royaume" do not count),
  counted per ISO3 and compared with the gold counts: true positives are
  ``min(predicted, gold)`` per country;
- **persons**: PERSON name mentions (``form == "name"``) counted per canonical
  person; a gold name matches a predicted person when their transliteration
  keys agree (:func:`analysis.entities.name_key`), directly or through the
  actors table ("Sergueï Lavrov" → ``sergey-lavrov``);
- **affiliation**: for each gold person found, whether the predicted country
  (the most frequent over its mentions) is the gold ISO3;
- **places / orgs recall**: a gold string is found when a PLACE (ORG or
  AGREEMENT) mention contains it or is contained in it, accents and case aside.

Headline figures are micro-averages over the articles.
:func:`score_spacy` scores spaCy's ``fr_core_news_sm`` on the same gold when it
is installed (``requirements-bench.txt``): its PER/LOC/ORG spans, mapped to
people and countries by the same keys, with no coreference and no demonyms.

>>> import pandas as pd
>>> from analysis.schema import MENTIONS
>>> rows = [("a", 0, 0, 5, "Maroc", "COUNTRY", "MAR", "Morocco", "MAR", "name", None),
...         ("a", 0, 9, 14, "russe", "COUNTRY", "RUS", "Russia", "RUS", "demonym", None),
...         ("a", 0, 20, 26, "Lavrov", "PERSON", "sergey-lavrov", "Sergey Lavrov", "RUS", "name", "foreign minister")]
>>> class C: mentions = pd.DataFrame(rows, columns=list(MENTIONS))
>>> gold = {"a": {"countries": {"MAR": 1, "RUS": 2}, "persons": [["Sergueï Lavrov", "RUS", 1]],
...               "places": [], "orgs": []}}
>>> per_article, headline = score(C(), gold)
>>> headline["country_f1"], headline["person_f1"], headline["affiliation"]
(0.8, 1.0, 1.0)
"""

from __future__ import annotations

from collections import Counter

from ..entities.keys import fold, name_key

__all__ = ["score", "score_spacy", "count_scores", "match_gold_person"]


def count_scores(predicted: Counter, gold: Counter) -> tuple[int, int, int]:
    """``(tp, fp, fn)`` of two count tables (a key found twice counts twice)."""
    tp = sum(min(predicted[k], gold[k]) for k in gold)
    return tp, sum(predicted.values()) - tp, sum(gold.values()) - tp


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp or fp or fn else 1.0


def match_gold_person(gold_name: str, entities: dict[str, str]) -> str | None:
    """The predicted ``entity_id`` a gold person's name stands for (``entities``: id → name)."""
    from ..entities import load_gazetteer

    key = name_key(gold_name)
    actor = load_gazetteer().actor_by_key.get(key)
    if actor in entities:
        return actor
    for entity_id, name in entities.items():
        if name_key(name) == key:
            return entity_id
    return None


def _found(needle: str, texts: list[str]) -> bool:
    n = fold(needle)
    return any(n in t or (t and t in n and len(t) >= 4) for t in texts)


def _score_article(doc_id: str, annotation: dict, mentions) -> dict:
    body = mentions[mentions["form"].isin(["name", "demonym"])]
    countries = Counter(body.loc[body["label"] == "COUNTRY", "entity_id"].tolist())
    gold_countries = Counter({k: int(v) for k, v in annotation.get("countries", {}).items()})
    c_tp, c_fp, c_fn = count_scores(countries, gold_countries)

    persons = mentions[(mentions["label"] == "PERSON") & (mentions["form"] == "name")]
    predicted = Counter(persons["entity_id"].tolist())
    names = dict(zip(persons["entity_id"], persons["name"]))
    affiliation = {eid: Counter(group.dropna().tolist()).most_common(1)[0][0] if group.notna().any() else None
                   for eid, group in persons.groupby("entity_id")["country"]}
    gold_persons: Counter = Counter()
    matched_counts: Counter = Counter()
    affiliated, checked, missing = 0, 0, []
    for name, iso3, count in annotation.get("persons", []):
        entity_id = match_gold_person(name, names)
        if entity_id is None:
            missing.append(name)
            gold_persons[("missing", name)] += int(count)
            continue
        gold_persons[entity_id] += int(count)
        matched_counts[entity_id] = predicted[entity_id]
        checked += 1
        affiliated += affiliation.get(entity_id) == iso3
    p_tp, p_fp, p_fn = count_scores(predicted, gold_persons)

    place_texts = [fold(t) for t in mentions.loc[mentions["label"] == "PLACE", "text"]]
    org_texts = [fold(t) for t in mentions.loc[mentions["label"].isin(["ORG", "AGREEMENT"]), "text"]]
    places = annotation.get("places", [])
    orgs = annotation.get("orgs", [])
    places_found = [p for p in places if _found(p, place_texts)]
    orgs_found = [o for o in orgs if _found(o, org_texts)]
    return {
        "doc_id": doc_id,
        "country_tp": c_tp, "country_fp": c_fp, "country_fn": c_fn,
        "country_f1": _f1(c_tp, c_fp, c_fn),
        "person_tp": p_tp, "person_fp": p_fp, "person_fn": p_fn,
        "person_f1": _f1(p_tp, p_fp, p_fn),
        "affiliated": affiliated, "persons_checked": checked,
        "places_found": len(places_found), "places": len(places),
        "orgs_found": len(orgs_found), "orgs": len(orgs),
        "country_errors": {k: countries[k] - gold_countries[k]
                           for k in set(countries) | set(gold_countries) if countries[k] != gold_countries[k]},
        "persons_missing": missing,
        "places_missing": [p for p in places if p not in places_found],
        "orgs_missing": [o for o in orgs if o not in orgs_found],
    }


def _headline(frame) -> dict:
    def ratio(a, b):
        total = frame[b].sum()
        return float(frame[a].sum() / total) if total else 1.0

    c = frame[["country_tp", "country_fp", "country_fn"]].sum()
    p = frame[["person_tp", "person_fp", "person_fn"]].sum()
    return {
        "person_f1": _f1(*map(int, p)),
        "country_f1": _f1(*map(int, c)),
        "affiliation": ratio("affiliated", "persons_checked"),
        "places_recall": ratio("places_found", "places"),
        "orgs_recall": ratio("orgs_found", "orgs"),
        "articles": int(len(frame)),
    }


def score(corpus, gold: dict):
    """``(per-article DataFrame, headline dict)`` for the mentions of ``corpus``.

    ``corpus`` is a :class:`analysis.corpus.Corpus` (or anything with a
    ``mentions`` table in ``schema.MENTIONS`` columns).
    """
    import pandas as pd

    mentions = corpus.mentions
    rows = [_score_article(doc_id, annotation, mentions[mentions["doc_id"] == doc_id])
            for doc_id, annotation in gold.items() if not doc_id.startswith("_")]
    frame = pd.DataFrame(rows)
    return frame, _headline(frame)


# -- spaCy baseline -----------------------------------------------------------------------

_SPACY_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "PLACE", "GPE": "PLACE",
                 "ORG": "ORG", "MISC": None}


def _spacy_mentions(doc_id: str, text: str, nlp):
    """spaCy's entities as MENTIONS rows: PER keyed by name, LOC mapped to a country when
    its text is a country name the gazetteer knows."""
    from ..entities import load_gazetteer
    from ..entities.gazetteer import COUNTRY, normalise

    gz = load_gazetteer()
    rows = []
    for ent in nlp(text).ents:
        label = _SPACY_LABELS.get(ent.label_)
        if label is None:
            continue
        entity_id, country = ent.text, None
        if label == "PLACE":
            value = gz.automaton.get(" " + normalise(ent.text.lower()).strip() + " ", None)
            iso3 = next((e[1] for e, _ in value[1] if e[0] == COUNTRY), None) if value else None
            if iso3:
                label, entity_id, country = "COUNTRY", iso3, iso3
        rows.append((doc_id, 0, ent.start_char, ent.end_char, ent.text, label, entity_id, ent.text,
                     country, "name", None))
    return rows


def score_spacy(gold: dict, texts, *, model: str = "fr_core_news_sm"):
    """Score spaCy's NER on the same gold, or ``None`` when spaCy or the model is missing.

    ``texts``: ``{doc_id: body text}`` or a corpus (its ``documents`` table).
    spaCy has no coreference: a surname alone is its own person, and no demonyms.
    """
    try:
        import spacy

        nlp = spacy.load(model)
    except Exception:  # not installed (optional: requirements-bench.txt)
        return None
    import pandas as pd

    from ..schema import MENTIONS

    if not isinstance(texts, dict):
        documents = texts.documents
        texts = dict(zip(documents["doc_id"], documents["text"]))
    rows = []
    for doc_id in gold:
        if doc_id in texts:
            rows += _spacy_mentions(doc_id, texts[doc_id], nlp)
    mentions = pd.DataFrame(rows, columns=list(MENTIONS))
    # a PER span is a person by its own key: align names to gold keys by the shared words
    keys = {}
    for name, _iso3, _count in (p for a in gold.values() if isinstance(a, dict) for p in a.get("persons", [])):
        keys[name] = set(name_key(name).split())
    def canonical(text):
        words = set(name_key(text).split())
        for name, gold_words in keys.items():
            if words and words <= gold_words:
                return name
        return text
    persons = mentions["label"] == "PERSON"
    mentions.loc[persons, "name"] = mentions.loc[persons, "text"].map(canonical)
    mentions.loc[persons, "entity_id"] = mentions.loc[persons, "name"]

    class _Mentions:
        pass

    holder = _Mentions()
    holder.mentions = mentions
    frame, headline = score(holder, gold)
    headline["model"] = model
    return frame, headline
