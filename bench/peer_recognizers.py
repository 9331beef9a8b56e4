"""Score the recognizers on the Recognizers-Text cases (P/R/F1 per language and kind) and time them.

Usage: python bench/peer_recognizers.py [--peer DIR] [--lang en fr ...] [--kind date ...]
The languages are those of factcheck/lang/ that have cases in the peer folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared folder sits beside the checkout, or beside the folder that holds its worktrees
DEFAULT_PEER = next(
    (
        p / "shared" / "peer" / "recognizers"
        for p in ROOT.parents
        if (p / "shared" / "peer" / "recognizers").is_dir()
    ),
    ROOT.parent / "shared" / "peer" / "recognizers",
)
# the classes of forms the grammar covers, each in every language whose data gives its words
CLASSES = [
    "number ranges: between/from-to/dash/through, in each language's words",
    "number ranges: two bounds of opposite sides joined ('more than 150 but fewer than 400')",
    "number ranges: inclusive bounds in words ('equal to or greater than 25') and signs (>=, ≤)",
    "number ranges: bounds after the figure ('500 or more'), case-suffixed forms ('50'den 80'e')",
    "number ranges: a figure stated as equal ('equal to 20') as a one-figure range",
    "number ranges: bounds glued where words touch ('大于50小于120'), a bare figure to one with"
    " a counter ('150到400艘')",
    "number ranges: Turkish spelled numbers with case endings ('yirmiden otuza kadar')",
    "currency: codes glued to the figure ('USD42.7', '42USD'), led by M for millions ('MEUR 12')",
    "currency: Turkish case endings on currency and scale words ('5 milyon dolarlık',"
    " '200 avroya')",
    "dates: centuries by their ordinal ('the 19th century', 'le 15e siècle', 'im 20. Jahrhundert')",
    "dates: every CLDR date format and year-month skeleton of each locale; '11.2019', '2019.11'",
    "dates: two-digit years ('3/4/19', 'July '98'), spelled years and decades ('nineteen-sixties')",
    "dates: named days from the holidays package's localized names, with a year",
    "dates: ranges ending now ('between May 2017 and now'), 'YEAR or later' in each language",
    "dates: a day of the month with its weekday ('ce samedi 6', 'este sábado (6)'), completed",
    "dates: a date at the tail of a code of digits ('ref 771-12-05-2018') is no date",
    "dates: bounds by sign ('>= 2019', '<= 2010') and inclusive ends ('2012 or earlier')",
    "dates: quarters and halves of a year named from publication ('the third quarter of next"
    " year'), with ordinal marks ('2º trimestre'), decades and quarters counted whole",
    "dates: a part of the current year or month by its unit alone ('fin de mes', '年末'), and"
    " fortnights",
    "dates: decades by their tens in words or two figures ('les années soixante-dix',"
    " 'die 90er Jahre'), centuries by ordinal words",
    "dates: a counted stretch from a date ('10 days after 3 March 2020'), the first or last N"
    " months of a year",
    "dates: ranges from or to the end of a period ('de 2007 à la fin de 2008'), to yesterday",
    "dates: a day named as the last or next one ('le 3 mars dernier', 'el próximo 12 de"
    " noviembre'); a month by its ordinal ('el tercer mes de 2021'); a year then its quarter"
    " ('en 2016, au troisième trimestre'); 'el año en curso', 'la década de los 80'; bounds by"
    " 'anterior a', 'postérieur à', 'dall'agosto 2020'",
    "number ranges: a counter after each figure ('40人から60人まで', '30명에서 45명까지')",
    "numbers: words for about so many, as estimates ('une dizaine', 'un centinaio', 'een"
    " tiental'); number words that are names ('Mr Hundred', 'Herr Hundert', 'the band Four Tops')",
    "numbers: Turkish scale words in the accusative ('7 bini aşkın'), a dotted capital İ ('İki"
    " bin')",
    "qualifiers: a figure said to be estimated ('estimated at', 'estimé à', '88億円と推定')",
    "currency: minor units as hundredths of their currency ('80 cents', '50 kuruş', '45센트'),"
    " after a sum in any case and with case endings ('fünfundvierzig Cent', '50 sent'e')",
    "measures: volumes, small masses and data sizes, in the names CLDR gives each language"
    " ('45,5ml', '500 Milligramm', '2 téraoctets')",
    "dates: a first day keeping its ordinal dot ('vom 3. bis 17. März', '3.–17. mars');"
    " '1990'lı yıllarda', '2003 yılının sonunda'",
    "times: four figures, or two and two with a dot, before GMT or UTC ('0620 GMT', '06.20 GMT')",
    "measures: changes of a rate in percentage or basis points ('0.25 percentage points', "
    "'25 Basispunkte', '0.3个百分点', '0.4%포인트');"
    " temperatures with the letter glued ('-8C', '95F')",
    "number ranges: none where a figure moved from one value to another ('rose from 12 to 15',"
    " 'von 12 auf 15', '12人から15人に増えた', '67 %, up from 61 %'): an earlier and a later"
    " figure",
    "measures: half a unit after the unit ('dos días y medio', '3時間半'); speeds by the word"
    " before the figure (時速150km, 초속 45m) and in each language's CLDR symbol ('km/u', 'km/sa')",
    "counts: indefinite multiples as the range they allow ('dozens of', 'des centaines de"
    " milliers', 'Zehntausende', 'yüz binlerce'); Turkish copulas on units ('12 kilometreydi')",
    "counts: ages, never durations ('a 30-year-old', 'Jean Dupont, 45 ans', 'ein 62-jähriger',"
    " '62歳')",
    "number ranges: two bounds joined across a clause ending ('20人を超えて、100人未満',"
    " '50より多いが80より少ない', '大于200并小于500', 'dat groter is dan 100, maar kleiner is"
    " dan 300')",
    "number ranges: a range closing on a bound of its second figure ('20から100未満', 'from 20 to"
    " fewer than 100', 'de 20 à moins de 100'); none for alternatives ('5000 ou moins de 6000')",
    "number ranges: an article before each figure ('entre el 10 y el 15 %', 'tra il 10 e il 15%',"
    " 'del 3 al 4 %'); Chinese between after 位于, 处于",
    "number ranges: no bound in a sign glued after another ('<> 30', '=> 40', '=< 50')",
    "qualifiers: Korean bounds by the subject particle ('100명이 넘는') and by comparing with the"
    " figure ('300명이거나 그보다 많다'); shares bounded in the Turkish ablative ('yarısından"
    " fazlası') and with Portuguese 'da' ('mais da metade')",
    "number ranges: a share that shares its whole with the next ('between a third and half of"
    " voters', 'plus d'un quart mais moins de la moitié des'); the long-scale trillion (10^18)",
    "numbers: no decimals in a word spaced from a point word ('십오점 사이'); a lone numeral after"
    " 百分之 ('百分之五')",
    "qualifiers: a maximum or minimum before the figure ('un maximum de 300', 'un mínimo de 40',"
    " 'maximum 300', 'maks 300'); no count of an article that opens a qualifier ('and a maximum"
    " of 40')",
    "number ranges: counters a space after each figure ('삼백 명에서 오백 명까지'); Korean"
    " 'A에서 B' with no closing word ('3만에서 5만 명')",
    "dates: spans of years ending on two figures, seasons and fiscal years ('2024-25', 'the"
    " 2023/24 season', 'seizoen 2022/'23', '1999-00'), never a year and a month or a day",
    "dates: years before 1800 with their day and month's name ('14 juillet 1789') or a year's"
    " mark ('1789년', '1644年'); a day alone ends a range in its start's month ('3月10日から12日')",
    "dates: a month's name with a year before 1800 that punctuation or a word like 'à', 'the'"
    " closes ('en juillet 1789 à Paris'), never a count ('en mars 1500 personnes')",
    "dates: a weekday counted in its month ('the last Monday of May', 'le deuxième dimanche de"
    " mai', '5月の第2日曜日', 'Nisan'ın son Pazartesi günü'); a month's ten-day parts (上旬, 하순)",
]


def _throughput(peer: Path, langs: list[str]) -> None:
    from factcheck.extract.recognizers import recognize

    for lang in langs:
        texts = [json.loads(line)["input"] for line in (peer / f"{lang}.jsonl").open()]
        text = "\n".join(texts)
        # article-sized pieces, the way extract reads them
        articles = [text[i : i + 8000] for i in range(0, len(text), 8000)]
        for article in articles:  # compile the grammars first: start-up is not counted
            recognize(article, lang)
        size = len(text.encode("utf-8"))
        repeat = max(1, 2_000_000 // size)
        begin = time.perf_counter()
        for _ in range(repeat):
            for article in articles:
                recognize(article, lang)
        seconds = time.perf_counter() - begin
        values = sum(len(recognize(article, lang)) for article in articles)
        speed = size * repeat / seconds / 1e6
        density = 1000 * values / len(text)
        print(f"{lang}: {speed:.2f} MB/s on one core ({density:.0f} values per 1,000 chars)")


def main() -> None:
    """Run the ruler's scorer with our adapter, then print recognition speed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    parser.add_argument(
        "--lang", nargs="*", default=None, help="default: every language with cases"
    )
    parser.add_argument("--kind", nargs="*", default=None)
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(args.peer))
    import score  # the ruler's own scorer

    from factcheck.lang import languages

    if args.lang is None:
        args.lang = [lang for lang in languages() if (args.peer / f"{lang}.jsonl").exists()]

    argv = ["--extractor", "factcheck.extract.recognizers.peer:extract", "--lang", *args.lang]
    if args.kind:
        argv += ["--kind", *args.kind]
    argv += ["--show-errors", str(args.show_errors)]
    score.main(argv)
    print()
    print("classes the grammar covers:")
    for line in CLASSES:
        print(f"  - {line}")
    print()
    print("the cases joined into one text, a value on every line (article text: extract_speed.py)")
    _throughput(args.peer, args.lang)


if __name__ == "__main__":
    main()
