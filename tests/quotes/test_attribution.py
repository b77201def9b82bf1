import json
import re
from pathlib import Path

import pytest
import spacy

from nhotext.lexicon import normalize_title
from nhotext.quotes import find_quotes
from nhotext.quotes.evaluate import evaluate


def _doc(text, people=(), orgs=()):
    """A Doc without a model: entities marked by hand (every occurrence of each name)."""
    doc = spacy.blank("nb")(text)
    spans = []
    for label, names in (("PER", people), ("ORG", orgs)):
        for name in names:
            for m in re.finditer(re.escape(name), text):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
                if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                    spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def _quotes(text, people=(), orgs=()):
    doc = _doc(text, people, orgs)
    quotes = find_quotes(doc)
    for q in quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes]


KRISTIANSEN = "NHO Innlandet har regiondirektør Jon Kristiansen.\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        (KRISTIANSEN + "– Klyngene betyr svært mye for oss, sier regiondirektør Jon Kristiansen.",
         [("direct", "Klyngene betyr svært mye for oss", "Jon Kristiansen")]),
        # leading non-breaking space and an em dash
        (KRISTIANSEN + "\u00a0—\u00a0Vi er fornøyd med året, sier Kristiansen til NTB.",
         [("direct", "Vi er fornøyd med året", "Jon Kristiansen")]),
        # attribution in the middle, speech goes on after it
        (KRISTIANSEN + "– Vi er fornøyd, sier han. – Men vi kan bli bedre.",
         [("direct", "Vi er fornøyd", "Jon Kristiansen"), ("direct", "Men vi kan bli bedre.", "Jon Kristiansen")]),
        # a following dash paragraph continues the same speaker
        (KRISTIANSEN + "– Det går bra, sier Kristiansen.\n\n– Vi ansetter flere i år.",
         [("direct", "Det går bra", "Jon Kristiansen"), ("direct", "Vi ansetter flere i år.", "Jon Kristiansen")]),
        # speaker introduced by a colon
        (KRISTIANSEN + "Kristiansen legger til:\n\n– Søknaden er sterk.",
         [("direct", "Søknaden er sterk.", "Jon Kristiansen")]),
        # cataphoric: "Det sier X til NTB."
        ("Kari Nordmann er leder.\n\n– Vi må handle nå.\n\nDet sier Jon Kristiansen til NTB.",
         [("direct", "Vi må handle nå.", "Jon Kristiansen")]),
    ],
)
def test_attribution_dash_paragraphs(text, expected):
    assert _quotes(text, people=["Jon Kristiansen", "Kristiansen", "Kari Nordmann"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("«Dette rammer de svakeste først», skriver Kari Nordmann i et innlegg.",
         [("direct", "Dette rammer de svakeste først", "Kari Nordmann")]),
        ('Kari Nordmann sier: "Vi gir oss ikke før saken er vunnet."',
         [("direct", "Vi gir oss ikke før saken er vunnet.", "Kari Nordmann")]),
        ("“Det er et viktig skritt”, sier Kari Nordmann.", [("direct", "Det er et viktig skritt", "Kari Nordmann")]),
        # titles, nicknames and slogans in quote marks are not quotes
        ("Kari Nordmann skrev boka «Hender små» i fjor.", []),
        ("Mannen brukte dekknavnet «Reidun» på nettet.", []),
        # nested marks stay inside the quote
        ("«Han sa at det var ‹helt greit›», sier Kari Nordmann.",
         [("direct", "Han sa at det var ‹helt greit›", "Kari Nordmann")]),
    ],
)
def test_attribution_quote_marks(text, expected):
    assert _quotes(text, people=["Kari Nordmann"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kari Nordmann sier at kuttene er nødvendige.", [("indirect", "kuttene er nødvendige", "Kari Nordmann")]),
        ("Kari Nordmann mener klyngene gir flere jobber.",
         [("indirect", "klyngene gir flere jobber", "Kari Nordmann")]),
        ("Ifølge Innovasjon Norge har søknadene økt kraftig.",
         [("indirect", "har søknadene økt kraftig", "Innovasjon Norge")]),
        ("Søknadene har økt kraftig i år, opplyser Innovasjon Norge.",
         [("indirect", "Søknadene har økt kraftig i år", "Innovasjon Norge")]),
        ("Etter det NTB erfarer, har styret sagt opp direktøren.",
         [("indirect", "har styret sagt opp direktøren", "NTB")]),
        ("Kari Nordmann la til at hun er glad.", [("indirect", "hun er glad", "Kari Nordmann")]),
        ("Bilen var rød og sto parkert ved kaia.", []),
    ],
)
def test_attribution_indirect(text, expected):
    assert _quotes(text, people=["Kari Nordmann"], orgs=["Innovasjon Norge", "NTB"]) == expected


