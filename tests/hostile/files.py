"""Hostile inputs, generated (nothing of them is committed): what a careless export, a scraper or an
attacker hands nhotext. Used by ``tests/hostile/test_hostile.py`` and ``bench/hostile_input.py``."""

from __future__ import annotations

import os
from pathlib import Path

GOOD = ("Tre klynger i Innlandet søker om støtte\n\n"
        "NHO Innlandet og Innovasjon Norge vil styrke næringslivet i regionen.\n\n"
        "– Dette er en viktig dag for bedriftene våre, sier regiondirektør Jon Kristiansen i NHO Innlandet.\n")
PARAGRAPH = "Dette avsnittet er limt inn igjen og igjen av et eksportverktøy som gikk i stå."


def make(folder: Path) -> dict[str, Path]:
    """Write the hostile files (and one good article) into ``folder``; returns them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "good": folder / "god.txt",
        "deep": folder / "dyp.html",
        "copies": folder / "kopier.txt",
        "line": folder / "linje.txt",
        "big": folder / "stor.txt",
        "escape": folder / "escape.txt",
        "stray": folder / "stray.txt",
        "formula": folder / "formel.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["deep"].write_text("<html><body><article>" + "<div>" * 10_000 + "Tekst" + "</div>" * 10_000
                             + "</article></body></html>", encoding="utf-8")
    files["copies"].write_text("\n\n".join([PARAGRAPH] * 50_000) + "\n", encoding="utf-8")
    sentence = "Kommunen vil bygge en ny skole på Ingeberg, og arbeidet starter til høsten. "
    files["line"].write_text((sentence * (1_048_576 // len(sentence) + 1))[:1_048_576], encoding="utf-8")  # 1 MB
    files["big"].write_text((GOOD + "\n") * (2_000_000 // len(GOOD) + 1), encoding="utf-8")
    files["escape"].write_text("Tittel\x1b]0;hacked\x07\n\n\x1b[2J\x1b[31mRød tekst\x1b[0m og mer tekst her.\n\n"
                               "\x1b[2J\x1b[31mRød tekst\x1b[0m og mer tekst her.\n", encoding="utf-8")
    stray = "Søknadene fra Hamar er klare.\n\nDe ble sendt i går.".encode().replace(b"i g", b"i \xe5 g")
    files["stray"].write_bytes(stray)  # one cp1252 byte in UTF-8
    files["formula"].write_text("Styret er delt\n\n«=HYPERLINK(\"http://x\",\"klikk\") er ikke noe for oss», sier "
                                "styreleder Kari Nordmann.\n\n+47 22 00 00 00 er nummeret til sentralbordet.\n",
                                encoding="utf-8")
    broken = folder / "borte.txt"
    if not broken.is_symlink():
        broken.symlink_to(folder / "finnes-ikke.txt")
    files["broken"] = broken
    pipe = folder / "ror.txt"
    if not pipe.exists():
        os.mkfifo(pipe)
    files["pipe"] = pipe
    return files
