import os
from pathlib import Path

import pytest

from nhotext.errors import (
    BinaryInputError,
    EmptyInputError,
    HtmlTooDeepError,
    InputError,
    MissingPathError,
    NoArticlesError,
    TooLargeError,
    UndecodableInputError,
)
from nhotext.reading import decode, expand_paths, iter_articles, read_article, read_bytes, split_paragraphs

NORWEGIAN = "Blåbærsyltetøy på Ørland: «Det er særs godt», sier Åse – 12 år."


@pytest.mark.parametrize(
    "data,expected_encoding",
    [
        (NORWEGIAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + NORWEGIAN.encode("utf-8"), "utf-8"),
        (NORWEGIAN.encode("cp1252"), "cp1252"),
        ("Blåbær på Ørland og Åsen".encode("latin-1"), "cp1252"),
        (NORWEGIAN.encode("utf-16"), "utf-16"),
    ],
)
def test_reading_decode_keeps_norwegian_letters(data, expected_encoding):
    text, encoding = decode(data)
    assert encoding == expected_encoding
    assert "Ø" in text and "å" in text.lower()
    assert not text.startswith("\ufeff")


def test_reading_decode_latin1_only_bytes_when_cp1252_fails():
    # 0x81 is undefined in cp1252, so only latin-1 reads this
    data = "Ærlig talt".encode("latin-1") + b" \x81"
    text, encoding = decode(data)
    assert encoding == "latin-1"
    assert text.startswith("Ærlig")


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("a\r\nb\r\n\r\nc", "a\nb\n\nc"),
        ("a\rb", "a\nb"),
    ],
)
def test_reading_decode_normalises_line_endings(raw, expected):
    assert decode(raw.encode())[0] == expected


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", EmptyInputError),
        (b"  \n\t\n", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"PK\x03\x04\x14\x00\x00\x00", BinaryInputError),
        (b"hello\x00world\x00\x00\x01\x02", BinaryInputError),
        (bytes(range(128, 160)) * 20, UndecodableInputError),
    ],
)
def test_reading_decode_refuses_bad_input(data, error):
    with pytest.raises(error):
        decode(data, "x.txt")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Tittel\n\nFørste avsnitt.\n\nAndre avsnitt.", ["Tittel", "Første avsnitt.", "Andre avsnitt."]),
        ("Linje én\nlinje to\n\nNytt avsnitt", ["Linje én\nlinje to", "Nytt avsnitt"]),
        # no blank line at all: one paragraph a line
        ("Tittel\nFørste.\nAndre.\n", ["Tittel", "Første.", "Andre."]),
        # a line of non-breaking spaces is blank
        ("En.\n\u00a0\u00a0\nTo.", ["En.", "To."]),
        # whitespace around a paragraph is not part of it, a leading NBSP before a dash included
        ("  Tittel  \n\n\u00a0– Sitat her, sier hun.\u00a0\n\n\n", ["Tittel", "– Sitat her, sier hun."]),
        ("\n\n\n", []),
    ],
)
def test_reading_split_paragraphs(text, expected):
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == expected
    assert [p.index for p in paragraphs] == list(range(len(expected)))
    for p in paragraphs:
        assert text[p.start:p.end] == p.text


def test_reading_offsets_after_crlf_and_bom():
    data = b"\xef\xbb\xbfTittel\r\n\r\nNHO Innlandet sier ja.\r\n"
    article = read_bytes(data, "a.txt")
    assert article.text == "Tittel\n\nNHO Innlandet sier ja.\n"
    second = article.paragraphs[1]
    assert (second.start, second.end) == (8, 30)
    assert article.text[second.start:second.end] == "NHO Innlandet sier ja."


HTML = """<!DOCTYPE html><html><head><title>t</title><script>var x = 1;</script></head>
<body><nav><a href="/">Forsiden</a></nav>
<article><h1>Klynger i  Innlandet</h1>
<p>NHO&nbsp;Innlandet er <b>fornøyd</b>.</p>
<p>– Dette er viktig, sier Jon Kristiansen.</p>
<ul><li>Vrinn</li><li>Norwegian Wood</li></ul></article>
<footer>Kontakt oss</footer></body></html>"""


@pytest.mark.parametrize("name", ["side.html", "side.htm", "side.txt"])
def test_reading_html_body_to_paragraphs(tmp_path, name):
    path = tmp_path / name
    path.write_text(HTML, encoding="utf-8")
    article = read_article(path)
    assert article.format == "html"
    assert [p.text for p in article.paragraphs] == [
        "Klynger i Innlandet",
        "NHO\u00a0Innlandet er fornøyd.",
        "– Dette er viktig, sier Jon Kristiansen.",
        "Vrinn",
        "Norwegian Wood",
    ]


def test_reading_missing_and_too_large(tmp_path):
    with pytest.raises(MissingPathError):
        read_article(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"ord " * 1000)
    with pytest.raises(TooLargeError, match="limit"):
        read_article(big, max_bytes=1000)