def test_attribution_resolves_pronouns_titles_and_surnames():
    text = ("Ordfører Kari Nordmann og rådmann Per Hansen la fram budsjettet.\n\n"
            "– Det blir tøft, sier hun.\n\n"
            "– Vi må kutte, sier han.\n\n"
            "– Vi skjermer skolene, sier ordføreren.\n\n"
            "– Det er nødvendig, sier Hansen.")
    quotes = find_quotes(_doc(text, people=["Kari Nordmann", "Per Hansen", "Hansen"]))
    assert [(q.speaker.name, q.speaker.title) for q in quotes] == [
        ("Kari Nordmann", "ordfører"), ("Per Hansen", "rådmann"), ("Kari Nordmann", "ordfører"),
        ("Per Hansen", "rådmann")]


@pytest.mark.parametrize(
    "text,title,organization",
    [
        ("– Vi er klare, sier regiondirektør Jon Kristiansen i NHO Innlandet.", "regiondirektør", "NHO Innlandet"),
        ("– Vi er klare, sier regiondirktør Jon Kristiansen i NHO Innlandet.", "regiondirektør", "NHO Innlandet"),
        ("Administrerende direktør i NHO Innlandet, Jon Kristiansen, sier at de er klare.",
         "administrerende direktør", "NHO Innlandet"),
        ("– Vi er klare, sier Jon Kristiansen, som er regiondirektør i NHO Innlandet.",
         "regiondirektør", "NHO Innlandet"),
        ("– Vi er klare, sier NHO-leder Jon Kristiansen.", "NHO-leder", "NHO"),
    ],
)
def test_attribution_title_and_organization(text, title, organization):
    (quote,) = find_quotes(_doc(text, people=["Jon Kristiansen"], orgs=["NHO Innlandet"]))
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.organization) == (
        "Jon Kristiansen", title, organization)


@pytest.mark.parametrize(
    "word,title",
    [("regiondirektør", "regiondirektør"), ("regiondirktør", "regiondirektør"), ("Daglig leder", "daglig leder"),
     ("klimaforsker", "klimaforsker"), ("bilen", None), ("NHO", None)],
)
def test_attribution_title_lexicon(word, title):
    assert normalize_title(word) == title


def test_attribution_reused_quote_is_marked():
    sentence = "Klyngene gir bedriftene tilgang til kompetanse de ellers ikke ville hatt"
    text = (f"– {sentence}, sier Kari Nordmann.\n\nEt avsnitt om noe annet.\n\n"
            f"Det er klart at {sentence.lower()}.Derfor søker de.")
    (quote,) = find_quotes(_doc(text, people=["Kari Nordmann"]))
    assert quote.reused_in == [2]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("«Dette er et sitat som aldri slutter, sier hun.\n\nOg så fortsetter teksten.", []),  # unbalanced
        ('"En" to "tre', []),
        ("– Vi gikk hjem.\n\n– og så videre", ["Vi gikk hjem."]),  # a lower-case dash line is no quote
        ("Følgende gjelder:\n\n- Nye lokaler\n\n- Flere ansatte", []),  # a dash used as a bullet
        ("– 🙂🙂🙂 sier hun.", ["🙂🙂🙂 sier hun."]),
        ("– Sitat en.\n\n– Sitat to.\n\n– Sitat tre.", ["Sitat en.", "Sitat to.", "Sitat tre."]),  # only quotes
        ("«»", []),
        ("", []),
    ],
)
def test_attribution_bad_input_gives_valid_offsets(text, expected):
    doc = _doc(text)
    quotes = find_quotes(doc)
    assert [q.text for q in quotes] == expected
    for quote in quotes:
        assert doc.text[quote.start:quote.end] == quote.text


def test_attribution_bullets_are_not_quotes():
    assert _quotes("Følgende gjelder:\n\n- Nye lokaler\n\n- Flere ansatte") == []


@pytest.mark.model
def test_attribution_gold_corpus(nlp, corpus_dir):
    result = evaluate(nlp, corpus_dir / "gold" / "quotes", corpus_dir)
    assert result["n_gold"] >= 80
    assert result["f1"] >= 0.9, json.dumps(result["failures"], ensure_ascii=False)
    assert result["speaker_accuracy"] >= 0.9, json.dumps(result["failures"], ensure_ascii=False)


