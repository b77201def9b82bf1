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

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from ..lexicon import (
    ABSTRACT_NOUN,
    AGENT_ENDINGS,
    EPITHET_HEADS,
    TIED_BY,
    definite_title,
    normalize_title,
    relation_noun,
    reporting_verb_set,
    title_set,
)
from ..resources import function_words
from .documents import document_noun
from .fields import bare_field
from .org_lookup import org_of_phrase
from .parse import name_in_phrase
from .title_words import title_adjective

APPOSITION = {"APP", "appos"}
MODIFIER = {"ATR", "amod"}


def apposition_title(name: Span, org_of: Callable[[Span], str | None]) -> tuple[str | None, str | None]:
    """(title, organisation) from the noun in apposition to ``name``, (None, None) if none; ``org_of`` gives the
    organisation an entity span stands for (or None)."""
    head = name[0]
    # a document is no one's role ("Rapport fra politiet")
    noun = next((c for c in head.children if c.dep_ in APPOSITION and _role_noun(c) and not document_noun(c)
                 and not name_in_phrase(c, head) and _beside(c, name)), None)
    if noun is None:  # a relation is no title, its organisation is one ("Lagvenninne i Larvik, Kari Mette Johansen")
        kin = next((c for c in head.children if c.dep_ in APPOSITION and relation(c) and _beside(c, name)), None)
        return (None, org) if kin is not None and (org := tied_org(kin, org_of)) else _set_off_roles(name)
    if noun.i < head.i and definite(noun) and not _opens_clause(noun) and not attributed_role(noun, head) \
            and not article_role(noun) and (normalize_title(noun.lower_) is None
                                            or noun.nbor(-1).pos_ in ("VERB", "AUX")):
        # "hvilken side av gjerdet Hareide", "så resepsjonisten Espen stå": no title, but for a known one not right
        # after a verb (as in details.py: "journalisten og forfatteren Bjørn Olav Jahr")
        return None, None
    if noun.i < head.i and _opening_thing(noun):
        return None, None
    if _described(noun):
        return None, None  # "den kreftsyke tenåringsjenta Hannah Jones": a description, not a title
    # "politisk analytiker", "administrerende direktør"; not "den albanske ambassador" (a description)
    adjective = noun.doc[noun.i - 1] if noun.i > 0 else None
    role = title_adjective(adjective) if adjective is not None and adjective.dep_ in MODIFIER \
        and adjective.head.i == noun.i else None
    title = f"{role} {indefinite_form(noun)}" if role else indefinite_form(noun)
    org = None
    for child in noun.lefts:
        if ("Gen" in child.morph.get("Case", []) or child.lower_.endswith("s")) and child.pos_ == "PROPN":
            # a name the recogniser found, not a capitalised common noun ("Landets største skattebetaler")
            org = org_of(name.doc[child.left_edge.i:child.i + 1]) or (
                child.text.removesuffix("s") if child.ent_type_ else None)
    return title, org or tied_org(noun, org_of)


def _opens_clause(noun: Token) -> bool:
    """A noun that opens its sentence, also after a focus adverb (``Selv motedesigneren Karl Lagerfeld``, ``Også
    treneren X``)."""
    first = noun.sent.start
    return noun.is_sent_start or all(t.pos_ == "ADV" or t.is_space for t in noun.doc[first:noun.i])


def _beside(noun: Token, name: Span) -> bool:
    """An apposition's noun near the name, no verb between (``Nestleder i kultur-, idretts- og friluftskomiteen,
    Randi Sakshaug``), not one the parser hangs on it from afar (``«Barack Obama hot sauce» i en souvenirbutikk på
    Union Station i Washington DC tirsdag, dagen da``), nor one in quote marks (``inni Tariq, en «åndelig boost»``)."""
    between = noun.doc[name.end:noun.i] if noun.i >= name.end else noun.doc[noun.i + 1:name.start]
    return len(between) <= 10 and not any(t.pos_ in ("VERB", "AUX") or t.text in "«»“”\"" for t in between)


def _opening_thing(noun: Token) -> bool:
    """``Fenomenet Crosby.``: a definite noun opening a sentence before a name is a title only as a title of the
    lexicon or an agent noun (``Teatersjefen Atabajev``)."""
    return bool(noun.is_sent_start) and definite(noun) and definite_title(noun.text) is None \
        and re.search(f"(?:{AGENT_ENDINGS})$", noun.lower_) is None


