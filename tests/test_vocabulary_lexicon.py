"""The lexicon and the CAMEO table are data: their shape, coverage and agreement."""

from __future__ import annotations

import re

import pytest

from analysis.config import PACKAGE_DATA_DIR
from analysis.vocabulary.lexicon import cameo_table, cameo_weights, compiled, lexicon_table

REQUIRED_CATEGORIES = {
    "statement", "appeal", "intent_to_cooperate", "consultation", "visit", "negotiation",
    "praise_support", "signature", "cooperation", "aid", "criticism", "rejection", "threat",
    "protest", "reduction_of_relations", "sanctions", "expulsion",
}


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_table()


def test_cameo_table_has_unique_codes_kept_as_text():
    table = cameo_table()
    assert list(table.columns) == ["code", "label", "goldstein"]
    assert table["code"].is_unique
    assert all(re.fullmatch(r"\d{2,4}", c) for c in table["code"])
    assert table["goldstein"].between(-10, 10).all()


@pytest.mark.parametrize("code, weight", [
    # ../shared/REFERENCE.md §1 (GDELT CAMEO.goldsteinscale.txt)
    ("010", 0.0), ("02", 3.0), ("036", 4.0), ("040", 1.0), ("042", 1.9), ("043", 2.8),
    ("046", 7.0), ("051", 3.4), ("057", 8.0), ("061", 6.4), ("07", 7.0), ("111", -2.0),
    ("120", -4.0), ("1313", -5.8), ("14", -6.5), ("161", -4.0), ("163", -8.0), ("166", -7.0),
    ("174", -5.0), ("115", -2.0), ("173", -5.0),
])
def test_cameo_weights_are_the_reference_ones(code, weight):
    assert cameo_weights()[code] == weight


def test_lexicon_columns(lexicon):
    assert list(lexicon.columns) == ["language", "headword", "pattern", "gap", "category",
                                     "cameo", "goldstein", "notes"]
    assert set(lexicon["language"]) == {"fr", "en"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_at_least_300_terms_per_language(lexicon, language):
    coded = lexicon.loc[(lexicon["language"] == language) & (lexicon["category"] != "ignore")]
    assert len(coded) >= 300


def test_every_code_and_weight_agrees_with_the_cameo_table(lexicon):
    weights = cameo_weights()
    coded = lexicon.loc[lexicon["category"] != "ignore"]
    unknown = sorted(set(coded["cameo"]) - set(weights))
    assert not unknown
    wrong = coded.loc[[float(g) != weights[c] for c, g in zip(coded["cameo"], coded["goldstein"])]]
    assert wrong.empty, wrong[["language", "headword", "cameo", "goldstein"]]


def test_blockers_alone_have_no_code(lexicon):
    blockers = lexicon.loc[lexicon["category"] == "ignore"]
    assert (blockers["cameo"] == "").all() and (blockers["goldstein"] == "").all()
    assert (lexicon.loc[lexicon["category"] != "ignore", "cameo"] != "").all()


def test_every_category_has_entries_in_both_languages(lexicon):
    coded = lexicon.loc[lexicon["category"] != "ignore"]
    by_language = coded.groupby("category")["language"].agg(set)
    assert REQUIRED_CATEGORIES <= set(by_language.index)
    assert all(langs == {"fr", "en"} for langs in by_language), by_language


def test_headwords_are_unique_per_language(lexicon):
    assert not lexicon.duplicated(["language", "headword"]).any()


def test_gaps_are_small_integers(lexicon):
    # 8 at most: "ordering six diplomats, among them <a title and a name>, to leave"
    gaps = lexicon["gap"].replace("", "3").astype(int)
    assert gaps.between(0, 8).all()


def test_patterns_are_well_formed(lexicon):
    alternative = re.compile(r"=?[^\W\d_][\w'-]*\*?|[^\W\d_][\w'-]*\*")
    for pattern in lexicon["pattern"]:
        for part in pattern.split():
            for alt in part.split("|"):
                assert alternative.fullmatch(alt), (pattern, alt)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_lexicon_compiles_and_every_entry_has_an_anchor(language):
    lexicon = compiled(language)
    assert len(lexicon.entries) == (lexicon_table()["language"] == language).sum()
    for entry in lexicon.entries:
        head = entry.parts[entry.anchor]
        assert head.forms or head.stems or head.prefixes
        # the anchor part is a content word, not an elided article
        shortest = min([len(f) for f in head.forms] + [len(p) for p in head.prefixes]
                       + [3] * bool(head.stems))
        assert shortest >= 3 or len(entry.parts) == 1, entry.headword


def test_the_tables_are_files_under_the_package():
    assert (PACKAGE_DATA_DIR / "lexicon.tsv").exists()
    assert (PACKAGE_DATA_DIR / "cameo.tsv").exists()


# --------------------------------------------------------------------------- mode and actor words

def _tables():
    from analysis.lang import event_markers as M

    return {name: value for name, value in vars(M).items()
            if name.isupper() and isinstance(value, (tuple, frozenset))}


def test_marker_tables_are_lower_case_without_duplicates():
    tables = _tables()
    assert len(tables) >= 20
    for name, table in tables.items():
        if name == "GOVERNMENT_ROLE_CODES":
            assert all(code.isupper() for code in table)
            continue
        assert all(word == word.lower() and word.strip() == word and word for word in table), name
        if isinstance(table, tuple):
            assert len(set(table)) == len(table), name


@pytest.mark.parametrize("prefix", ["NEGATION", "PLANNED_NEAR", "PLANNED_AFTER", "PLANNED_SCOPE",
                                    "REPORTED_NEAR", "REPORTED_AROUND", "DATE_PREPOSITIONS",
                                    "PAIR_HEADS_GOV", "PAIR_HEADS"])
def test_marker_tables_exist_in_both_languages(prefix):
    from analysis.lang import event_markers as M

    names = {f"{prefix}_FR", f"{prefix}_EN"}
    if prefix == "NEGATION":
        names = {"NEGATION_WORDS_FR", "NEGATION_EN"}
    assert all(getattr(M, name, None) for name in names)


def test_months_and_pair_determiners():
    from analysis.lang import event_markers as M

    assert {len(months) for months in M.MONTHS.values()} == {12}
    assert set(M.PAIR_DETERMINERS) == set(M.PAIR_BARE) == {"fr", "en"}
    assert {"ministre", "minister", "président", "president", "roi", "king"} <= M.GOVERNMENT_WORDS
