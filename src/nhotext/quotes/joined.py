"""Two people joined by ``og`` as the one source of a report (quotes-dev GUIDELINES: several sources are joined as
written, each in the fullest form), where words stand between the names or the parser does not coordinate them:
``Egil Stenshagen, daglig leder i Stenshagen Bil, og salgssjef Tommy Harland sier ...``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import DEP_LABELS
from .clauses import subject_last


def separates(between: Span) -> bool:
    """Whether the words between two coordinated names only join them: a comma or ``og``, after the first one's
    title set off by commas and before the second one's title (``, daglig leder i Stenshagen Bil, og salgssjef``);
    no verb and no third person."""
    words = [t for t in between if not t.is_space]
    if [t.lower_ for t in words] in ([","], ["og"]):
        return True
    # joined by "og", or by a comma in a list of three ("X, Høyres talsmann Y og Z")
    k = next((i for i, t in enumerate(words) if t.lower_ == "og"), 0 if words and words[0].text == "," else -1)
    if k < 0 or any(t.pos_ == "VERB" or t.ent_type_ == "PER" for t in words):
        return False
    aside, title = words[:k], words[k + 1:]
    set_off = not aside or len(aside) >= 3 and aside[0].text == aside[-1].text == "," \
        and all(t.text != "," for t in aside[1:-1])
    return set_off and _title_words(title)


def _title_words(words: list[Token]) -> bool:
    """The second name's title: up to two lower-case words, after the genitive of its body if written (``og
    salgssjef``, ``og Frps talsmann``, ``, Høyres innvandringspolitiske talsmann``), or three after ``den`` (``og den
    tidligere amerikanske presidenten``)."""
    if words and words[0].is_title and words[0].text.endswith("s") and len(words) > 1:
        words = words[1:]
    most = 2
    if words and words[0].lower_ == "den" and len(words) > 1:
        words, most = words[1:], 3
    return len(words) <= most and all(t.is_lower and t.is_alpha for t in words)


def subject_extent(cue: Token, subject: Token) -> tuple[Token, Token]:
    """The first and last token of the cue's subject with a second name joined to it by ``og``, which the parser
    hangs on the verb as a subject of its own (``Per Olsen, leder i X, og salgssjef Kari Hansen sier``: two
    subjects) or makes the head the verb is coordinated with (the first name the root, the verb its conjunct)."""
    doc = cue.doc
    first, last = subject.left_edge, subject_last(subject, cue)  # not a clause of what it claims after it
    for other in cue.children:
        if other.dep_ in DEP_LABELS["subject"] and last.i < other.i < cue.i \
                and [t.lower_ for t in doc[last.i + 1:other.left_edge.i]] == ["og"]:
            last = other.right_edge
    if first.i < 2 or doc[first.i - 1].lower_ != "og":
        return first, last
    opening = next((t for t in subject.sent if not t.is_space), subject)
    if first.i - 1 > opening.i and opening.ent_type_ == "PER" and opening.ent_iob_ == "B":
        name_end = opening.i + 1
        while name_end < first.i and doc[name_end].ent_iob_ == "I":
            name_end += 1
        if separates(doc[name_end:subject.i]):
            first = opening
    return first, last
