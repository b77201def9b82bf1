import pytest

from nhotext.text import key, normalize, split_sentences


@pytest.mark.parametrize(
    "a,b",
    [
        ("– Dette er bra, sier hun.", "- Dette er bra, sier hun."),
        ("– Dette er bra, sier hun.", "\u00a0—\u00a0Dette er bra, sier hun"),
        ("«Dette er bra»", '"Dette er bra"'),
        ("“Dette er bra”", "‘Dette er bra’"),
        ("DETTE  er\tBRA", "dette er bra"),
        ("Nærings- og fiskeridepartementet", "nærings og fiskeridepartementet"),
        ("ﬁskeri", "fiskeri"),  # NFKC ligature
    ],
)
def test_text_key_equal_after_normalisation(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Dette er bra", "Dette er ikke bra"),
        ("regiondirektør", "regiondirktør"),
    ],
)
def test_text_key_differs(a, b):
    assert key(a) != key(b)


@pytest.mark.parametrize(
    "text,base",
    [
        ("– Disse «klyngene»\u00a0betyr mye.", 0),
        ("Straße og ﬁsk – «sitat».", 100),  # folding changes the length: the slow path
    ],
)
def test_text_normalize_offsets_point_into_the_original(text, base):
    norm = normalize(text, base=base)
    assert len(norm.offsets) == len(norm.text)
    start, end = norm.span(0, len(norm.text))
    original = text[start - base:end - base]
    assert original[0].isalnum() and original[-1].isalnum()
    assert key(original) == norm.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Første setning. Andre setning.", ["Første setning.", "Andre setning."]),
        # no space after the full stop
        (
            "Det bygger velferdssamfunnet.Disse klyngene betyr mye.",
            ["Det bygger velferdssamfunnet.", "Disse klyngene betyr mye."],
        ),
        # abbreviations
        ("Han tjener bl.a. 2 mill. kroner. Det er mye.", ["Han tjener bl.a. 2 mill. kroner.", "Det er mye."]),
        ("Vi møtes kl. 12 i dag, f.eks. på nr. 5. Ta med mat.", ["Vi møtes kl. 12 i dag, f.eks. på nr. 5.",
                                                                  "Ta med mat."]),
        ("Møtet er 27. november. Alle kommer.", ["Møtet er 27. november.", "Alle kommer."]),
        ("J. Kristiansen kom. Han gikk.", ["J. Kristiansen kom.", "Han gikk."]),
        ("Prisen steg 1.5 prosent. Det er nytt.", ["Prisen steg 1.5 prosent.", "Det er nytt."]),
        ("Les mer på nho.no i dag.", ["Les mer på nho.no i dag."]),
        # closing quotes and a dash after the stop
        ("«Vi er glade.» – Det er hun også.", ["«Vi er glade.»", "– Det er hun også."]),
        ("Er det sant? Ja! Helt.", ["Er det sant?", "Ja!", "Helt."]),
        ("Ingen punktum her", ["Ingen punktum her"]),
        # abbreviations that are also words: "min." only after a number, "sen." never
        ("Det sier mora min. Hun kom for sen. Det tok 30 min. før vi kom.",
         ["Det sier mora min.", "Hun kom for sen.", "Det tok 30 min. før vi kom."]),
    ],
)
def test_text_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected
