"""Hard-wrapped text: the newlines that only wrap a line are read as spaces."""

import textwrap

import pytest

from nhotext.analysis import analyze_articles
from nhotext.reading import Article
from nhotext.wrapping import analysed_text, soft_wraps, unwrap


def _wrapped(text: str, width: int, flowed: bool = False) -> str:
    """``text`` filled to ``width`` paragraph by paragraph (``flowed``: a space before each wrap, as
    format=flowed mail has)."""
    paragraphs = [textwrap.fill(p, width=width, break_on_hyphens=False) for p in text.split("\n\n")]
    return "\n\n".join(p.replace("\n", " \n") if flowed else p for p in paragraphs)


def _wraps_made(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "\n" and text[i - 1] != "\n" and text[i + 1] != "\n"]


@pytest.mark.parametrize(("width", "flowed"), [(40, False), (60, False), (72, False), (100, False), (72, True)])
def test_soft_wraps_are_the_newlines_a_line_filler_made(corpus_dir, width, flowed):
    text = _wrapped((corpus_dir / "articles" / "havbruk.txt").read_text(encoding="utf-8").strip(), width, flowed)
    assert soft_wraps(text) == _wraps_made(text)


def test_unwrap_keeps_length_and_every_other_character(corpus_dir):
    text = _wrapped((corpus_dir / "articles" / "dagligvare.txt").read_text(encoding="utf-8").strip(), 60)
    plain = unwrap(text)
    assert len(plain) == len(text) and "\n\n" in plain
    assert [i for i, (a, b) in enumerate(zip(text, plain)) if a != b] == soft_wraps(text)


def test_soft_wraps_a_short_line_inside_a_paragraph_is_a_line_break():
    text = ("Sykehus i Moelv\n\nStyret i Sykehuset Innlandet vedtok mandag å gå videre\nmed planene om et nytt "
            "hovedsykehus i Moelv. Vedtaket\nmå godkjennes av Helse Sør-Øst før arbeidet kan\nbegynne.\n\n"
            "Foto: Kari Holm\nTomten ved Mjøsa der sykehuset skal bygges.")
    assert [text[i - 6:i] for i in soft_wraps(text)] == ["videre", "dtaket", "et kan"]


@pytest.mark.parametrize("text", [
    # no blank line: one paragraph a line (the reading rules), never unwrapped
    "Styret i Sykehuset Innlandet vedtok mandag å gå videre\nmed planene om et nytt hovedsykehus i Moelv.\n"
    "Vedtaket må godkjennes av Helse Sør-Øst før arbeidet kan\nbegynne, og det kan ta tid.",
    # one sentence a line: the lines end sentences, not a width
    "Tittel\n\nDenne britiske artisten har gjort seg bemerket på radio i det siste med en sang.\n"
    "Hun har vært i noe av en krig selv, for etter debuten ble hun droppet av selskapet.\n"
    "Nå har hun kjempet seg tilbake, og albumet er plukket opp av et stort selskap.\n"
    "Låtene er ikke overvettes spennende, men de er forseggjorte og behagelige.",
    # a paragraph with one line break in it
    "Tittel\n\nStyret i Sykehuset Innlandet vedtok mandag å gå videre med planene om et nytt sykehus\n"
    "i Moelv.\n\nVedtaket må godkjennes av Helse Sør-Øst.",
])
def test_soft_wraps_texts_that_are_not_wrapped(text):
    assert soft_wraps(text) == [] and unwrap(text) is text


def _attributions(record: dict) -> list[tuple]:
    return [(" ".join(q["text"].split()), q["kind"], q["speaker"] and (
        q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["organization"])) for q in record["quotes"]]


@pytest.mark.model
@pytest.mark.parametrize("name", ["dagligvare.txt", "havbruk.txt", "batterifabrikk.txt", "klimamelding.txt"])
def test_a_wrapped_article_gets_the_quotes_of_the_article_as_written(nlp, corpus_dir, name):
    # wrapped at 66 and 38, "Christopher\nBeckham" and "Marianne Sivertsen\nNæss" were two people each, and
    # "Nærings- og\nfiskeridepartementet" a ministry named "Nærings"
    text = (corpus_dir / "articles" / name).read_text(encoding="utf-8").strip()
    articles = [Article(name, text)] + [Article(f"{name}@{w}", _wrapped(text, w)) for w in (38, 45, 66, 72)]
    plain, *wrapped = analyze_articles(nlp, articles)
    for article, record in zip(articles[1:], wrapped):
        assert _attributions(record) == _attributions(plain), article.source
        assert all(q["text"] == article.text[q["start"]:q["end"]] for q in record["quotes"])
        assert all(e["text"] == article.text[e["start"]:e["end"]] for e in record["entities"])
        assert [o["name"] for o in record["organizations"]] == [o["name"] for o in plain["organizations"]]


@pytest.mark.model
def test_an_entity_across_spaces_stays_one(nlp):
    # a double space (a wrap of format=flowed mail read as a space) cut the name in two
    doc = nlp("Ordfører Ole  Kristian Emilsen i Lillehammer  kommune sier at det er bra.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Ole  Kristian Emilsen"]
    assert [(q.speaker.name, q.speaker.organization) for q in doc._.quotes] == [
        ("Ole Kristian Emilsen", "Lillehammer kommune")]


def test_analysed_text_reads_other_spaces_as_plain_ones():
    text = "–\u00a0Vi vant, sier trener\u00a0Kari\u202fMoe i\u00a0Rosenborg.\tSlutt."
    plain = analysed_text(text)
    assert plain == "– Vi vant, sier trener Kari Moe i Rosenborg. Slutt." and len(plain) == len(text)


@pytest.mark.model
def test_no_break_spaces_between_words_cost_nothing(nlp):
    # typography binds a short word to the next ("i\u00a0NHO Innlandet"): spaCy made the no-break space a token of its
    # own, which the rules read as a word between "i" and the organisation, so the speaker had none
    text = ("Tre klyngesøknader fra Innlandet\n\n–\u00a0Disse klyngene betyr svært mye for næringslivet, sier "
            "regiondirektør\u00a0Jon\u00a0Kristiansen i\u00a0NHO Innlandet.")
    [record] = analyze_articles(nlp, [Article("nbsp.txt", text)])
    [quote] = record["quotes"]
    assert (quote["speaker"]["name"], quote["speaker"]["organization"]) == ("Jon Kristiansen", "NHO Innlandet")
    assert quote["text"] == text[quote["start"]:quote["end"]]
    assert "Jon\u00a0Kristiansen" in [e["text"] for e in record["entities"]]
