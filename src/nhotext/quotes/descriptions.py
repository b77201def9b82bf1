"""Unnamed sources (contract version 2): the description as the article writes it (``nordkoreanske
medier``, ``en kilde i politiet``, ``kvinnen``), a later definite mention taken up (``kilden``), and a role
noun that stands for a named person (``sier pappa`` where the article has ``pappa Tore``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..lexicon import PRONOUNS
from .types import Speaker

# A channel after the source's name: "til NTB", "i en pressemelding" (not "i NHO Innlandet").
CHANNEL = re.compile(r"\s+(?:til|overfor|via)\s+\S.*$"
                      r"|\s+i\s+(?:en|et|ei|sin|sitt|sine)\s+(?:pressemelding|uttalelse|innlegg|e-post|melding|"
                      r"kommentar|intervju|brev|SMS|kronikk|debattinnlegg|tweet|post|svar)\b.*$")


class UnnamedSources:
    """The part of :class:`~nhotext.quotes.speakers.ArticleContext` that describes unnamed sources."""

    doc: Doc
    text: str
    descriptions: list[tuple[str, Speaker]]  # unnamed sources so far: (head noun, speaker)
    roles: dict  # role noun lemma -> the one person it names (or None when two)

    def speaker_of(self, person) -> Speaker:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def _introduced(self, head: str, before: int) -> Speaker | None:
        """The indefinite noun phrase that introduced ``head`` before token ``before`` (``en kilde i
        politiet`` for a later ``kilden``), from the parse: the noun with its dependents."""
        for token in reversed(self.doc[:before]):
            if token.pos_ == "NOUN" and _same_noun(self.doc[before], token.lower_) \
                    and "Ind" in token.morph.get("Definite", []):
                start, end = token.left_edge.i, token.right_edge.i + 1
                if end - start > 10 or end > before:
                    return None
                phrase = self.doc[start:end]
                return self.described(phrase.start_char, phrase.end_char)
        return None

    def described(self, start: int, end: int) -> Speaker | None:
        """An unnamed source as the article describes it (``nordkoreanske medier``, ``en kilde i
        politiet``, ``kvinnen``; contract version 2): the words of ``text[start:end]`` as written, a channel
        (``til NTB``) left out, lower-cased at the start unless a name begins them. None for a lone
        pronoun, a clause of more than ten words or one without a noun."""
        channel = CHANNEL.search(self.text[start:end])
        if channel and channel.start() > 0:
            end = start + channel.start()
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tokens = [t for t in span if not t.is_space]
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("og", "men", "så", "nå", "da")):
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens or len(tokens) > 10 or all(t.lower_ in PRONOUNS for t in tokens):
            return None
        if self.doc.has_annotation("POS") and not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
            return None
        words = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        first = tokens[0]
        if not (first.ent_type_ or (first.is_upper and len(first) > 1)):  # a name or an acronym keeps its case
            words = words[0].lower() + words[1:]
        nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")] or tokens
        head = nouns[0].lemma_.lower() or nouns[0].lower_
        if len(tokens) == 1 and (person := self.roles.get(head)) is not None:
            return self.speaker_of(person)  # "sier pappa" where the article has "pappa Tore"
        if len(tokens) == 1 and "Def" in tokens[0].morph.get("Definite", []):
            # "kilden" after "en kilde nær regjeringen": the source described before, by its head noun
            for earlier_head, earlier in reversed(self.descriptions):
                if _same_noun(tokens[0], earlier_head):
                    return earlier
            antecedent = self._introduced(head, tokens[0].i)
            if antecedent is not None:
                return antecedent
        speaker = Speaker(words, type="description")
        self.descriptions.append((nouns[0].lower_, speaker))
        return speaker



def _same_noun(definite, indefinite: str) -> bool:
    """Whether a definite noun (a token) takes up an indefinite one (its text): the same lemma, or the
    indefinite form with a definite ending (``kilde`` -> ``kilden``, ``nabo`` -> ``naboen``); the
    lemmatizer does not always give the two forms one lemma."""
    word = definite.lower_
    return word != indefinite and (word.startswith(indefinite) and len(word) - len(indefinite) <= 3
                                   or (definite.lemma_.lower() == indefinite))


_QUANTIFIERS = {"en", "ei", "et", "flere", "noen", "mange", "to", "tre", "fire", "fem", "ingen", "enkelte"}


def indefinite_source(span: Span) -> bool:
    """Whether an attribution clause opens with an indefinite noun phrase (``en kilde i ...``, ``flere
    naboer``): its head is the source, whatever organisation or place modifies it."""
    tokens = [t for t in span if not t.is_space and not t.is_punct]
    return bool(tokens) and tokens[0].lower_ in _QUANTIFIERS and len(tokens) > 1 and not tokens[1].ent_type_