@pytest.mark.model
def test_attribution_dev_set_scoring_rule(nlp, tmp_path):
    """The quotes-dev scoring of GUIDELINES.md on a folder in its layout (text written for this test)."""
    from nhotext.quotes.evaluate import evaluate_dev_set

    (tmp_path / "passages").mkdir()
    text = ("Kommunen kutter i budsjettet.\n\n"
            "– Dette er en tung dag for skolene, sier rådmann Per Hansen i Hamar kommune.\n\n"
            "Opposisjonen mener kuttene rammer de svakeste.\n")
    (tmp_path / "passages" / "x01.txt").write_text(text, encoding="utf-8")
    quote = "Dette er en tung dag for skolene"
    start = text.index(quote)
    gold = [{"passage": "x01.txt", "quote": quote, "kind": "direct", "speaker": "Per  Hansen",
             "speaker_mention": None, "title": "Rådmann", "organization": "Hamar kommune", "cue": "sier",
             "start": start, "end": start + len(quote)},
            {"passage": "x01.txt", "quote": "kuttene rammer de svakeste", "kind": "indirect", "speaker": None,
             "speaker_mention": None, "title": None, "organization": None, "cue": "mener",
             "start": text.index("kuttene"), "end": text.index("kuttene") + len("kuttene rammer de svakeste")},
            {"passage": "y01.txt", "quote": "annet", "kind": "direct", "speaker": None, "speaker_mention": None,
             "title": None, "organization": None, "cue": None, "start": 0, "end": 5}]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n",
                                         encoding="utf-8")
    result = evaluate_dev_set(nlp, tmp_path, ("x",), resamples=50)
    assert result["n_gold"] == 2 and result["passages"] == 1  # y01 is not in the split
    # one passage: every resample is that passage, so each interval is the figure itself
    intervals = result["intervals"]
    assert intervals["unit"] == "passage" and intervals["recall"] == [result["recall"]] * 2
    assert intervals["speaker_accuracy"] == [result["speaker_accuracy"]] * 2
    assert result["matched"] >= 1 and result["recall_direct"] == 1.0
    # names compare case-insensitively after collapsing whitespace
    assert result["speaker_accuracy"] > 0 and result["title_accuracy"] > 0


QUOTES_DEV = Path(__file__).parents[3] / "shared" / "data" / "quotes-dev"


@pytest.mark.model
@pytest.mark.skipif(not (QUOTES_DEV / "gold.jsonl").exists(), reason="../shared/data/quotes-dev is not here")
def test_attribution_real_news_floor(nlp):
    """Real newspaper text (NorNE dev passages annotated by hand): a floor at the measured level, so that a
    change that loses quotes on real news fails here even when our own samples still score 1.000. The
    target of the issue "Quotes on real Norwegian news" is F1 0.90 with a floor of 0.85 here; today's level
    (2026-12-05, end of the seventh session) is F1 0.919, P 0.946, speaker 0.896, title 0.918, organisation
    0.915, indirect recall 0.866 on all 354 quotes."""
    from nhotext.quotes.evaluate import evaluate_dev_set

    result = evaluate_dev_set(nlp, QUOTES_DEV)
    assert result["n_gold"] == 354
    assert result["f1"] >= 0.91 and result["precision"] >= 0.93, result
    assert result["speaker_accuracy"] >= 0.885 and result["kind_accuracy"] >= 0.98, result
    assert result["title_accuracy"] >= 0.90 and result["organization_accuracy"] >= 0.90, result
    assert result["recall_indirect"] >= 0.85, result


@pytest.mark.model
def test_attribution_unnamed_sources_roles_and_coordination(nlp):
    text = ("Ulykken skjedde i helgen.\n\n"
            "– Han er heldig som lever, sier pappa.\n\n"
            "Senere på dagen kom pappa Tore Hansen tilbake til sykehuset.\n\n"
            "Flere naboer forteller at de hørte et smell.\n\n"
            "En kilde i politiet sier til avisen at saken etterforskes. Kilden vil ikke si mer.\n\n"
            "– Vi er glade for hjelpen, sier kilden.\n\n"
            "Kari Nordmann og Ola Berg sier at de vil starte en innsamling.")
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["Han er heldig som lever"].name == "Tore Hansen"  # "pappa Tore Hansen", later in the text
    by_type = {(s.name, s.type) for s in quotes.values() if s is not None}
    assert ("flere naboer", "description") in by_type
    assert ("en kilde i politiet", "description") in by_type
    assert quotes["Vi er glade for hjelpen"].name == "en kilde i politiet"  # "kilden": the source before
    assert any(s is not None and s.name == "Kari Nordmann og Ola Berg" for s in quotes.values())


