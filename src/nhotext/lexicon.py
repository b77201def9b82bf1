"""Norwegian language data shared by quotes and organisations: reporting verbs, titles (with typo
tolerance), pronouns, unnamed sources, organisation nouns and the dependency labels the rules read."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Indel

from .resources import read_list

# Dependency labels the attribution logic reads, for our NDT-labelled parser and
# for UD-labelled pipelines (nb_core_news_sm): the one place that knows them.
DEP_LABELS = {
    "subject": {"SUBJ", "nsubj", "nsubj:pass", "FSUBJ"},
}

# "... å bygge på sier Øyvind Strømmen, frilansjournalist ...": an attribution whose comma before the
# cue the writer left out is still one when "sier"/"sa" is followed by a name (up to four capitalised
# words) and then a comma, a channel or the end of the sentence (quotes.direct and coref.people).
UNCOMMAED_CUES = ("sier", "sa")
UNCOMMAED_NAME = r"\s+(?:[A-ZÆØÅ][\w.-]*\s+){0,3}[A-ZÆØÅ][\w-]*"
AFTER_NAME = r"(?:,|\s(?:til|overfor|i|ved)\s)"

# the definite singular endings of an agent noun for a person (``regissøren``, ``gitaristen``, ``abortmotstanderen``)
AGENT_ENDINGS = "eren|øren|aren|isten|anten|enten"
# The epithets of sports and show business, as the heads of compounds (``superstjerne``, ``målhelt``): a person taken
# up (``sa superstjernen``), and no post before a name (``kveldens stjerne, Ozzy Osbourne``)
EPITHET_HEADS = ("stjerne", "kjempe", "helt", "legende")
# endings of nouns for an act, a state, a quality or a craft's work ("personifisering", "sannhet", "hendelse",
# "nasjon", "vennskap", "maleri"), never of a person's post (not every "-ing": "utsending", "høvding", "lærling")
ABSTRACT_NOUN = re.compile(r"(?:ering|het|else|sjon|skap|eri)$")
PRONOUNS = {"han": "m", "hun": "f", "hen": None, "de": None, "vi": None, "jeg": None}
# "departementet sier": the organisation kinds a definite noun can stand for
ORG_NOUNS = {
    "politiet": ("agency",), "selskapet": ("company",), "konsernet": ("company",), "bedriften": ("company",),
    "departementet": ("ministry",), "direktoratet": ("agency",), "tilsynet": ("agency",),
    "kommunen": ("municipality",), "fylkeskommunen": ("municipality",), "forbundet": ("union",),
    "organisasjonen": ("ngo", "business_association", "union"), "partiet": ("party",),
    "klyngen": ("cluster",), "regjeringen": ("government",), "universitetet": ("research_education",),
    "sykehuset": ("agency",), "etaten": ("agency",), "banken": ("company",),
    "retten": ("government",), "tingretten": ("government",), "lagmannsretten": ("government",),
    "domstolen": ("government",),
    "organisasjonene": ("business_association", "union", "ngo"), "partiene": ("party",),
    "selskapene": ("company",), "avisen": ("media",), "avisa": ("media",), "kanalen": ("media",),
    "nettstedet": ("media",), "byrået": ("media",), "ambassaden": ("government",),
    "klubben": ("sports",), "foreningen": ("ngo", "business_association"), "stiftelsen": ("ngo",),
    "brannvesenet": ("agency",), "barnevernet": ("agency",), "barneverntjenesten": ("agency",),
    "instituttet": ("agency", "research_education"), "fengselet": ("agency",),
    "skolen": ("research_education",), "rederiet": ("company",), "borettslaget": ("other",),
    "forlaget": ("company", "media"), "kommisjonen": ("agency", "international", "government"),
}


# Heads whose capitalised compounds name one body ("Pensjonistforbundet", "Arbeidstilsynet", "Skatteetaten"): on NorNE
# train every capitalised compound on them (departementet 33, partiet 43, direktoratet 21, tilsynet 11, forbundet 8,
# etaten 3, kommisjonen 3, ombudet 1), sentence-initial or not, is an organisation; "rådet", "verket" and "utvalget"
# open a sentence as common nouns too (7 of their 12 there: "Regelverket", "Utviklingsutvalget")
NAMED_BODY = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:departementet|direktoratet|tilsynet|forbundet|foreningen|etaten"
                         r"|instituttet|partiet|ombudet|kommisjonen)s?")


def org_noun_kinds(word: str) -> tuple[str, ...] | None:
    """The kinds of organisation a definite noun stands for, also as the head of a compound
    (``lokalavisen``, ``TV-kanalen``, ``nyhetsbyrået``); None for any other word."""
    lower = word.lower()
    if lower in ORG_NOUNS:
        return ORG_NOUNS[lower]
    head = next((n for n in ORG_NOUNS if lower.endswith(n) and len(lower) - len(n) >= 3), None)
    return ORG_NOUNS[head] if head else None


def bare_org_noun_kinds(word: str) -> tuple[str, ...] | None:
    """:func:`org_noun_kinds` of a noun in its bare form, as it stands after an owner (``Drammensregionens
    brannvesen``, ``Kinas utenriksdepartement``), by its definite forms."""
    return org_noun_kinds(word + "et") or org_noun_kinds(word + "en")
# When a post was held, no part of its title (GUIDELINES: "daværende politimester" -> "politimester")
POST_TIMES = {"tidligere", "daværende", "nåværende", "forhenværende", "avtroppende", "påtroppende"}
# Cues said with a negation ("har aldri lagt skjul på at"): the negation is the idiom's, the report stands
NEGATED_CUES = {"lagt skjul på"}
# Possessive pronouns ("sin far", "sønnen hans Odin"): an owner, not a description or a title.
POSSESSIVE_PRONOUNS = {"sin", "si", "sitt", "sine", "hans", "hennes", "min", "mi", "mitt", "mine", "din", "di", "ditt",
                       "dine", "vår", "vårt", "våre", "deres"}
# Nouns for an unnamed person: the quote has a speaker, but the article does not name them.
UNNAMED = {"kvinnen", "mannen", "jenta", "gutten", "kvinne", "mann", "eleven", "pasienten", "naboen",
           "vitnet", "kilden", "kilder", "innbyggeren", "beboeren", "moren", "faren", "sjåføren",
           "kritikerne", "kritikere", "ekspertene", "eksperter", "forskerne", "forskere", "naboene",
           "innbyggerne", "beboerne", "foreldrene", "elevene", "de ansatte", "ansatte", "fagfolk", "økonomer",
           "økonomene", "analytikerne", "vitner", "kildene", "motstanderne", "tilhengerne"}
TITLE_HEADS = ("direktør", "leder", "sjef", "minister", "ordfører", "rådmann", "mester", "rådgiver",
               "sekretær", "president", "forsker", "professor", "tillitsvalgt", "talsperson", "redaktør",
               "økonom", "representant", "advokat", "dommer", "formann", "ansvarlig", "koordinator",
               "bonde", "investor", "lærer", "ekspert", "fisker", "eier", "gründer", "megler", "byråd", "analytiker",
               "konsulent", "journalist", "inspektør", "lege", "kirurg", "sykepleier", "psykolog", "trener", "mekler",
               "strateg", "keeper", "forfatter", "instruktør", "fotograf", "terapeut", "pedagog", "kandidat",
               "regissør", "kommentator", "historiker", "musiker", "kritiker", "sopran", "forstander",
               # agentive endings that make person nouns of a sport or a field (alpinist, skiløper), and a
               # player of a position or a sport (midtbanespiller, håndballspiller)
               "ist", "løper", "utøver", "spiller")
# Words before «...» that make it a title, name or slogan, not a quote.
NOT_QUOTE_CUES = {"boka", "boken", "filmen", "serien", "sangen", "låta", "albumet", "romanen", "dekknavn",
                  "dekknavnet", "kallenavn", "kallenavnet", "kalt", "kalles", "slagord", "slagordet", "begrepet",
                  "prosjektet", "programmet", "kampanjen", "forestillingen", "utstillingen", "stykket",
                  "artikkelen", "rapporten", "podkasten", "tittelen", "navnet", "merket", "ordet", "uttrykket"}


@cache
def reporting_verbs() -> tuple[str, ...]:
    """Surface forms, longest first (so that ``legger til`` wins over ``legger``)."""
    return tuple(sorted(read_list("reporting_verbs.txt"), key=len, reverse=True))


@cache
def reporting_verb_set() -> frozenset[str]:
    return frozenset(reporting_verbs())


@cache
def cue_pattern() -> re.Pattern[str]:
    """Reporting verbs in lower case, or capitalised at a sentence start ("Sier hun") but
    never in capitals: ``LO`` is an organisation, not the past of ``le``."""
    forms = [v for verb in reporting_verbs() for v in (verb, verb[0].upper() + verb[1:])]
    # a particle verb with its subject between verb and particle ends a sentence: "slår Utne fast.", "la han til."
    split = r"(?:slår|slo)(?=(?:\s+[\w.-]+){1,4}\s+fast[.!?]?\s*$)|(?:legger|la)(?=(?:\s+[\w.-]+){1,4}\s+til[.!?]\s*$)"
    # and before its clause: "viser retten til at", "minner han om at", "slo utvalget fast at"; not past a
    # reflexive, which makes another verb ("har innstilt seg på at": prepared for, not proposed)
    split += "".join(f"|{re.escape(verb)}(?=(?:\\s+(?!(?:seg|meg|deg|oss)\\s)[\\w.-]+){{1,3}}\\s+{particle}\\s+at\\s)"
                     for verb, particle in (cue.split() for cue in _particle_cues()))
    # not a particle verb of another meaning: "sa opp jobben" (resigned), "skrev under på" (signed)
    # a degree word before the adjective of "gjør det klart", "fant det sannsynlig": "gjør det klinkende klart"
    escaped = (re.escape(f).replace(r"\ det\ ", r"\s+det\s+(?:[a-zæøå]+\s+)?") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(escaped)}|{split})(?![\w-])(?!\s+(?:opp|under)\b)", re.MULTILINE)


def cue_form(matched: str) -> str:
    """A cue as GUIDELINES write it: a multi-word cue with a word set into it (``finner det videre bevist``, ``gjør det
    klinkende klart``) is discontinuous, only its verb."""
    return matched if " " not in matched or matched in reporting_verb_set() else matched.split()[0]


def _particle_cues() -> list[str]:
    """The lexicon's cues of a verb and its particle (``viser til``, ``slår fast``); not ``står det``."""
    return [cue for cue in reporting_verbs() if cue.count(" ") == 1 and cue.split()[1] in PARTICLES]


