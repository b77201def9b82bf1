"""The channel a statement was made in, after its source's name (``sier kilden til NTB``, ``i en
pressemelding``, ``på Instagram``): where the words that name the speaker end."""

from __future__ import annotations

import re

from ..lexicon import org_noun_kinds
from .person_nouns import person_noun

# A channel or a topic after the source's name: "til NTB", "i en pressemelding" (not "i NHO Innlandet"), "ifølge AFP",
# "om Borat" ("sa Kasakhstans London-ambassadør om Borat": whom it is about, not who speaks), a website or a platform
# ("på sine nettsider", "på Twitter").
CHANNEL = re.compile(r"\s+(?:til|overfor|via|om|ifølge)\s+\S.*$"
                      r"|\s+i\s+(?:en|et|ei|sin|sitt|sine)\s+(?:pressemelding|uttalelse|innlegg|e-post|melding|"
                      r"kommentar|intervju|brev|SMS|kronikk|debattinnlegg|tweet|post|svar)\b.*$"
                      # "skriver klubben på sine nettsider", "på bloggen sin", "på Twitter"
                      r"|\s+på\s+(?:(?:sin|sitt|sine|hans|hennes|deres)\s+)?(?:nettsid|nettsted|hjemmesid|blogg|"
                      r"Twitter|Facebook|Instagram)\w*.*$")


def before_channel(doc, text: str, start: int, end: int) -> int:
    """Where the words ``text[start:end]`` after a cue end before the channel they were said in (``sier kilden til
    NTB``, ``i en pressemelding``); not a place a verb of the description goes to (``et vitne som kom til stedet``)."""
    channel = CHANNEL.search(text, start, end)
    platform = re.search(r"\s+på\s+", text[start:end])  # "skriver 26-åringen på Instagram": a product, the platform
    if platform is not None and (span := doc.char_span(start + platform.end(), end, alignment_mode="expand")) \
            and span[0].ent_type_ == "PROD" and (channel is None or channel.start() > start + platform.start()):
        return start + platform.start()
    if channel is None or channel.start() == start:
        return end
    preposition = next((t for t in doc.char_span(channel.start(), channel.end(), alignment_mode="expand") or ()
                        if not t.is_space), None)
    if preposition is None:
        return channel.start()
    if preposition.head.pos_ in ("VERB", "AUX") and start <= preposition.head.idx < end:
        return end
    told = next((c for c in preposition.children if c.dep_ in ("PUTFYLL", "pobj")), None)
    if preposition.lower_ == "til" and preposition.head.pos_ == "NOUN" and start <= preposition.head.idx < end \
            and told is not None and told.pos_ == "NOUN" and not told.ent_type_ \
            and org_noun_kinds(told.lower_) is None and not person_noun(told.text):
        return end  # "en kilde med kjennskap til saken": the description's own phrase; not "kilden til avisen", nor
        # a topic ("sier en FN-kollega om samarbeidet")
    if preposition.lower_ == "til" and told is not None and (told.ent_type_ == "PER" or person_noun(told.text)) and any(
            t.ent_type_ == "PER" and t.idx < end for t in doc[told.right_edge.i + 1:told.right_edge.i + 6]):
        # "Forsvareren til 19-åringen, advokat Marius Dietrichson": whose defender, the name set off after it, no
        # channel; not the one told ("sier rektor til Cathrine, og fremkaller ...": no name follows)
        return end
    return channel.start()
