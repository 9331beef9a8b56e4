"""Recognition speed in MB/s of article text on one core (grammars compiled first, not timed).

Usage: python bench/extract_speed.py [--lang en it ...] [--size 1000000]
The text is a set of sentences written for this bench, repeated, cut into article-sized pieces.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract.recognize import recognize

SENTENCES = {
    "en": "The board met on 3 March 2024 and said that at least $2.8 billion had gone missing "
    "between January 2024 and September 2025. Some 1,200 staff in 11 countries, including "
    "Chile and Peru, were told last October. Nobody answered the phone that afternoon.",
    "it": "Il consiglio si è riunito il 3 marzo 2024 e ha detto che almeno 1,5 miliardi di "
    "dollari sono spariti tra gennaio 2024 e settembre 2025. Circa 1.200 persone in 11 paesi, "
    "tra cui Cile e Perù, lo hanno saputo lo scorso ottobre. Nessuno ha risposto al telefono.",
    "fr": "Le conseil s'est réuni le 3 mars 2024 et a indiqué qu'au moins 1,5 milliard de "
    "dollars avaient disparu entre janvier 2024 et septembre 2025. Environ 1 200 salariés dans "
    "11 pays, dont le Chili et le Pérou, ont été prévenus en octobre dernier.",
    "tr": "Kurul 3 Mart 2024'te toplandı ve Ocak 2024 ile Eylül 2025 arasında en az 2,8 milyar "
    "dolar kaybolduğunu söyledi. Aralarında Şili ve Peru'nun bulunduğu 11 ülkede yaklaşık 1.200 "
    "çalışana geçen ekim haber verildi. O öğleden sonra kimse telefona cevap vermedi.",
    "nb": "Styret møttes 3. mars 2024 og sa at minst 2,8 milliarder dollar forsvant mellom januar "
    "2024 og september 2025. Rundt 1 200 ansatte i 11 land, blant annet Chile og Peru, fikk vite "
    "det i oktober i fjor. Ingen tok telefonen den ettermiddagen.",
}


def main() -> None:
    """Print recognition throughput per language."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="*", default=list(SENTENCES))
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    published = date(2025, 10, 22)
    for lang in args.lang:
        block = SENTENCES[lang] + "\n"
        text = block * (args.size // len(block.encode("utf-8")) + 1)
        articles = [text[i : i + 5000] for i in range(0, len(text), 5000)]
        recognize(block, lang, published)  # compile the grammars: start-up is not counted
        begin = time.perf_counter()
        for article in articles:
            recognize(article, lang, published)
        seconds = time.perf_counter() - begin
        size = len(text.encode("utf-8"))
        print(f"{lang}: {size / seconds / 1e6:.2f} MB/s on one core ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