PARTICLES = {"til", "fast", "om", "på", "for"}
# Verbs that take a clause without "at": "Kristiansen mener klyngene gir ..."
BARE_CLAUSE_CUES = {"mener", "mente", "tror", "synes", "syntes", "tenker", "føler", "sier", "sa",
                    "opplyser", "opplyste", "frykter", "fryktet", "hevder", "hevdet", "påstår", "påsto"}
# Verbs of thinking: a quote only after thought rendered verbatim in the first person (GUIDELINES: ``Dette
# klarer jeg, tenkte han.``), never with "at" (``tenker at hun aldri skulle gått``: a mental state in narration).
THOUGHT_CUES = ("tenkte", "tenker")
# prepositions that tie a role to the organisation it serves ("leder i NHO", "direktør ved Norsk Polarinstitutt")
# words that deny what a verb says: "Det sa hun aldri", "var han ikke lenger Viking-spiller"
NEGATIONS = frozenset({"ikke", "aldri", "neppe", "ikkje"})
TIED_BY = frozenset({"ved", "i", "hos", "for", "fra", "på", "av"})
# an aside between a trailing cue and its source: ", står det blant annet i notatet", ", sier blant andre X"
ASIDE = re.compile(r"(?:blant (?:annet|andre)|bl\.\s?a\.|mellom annet|også|dessuten|videre|nemlig)\s+")



