"""Coreference for people in news: names, short names, genitives and pronouns resolved to one
person named by the fullest form in the article (:class:`People`), measured on NARC
(:mod:`nhotext.coref.narc`)."""

from .mentions import Mention, Person, mentions_between
from .names import clean_name, genitive, name_cased, name_word
from .people import PERSON_PRONOUNS, People
from .regions import quoted_regions
from .spans import person_spans

__all__ = ["PERSON_PRONOUNS", "Mention", "People", "Person", "clean_name", "genitive", "mentions_between", "name_cased",
           "name_word", "person_spans", "quoted_regions"]
