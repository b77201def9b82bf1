"""Article body of an HTML page as plain text, one paragraph per block element."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

# Page furniture that is never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
             "form", "button", "svg", "iframe", "select", "menu")
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
              "dt", "dd", "td", "th", "caption", "address", "div", "section", "article", "main",
              "ul", "ol", "dl", "table", "tr", "tbody", "thead", "figure", "hr", "br"}
BODY_SELECTORS = ("[itemprop=articleBody]", "article", "main", "[role=main]", "body")
_SPACES = re.compile(r"[^\S\xa0]+")


def html_to_text(markup: str) -> str:
    """Return the article body's block elements as paragraphs separated by blank lines.

    The body is the first of ``itemprop=articleBody``, ``<article>``, ``<main>``,
    ``role=main`` and ``<body>`` that holds text; navigation, headers, footers,
    scripts and forms are dropped. Whitespace inside a block is collapsed, but a
    non-breaking space is kept as it is (the text reader treats it as a space).
    """
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    body: Tag | BeautifulSoup = soup
    for selector in BODY_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            body = found
            break
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(current)).strip()
        if text:
            blocks.append(text)
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # skip comments, CDATA, doctype
                    current.append(str(child))
            elif isinstance(child, Tag):
                if child.name in BLOCK_TAGS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(body)
    flush()
    return "\n\n".join(blocks)