@pytest.mark.model
def test_attribution_from_the_parse_bridges_words_and_coordination(nlp):
    text = ("Fylkesrådet fordømmer vedtaket og advarer om at skolen i bygda kan bli lagt ned.\n\n"
            "Ordfører Kari Nordmann hevder imidlertid at kommunen har råd til å drive skolen videre.\n\n"
            "Selv om hun ikke sier at pengene finnes, vil hun kjempe.\n\n"
            "Jeg tror at dette ender godt.")
    quotes = {q.text: q for q in nlp(text)._.quotes}
    assert quotes["skolen i bygda kan bli lagt ned"].speaker.name == "Fylkesrådet"
    assert quotes["kommunen har råd til å drive skolen videre"].speaker.name == "Kari Nordmann"
    assert not any("pengene" in t for t in quotes)  # a negated report is no quote
    assert not any("ender godt" in t for t in quotes)  # the writer's own voice


@pytest.mark.model
def test_attribution_documents_and_indefinite_sources(nlp):
    text = ("I politiets rapport fra natten står det: «Mannen var beruset og truet betjentene.»\n\n"
            "Ifølge rapporten ble mannen kjørt hjem.\n\n"
            "«Ta kontakt med oss hvis du trenger hjelp», står det i brosjyren på bordet.\n\n"
            "En kilde nær den amerikanske regjeringen sier til avisen at avtalen er klar. "
            "Kilden understreker at avtalen ikke er offentlig.")
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["Mannen var beruset og truet betjentene."].name == "politiet"
    assert quotes["ble mannen kjørt hjem"].name == "politiet"  # the same report, by its head noun
    brochure = quotes["Ta kontakt med oss hvis du trenger hjelp"]
    assert (brochure.name, brochure.type) == ("brosjyren", "document")
    assert quotes["avtalen er klar"].name == "en kilde nær den amerikanske regjeringen"
    assert quotes["avtalen ikke er offentlig"].name == "en kilde nær den amerikanske regjeringen"


@pytest.mark.model
def test_attribution_titles_from_the_apposition_not_a_list(nlp):
    text = ("– Operasjonen gikk bra, sier nevrokirurg Christian Helland.\n\n"
            "– Vi krever endring, sier Bernardo Navarrete, en politisk analytiker ved Universitetet i Oslo.\n\n"
            "– Han har det bra nå, sier pappa Tore Dale.")
    speakers = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert speakers["Operasjonen gikk bra"].title == "nevrokirurg"  # in no list of titles
    analyst = speakers["Vi krever endring"]
    assert (analyst.title, analyst.organization) == ("politisk analytiker", "Universitetet i Oslo")
    assert speakers["Han har det bra nå"].title is None  # a relation, not a role


@pytest.mark.model
def test_attribution_titles_written_before_the_name_without_apposition(nlp):
    text = ("– Boka må leses nå, sier litteraturkritiker i danske Politiken Mette Holm Sørensen.\n\n"
            "Tollvesenets pressetalsmann Arne Rud uttalte at saken var under etterforskning.\n\n"
            "– Vi vil ha en ny lov, sier lederen for landets største fagforbund Fellesforbundet (FF), "
            "Jørn Eggum, til NTB.\n\n"
            "Fornøyd bonde om Kari Nilsen\n\n"
            "– Det gikk fint, sier Kari Nilsen.\n\n"
            "Venninnen Hanne Lie var også der.\n\n"
            "– Vi koste oss, sier Hanne Lie.")
    speakers = {q.text[:12]: q.speaker for q in nlp(text)._.quotes}
    critic = speakers["Boka må lese"]
    assert (critic.name, critic.title, critic.organization) == ("Mette Holm Sørensen", "litteraturkritiker",
                                                                "Politiken")
    leader = speakers["Vi vil ha en"]
    assert (leader.name, leader.title, leader.organization) == ("Jørn Eggum", "leder", "Fellesforbundet")
    assert speakers["Det gikk fin"].title is None  # "bonde om Kari Nilsen": not across "om"
    assert speakers["Vi koste oss"].title is None  # a relation, also in its definite form


