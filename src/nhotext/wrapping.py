"""Hard-wrapped text: line breaks that only wrap a paragraph to a width, found and read as spaces.

Text from e-mail, PDF, a terminal or an old archive often comes wrapped at a fixed width (60-80 characters), with a
blank line between paragraphs and a newline wherever a line was full. The model never saw such a newline inside a
sentence in training, and it cuts what it runs through: ``Ole\\nKristian Emilsen`` becomes two names, ``Nærings-
og\\nfiskeridepartementet`` loses its first half, and a speaker's title or organisation on the next line is lost.

:func:`soft_wraps` finds the newlines that wrap: in a text whose paragraphs are separated by blank lines and whose
lines are no longer than a width (the longest line followed by another line of its paragraph, 30 to 132 characters),
mostly filled to it and mostly ending inside a sentence, a newline is a wrap when the next line's first word would
not have fitted at the end of the line before it, the rule every line-filling program (``fmt``, ``textwrap``, mail
clients) breaks by. A short line inside a paragraph (a caption's ``Foto: Kari Holm``, an address, a list) is a real
line break and stays one. A text with no blank line has one paragraph a line by the reading rules (``docs/cli.md``)
and is never unwrapped.

:func:`unwrap` puts a space in place of each wrap, so the text keeps its length and every offset; the analysis runs
on it and the records' texts are cut from the article as written (:func:`nhotext.analysis.article_record`).
"""

from __future__ import annotations

from statistics import median

__all__ = ["analysed_text", "soft_wraps", "unwrap"]

# spaces other than the plain one, each read as one plain space by the analysis: the no-break space that typography
# puts after a dash and between a short word and the next ("–\u00a0Vi har", "i\u00a0NHO Innlandet"), the narrow and
# figure spaces of numbers, the other widths of the Unicode space separators, and the tab. spaCy makes each of them a
# token of its own, which the rules after the model read as a word between two words.
OTHER_SPACES = str.maketrans({c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                              "\u2008\u2009\u200a\u202f\u205f\u3000"})

# a wrapped text's longest inner line: shorter ones are too few words to tell a width from, longer ones are
# sentences or paragraphs a line
MIN_WIDTH, MAX_WIDTH = 30, 132
# lines longer than the width (an unbreakable word, a URL) that a wrapped text may hold, as a share of its lines
LONG_LINES_SHARE = 0.1
# inner lines that must read as wraps for the text to be wrapped at all, and how many at least
WRAPPED_SHARE = 0.5
MIN_WRAPS = 3
# a wrapped text's inner lines fill the width but for a word: their median length against the width
FILLED = 0.8
# and most end inside a sentence: the share of wraps that may end one (a text of one sentence a line ends all)
SENTENCE_ENDS_SHARE = 0.5
_SENTENCE_END = tuple(".!?:»\"")


def soft_wraps(text: str) -> list[int]:
    """Offsets of the newlines in ``text`` that wrap a paragraph to a width (see the module's description).

    >>> text = ("Tittel\\n\\nOrdfører Ole Kristian Emilsen\\ni Lillehammer sier at kommunen\\nvil kjempe videre for"
    ...         "\\nsykehuset.\\n\\nFoto: Kari Holm\\nSande i Moelv.")
    >>> [text[i - 3:i] for i in soft_wraps(text)]  # the caption's line break stays
    ['sen', 'nen', 'for']
    """
    lines = text.split("\n")
    blank = [not line.strip() for line in lines]
    if not any(blank):
        return []
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    inner = [k for k in range(len(lines) - 1) if not blank[k] and not blank[k + 1]]
    if not inner:
        return []
    width = max(len(lines[k].rstrip()) for k in inner)
    content = [len(line.rstrip()) for line, empty in zip(lines, blank) if not empty]
    if not MIN_WIDTH <= width <= MAX_WIDTH or sum(n > width for n in content) > LONG_LINES_SHARE * len(content):
        return []
    wraps = [k for k in inner if len(lines[k].rstrip()) + 1 + len(lines[k + 1].split()[0]) > width]
    if len(wraps) < max(MIN_WRAPS, WRAPPED_SHARE * len(inner)) or median(
            len(lines[k].rstrip()) for k in inner) < FILLED * width or sum(
            lines[k].rstrip().endswith(_SENTENCE_END) for k in wraps) > SENTENCE_ENDS_SHARE * len(wraps):
        return []
    return [starts[k] + len(lines[k]) for k in wraps]


def unwrap(text: str) -> str:
    """``text`` with a space in place of each newline :func:`soft_wraps` finds (same length, same offsets)."""
    wraps = soft_wraps(text)
    if not wraps:
        return text
    chars = list(text)
    for offset in wraps:
        chars[offset] = " "
    return "".join(chars)


def analysed_text(text: str) -> str:
    """The text the analysis reads for ``text``: :func:`unwrap`, and every space of :data:`OTHER_SPACES` a plain one
    (same length, same offsets: the records' texts are cut from the article as written)."""
    return unwrap(text).translate(OTHER_SPACES)