def _set_off_roles(name: Span) -> tuple[str | None, None]:
    """Role nouns set off by a comma after the name that the parser coordinates with it instead of putting them
    in apposition (``Mia Hundvin, eks-håndballspiller og ekspertkommentator, sier``): the roles as written."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return None, None
    roles = [c for c in name[0].children if c.dep_ in ("KOORD", "conj") and c.i > name.end]
    first = doc[name.end + 1]
    if first not in roles or not set_off_role(first) or doc[first.i + 1:first.i + 2].text in ("!", "?"):
        return None, None  # "Mindre Moore, takk!": an exclamation, no role
    title = indefinite_form(first)
    second = doc[first.i + 2] if first.i + 2 < len(doc) else None
    if second is not None and doc[first.i + 1].lower_ == "og" and second in roles and set_off_role(second):
        title = f"{title} og {indefinite_form(second)}"
    return title, None


def set_off_role(noun: Token) -> bool:
    """A lower-case indefinite singular role noun that ends the phrase (not ``, fotballspiller Per Moe``)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.pos_ == "NOUN" and noun.is_lower and _role_noun(noun) and "Ind" in noun.morph.get("Definite", []) \
        and (after is None or after.pos_ != "PROPN")


def written_title(name: Span, org_of: Callable[[Span], str | None]) -> tuple[str | None, str | None]:
    """(title, organisation) from the words before ``name`` where the parse has no apposition:

    * a bare role noun right before the name, or before a phrase that ties it to an organisation
      (``litteraturkritiker i danske Jyllands-Posten Jon Helt Haarder``, ``USAs FN-ambassadør
      Susan Rice``): a noun without article or determiner in front of a name is a title;
    * a role noun tied to an organisation and set off by a comma before the name (``lederen for
      landets største fagforening Central Única de Trabajadores (CUT), Cristian Cuevas``)."""
    doc = name.doc
    i = name.start - 1
    if i < 0:
        return None, None
    if doc[i].text == ",":
        return _comma_apposition(doc, i, org_of)
    tied = _tying_phrase(doc, i)
    org = None
    if tied is not None:
        org = _first_org_name(doc[tied + 1:name.start], org_of)
        i = tied - 1
    if i < 0 or not _role_noun(doc[i]) or definite(doc[i]) and not doc[i].is_sent_start \
            and not attributed_role(doc[i], name.root) and not article_role(doc[i]) or _opening_thing(doc[i]):
        return None, None
    noun = doc[i]
    verb = name.root.head
    if name.root.dep_ in SUBJECT and verb.i > name.root.i and verb.pos_ in ("VERB", "AUX") \
            and noun.head.i != name.root.i and normalize_title(noun.lower_) is None:
        return None, None  # "Der var øyeblikk Justin følte seg": the name subject of its own clause, not the noun's
    if noun.dep_ in ("PUTFYLL", "pobj") and noun.head.i == noun.i - 1 and noun.head.pos_ == "ADP" \
            and name.root.head.i != noun.i and noun.head.i != name.root.i and tied is None:
        return None, None  # "Det var i høst Henrietta Jonasson meldte seg inn": a time, not a title
    before = doc[i - 1] if i > 0 else None
    if before is not None and (before.pos_ in ("DET", "NUM") or before.dep_ == "DET" and not _genitive(before)) \
            and not article_role(noun) or _described(noun):
        return None, None  # "en venn av familien Ole", "den kreftsyke jenta X": a description, not a title
    if before is not None and _genitive(before) and before.pos_ == "PROPN" and before.ent_type_ != "PER":
        org = org or org_of(doc[before.i:before.i + 1]) or before.text.removesuffix("s")  # "USAs FN-ambassadør"
    prefixed = not noun.is_lower and not noun.is_sent_start and noun.i > 0
    return noun.text if prefixed else indefinite_form(noun), org