@pytest.mark.model
def test_attribution_any_verb_closing_a_dash_paragraph(nlp):
    text = ("Kari Nilsen er lege på Ullevål.\n\n"
            "– Nå skal vi se om jeg husker noe fra sløyden, spøker lege Kari Nilsen.\n\n"
            "Mannen hennes, Per Olsen, står i døra.\n\n"
            "– Hun har alltid vært flink med hendene, smiler Per Olsen.\n\n"
            "– Vi fikk huset billig, forteller de, og det var ingen vits i å vente.")
    speakers = {q.text[:10]: q for q in nlp(text)._.quotes}
    assert speakers["Nå skal vi"].speaker.name == "Kari Nilsen"
    assert speakers["Nå skal vi"].cue == "spøker"
    assert speakers["Hun har al"].speaker.name == "Per Olsen"


@pytest.mark.model
def test_attribution_descriptions_taken_up_and_named_later(nlp):
    text = ("Boka bør leses på skolen, mener norsk historiker.\n\n"
            "«Jeg ble nektet å se papirene. Ingen ville hjelpe meg med saken min.»\n\n"
            "Slik beskriver en pensjonist møtet med kommunen i et brev til ordføreren. "
            "Kvinnen hevder at saksbehandleren Ola Berg aldri svarte.\n\n"
            "– Boka er viktig, sier historiker ved Universitetet i Bergen Kari Lunde.")
    speakers = {q.text[:12]: q.speaker for q in nlp(text)._.quotes}
    assert speakers["Boka bør les"].name == "Kari Lunde"  # the one historian the article names
    assert speakers["Jeg ble nekt"].name == "en pensjonist"  # "Slik beskriver X" after the quote
    assert speakers["saksbehandle"].name == "en pensjonist"  # "Kvinnen" takes up the person described


@pytest.mark.model
def test_attribution_definite_title_no_lexicon_holds(nlp):
    text = ("Kari Lunde synes boka er modig.\n\n"
            "– Den tvinger leseren til å ta stilling, sier litteraturviteren.\n\n"
            "Avisens litteraturviter Per Olsen er mer skeptisk.")
    quotes = nlp(text)._.quotes
    assert (quotes[0].speaker.name, quotes[0].speaker.title) == ("Kari Lunde", "litteraturviter")


@pytest.mark.model
def test_attribution_reported_questions_outer_reports_and_apposed_sources(nlp):
    text = ("Ola Berg sendte en melding. I meldingen spør han når datteren kommer hjem.\n\n"
            "Forskeren Kari Lunde konstaterer med rette at flere politikere mente skatten var for høy.\n\n"
            "Boka kommer i tre deler til høsten, bekrefter forlagssjef i Gyldendal, Per Olsen, overfor NTB.")
    quotes = {q.text[:12]: q for q in nlp(text)._.quotes}
    assert quotes["når datteren"].speaker.name == "Ola Berg"
    assert quotes["flere politi"].speaker.name == "Kari Lunde"  # the outer report, not "mente"
    assert quotes["flere politi"].speaker.title == "forsker"
    assert quotes["Boka kommer "].speaker.name == "Per Olsen"


@pytest.mark.model
def test_attribution_ifolge_inside_the_clause_and_after_men(nlp):
    text = ("Partiene skal ifølge Kari Lunde være Høyre og Venstre.\n\n"
            "Hva som ble sagt er ikke kjent, men ifølge flere medier skal møtet ha vart i to timer.")
    quotes = {q.text: q for q in nlp(text)._.quotes}
    assert "Partiene skal ifølge Kari Lunde være Høyre og Venstre" in quotes  # the cue inside the quote
    assert quotes["skal møtet ha vart i to timer"].speaker.name == "flere medier"


@pytest.mark.model
def test_attribution_conditions_vague_groups_and_relative_clauses(nlp):
    text = ("Partiets valgstrateger frykter at velgerne blir hjemme dersom de tror at valget er avgjort.\n\n"
            "Mange håper nå at regjeringen går av.\n\n"
            "Kari Lunde tror elever som kjenner historien, er blitt flinkere til å spørre.")
    quotes = {q.text: q for q in nlp(text)._.quotes}
    strategists = next(q for t, q in quotes.items() if t.startswith("velgerne blir hjemme"))
    assert strategists.speaker.name == "partiets valgstrateger"  # a specific source's position
    assert not any(t.startswith("valget er avgjort") for t in quotes)  # "dersom de tror": a condition
    assert not any(t.startswith("regjeringen går av") for t in quotes)  # a vague group's hope
    assert "elever som kjenner historien, er blitt flinkere til å spørre" in quotes


