import pytest

from nhotext.batch.dedup import BANDS, UnionFind, band_keys, exact_hash, group_pairs, paragraph_key, similar

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


def test_dedup_short_paragraphs_get_no_band_keys():
    keys = band_keys(["kort", paragraph_key(BASE)])
    assert (keys[0] == -1).all() and (keys[1] >= 0).all() and keys.shape == (2, BANDS)


def test_dedup_union_find_groups_by_smallest_id():
    assert group_pairs([(5, 3), (3, 9), (20, 21)]) == {3: 3, 5: 3, 9: 3, 20: 20, 21: 20}
    uf = UnionFind()
    for i in range(5000):  # a long chain must not hit the recursion limit
        uf.union(i, i + 1)
    assert uf.find(5000) == 0