def test_reading_iter_articles_reports_bad_inputs_and_keeps_good_ones(tmp_path):
    (tmp_path / "a.txt").write_text("God tekst.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("Mer tekst.", encoding="utf-8")
    (tmp_path / "ignored.json").write_text("{}", encoding="utf-8")
    (tmp_path / "empty_dir").mkdir()
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt", tmp_path / "empty_dir"]))
    good = [i.source for i in items if not isinstance(i, Exception)]
    bad = [type(i) for i in items if isinstance(i, Exception)]
    assert [s.rsplit("/", 1)[-1] for s in good] == ["a.txt", "c.md"]
    assert bad == [EmptyInputError, MissingPathError, NoArticlesError]


def test_reading_expand_paths_keeps_stdin():
    assert list(expand_paths(["-"])) == ["-"]


def test_reading_file_vanishing_mid_run_is_reported_and_others_kept(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Tekst i {name}.", encoding="utf-8")
    items = iter_articles([tmp_path])
    first = next(items)
    (tmp_path / "b.txt").unlink()
    rest = list(items)
    assert first.text == "Tekst i a.txt."
    assert isinstance(rest[0], MissingPathError) and "b.txt" in str(rest[0])
    assert rest[1].text == "Tekst i c.txt."


NEWS_PAGE = """<!doctype html><html lang="nb"><head><title>Ny klynge | Avisa</title>
<script>window.dataLayer = [];</script><style>.x{}</style></head><body>
<header class="site-header"><nav><a href="/">Forsiden</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">Vi bruker informasjonskapsler. <button>Godta</button></div>
<main><article>
<header><h1>Tre klynger søker om millioner</h1>
<p class="article-lead">Bedriftene i Innlandet går sammen om én søknad.</p>
<div class="byline"><span itemprop="author">Kari Nordmann</span> · 4. desember</div></header>
<p>NHO Innlandet og Innovasjon Norge vil styrke næringslivet i regionen.</p>
<aside class="related"><h3>Les også</h3><a href="/x">Annen sak</a></aside>
<p>– Dette er en viktig dag, sier regiondirektør Jon Kristiansen.</p>
</article></main>
<footer>Ansvarlig redaktør: Ola Nordmann. Kontakt oss.</footer></body></html>"""


def test_reading_news_page_keeps_headline_standfirst_byline_with_roles():
    article = read_bytes(NEWS_PAGE.encode("utf-8"), "sak.html")
    roles = [(p.role, p.text) for p in article.paragraphs]
    assert roles == [
        ("headline", "Tre klynger søker om millioner"),
        ("standfirst", "Bedriftene i Innlandet går sammen om én søknad."),
        ("byline", "Kari Nordmann · 4. desember"),
        (None, "NHO Innlandet og Innovasjon Norge vil styrke næringslivet i regionen."),
        (None, "– Dette er en viktig dag, sier regiondirektør Jon Kristiansen."),
    ]
    assert all(article.text[p.start:p.end] == p.text for p in article.paragraphs)
    assert article.paragraphs[0].to_dict()["role"] == "headline" and "role" not in article.paragraphs[3].to_dict()


def test_reading_html_too_deep_is_refused_not_truncated():
    deep = "<html><body><article>" + "<div>" * 1000 + "Tekst" + "</div>" * 1000 + "</article></body></html>"
    with pytest.raises(HtmlTooDeepError, match="255 levels"):
        read_bytes(deep.encode(), "dyp.html")
    shallow = "<html><body><article>" + "<div>" * 100 + "Tekst" + "</div>" * 100 + "</article></body></html>"
    assert read_bytes(shallow.encode(), "grunn.html").text == "Tekst"


def test_reading_markdown_blanked_with_offsets_kept(tmp_path):
    source = ("# Tre klynger søker\n\nAv **Kari Nordmann** | [NTB](https://ntb.no)\n\n"
              "> Bedriftene går _sammen_.\n\n- Dette er en viktig dag, sier Jon Kristiansen.\n")
    path = tmp_path / "sak.md"
    path.write_text(source, encoding="utf-8")
    article = read_article(path)
    assert article.format == "markdown" and len(article.text) == len(source)
    assert [" ".join(p.text.split()) for p in article.paragraphs] == [
        "Tre klynger søker", "Av Kari Nordmann | NTB", "Bedriftene går sammen .",
        "- Dette er en viktig dag, sier Jon Kristiansen."]
    assert all(source[p.start:p.end].replace("*", " ").replace("_", " ").split()[0] == p.text.split()[0]
               for p in article.paragraphs[1:])


@pytest.mark.parametrize("data,encoding,fragment", [
    ("Søknadene er klare. Blå bil.".encode().replace("å".encode(), b"\xe5"), "utf-8 (1 byte as cp1252)", "Blå bil"),
    ("Søknadene – «sitat»".encode("cp1252"), "cp1252", "– «sitat»"),
    ("Filmen er god \u0096 og \u0093morsom\u0094.".encode(), "utf-8", "god – og “morsom”"),
])
def test_reading_fallbacks_are_read_and_warned(data, encoding, fragment):
    article = read_bytes(data, "x.txt")
    assert article.encoding == encoding and fragment in article.text and article.warnings


def test_reading_escape_sequences_are_kept_exact():
    article = read_bytes(b"Hei\x1b]0;tittel\x07 og mer tekst her.", "x.txt")
    assert "\x1b]0;tittel\x07" in article.text and not article.warnings


def test_reading_folder_reports_broken_links_and_pipes(tmp_path):
    (tmp_path / "god.txt").write_text("En god tekst.", encoding="utf-8")
    (tmp_path / "borte.txt").symlink_to(tmp_path / "finnes-ikke.txt")
    os.mkfifo(tmp_path / "ror.txt")
    items = list(expand_paths([tmp_path]))
    errors = {Path(e.source).name: e for e in items if isinstance(e, InputError)}
    assert [Path(i).name for i in items if isinstance(i, str)] == ["god.txt"]
    assert "broken symbolic link" in errors["borte.txt"].reason and "named pipe" in errors["ror.txt"].reason
