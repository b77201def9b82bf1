"""Attribution errors first seen on real news (NorNE train text, not quotes-dev), each guarded by the
parse: an inverted subject is not the reported clause, a bare indefinite is a role and no one
introduced, a capitalised imperative is no title."""


def _quotes(nlp, text):
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.title if q.speaker else None)
            for q in nlp(text)._.quotes]


def test_guards_inverted_subject_and_indirect_object_before_at(nlp):
    text = "Tidligere i uken sa ordføreren til lokalavisen at budsjettet må kuttes kraftig."
    assert _quotes(nlp, text) == [("budsjettet må kuttes kraftig", "ordføreren", None)]


def test_guards_bare_indefinite_is_a_role_not_a_source(nlp):
    text = ("Det er han som har rollen som far for både sønnen og nevøen etter ulykken.\n\n"
            "Faren sier de skal flytte til byen neste år.")
    quotes = _quotes(nlp, text)
    assert [(q[0], q[1]) for q in quotes] == [("de skal flytte til byen neste år", "faren")]


def test_guards_capitalised_imperative_is_no_title(nlp):
    text = ("Hils Kari Nordvik fra oss alle.\n\n"
            "- Vi savner henne hver dag, sier Kari Nordvik.")
    quotes = _quotes(nlp, text)
    assert [q[1] for q in quotes] == ["Kari Nordvik"]
    assert quotes[0][2] in (None, "")