@cache
def known_places() -> frozenset[str]:
    """The places of ``resources/places.txt``, lower-cased (countries, regions, towns the recognizer confuses)."""
    return frozenset(p.casefold() for p in read_list("places.txt"))

@cache
def titles() -> tuple[str, ...]:
    return tuple(read_list("titles.txt"))


@cache
def _first_names() -> dict[str, str]:
    """Our hand-written list over the treebank's (``first_names_ndt.tsv``, nhotext.training.first_names)."""
    out = {}
    for resource in ("first_names_ndt.tsv", "first_names.tsv"):
        for line in read_list(resource):
            name, gender = line.split("\t")
            out[name.casefold()] = gender
    return out


# Endings of Norwegian first names that say the gender where no list holds the name (Cathrine, Ragnhild, Torstein)
FEMALE_ENDINGS = ("ine", "ina", "ette", "etta", "ella", "issa", "anna", "hild", "veig", "borg", "laug", "frid", "trud")
MALE_ENDINGS = ("stein", "bjørn", "geir", "mund", "vard", "leif")


@cache
def _world_names() -> dict[str, str]:
    rows = (line.split("\t") for line in read_list("first_names_world.tsv"))
    return {name.casefold(): gender for name, gender in rows}


def person_gender(first_name: str) -> str | None:
    """The gender of a person's first name: :func:`gender_of`, else the names common outside Norway
    (``first_names_world.tsv``: ``Carlos``, ``Kamala``), which are no evidence that a word is a name (``Rosa
    Mediterranean Houses``, ``Grace``) and so are asked only of someone known to be a person; so is a name that ends
    in a known one (:func:`joined_name_gender`)."""
    return gender_of(first_name) or _world_names().get(first_name.casefold()) or joined_name_gender(first_name)


