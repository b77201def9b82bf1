"""A person's title and organisation read from the parse around the name, not from a list of titles:
the noun in apposition to it (``nevrokirurg Christian Helland``, ``Teatersjefen Bulat Atabajev``,
``Bernardo Navarrete, en politisk analytiker ved Universitetet i Santiago``), with the adjectives
that belong to it (``politisk analytiker``), and the organisation that noun is tied to: a genitive
(``Kroatias ambassadør``) or ``ved``/``i``/``hos``/``for`` + a name.

In the Norwegian Dependency Treebank scheme such a noun is an ``APP`` dependent of the name's first
word (UD: ``appos``). Family and other relations (``pappa Tore``, ``datteren Colette``, ``venninnen
Noreen Walsh``) are not titles (GUIDELINES of quotes-dev).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..lexicon import normalize_title

APPOSITION = {"APP", "appos"}
MODIFIER = {"ATR", "amod"}
TIED_BY = {"ved", "i", "hos", "for", "fra"}
# Relations, not roles: these nouns before a name say who someone is to someone else.
RELATIONS = {
    "pappa", "mamma", "far", "mor", "bror", "søster", "sønn", "datter", "kone", "mann", "ektefelle",
    "samboer", "kjæreste", "venn", "venninne", "kamerat", "kompis", "onkel", "tante", "bestefar",
    "bestemor", "farfar", "morfar", "farmor", "mormor", "fetter", "kusine", "nevø", "niese", "barn",
    "gutt", "jente", "nabo", "kollega", "svoger", "svigerinne", "svigerfar", "svigermor", "enke",
    "enkemann", "stefar", "stemor", "lillebror", "storebror", "lillesøster", "storesøster", "ektemann",
    "forelder", "foreldre", "kvinne", "dame", "herre", "person",
}


def apposition_title(name: Span, org_of: Callable[[Span], str | None]) -> tuple[str | None, str | None]:
    """(title, organisation) from the noun in apposition to ``name``; (None, None) when there is none.
    ``org_of`` gives the organisation an entity span stands for (or None)."""
    head = name[0]
    noun = next((c for c in head.children if c.dep_ in APPOSITION and _role_noun(c)), None)
    if noun is None:
        return None, None
    # "politisk analytiker", "administrerende direktør"; not "den albanske ambassador" (a description)
    words = [t for t in noun.lefts if t.dep_ in MODIFIER and t.pos_ == "ADJ" and t.i == noun.i - 1
             and not t.lower_.endswith("ske") and "Def" not in t.morph.get("Definite", [])] + [noun]
    title = " ".join([*(w.lower_ for w in words[:-1]), _indefinite(noun)])
    org = None
    for child in noun.lefts:
        if ("Gen" in child.morph.get("Case", []) or child.lower_.endswith("s")) and child.pos_ == "PROPN":
            org = org_of(name.doc[child.left_edge.i:child.i + 1]) or child.text.removesuffix("s")
    return title, org or _tied_org(noun, org_of)


def _tied_org(noun: Token, org_of: Callable[[Span], str | None]) -> str | None:
    """The organisation a role noun is tied to after it: ``ved``/``i``/``hos``/``for``/``fra`` + a name."""
    for child in noun.rights:
        if child.lower_ in TIED_BY:
            target = next((c for c in child.children if c.pos_ == "PROPN" or c.ent_type_), None)
            if target is not None:
                span = noun.doc[target.i:target.right_edge.i + 1]
                return org_of(span) or span.text
    return None


def _role_noun(token: Token) -> bool:
    """A lower-case noun, or a capitalised one at the start of a sentence (``Teatersjefen``), that is
    not a relation."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return False
    if not token.is_lower and not (token.is_sent_start and token.is_title and token.pos_ == "NOUN"
                                   or token.i == 0 or token.nbor(-1).is_space):
        return False
    return _indefinite(token) not in RELATIONS and token.lower_ not in RELATIONS


def _indefinite(token: Token) -> str:
    """The indefinite singular of a title noun: the lemma when it is the word's beginning
    (``teatersjefen`` -> ``teatersjef``), else the word."""
    word, lemma = token.lower_, token.lemma_.lower()
    return lemma if lemma and word.startswith(lemma) else word


COPULAS = {"være", "vere", "bli", "verte"}
PREDICATIVE = {"SPRED", "attr", "xcomp"}
SUBJECT = {"SUBJ", "nsubj"}


def copula_roles(doc) -> list[tuple[Token, Token]]:
    """(role noun, subject) of every ``X er/var/blir <role>`` whose role is a title: a word the title
    lexicon knows, or a noun tied to an organisation (``lederen for studentbevegelsen``); relations
    and plain descriptions (``en glad gutt``) are not roles."""
    found = []
    for token in doc:
        if token.dep_ not in PREDICATIVE or token.pos_ != "NOUN" or token.head.lemma_.lower() not in COPULAS:
            continue
        subject = next((c for c in token.head.children if c.dep_ in SUBJECT), None)
        if subject is None or _indefinite(token) in RELATIONS:
            continue
        known = normalize_title(_indefinite(token)) is not None
        if not known and any(c.pos_ == "ADJ" for c in token.lefts):
            continue  # "en glad gutt": a description
        tied = any(c.lower_ in TIED_BY and any(g.pos_ in ("PROPN", "NOUN") for g in c.children)
                   for c in token.rights)
        if known or tied:
            found.append((token, subject))
    return found


def copula_title(role: Token, org_of: Callable[[Span], str | None]) -> tuple[str, str | None]:
    """The title and the organisation (``i Bergen tingrett``) of a predicative role noun."""
    return _indefinite(role), _tied_org(role, org_of)