def _described(noun: Token) -> bool:
    """``den kreftsyke tenåringsjenta``: an article and a definite (inflected) noun describe someone; so does a
    determiner that is no article or possessive (``slik politikk Schmidt-Nielsen håper``), or a superlative
    (``landets største skattebetaler``); ``den albanske ambassador`` and ``hans rådgiver`` keep the bare title."""
    determiners = [c for c in noun.lefts if c.dep_ in ("DET", "det")]
    if any(c.lower_ not in ARTICLES and not _genitive(c) and "Yes" not in c.morph.get("Poss", [])
           for c in determiners):
        return True
    if any(c.lower_ in ("en", "ei", "et") for c in determiners) and normalize_title(noun.lower_) is None:
        return True  # "Et grep Haneke benytter": an indefinite noun no lexicon holds, the name no role of it
    if any("Sup" in c.morph.get("Degree", []) for c in noun.lefts):
        return True  # "Landets største skattebetaler Olav Thon": a superlative describes, it names no role
    return noun.lemma_.lower() not in ("", noun.lower_) and any(c.lower_ in ARTICLES for c in determiners) \
        and not article_role(noun)


def article_role(noun: Token) -> bool:
    """A role in the double definite before a name (``Den svenske treneren Jorge Boero``, ``den argentinske
    motorsykkelføreren``): ``den`` and a definite role noun, a title of the lexicon or an agent noun; not a
    description (``den kreftsyke tenåringsjenta``). Also a definite title prefixed by a name (``NHL-direktøren
    Kenneth Yaffe``), which no one reads as a noun of its own."""
    prefix, _, rest = noun.text.rpartition("-")
    if prefix[:1].isupper() and rest.islower() and definite_title(rest) is not None:
        return True
    if not any(c.lower_ in ("den", "det") and c.dep_ in ("DET", "det") for c in noun.lefts) or not definite(noun):
        return False
    return definite_title(noun.text) is not None or re.search(f"(?:{AGENT_ENDINGS})$", noun.lower_) is not None


def _tying_phrase(doc, i: int) -> int | None:
    """The index of ``i``/``ved``/``hos``/... that opens an organisation phrase ending at ``i``
    (``i danske Jyllands-Posten``), or None."""
    j = i
    seen_name = False
    while j >= 0 and i - j < 6:
        token = doc[j]
        if token.is_space:
            return None  # a paragraph break: the headline before is no part of the name's phrase
        if token.lower_ in TIED_BY and j < i and token.ent_iob_ != "I":  # not the "i" of "Universitetet i Bergen"
            return j if seen_name else None
        if token.ent_type_ or token.pos_ == "PROPN":
            seen_name = True
        elif token.pos_ not in ("ADJ", "DET", "NOUN") or token.is_punct:
            return None
        j -= 1
    return None


def _comma_apposition(doc, comma: int, org_of: Callable[[Span], str | None]) -> tuple[str | None, str | None]:
    """``lederen for landets største fagforening X, Cristian Cuevas``: the outermost role noun tied to
    what follows it (``Lederen for den etiske komiteen i ...``: ``leder``, not ``komiteen``)."""
    found = None
    window = range(comma - 1, max(-1, comma - 13), -1)
    opened = [j for j in window if doc[j].text == "«"]  # a name in marks («Skal vi danse») is one word here
    marked = set(range(opened[0], comma)) if opened and any(doc[j].text == "»" for j in window if j > opened[0]) \
        else set()
    for j in window:
        token = doc[j]
        if j not in marked and (token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ")
                                or token.is_punct and token.text not in "()-") or j == comma - 1 and relation(token):
            break  # "en byste av faren, Per Poppe": the kin set off before the name, not the bust
        following = doc[j + 1] if j + 1 < comma else None
        if _role_noun(token) and (token.is_lower or token.is_sent_start) and following is not None \
                and following.lower_ in TIED_BY:
            found = j
    if found is None or doc[found].dep_ in ("DOBJ", "obj") and doc[found].head.pos_ in ("VERB", "AUX") \
            and doc[found].head.i < found:
        return None, None  # "Liverpool har ikke vunnet ligaen på 24 år, Kjetil Rekdal tror": a verb's object
    title, rest = indefinite_form(doc[found]), found + 2
    if found > 1 and doc[found - 1].lower_ == "og" and _role_noun(doc[found - 2]) \
            and normalize_title(doc[found - 2].lower_) is not None:  # "varaordfører og førstekandidat for X, Name"
        title = f"{indefinite_form(doc[found - 2])} og {title}"
    field = bare_field(doc, found, comma)
    if field is not None:  # "professor i markedsføring ved Handelshøyskolen BI, Tor W. Andreassen"
        title, rest = f"{title} {field[0]}", field[1]
    return title, _first_org_name(doc[rest:comma], org_of)


