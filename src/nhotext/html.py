"""Article body of an HTML page as plain text, one paragraph per block element.

Parsed with lxml and walked without recursion, so a page nested ten thousand
levels deep costs no more than a flat one. libxml2 keeps at most 255 levels
and silently drops what is deeper; such a page is refused
(:class:`~nhotext.errors.HtmlTooDeepError`) rather than read with text lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from .errors import HtmlTooDeepError

# Page furniture that is never article text. A <header> is furniture too, except inside the
# article itself, where it holds the headline, the standfirst and the byline.
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
                       "svg", "iframe", "select", "menu", "head", "title"})
BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
                        "dt", "dd", "td", "th", "caption", "address", "div", "section", "article", "main",
                        "ul", "ol", "dl", "table", "tr", "tbody", "thead", "figure", "hr", "br", "header"})
BODY_XPATHS = ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']", "//body")
_SPACES = re.compile(r"[^\S\xa0]+")
_BYLINE = re.compile(r"byline|author|forfatter|journalist", re.IGNORECASE)
_STANDFIRST = re.compile(r"\b(lead|ingress|standfirst|intro|summary|preamble|deck)\b", re.IGNORECASE)
MAX_DEPTH = 255  # libxml2's own limit: deeper elements would be lost


@dataclass(frozen=True)
class Block:
    """One paragraph of a page: its text and, when the markup says so, its role
    (``headline``, ``standfirst`` or ``byline``)."""

    text: str
    role: str | None = None


def html_to_text(markup: str) -> str:
    """The article's blocks as paragraphs separated by blank lines (see :func:`html_to_blocks`)."""
    return "\n\n".join(block.text for block in html_to_blocks(markup))


def html_to_blocks(markup: str, source: str = "<html>") -> list[Block]:
    """The article body's block elements, in order.

    The body is the first of ``itemprop=articleBody``, ``<article>``, ``<main>``,
    ``role=main`` and ``<body>`` that holds text; navigation, page headers,
    footers, scripts and forms are dropped, the article's own header is kept.
    Whitespace inside a block is collapsed, but a non-breaking space is kept as
    it is (the text reader treats it as a space).

    Raises:
        HtmlTooDeepError: the page is nested deeper than libxml2 keeps.
    """
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return []
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise HtmlTooDeepError(source, f"the HTML is nested more than {MAX_DEPTH} levels deep: its deepest text "
                               "cannot be read without loss (not an article page?)")
    body = root
    for xpath in BODY_XPATHS:
        found = root.xpath(xpath)
        if found and found[0].text_content().strip():
            body = found[0]
            break
    in_article = body.tag != "body" and body is not root
    blocks: list[Block] = []
    current: list[str] = []
    roles: list[str | None] = []  # the role of the innermost element that has one

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(current)).strip()
        if text:
            blocks.append(Block(text, next((r for r in reversed(roles) if r), None)))
        current.clear()

    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    skipped: set[int] = set()
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None or tag in DROP_TAGS or (tag == "header" and not in_article):
                skipped.add(id(element))
                walker.skip_subtree()
                continue
            roles.append(_role(element, tag))
            if tag in BLOCK_TAGS:
                flush()
            current.append(element.text or "")
        else:
            if id(element) in skipped:
                skipped.discard(id(element))
            else:
                if tag in BLOCK_TAGS:
                    flush()
                roles.pop()
            if element is not body:
                current.append(element.tail or "")
    flush()
    return blocks


def _role(element, tag: str) -> str | None:
    marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("rel"),
                                   element.get("id"))))
    if tag == "h1":
        return "headline"
    if tag == "address" or (marks and _BYLINE.search(marks)):
        return "byline"
    if marks and _STANDFIRST.search(marks):
        return "standfirst"
    return None
