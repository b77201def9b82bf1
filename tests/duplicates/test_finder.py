import json
import random
from pathlib import Path

import pytest

from nhotext.duplicates import find_duplicates
from nhotext.reading import read_article, split_paragraphs

CORPUS = Path(__file__).parents[2] / "corpus" / "duplicates"
GOLD_FILES = sorted(CORPUS.glob("*.gold.json"))


def _pairs(duplicates):
    return {(d.first, d.second, d.kind) for d in duplicates}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_finder_matches_gold_corpus(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = read_article(CORPUS / gold["article"])
    found = find_duplicates(article.paragraphs)
    expected = {(p["first"], p["second"], p["kind"]) for p in gold["pairs"]}
    assert _pairs(found) == expected
    for d in found:
        assert 0 <= d.similarity <= 1
        assert d.first < d.second
        for (start, end), index in ((d.first_span, d.first), (d.second_span, d.second)):
            paragraph = article.paragraphs[index]
            assert paragraph.start <= start < end <= paragraph.end


def test_finder_gold_has_all_phenomena():
    kinds = set()
    for gold_path in GOLD_FILES:
        kinds |= {p["kind"] for p in json.loads(gold_path.read_text(encoding="utf-8"))["pairs"]}
    assert kinds == {"exact", "near", "contained", "sentence"}
    assert len(GOLD_FILES) >= 3


def test_finder_min_words_reports_short_exact_repeats():
    gold = json.loads((CORPUS / "kulturhus.gold.json").read_text(encoding="utf-8"))
    article = read_article(CORPUS / gold["article"])
    found = find_duplicates(article.paragraphs, min_words=1)
    assert _pairs(found) == {(p["first"], p["second"], p["kind"]) for p in gold["pairs_min_words_1"]}


QUOTE = "– Disse klyngene betyr svært mye for Innlandet, sier regiondirektør Jon Kristiansen."


@pytest.mark.parametrize(
    "first,second,kind",
    [
        (QUOTE, QUOTE.replace("–", "-"), "exact"),
        (QUOTE, "\u00a0" + QUOTE.replace(" ", "\u00a0", 3), "exact"),
        (QUOTE, QUOTE.upper(), "exact"),
        ("«Vi er glade for tallene i dag», sier hun.", '"Vi er glade for tallene i dag" sier hun', "exact"),
        (QUOTE, QUOTE.replace("regiondirektør", "regiondirktør"), "near"),
        (QUOTE, QUOTE[:-1] + ", og han legger til at søknadene er sterke i år.", "contained"),
        (
            "Bedriftene i klyngen har vokst kraftig de siste fem årene, viser tallene.",
            "Det er lenge siden. Bedriftene i klyngen har vokst kraftig de siste fem årene.Det gleder ordføreren,"
            " som også peker på nye arbeidsplasser i hele regionen og i nabokommunene.",
            "sentence",
        ),
    ],
)
def test_finder_kind(first, second, kind):
    text = f"{first}\n\nEt avsnitt imellom som handler om noe helt annet enn klynger.\n\n{second}"
    found = find_duplicates(text)
    assert [(d.first, d.second, d.kind) for d in found] == [(0, 2, kind)]


def test_finder_spans_mark_the_matching_stretch():
    reused = "Bedriftene i klyngen har vokst kraftig de siste fem årene"
    text = (
        f"– {reused}, sier Kari Nordmann.\n\n"
        f"Mange er fornøyde i dag.{reused}. Det gleder ordføreren i kommunen veldig mye i år."
    )
    (d,) = find_duplicates(text)
    assert d.kind == "sentence"
    assert text[d.second_span[0]:d.second_span[1]] == reused
    assert text[d.first_span[0]:d.first_span[1]].startswith(reused)


def test_finder_contained_span_covers_the_copy():
    short = "Formannskapet vedtok mandag å sette av 300 millioner kroner til prosjektet."
    text = f"{short}\n\nDet skjedde i går. {short} Også fylket har lovet å bidra med penger."
    (d,) = find_duplicates(text)
    assert d.kind == "contained"
    assert text[d.second_span[0]:d.second_span[1]] == short.rstrip(".")
    assert (d.first_span[0], d.first_span[1]) == (0, len(short))


@pytest.mark.parametrize(
    "text",
    [
        # same topic and names, other wording: not a duplicate
        "NHO Innlandet mener klyngene i Innlandet er viktige for næringslivet og for grønn omstilling.\n\n"
        "Ifølge regiondirektøren i NHO Innlandet vil samarbeidet mellom bedriftene gi flere jobber i Innlandet.",
        # short paragraphs repeated: not reported by default
        "Foto: NTB\n\nEn lang nok tekst som står her alene.\n\nFoto: NTB",
        "",
    ],
)
def test_finder_no_false_positive(text):
    assert find_duplicates(text) == []


@pytest.mark.parametrize("kwargs", [{"threshold": 0}, {"threshold": 1.5}, {"min_words": 0}])
def test_finder_rejects_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        find_duplicates("tekst", **kwargs)


def test_finder_scales_through_the_index():
    # 3,000 distinct paragraphs plus two copies: only the copies are reported
    rng = random.Random(7)
    vocabulary = [f"{stem}{suffix}" for stem in ("klynge", "bedrift", "kommune", "budsjett", "skole", "vei",
                                                  "sykehus", "fisk", "laks", "strøm", "skatt", "ordfører")
                  for suffix in ("", "n", "ne", "r", "ene", "a", "et", "s", "ens", "ers")]
    paragraphs = [" ".join(rng.choices(vocabulary, k=25)) + "." for _ in range(3000)]
    paragraphs += [paragraphs[10], paragraphs[2000]]
    found = find_duplicates(split_paragraphs("\n\n".join(paragraphs)))
    assert {(d.first, d.second, d.kind) for d in found} == {(10, 3000, "exact"), (2000, 3001, "exact")}