def joined_name_gender(first_name: str) -> str | None:
    """The gender of a first name no list holds that ends in one a list holds (``Rosemarie``, ``Annemarie``): asked
    only of someone known to be a person, since places and words end in names too (``Danmark``, ``Kongsvinger``)."""
    name, names = first_name.casefold(), _first_names()
    last = next((name[k:] for k in range(3, len(name) - 3) if name[k:] in names), None) \
        if name.isalpha() and name not in names else None
    return names[last] if last is not None else None


def gender_of(first_name: str) -> str | None:
    name = first_name.casefold()
    known = _first_names().get(name)
    if known is None and "-" in name.strip("-"):  # "Jens-Petter", "Anne-Marie": the parts' gender where they agree
        genders = {gender_of(part) for part in name.split("-")}
        return genders.pop() if len(genders) == 1 else None
    if known is not None or len(name) < 4 or not name.isalpha():
        return known
    return "f" if name.endswith(FEMALE_ENDINGS) else "m" if name.endswith(MALE_ENDINGS) else None


@cache
def saying_nouns() -> frozenset[str]:
    """Nouns of saying (``beskjed``, ``svar``, ``uttalelse``) in the base form."""
    return frozenset(read_list("saying_nouns.txt"))


@cache
def title_set() -> frozenset[str]:
    return frozenset(titles())


@lru_cache(maxsize=65536)
def normalize_title(word: str, typos: bool = True) -> str | None:
    """The lexicon title for a word as written (``regiondirktør`` -> ``regiondirektør``; not with ``typos`` off),
    a definite form (``regiondirektøren`` -> ``regiondirektør``) or a compound on a
    title head (``klimaforsker`` -> ``klimaforsker``); None if it is not a title."""
    word = " ".join(word.casefold().strip(" ,.").split())
    if len(word) < 3 or not word.replace(" ", "").replace("-", "").isalpha():
        return None
    known = title_set()
    if word in known:
        return word
    for ending in ("en", "n", "et", "a"):
        if word.endswith(ending) and word[: -len(ending)] in known:
            return word[: -len(ending)]
    if " " not in word and _on_title_head(word):
        return word
    # a typo of a title (only words long enough for one edit to stay recognisable)
    match = process.extractOne(word, titles(), scorer=Indel.normalized_similarity, score_cutoff=0.88) \
        if len(word) >= 7 and typos else None
    if match is not None and word not in (match[0] + "i", match[0] + "ien"):  # "sosiologi": the field, no typo of
        return match[0]  # "sosiolog"
    for ending in ("en", "n"):
        base = word[: -len(ending)]
        if word.endswith(ending) and _on_title_head(base):
            return base
    # a woman's form of a title, as written (``forfatterinne``, ``skuespillerinnen``)
    for ending in ("innen", "inna", "inne"):
        if word.endswith(ending) and len(word) > len(ending) + 3 \
                and normalize_title(word[: -len(ending)], typos=False) is not None:
            return word[: -len(ending)] + "inne"
    return None


def _on_title_head(word: str) -> bool:
    """A title head (``lærer``) or a compound on one (``klimaforsker``), not a word that merely ends
    in one (``seier``: s + eier), nor a compound that says how someone stands to others (``støttespiller``)."""
    return not word.endswith(NOT_ROLES) and any(
        word == head or (word.endswith(head) and len(word) - len(head) >= 3) for head in TITLE_HEADS)


# compounds on a title head that describe a part someone plays, not a post or a position; and native words that
# end in the letters of the agentive "-ist" without it ("nitrist": very sad, "søknadsfrist": a deadline, "tvist")
NOT_ROLES = ("støttespiller", "medspiller", "motspiller", "lagspiller", "nøkkelspiller", "trist", "frist", "tvist",
             "kvist")


def definite_title(word: str) -> str | None:
    """``regiondirektøren`` -> ``regiondirektør``; only definite forms (a later mention), spelt as the title is
    (no typo: ``historien`` is no ``historiker``)."""
    lower = word.casefold()
    for ending in ("en", "n"):
        if lower.endswith(ending):
            base = normalize_title(lower[: -len(ending)], typos=False)
            if base is not None and base != lower:
                return base
    return None


