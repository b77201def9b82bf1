"""Output hygiene: text that is safe to print on a terminal and to open in a spreadsheet.

The JSON output keeps every character of the article (JSON escapes control
characters itself); these helpers are for the two places where a character
can do harm:

* **terminals**: an escape sequence in an article (``ESC]0;...``, raw or from
  ``&#27;`` in HTML) would change the terminal's title, clear the screen or
  worse. :func:`terminal_safe` shows every C0/C1 control character but newline
  and tab as a visible escape (``\\x1b``);
* **spreadsheets**: a CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return is read as a formula by Excel and LibreOffice.
  :func:`safe_cell` prefixes such a cell with a single quote, as OWASP's
  "CSV Injection" advice recommends (the quote shows in the cell; the text
  after it is unchanged).
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """``text`` with control characters other than newline and tab made visible (``\\x1b``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (strings only; others unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_csv(frame):
    """A copy of a pandas DataFrame whose text cells are :func:`safe_cell`."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or str(frame[column].dtype).startswith("str"):
            frame[column] = frame[column].map(safe_cell)
    return frame
