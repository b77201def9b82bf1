import pytest

from nhotext.organizations import KINDS, load_gazetteer, name_key


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("Kommunal og moderniseringsdepartementet", "Kommunal- og moderniseringsdepartementet"),
        ("Kommunal - og distriktsdepartementet", "Kommunal- og distriktsdepartementet"),
        ("kommunal- og distriktsdepartementet", "Kommunal- og distriktsdepartementet"),
        ("Nærings- og fiskeridepartementet", "Nærings- og fiskeridepartementet"),
        ("NFD", "Nærings- og fiskeridepartementet"),
        ("KMD", "Kommunal- og moderniseringsdepartementet"),
        ("NHOs", "NHO"),
        ("Innovasjon Norges", "Innovasjon Norge"),
        ("Aps", "Arbeiderpartiet"),
        ("Frp", "Fremskrittspartiet"),
        ("FNs", "De forente nasjoner"),
        ("Dagbladet.no", "Dagbladet"),
        ("Justisdepartementet", "Justis- og beredskapsdepartementet"),
        ("Norwegian Wood", "Norwegian Wood Cluster"),
        ("Nobelkomitéens", "Den norske Nobelkomiteen"),  # an accent the gazetteer's form has not
    ],
)
def test_gazetteer_lookup_forgives_spelling(written, canonical):
    entry = load_gazetteer().lookup(written)
    assert entry is not None and entry.name == canonical


@pytest.mark.parametrize(
    "name,current",
    [
        ("Kommunal- og moderniseringsdepartementet", "Kommunal- og distriktsdepartementet"),
        ("Olje- og energidepartementet", "Energidepartementet"),
        ("Statoil", "Equinor"),
        ("Fylkesmannen i Innlandet", None),  # an alias of the current name itself
    ],
)
def test_gazetteer_renamed_bodies_have_a_current_name(name, current):
    assert load_gazetteer().lookup(name).current == current


def test_gazetteer_case_decides_for_abbreviations():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Ap").kind == "party"
    assert gazetteer.lookup("NHO Innlandet").parent == "NHO"


def test_gazetteer_files_are_consistent():
    gazetteer = load_gazetteer()
    names = {e.name for e in gazetteer.entries}
    for entry in gazetteer.entries:
        assert entry.kind in KINDS
    # one entry per name: "Norges Bondelag" stood in two files with two kinds, and which one a lookup found
    # depended on how it was written ("Bondelaget" business_association, "Norges Bondelag" ngo)
    keys = [name_key(e.name) for e in gazetteer.entries]
    assert not [n for n in set(keys) if keys.count(n) > 1]
    for entry in gazetteer.entries:
        for ref in (entry.parent, entry.current):
            assert ref is None or ref in names, f"{entry.source}: {entry.name} points to unknown {ref!r}"


@pytest.mark.parametrize("word", ["Brann", "Viking", "Høyre", "Liverpool", "Arena"])
def test_gazetteer_ruler_leaves_ambiguous_words_to_the_model(word):
    assert word not in load_gazetteer().detection_surfaces()


@pytest.mark.parametrize("word", ["Siva", "Enova", "NHO", "SkatteFUNN", "Finansdepartementet"])
def test_gazetteer_ruler_finds_specific_names(word):
    assert word in load_gazetteer().detection_surfaces()


def test_name_key_handles_odd_unicode():
    assert name_key("Kommunal‐ og\u00a0distriktsdepartementet") == name_key("Kommunal- og distriktsdepartementet")
    assert name_key("«NHO»") == "nho"