# Relations, not roles: these nouns before a name say who someone is to someone else.
RELATIONS = {
    "pappa", "mamma", "far", "mor", "bror", "søster", "sønn", "datter", "kone", "mann", "ektefelle",
    "samboer", "kjæreste", "venn", "venninne", "kamerat", "kompis", "onkel", "tante", "bestefar",
    "bestemor", "farfar", "morfar", "farmor", "mormor", "fetter", "kusine", "nevø", "niese", "barn",
    "gutt", "jente", "nabo", "kollega", "svoger", "svigerinne", "svigerfar", "svigermor", "enke",
    "enkemann", "stefar", "stemor", "lillebror", "storebror", "lillesøster", "storesøster", "ektemann",
    "forelder", "foreldre", "kvinne", "dame", "herre", "person",
}
# Relations that say the gender of the person named after them (``kona Kirsten``, ``sønnen Per``)
FEMALE_RELATIONS = {"mamma", "mor", "søster", "datter", "kone", "venninne", "tante", "bestemor", "farmor", "mormor",
                    "kusine", "niese", "jente", "svigerinne", "svigermor", "enke", "stemor", "lillesøster",
                    "storesøster", "kvinne", "dame", "frue", "hustru"}
MALE_RELATIONS = {"pappa", "far", "bror", "sønn", "onkel", "bestefar", "farfar", "morfar", "fetter", "nevø", "gutt",
                  "svoger", "svigerfar", "enkemann", "stefar", "lillebror", "storebror", "ektemann", "herre", "mann"}
SINGULAR_ENDINGS = ("en", "a", "et", "n")


def noun_bases(word: str, endings: tuple[str, ...] = SINGULAR_ENDINGS) -> set[str]:
    """The forms a lower-case noun may have before one of ``endings`` (``faren`` -> ``faren``, ``fare``,
    ``far``), with the feminine definite of a noun in ``-e`` (``kona`` -> ``kone``)."""
    bases = {word} | {word[:len(word) - len(e)] for e in endings if word.endswith(e)}
    if word.endswith("a"):
        bases.add(word[:-1] + "e")
    return bases


def relation_gender(word: str) -> str | None:
    """``f`` or ``m`` for a relation noun that says a gender in any form (``kona``, ``mora``, ``sønnen``,
    ``eldstesønnen``), else None (``kjæresten``, ``naboen``)."""
    for base in noun_bases(word.casefold(), (*SINGULAR_ENDINGS, "ne", "ene")):
        for gender, nouns in (("f", FEMALE_RELATIONS), ("m", MALE_RELATIONS)):
            if base in nouns or len(base) > 6 and base.endswith(("datter", "søster", "sønn", "bror")) and \
                    base.endswith(tuple(nouns)):
                return gender
    return None


# Heads of kin and friends' compounds (``eldstesønn``, ``tvillingbror``, ``bestevenn``, ``klubbkompis``), not
# ``-mann`` (``talsmann``)
KIN_HEADS = ("sønn", "datter", "bror", "søster", "far", "mor", "kone", "barn",
             "venn", "venninne", "kompis", "kamerat", "kollega", "kjæreste")


def relation_noun(word: str, base: str | None = None) -> bool:
    """``pappa``, ``venninnen``, ``sønnene`` (lower case): a relation noun in any form; ``base``, its
    indefinite form where the caller knows it (a kin compound is known by its base)."""
    if base is not None and base not in RELATIONS and base in title_set():
        return False  # a trade written on a kin head ("jordmor") is a title
    return (base is not None and (base in RELATIONS or base.endswith(KIN_HEADS))) or bool(
        noun_bases(word, (*SINGULAR_ENDINGS, "ne", "ene")) & RELATIONS)  # "kona": "kone"


def same_title(held: str, title: str) -> bool:
    """Whether a later ``title`` (``Oktober-sjefen``, ``professoren``) names the role someone holds (``forlagssjef``,
    ``professor i markedsføring``): the same, or on its head."""
    head = title.rpartition("-")[2]
    if head == "statsråd":  # a member of the government, whatever ministry: "kunnskapsminister ... statsråden"
        return held.endswith(("minister", "statsråd"))
    return held == title or held.endswith(head) or held.startswith(head + " ")


def name_title(name: str) -> str | None:
    """The title a name's capitalised first word is, where the recognizer took it into the name (``Statsminister
    Jens Stoltenberg``), else None."""
    first = name.split()[0] if len(name.split()) > 1 else ""
    return normalize_title(first.lower()) if first[:1].isupper() else None