@pytest.mark.model
def test_attribution_pronoun_after_an_unnamed_person(nlp):
    text = ("Per Olsen var ikke hjemme den kvelden.\n\n"
            "Politiet får en telefon fra en bekymret kvinne. Hun forteller at naboen har forsvunnet.\n\n"
            "Kari Lunde gikk hjem. Hun sa at hun var sliten.")
    quotes = {q.text[:12]: q for q in nlp(text)._.quotes}
    assert quotes["naboen har f"].speaker.name == "en bekymret kvinne"
    assert quotes["hun var slit"].speaker.name == "Kari Lunde"


@pytest.mark.model
def test_attribution_message_from_a_group(nlp):
    text = ("– Han har gjort store framskritt, sier lærer Willy Hansen.\n\n"
            "Etter første år fikk Ola en hilsen fra lærerne:\n\n"
            "«Du er den modigste eleven vi har hatt. Ikke gi opp, du kommer til å klare deg.»")
    quotes = {q.text[:10]: q for q in nlp(text)._.quotes}
    assert quotes["Du er den "].speaker.name == "lærerne"  # the group, not Ola nor the one teacher named


@pytest.mark.model
def test_attribution_report_inside_an_attribution_and_after_a_fronted_adverbial(nlp):
    text = ("– Det er klart at vi må lese boka, sier Kari Lunde når avisen ringer og forteller at forfatteren "
            "har skrevet et nytt bind.\n\n"
            "– Boka er viktig, sier Kari Lunde når NTB ringer og forteller at forfatteren har skrevet mer.\n\n"
            "Partiet har vært tydelig, og før helgen forkynte partiets talsmann, Per Olsen, at skatten "
            "må ned neste år.")
    quotes = {q.text[:14]: q for q in nlp(text)._.quotes}
    assert quotes["Det er klart a"].speaker.name == "Kari Lunde"
    assert quotes["forfatteren ha"].speaker.name == "avisen"  # a report in the attribution
    # never a subject inside the speech, however the parser coordinates "forteller" ("Boka")
    assert all(q.speaker is None or q.speaker.name != "boka" for q in quotes.values())
    assert quotes["skatten må ned"].speaker.name == "Per Olsen"  # V2: the subject after the verb


@pytest.mark.model
def test_attribution_definite_mention_takes_up_a_possessed_description(nlp):
    text = ("Meldingen overbeviser politiets vaktsjef om at de står overfor en alvorlig sak.\n\n"
            "Vaktsjefen skriver i sin rapport at situasjonen er uklar.")
    quotes = {q.text[:12]: q for q in nlp(text)._.quotes}
    assert quotes["situasjonen "].speaker.name == "politiets vaktsjef"  # not the clause hanging on it


@pytest.mark.model
def test_attribution_prefixed_definite_title_matches_on_its_head(nlp):
    text = ("Forlagets forlagssjef Geir Berg er forsiktig.\n\n"
            "Boka kommer til høsten, opplyser Gyldendal-sjefen.")
    quotes = nlp(text)._.quotes
    assert quotes[0].speaker.name == "Geir Berg"


@pytest.mark.model
def test_attribution_answer_after_a_question_goes_to_the_narrative_person(nlp):
    text = ("– Vi trenger en ny lov, sier Kari Lunde.\n\n"
            "Forlagssjef Geir Berg er forsiktig med å si noe om boka.\n\n"
            "– Kommer boka i år?\n\n"
            "– Nei, det tror jeg ikke. Vi må vente og se.")
    quotes = {q.text[:10]: q for q in nlp(text)._.quotes}
    assert quotes["Kommer bok"].speaker is None  # the interviewer
    assert quotes["Nei, det t"].speaker.name == "Geir Berg"


@pytest.mark.model
def test_attribution_opening_dash_quote_goes_to_the_person_introduced_next(nlp):
    text = ("Misforstått?\n\n"
            "– Alt begynte med denne saken. Jeg blir tillagt mange egenskaper.\n\n"
            "Kari Lunde (57) legger en bunke papirer på bordet.")
    quotes = nlp(text)._.quotes
    assert quotes[0].speaker.name == "Kari Lunde"


@pytest.mark.model
def test_attribution_topic_after_the_source_is_not_the_speaker(nlp):
    text = "– Et svin av en mann, sa Sveriges Oslo-ambassadør om Per Olsen."
    speaker = nlp(text)._.quotes[0].speaker
    assert speaker.name == "Sveriges Oslo-ambassadør" and speaker.type == "description"


