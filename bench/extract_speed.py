"""Recognition speed in MB/s of article text on one core (grammars compiled first, not timed).

Usage: python bench/extract_speed.py [--lang en it ...] [--size 300000] [--seeds DIR]
                                     [--stories DIR]
Three texts: sentences written for this bench, repeated and cut into article-sized pieces; the
articles of the story corpus (``--stories``, every language it holds); and the seed articles a
case names (language and date from the case). Articles are each recognized on their own,
repeated until the text reaches ``--size``. Then the whole pipeline (``extract_article``: read,
recognize, attach to the case's catalog, draft) on the seed articles. CPU time, best of
``--rounds``. Sizes are in bytes of UTF-8: a character of Chinese, Japanese or Korean text
takes three. Before timing, each text is recognized up to ``WARM`` characters: the scans a
grammar's patterns get once they have read a few articles are built then, as start-up.

Last, the whole command as a user runs it: ``factcheck extract`` on ``--articles`` files
(the seed and story articles over and over) into a new case holding the example case's
catalog, and on one article: start-up, language set-up, attachment, discovery and drafting
included. CPU time counts the command's workers; "cores busy" is CPU time / wall time. The
command keeps what it derives (compiled patterns, language tables) in the cache folder, so the
best of ``--rounds`` runs on what an earlier run kept; the last row is a first run's.
``--whole`` runs only that part, ``--recognition`` only the recognition rows.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_articles import cycled, load, run, source_texts, write_files  # noqa: E402

from factcheck.extract import ArticleInfo, extract_article, parse_article  # noqa: E402
from factcheck.extract.recognizers import recognize  # noqa: E402

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
    "de": "Der Vorstand tagte am 3. März 2024 und erklärte, dass zwischen Januar 2024 und "
    "September 2025 mindestens 2,8 Milliarden Dollar verschwunden seien. Rund 1.200 Beschäftigte "
    "in 11 Ländern, darunter Chile und Peru, erfuhren es im vergangenen Oktober. Am Nachmittag "
    "ging niemand ans Telefon.",
    "es": "El consejo se reunió el 3 de marzo de 2024 y afirmó que al menos 2.800 millones de "
    "dólares desaparecieron entre enero de 2024 y septiembre de 2025. Unos 1.200 empleados en 11 "
    "países, entre ellos Chile y Perú, lo supieron el pasado octubre. Nadie contestó el teléfono.",
    "pt": "O conselho reuniu-se a 3 de março de 2024 e disse que pelo menos 2,8 mil milhões de "
    "dólares desapareceram entre janeiro de 2024 e setembro de 2025. Cerca de 1.200 funcionários "
    "em 11 países, incluindo Chile e Peru, souberam disso em outubro passado. A empresa perdeu "
    "R$ 4,5 bilhões neste sábado (18). Ninguém atendeu o telefone naquela tarde.",
    "nl": "Het bestuur kwam op 3 maart 2024 bijeen en zei dat tussen januari 2024 en september "
    "2025 minstens 2,8 miljard dollar was verdwenen. Zo'n 1.200 medewerkers in 11 landen, "
    "waaronder Chili en Peru, hoorden het afgelopen oktober. Tweeënveertig filialen sloten. "
    "Die middag nam niemand de telefoon op.",
    "ja": "理事会は2024年3月3日に会合を開き、2024年1月から2025年9月までに少なくとも28億ドルが"
    "失われたと明らかにした。チリやペルーなど11カ国の職員約1200人には昨年10月に知らされた。"
    "その日の午後、電話に出る者はいなかった。",
    "ko": "이사회는 2024년 3월 3일 회의를 열고 2024년 1월부터 2025년 9월까지 최소 28억 달러가 "
    "사라졌다고 밝혔다. 칠레와 페루 등 11개국의 직원 약 1,200명은 지난 10월에 이 사실을 "
    "통보받았다. 그날 오후에는 아무도 전화를 받지 않았다.",
    "zh": "理事会于2024年3月3日开会，称2024年1月至2025年9月间至少有28亿美元不翼而飞。"
    "智利和秘鲁等11个国家的约1200名员工于去年10月获悉此事。当天下午无人接听电话。",
}
PUBLISHED = date(2025, 10, 22)
# the shared folder sits beside the checkout, or beside the folder that holds its worktrees
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "stories").is_dir()),
    ROOT.parent / "shared",
)


def _day(source: Any) -> date | None:
    """The day a source was published on (its first day, for a month or a year)."""
    moment = source.published_moment
    return moment.first_day if moment is not None else None


def _best(run: Callable[[], None], rounds: int) -> float:
    """The shortest CPU time of ``rounds`` runs (the machine may be shared)."""
    best = float("inf")
    for _ in range(rounds):
        begin = time.process_time()
        run()
        best = min(best, time.process_time() - begin)
    return best


def _density(articles: list[tuple[str, date | None]], lang: str) -> float:
    """Values recognized per 1,000 characters, to tell dense texts from ordinary prose."""
    values = sum(len(recognize(text, lang, published)) for text, published in articles)
    return 1000 * values / max(1, sum(len(text) for text, _ in articles))


def _line(lang: str, articles: list[tuple[str, date | None]], rounds: int) -> str:
    speed = _measure(articles, lang, rounds)
    return (
        f"  {lang}: {speed:.2f} MB/s  ({_density(articles[:20], lang):.0f} values per 1,000 chars)"
    )


# characters recognized before timing: more than a pattern scans before its jump scan is built
WARM = 60_000


def _measure(articles: list[tuple[str, date | None]], lang: str, rounds: int) -> float:
    """MB/s of recognizing each of ``articles`` on its own, grammars compiled beforehand."""
    warmed = 0
    for text, published in articles:
        recognize(text, lang, published)  # compile the grammars: start-up is not counted
        warmed += len(text)
        if warmed > WARM:
            break

    def run() -> None:
        for text, published in articles:
            recognize(text, lang, published)

    size = sum(len(text.encode("utf-8")) for text, _ in articles)
    return size / _best(run, rounds) / 1e6


def _sentences(lang: str, size: int) -> list[tuple[str, date | None]]:
    block = SENTENCES[lang] + "\n"
    text = block * (size // len(block.encode("utf-8")) + 1)
    return [(text[i : i + 5000], PUBLISHED) for i in range(0, len(text), 5000)]


def _header_day(published: str) -> date | None:
    """The day a story article's header gives ("2025-10-21"), else None ("unknown")."""
    try:
        return date.fromisoformat(published)
    except ValueError:
        return None


