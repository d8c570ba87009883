"""Times the Python peers on a corpus folder, inside Python after imports.

Called by scripts/compare-peers.sh from its virtualenv. Prints one line per
peer: name, articles, seconds, articles/s, MB/s. The clock starts after the
imports and after the peer is set up (spacy.blank, dateparser's first call),
so their start-up is excluded.
"""
import argparse
import pathlib
import time
import warnings


def read_corpus(folder):
    files = sorted(p for p in pathlib.Path(folder).rglob("*") if p.is_file())
    return [p.read_text(encoding="utf-8") for p in files]


def best_of(runs, work):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def report(name, texts, seconds):
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{name}\t{len(texts)}\t{seconds:.3f}\t{len(texts) / seconds:.1f}\t{size / seconds / 1e6:.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dateparser-articles", type=int, default=0,
                        help="time dateparser on the first N articles only (0: all)")
    args = parser.parse_args()
    texts = read_corpus(args.corpus)

    import spacy
    nlp = spacy.blank("nl")
    nlp.tokenizer("Opwarmen van de tokenizer.")
    seconds = best_of(args.runs, lambda: [nlp.tokenizer(t) for t in texts])
    report("spacy-blank-nl-tokenizer", texts, seconds)

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates
    search_dates("Het overleg begint op 3 maart 2024.", languages=["nl"])
    sample = texts[: args.dateparser_articles] if args.dateparser_articles else texts
    seconds = best_of(1, lambda: [search_dates(t, languages=["nl"]) for t in sample])
    report("dateparser-search-dates-nl", sample, seconds)


if __name__ == "__main__":
    main()