@pytest.mark.model
def test_attribution_plural_pronoun_and_earlier_document_writer(nlp):
    text = ("Statsminister Per Olsen har vært utydelig.\n\n"
            "Sentralt i protestene står landets fagforeninger. De krever at grunnloven endres.\n\n"
            "Et gammelt brev fra Kari Lunde ble solgt på auksjon.\n\n"
            "«Jeg vil reise til Roma i morgen tidlig med hele familien min», står det i brevet.")
    quotes = {q.text[:12]: q for q in nlp(text)._.quotes}
    assert quotes["grunnloven e"].speaker.name == "landets fagforeninger"  # a group, never Per Olsen
    assert quotes["Jeg vil reis"].speaker.name == "Kari Lunde"  # the writer named at the first mention


@pytest.mark.model
def test_attribution_negated_after_the_verb_and_generic_relative_clauses(nlp):
    text = ("Da han leste notatene, trodde han ikke det som sto der var sant.\n\n"
            "I partiet er det lett å finne folk som mener det vil være uklokt å vente.\n\n"
            "Kari Lunde mener det vil være klokt å vente.")
    texts = [q.text for q in nlp(text)._.quotes]
    assert not any(t.startswith(("det som sto", "det vil være uklokt")) for t in texts)
    assert "det vil være klokt å vente" in texts


@pytest.mark.model
def test_attribution_introductions_and_verbs_with_adverbials_are_no_reports(nlp):
    text = ("Kari Lunde sier det hun har sagt mange ganger:\n\n"
            "– Vi må ha en ny lov.\n\n"
            "Det er statsministerens ansvar at departementet for arbeid og velferd, fortsetter med en "
            "vikarierende statsråd i to måneder.")
    quotes = nlp(text)._.quotes
    assert [q.text for q in quotes] == ["Vi må ha en ny lov."]
    assert quotes[0].speaker.name == "Kari Lunde"


def test_attribution_nested_and_mixed_quote_marks():
    from nhotext.quotes.marks import quote_pairs

    nested = "«Om jeg skulle beskrive «boka» kort, finnes det ikke noe «du», sa Ola Berg i «Sommer i P1»."
    assert quote_pairs(nested)[0] == (0, nested.index("», sa"))  # the outer mark left open, closed here
    mixed = '«Det er beklagelig, men det handler om makt," uttaler biskop Ola Berg.'
    assert quote_pairs(mixed) == [(0, mixed.index('"'))]
    assert quote_pairs("Han sa «noe» og gikk.") == [(7, 11)]


@pytest.mark.model
def test_attribution_slik_x_mener_after_the_clause(nlp):
    text = "Har han gjort en feil? Eller er Kari Lunde utsatt for en urett - slik Lunde selv mener?"
    quotes = nlp(text)._.quotes
    assert [(q.text, q.speaker.name, q.cue) for q in quotes] == [
        ("er Kari Lunde utsatt for en urett", "Kari Lunde", "mener")]


@pytest.mark.model
def test_attribution_narrative_subject_speaks_next(nlp):
    text = ("I dag er Kari Lunde ordfører, men fortsatt kritisk til Per Olsen.\n\n"
            "– Saken var spesiell, og jeg var ung den gangen.")
    quotes = nlp(text)._.quotes
    assert quotes[0].speaker.name == "Kari Lunde"


@pytest.mark.model
def test_attribution_display_boxes_and_introduced_paragraphs(nlp):
    text = ("Vi kjemper for hver arbeidsplass\n\n"
            "Fabrikken på Raufoss skal legge ned driften i januar.\n\n"
            "– Vi kjemper for hver arbeidsplass, sier tillitsvalgt Hege Lunde.\n\n"
            "Hun sitter på kontoret og gjentar:\n\n"
            "«Vi gir oss ikke, vi gir oss aldri».\n\n"
            "Vi kjemper for hver arbeidsplass, sier hun, og ledelsen har lyttet i flere uker nå.")
    quotes = nlp(text)._.quotes
    box = next(q for q in quotes if q.start == 0)
    assert (box.text, box.speaker.name, box.cue) == ("Vi kjemper for hver arbeidsplass", "Hege Lunde", None)
    repeated = next(q for q in quotes if q.text == "Vi gir oss ikke, vi gir oss aldri")
    assert repeated.speaker.name == "Hege Lunde"


@pytest.mark.model
def test_attribution_polls_multiword_cues_and_clause_ends(nlp):
    text = ("I fjor svarte 35 prosent at skolen burde legges ned.\n\n"
            "Ordfører Per Hansen har gjort det klart at skolen skal bestå i flere år.\n\n"
            "Rektor Eva Lie mente skolen var for liten - noe flere i bygda var uenige i.\n\n"
            "Ifølge en av lærerne ved skolen har elevtallet falt i mange år.")
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["skolen burde legges ned"].name == "35 prosent"
    assert quotes["skolen skal bestå i flere år"].name == "Per Hansen"
    assert quotes["skolen var for liten"].name == "Eva Lie"  # the dash aside is the writer's
    assert quotes["har elevtallet falt i mange år"].name == "en av lærerne ved skolen"


