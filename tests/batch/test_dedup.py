import random

import pytest

from nhotext.batch.dedup import (
    BANDS,
    SHORT_BANDS,
    UnionFind,
    band_keys,
    exact_hash,
    group_pairs,
    paragraph_key,
    similar,
)

BASE = ("Formannskapet i Hamar vedtok tirsdag et budsjett med kutt på 40 millioner kroner, og ordføreren sier "
        "at kuttene er nødvendige fordi utgiftene til eldreomsorg øker raskere enn inntektene i kommunen.")


@pytest.mark.parametrize(
    "variant",
    [
        BASE.replace("Hamar", "Hamr"),  # a typo
        BASE.replace("tirsdag et budsjett", "et budsjett tirsdag"),  # a word swap
        BASE.replace(",", "").replace(".", "!"),  # punctuation
        BASE.replace(" ", "\u00a0", 5),  # non-breaking spaces
        BASE + " Opposisjonen stemte imot hele forslaget.",  # an extended copy
    ],
)
def test_dedup_near_copies_share_a_band_and_verify(variant):
    a, b = paragraph_key(BASE), paragraph_key(variant)
    assert set(band_keys([a])[0]) & set(band_keys([b])[0])
    assert similar(a, b) is not None


def test_dedup_hard_negative_is_not_a_copy():
    other = ("Formannskapet i Hamar vedtok tirsdag å bygge en ny svømmehall ved Mjøsa, og arbeidet skal etter planen "
             "starte neste år dersom kommunestyret sier ja til finansieringen i desember.")
    assert similar(paragraph_key(BASE), paragraph_key(other)) is None


def test_dedup_exact_hash_is_stable_and_normalised():
    assert exact_hash(paragraph_key("– Dette er «bra».")) == exact_hash(paragraph_key("- dette er \"bra\""))
    assert 0 <= exact_hash("abc") < 2**63


SHORT = "Ordføreren i Hamar vil bygge ny skole på Ingeberg neste år, sier hun til avisen."


def test_dedup_band_slots_by_length():
    keys = band_keys(["kort", paragraph_key(BASE), paragraph_key(SHORT)])
    assert keys.shape == (3, BANDS + SHORT_BANDS)
    assert (keys[0] == -1).all()  # under MIN_CHARS: exact copies only
    assert (keys[1, :BANDS] >= 0).all() and (keys[1, BANDS:] == -1).all()  # long: character bands only
    assert (keys[2] >= 0).all()  # short: character and word bands


def test_dedup_band_keys_are_stable_and_batch_independent():
    alone = band_keys([paragraph_key(SHORT)])
    batched = band_keys([paragraph_key(BASE)] * 3 + [paragraph_key(SHORT)])
    assert (alone[0] == batched[3]).all()
    assert alone[0, 0] == band_keys([paragraph_key(SHORT)])[0, 0]


@pytest.mark.parametrize("variant", [
    "Ordføreren i Hamar vil bygge ny skole på Ingeberg neste år, sier hun til avisa.",  # a replaced word
    "Ordføreren i Hamar vil bygge en ny skole på Ingeberg neste år, sier hun til avisen.",  # an added word
    "I Hamar vil ordføreren bygge ny skole neste år på Ingeberg, sier hun til avisen.",  # two word swaps
    "Ordføreren i Hamar vil byge ny skole på Ingebreg neste år, sier hun til avisen.",  # two typos
])
def test_dedup_short_edited_copies_meet_and_verify(variant):
    a, b = paragraph_key(SHORT), paragraph_key(variant)
    assert set(band_keys([a])[0][BANDS:]) & set(band_keys([b])[0][BANDS:])
    assert similar(a, b) is not None


def test_dedup_short_paragraphs_sharing_half_their_words_are_not_copies():
    other = "Ordføreren i Hamar vil bygge ny svømmehall til over hundre millioner kroner i sentrum."
    assert similar(paragraph_key(SHORT), paragraph_key(other)) is None


def test_dedup_threshold_is_adjustable():
    a, b = paragraph_key(BASE), paragraph_key(BASE.replace("Hamar vedtok tirsdag", "Gjøvik vedtok onsdag"))
    assert similar(a, b, threshold=0.99) is None and similar(a, b, threshold=0.85) is not None


def test_dedup_random_short_copies_have_high_candidate_recall():
    rng = random.Random(0)
    words = paragraph_key(BASE).split()
    met = 0
    for _ in range(200):
        a = rng.sample(words, 12)
        b = list(a)
        for i in rng.sample(range(12), 2):  # two words replaced
            b[i] = rng.choice(["kommune", "fylke", "stat", "skole", "vei"])
        ka, kb = band_keys([" ".join(a), " ".join(b)])
        met += bool((set(ka) & set(kb)) - {-1})
    assert met >= 196


def test_dedup_union_find_groups_by_smallest_id():
    assert group_pairs([(5, 3), (3, 9), (20, 21)]) == {3: 3, 5: 3, 9: 3, 20: 20, 21: 20}
    uf = UnionFind()
    for i in range(5000):  # a long chain must not hit the recursion limit
        uf.union(i, i + 1)
    assert uf.find(5000) == 0