def _first_org_name(span: Span, org_of: Callable[[Span], str | None]) -> str | None:
    """The organisation of the first organisation-like name in ``span`` (as written if none is known); a name in
    quote marks is a work's title, no organisation (GUIDELINES)."""
    names = [t for t in span if t.ent_type_ in ("ORG", "GPE_ORG", "GPE_LOC") or t.pos_ == "PROPN"]
    if not names or names[0].i > 0 and span.doc[names[0].i - 1].text == "«":  # a work's title («Skal vi danse»)
        return None
        return None
    first = names[0]
    last = first.i
    while last + 1 < span.end and (span.doc[last + 1].ent_iob_ == "I" or span.doc[last + 1].pos_ == "PROPN"):
        last += 1
    found = span.doc[first.i:last + 1]
    return org_of(found) or found.text


def definite(noun: Token) -> bool:
    """The definite form, as the morphology says or, where it says nothing, as a title's ending or the
    ending past the lemma does (``filmstjernen``)."""
    lemma = noun.lemma_.lower()
    return "Def" in noun.morph.get("Definite", []) or definite_title(noun.text) is not None \
        or noun.lower_ in (lemma + "en", lemma + "n", lemma + "et")


def attributed_role(noun: Token, name: Token) -> bool:
    """A known role in the definite right after a reporting verb whose subject is the name after it: ``sier
    jordmoren Firooza`` (not ``så resepsjonisten Espen stå``)."""
    verb = noun.nbor(-1) if noun.i > 0 else None
    return verb is not None and verb.lower_ in reporting_verb_set() and name.dep_ in ("SUBJ", "nsubj") \
        and name.head.i == verb.i and normalize_title(noun.lower_) is not None


def _genitive(token: Token) -> bool:
    return "Gen" in token.morph.get("Case", []) or token.pos_ == "PROPN" and token.text.endswith("s")


def tied_org(noun: Token, org_of: Callable[[Span], str | None]) -> str | None:
    """The organisation a role noun is tied to after it: ``ved``/``i``/``hos``/``for``/``fra`` + a name."""
    for child in noun.rights:
        if child.lower_ in TIED_BY and (org := org_of_phrase(child, org_of)) is not None:
            return org
    return None


def _role_noun(token: Token) -> bool:
    """A lower-case noun, or a capitalised one at the start of a sentence (``Teatersjefen``), not a relation."""
    compound = token.pos_ == "ADJ" and len(token) > 9 and normalize_title(token.lower_) is not None  # kostymeansvarlig
    if token.pos_ not in ("NOUN", "PROPN") and not compound or token.ent_type_ not in ("", "DRV") \
            or not token.text.replace("-", "").isalpha():
        return False  # not a handle ("@bildepappa Kurt Nilsen") or a number
    prefixed = "-" in token.text.strip("-") and token.text.rpartition("-")[2].islower()  # "FN-ambassadør"
    if not token.is_lower and not prefixed:
        if not opens(token):
            return False
        # a capitalised word opening a sentence is a title only as a common noun: the tagger's noun, a
        # definite form ("Historikeren") or a known title, not an imperative it read as a name ("Hils
        # Cathrine fra meg")
        if token.pos_ != "NOUN" and not (token.morph.get("Definite", []) or indefinite_form(token) != token.lower_
                                         or normalize_title(token.text) or _names_apposition(token)):
            return False
        if (token.tag_.lower() == "adj" or token.lower_ in function_words()) and not normalize_title(token.text):
            # "Rutinerte Dempsey": the tagger's fine tag says adjective where its coarse one says noun;
            return False  # "Deriblant Fredrik Græsvik": an adverb it read as a noun ("Regissør" is a common word too)
    return not _no_post(token) and not _plural(token) and not relation(token)