@pytest.mark.model
def test_attribution_det_sa_inside_the_dash_paragraph_and_peker(nlp):
    text = ("– Vi gir oss ikke før kravene er møtt. Det sa Camilla Berg til NTB torsdag. Hun leder aksjonen.\n\n"
            "– Der oppe sto han, peker pappa Tore Dale. Han falt cirka fjorten meter, sier han.")
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["Vi gir oss ikke før kravene er møtt."].name == "Camilla Berg"
    assert quotes["Der oppe sto han"].name == "Tore Dale"
    assert quotes["Han falt cirka fjorten meter"].name == "Tore Dale"


@pytest.mark.model
def test_attribution_interviewer_questions_have_no_speaker(nlp):
    text = ("Bartender Ole Hansen har jobbet i puben i tjue år.\n\n"
            "– Det blir stille her uten røyken, sier Hansen.\n\n"
            "– Så du tror ikke at forbudet er en god idé?\n\n"
            "– Nei, gjestene kommer til å bli borte.")
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["Så du tror ikke at forbudet er en god idé?"] is None
    assert quotes["Nei, gjestene kommer til å bli borte."].name == "Ole Hansen"  # the answer


@pytest.mark.model
def test_attribution_two_sources_in_one_sentence(nlp):
    text = "I fjor svarte 35 prosent at skolen burde legges ned, mens 40 prosent sa at den måtte bestå."
    quotes = {q.text: q.speaker for q in nlp(text)._.quotes}
    assert quotes["skolen burde legges ned"].name == "35 prosent"
    assert quotes["den måtte bestå"].name == "40 prosent"


@pytest.mark.model
def test_attribution_titles_from_a_copula_elsewhere(nlp):
    text = ("Tor Holger Bertelsen er dommer i Bergen tingrett.\n\n"
            "– Jeg har gjort jobben min, sier Bertelsen.\n\n"
            "Espen er en glad gutt.\n\n"
            "– Det går bra, sier Espen.")
    speakers = {q.text: q.speaker for q in nlp(text)._.quotes}
    judge = speakers["Jeg har gjort jobben min"]
    assert (judge.name, judge.title, judge.organization) == ("Tor Holger Bertelsen", "dommer", "Bergen tingrett")
    assert speakers["Det går bra"].title is None  # a description, not a role


@pytest.mark.model
def test_attribution_nouns_of_saying_with_their_source(nlp):
    text = ("I Brussel ble bekreftelsen fra Statnett om at linjen blir bygget, tatt godt imot.\n\n"
            "Kari Nordmanns påstand om at prosjektet er for dyrt, fikk støtte.\n\n"
            "Et forvarsel om at vinteren blir hard, kom tidlig.")
    quotes = {q.text: (q.speaker.name if q.speaker else None, q.cue) for q in nlp(text)._.quotes}
    assert quotes["linjen blir bygget"] == ("Statnett", "bekreftelsen")
    assert quotes["prosjektet er for dyrt"] == ("Kari Nordmann", "påstand")
    assert not any("vinteren" in t for t in quotes)  # no noun of saying, no source: no quote


@pytest.mark.model
def test_attribution_clause_ends_where_the_matrix_resumes(nlp):
    text = "Da ordføreren sa at skolen skulle legges ned i år, tenkte mange foreldre at det var for sent."
    quotes = [q.text for q in nlp(text)._.quotes]
    assert "skolen skulle legges ned i år" in quotes


@pytest.mark.model
def test_attribution_evaluation_lists_title_and_organisation_failures(nlp, tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "quotes").mkdir(parents=True)
    text = "– Vi må kutte i budsjettet, sier rådmann Per Hansen.\n"
    (tmp_path / "articles" / "x.txt").write_text(text, encoding="utf-8")
    gold = {"article": "articles/x.txt", "quotes": [
        {"text": "Vi må kutte i budsjettet", "kind": "direct", "speaker": "Per Hansen", "title": "rådmann",
         "organization": "Hamar kommune"}]}
    (tmp_path / "gold" / "quotes" / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate(nlp, tmp_path / "gold" / "quotes", tmp_path)
    assert result["organization_accuracy"] == 0.0
    assert result["failures"] == ["x: organization None for 'Hamar kommune' (Per Hansen): 'Vi må kutte i budsjettet'"]