def _seeds(seeds: Path, case: Path) -> dict[str, list[tuple[str, date | None]]]:
    """Seed article texts by language, with their publication dates, as the case names them."""
    from factcheck.io.loader import load_case

    out: dict[str, list[tuple[str, date | None]]] = {}
    for item in load_case(case).sources:
        source = item.source
        path = seeds / source.article if source.article else None
        if path is None or not path.exists() or not source.language:
            continue
        text = parse_article(path.name, path.read_bytes()).text
        out.setdefault(source.language, []).append((text, _day(source)))
    return out


def _stories(stories: Path) -> dict[str, list[tuple[str, date | None]]]:
    """The story corpus's article texts by language (files NN_<lang>_<outlet>.txt, whose first
    line is '# source: URL | outlet | lang | YYYY-MM-DD or unknown'), with their dates."""
    out: dict[str, list[tuple[str, date | None]]] = {}
    for path in sorted(stories.glob("*/[0-9]*_*_*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n")
        fields = [f.strip() for f in header.split("|")]
        lang = path.name.split("_")[1]
        try:
            published: date | None = date.fromisoformat(fields[-1])
        except ValueError:
            published = None
        out.setdefault(lang, []).append((text, published))
    return out


def _pipeline(seeds: Path, case: Path, lang: str, size: int, rounds: int) -> str | None:
    """MB/s of ``extract_article`` on the seed articles of ``lang``, with the case's catalog."""
    from factcheck.io.loader import load_case

    loaded = load_case(case)
    jobs = []
    for item in loaded.sources:
        source = item.source
        path = seeds / source.article if source.article else None
        if path is not None and path.exists() and source.language == lang:
            day = _day(source)
            info = ArticleInfo(path.name, language=lang, published=day.isoformat() if day else None)
            jobs.append((path.read_bytes(), info))
    if not jobs:
        return None
    total = sum(len(content) for content, _ in jobs)
    jobs = jobs * (size // total + 1)
    extract_article(*jobs[0], loaded.spec)  # compile the grammars: start-up is not counted

    def run() -> None:
        for content, info in jobs:
            extract_article(content, info, loaded.spec)

    speed = total * (size // total + 1) / _best(run, rounds) / 1e6
    return f"  {lang}: {speed:.2f} MB/s"


def _repeat(articles: list[tuple[str, date | None]], size: int) -> list[tuple[str, date | None]]:
    total = sum(len(text.encode("utf-8")) for text, _ in articles)
    return articles * (size // max(total, 1) + 1)


def _command(case: Path, articles: list[Path]) -> list[str]:
    return [sys.executable, "-m", "factcheck", "extract", *map(str, articles), "--case", str(case)]


def _whole(seeds: Path, stories: Path, catalog: Path, count: int, rounds: int) -> None:
    """``factcheck extract`` on ``count`` articles and on one: chars/s of CPU, cores busy."""
    import os
    import shutil
    import tempfile

    texts = source_texts(seeds, stories)
    print(f"whole command (factcheck extract, the example case's catalog; {load()}):")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = write_files(root / "articles", cycled(texts, count))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)

        def fresh(name: str) -> Path:
            case = root / name
            shutil.rmtree(case, ignore_errors=True)
            case.mkdir()
            shutil.copy(catalog / "case.yaml", case / "case.yaml")
            return case

        best = min(
            (run(_command(fresh("many"), paths), cwd=ROOT) for _ in range(rounds)),
            key=lambda u: u.cpu,
        )
        cores = os.cpu_count() or 1
        print(
            f"  {count} articles, {chars:,} chars: {best.wall:.1f} s wall, {best.cpu:.1f} s CPU: "
            f"{chars / best.cpu / 1000:.0f} k chars/s of CPU per core (target 500 k); "
            f"{best.cpu / best.wall:.2f} of {cores} cores busy"
        )
        one = [run(_command(fresh("one"), paths[1:2]), cwd=ROOT) for _ in range(rounds)]
        first = min(one, key=lambda u: u.wall)
        print(
            f"  one article ({paths[1].name}): {first.wall:.2f} s wall (target 0.6 s), "
            f"{first.cpu:.2f} s CPU; best of {rounds}"
        )
        # the same on a first run: nothing derived by an earlier run in the cache folder
        given = os.environ.get("FACTCHECK_CACHE")
        os.environ["FACTCHECK_CACHE"] = str(root / "empty-cache")
        try:
            cold = run(_command(fresh("cold"), paths[1:2]), cwd=ROOT)
        finally:
            if given is None:
                del os.environ["FACTCHECK_CACHE"]
            else:
                os.environ["FACTCHECK_CACHE"] = given
        print(
            f"  one article, empty cache folder (a first run): {cold.wall:.2f} s wall, "
            f"{cold.cpu:.2f} s CPU"
        )


def main() -> None:
    """Print recognition throughput per language on both texts, then the pipeline's, then
    the whole command's."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="*", default=list(SENTENCES))
    parser.add_argument("--size", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--case", type=Path, default=ROOT / "claims" / "msmt-2025")
    parser.add_argument("--stories", type=Path, default=SHARED / "stories")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--whole", action="store_true", help="only the whole command")
    parser.add_argument("--recognition", action="store_true", help="only the recognition rows")
    args = parser.parse_args()
    if args.whole:
        _whole(args.seeds, args.stories, args.case, args.articles, args.rounds)
        return
    print("dense stress text (bench sentences, a value every few words), per core:")
    for lang in args.lang:
        print(_line(lang, _sentences(lang, args.size), args.rounds))
    if args.stories.is_dir():
        print(f"article text (story corpus in {args.stories}, each on its own), per core:")
        by_lang = _stories(args.stories)
        for lang in args.lang:
            if lang in by_lang:
                print(_line(lang, _repeat(by_lang[lang], args.size), args.rounds))
    if not args.seeds.is_dir():
        print(f"seed articles: no directory {args.seeds}")
        return
    print(f"article text (seed articles in {args.seeds}, each on its own), per core:")
    by_lang = _seeds(args.seeds, args.case)
    for lang in args.lang:
        if lang in by_lang:
            print(_line(lang, _repeat(by_lang[lang], args.size), args.rounds))
    if args.recognition:
        return
    print("whole pipeline on the seed articles (extract_article, the case's catalog), per core:")
    for lang in args.lang:
        line = _pipeline(args.seeds, args.case, lang, args.size, args.rounds)
        if line:
            print(line)
    if args.stories.is_dir():
        _whole(args.seeds, args.stories, args.case, args.articles, args.rounds)


if __name__ == "__main__":
    main()
