"""Cost per kilobyte across document sizes, in every language: does a long document cost more per
kilobyte than a short one?

Documents of each size are built per language from the paragraphs of the example articles (and
of the web/tune texts when the shared corpus is beside the repository), cycled until the size is
reached. Each document is prepared (its language given) and extracted in this process; the CPU
time is measured, which a loaded machine disturbs much less than the wall time. The figure to
watch is the ratio of the largest size's ms/KB to the smallest's (the project's goal: at most
1.5 at 2 MB). Not run by the test suite; figures go into the README's performance section.

    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_scaling.py
    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_scaling.py --sizes-kb 2 64 2048 --langs en
    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_scaling.py --langs en --profile 2048
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

from crossreach.domain import DomainLexicon, load_domain
from crossreach.ingest import Article, prepare
from crossreach.ingest.language import detect_language
from crossreach.lexicon import supported_languages
from crossreach.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus" / "web" / "tune" / "texts")
#: Kilobytes extracted per size and language before the time is read (small documents run many times).
VOLUME_KB = 256


def paragraphs_by_language(folders: tuple[Path, ...]) -> dict[str, list[str]]:
    """The paragraphs of the plain-text articles in ``folders``, by detected language."""
    found: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            text = path.read_text(encoding="utf-8")
            found[detect_language(text)].extend(p.strip() for p in text.split("\n\n") if p.strip())
    return found


def document_of(paragraphs: list[str], size_kb: float) -> str:
    """Paragraphs taken in turn (cycling) until the text is at least ``size_kb`` kilobytes of UTF-8."""
    parts: list[str] = []
    size = 0
    while size < size_kb * 1024:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
        size += len(parts[-1].encode("utf-8")) + 2
    return "\n\n".join(parts)


def cpu_ms_per_kb(text: str, lang: str, domain: DomainLexicon) -> float:
    """CPU milliseconds per kilobyte to prepare and extract ``text``, over about VOLUME_KB kilobytes."""
    size_kb = len(text.encode("utf-8")) / 1024
    runs = max(1, round(VOLUME_KB / size_kb))
    started = time.process_time()
    for _ in range(runs):
        extract(prepare(Article(source="bench", text=text, lang=lang)), domain)
    return (time.process_time() - started) * 1000 / (runs * size_kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes-kb", type=float, nargs="+", default=[2, 64, 512],
                        help="document sizes in KB, smallest first (default 2 64 512; the goal is stated at 2048)")
    parser.add_argument("--langs", nargs="+", default=list(supported_languages()), help="languages to measure")
    parser.add_argument("--profile", type=float, metavar="KB",
                        help="instead, profile one document of this size per language and list the costliest "
                        "functions")
    args = parser.parse_args()
    here = f"benchmarks/{Path(__file__).name}"
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    domain = load_domain()
    paragraphs = paragraphs_by_language(SOURCES)
    langs = [lang for lang in args.langs if paragraphs.get(lang)]
    for lang in langs:  # warm the caches: lexicons, compiled patterns, the Aho-Corasick automaton
        extract(prepare(Article(source="warm", text=document_of(paragraphs[lang], 2), lang=lang)), domain)
    if args.profile:
        for lang in langs:
            _profile(document_of(paragraphs[lang], args.profile), lang, domain)
        print(f"reproduce: CROSSREACH_SPACY=off .venv/bin/python {here} --langs {' '.join(langs)} "
              f"--profile {args.profile:g}")
        return
    header = " ".join(f"{f'{size:g} KB':>9}" for size in args.sizes_kb)
    print(f"CPU ms per KB to prepare and extract, {len(paragraphs)} languages of source paragraphs")
    print(f"{'lang':<5} {'paras':>5} {header}   ratio largest/smallest")
    for lang in langs:
        figures = [cpu_ms_per_kb(document_of(paragraphs[lang], size), lang, domain) for size in args.sizes_kb]
        cells = " ".join(f"{figure:9.3f}" for figure in figures)
        print(f"{lang:<5} {len(paragraphs[lang]):>5} {cells}   {figures[-1] / figures[0]:5.2f}x", flush=True)
    print(f"reproduce: CROSSREACH_SPACY=off .venv/bin/python {here} --sizes-kb "
          f"{' '.join(f'{s:g}' for s in args.sizes_kb)} --langs {' '.join(langs)}")


def _profile(text: str, lang: str, domain: DomainLexicon) -> None:
    """The functions that take most of the time on one document, by their own time and with callees."""
    profile = cProfile.Profile()
    document = prepare(Article(source="bench", text=text, lang=lang))
    profile.enable()
    extract(document, domain)
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\n{lang}: {len(text.encode('utf-8')) / 1024:.0f} KB, extract {total:.1f} s (profiled; own time)")
    ranked = sorted(stats.stats.items(), key=lambda item: -item[1][2])  # type: ignore[attr-defined]
    for (file, line, function), (_, calls, own, cumulative, _) in ranked[:12]:
        where = file.split("/src/")[-1] if "/src/" in file else Path(file).name
        print(f"  {own / total:6.1%} own {cumulative / total:6.1%} with callees  {calls:>9} calls  "
              f"{where}:{line}({function})")


if __name__ == "__main__":
    main()