def _no_post(token: Token) -> bool:
    """A form that holds no post whatever the tagger says: an owner in the genitive (``av dagens Dylan``); unless
    the lexicon knows it as a title, an adjective of origin (``kurdisk-danske Sara Omar``; ``Sykepleiersken`` is a
    role), an act, a quality or a work (``Urd J. Pedersen, maleri``) and a thing counted by an ordinal (``sitt 16.
    VM-mål, Toni Kroos hadde``; ``1. nestleder`` is a post)."""
    lower = token.lower_
    origin = lower.endswith("ske") and not lower.endswith("erske") or bool(ABSTRACT_NOUN.search(indefinite_form(token)))
    counted = any(c.text[:1].isdigit() for c in token.lefts) and not normalize_title(token.text.rpartition("-")[2])
    praised = bool(EPITHET.search(indefinite_form(token)))  # "kveldens stjerne, Ozzy Osbourne": praise, no post
    return "Gen" in token.morph.get("Case", []) or (origin or praised) and not normalize_title(token.text) or counted


# the epithets of sports and show business (``stjerne``, ``rockestjerne``, ``målhelt``, ``klubblegende``): no post
EPITHET = re.compile("(?:" + "|".join((*EPITHET_HEADS, "ikon", "idol")) + ")$")


def _plural(token: Token) -> bool:
    """A plural noun, or one coordinated with a plural (``bilder og videoer Eyvind tok``), is no one's title;
    an agent noun that only looks plural is one (``statistikkblogger``)."""
    if token.i > 1 and token.nbor(-1).lower_ in ("og", "eller") and token.nbor(-2).pos_ == "NOUN" \
            and _plural(token.nbor(-2)):
        return True
    if token.lower_.endswith("er") and normalize_title(token.lower_) == token.lower_:
        return False  # "varaordfører": a title in its singular form the tagger read as a plural ("varaordføre")
    return "Plur" in token.morph.get("Number", []) and (
        token.lower_.endswith("ene") or token.lemma_[-1:].lower() in "aeiouyæøå")


def _names_apposition(token: Token) -> bool:
    """A word in apposition to the person's name right after it (``Statistikkblogger Nate Silver``, which the
    tagger reads as a name): a role, not an imperative (``Hils Kari``, the sentence's root)."""
    return token.dep_ in APPOSITION and token.head.i == token.i + 1 and token.head.ent_type_ == "PER" \
        and token.text.isalpha() and len(token.text) > 3


def opens(token: Token) -> bool:
    """Whether ``token`` opens a sentence or a paragraph (a paragraph's first word after the blank line)."""
    return token.is_sent_start or token.i == 0 or token.nbor(-1).is_space


def relation(token: Token) -> bool:
    """``pappa``, ``Venninnen``, ``sønnene``: a relation noun in any form (a capital's lemma may not be the base)."""
    return relation_noun(token.lower_, indefinite_form(token))


def indefinite_form(token: Token) -> str:
    """The indefinite singular of a title noun: the lemma when it is the word's beginning
    (``teatersjefen`` -> ``teatersjef``), else the word; a capitalised prefix keeps its case
    (``EU-ambassadøren`` -> ``EU-ambassadør``)."""
    word, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN"):
        lemma = word  # a noun the tagger took for a verb has a verb's lemma ("byrådsleder" -> "byrådsled")
    known = next((word[:len(word) - len(e)] for e in ("", "en", "n", "met", "et", "a")
                  if word.endswith(e) and word[:len(word) - len(e)] in title_set()), None)
    if known is not None:
        word = known  # the lexicon's form whatever the lemmatizer says ("ordfører", "admiralen", "overlegen")
    elif word.endswith("er") and lemma == word[:-2]:
        pass  # an agent noun read as a plural ("statistikkblogger" -> "statistikkblogg")
    elif lemma and word.startswith(lemma) and lemma != word:
        word = lemma
    elif word.endswith(("eren", "øren", "æren", "aren")):
        word = word[:-2]  # a definite agent noun the lemmatizer left as it is ("Historikeren" read as a name)
    prefix = token.text.rpartition("-")[0]
    if prefix[:1].isupper() and len(word) > len(prefix):
        word = prefix + word[len(prefix):]
    return word


ARTICLES = {"den", "det", "de", "en", "ei", "et"}
SUBJECT = {"SUBJ", "nsubj"}
