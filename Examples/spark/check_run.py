"""Checks a whosaid.py run against `gloss run` of the same corpus on one machine.

    python3 Examples/spark/check_run.py CORPUS.jsonl REFERENCE.jsonl OUT/

- every document of the corpus came back from Spark exactly once (by id), and nothing else did;
- each came back identical to the one-machine result: text, entities, quotes, every other layer, error;
- the who-said-what table Spark wrote equals the one computed from the one-machine results.

Prints one line of counts; exits 1 with the first differences when a check fails.
"""

import collections
import glob
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the example folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from whosaid import who_said_what  # noqa: E402


def read_lines(paths):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def main(arguments):
    if len(arguments) != 3:
        sys.exit("usage: check_run.py CORPUS.jsonl REFERENCE.jsonl OUT/")
    corpus, reference_path, out = arguments
    problems = []

    corpus_ids = [document["id"] for document in read_lines([corpus])]
    reference = {document["id"]: document for document in read_lines([reference_path])}
    spark_documents = list(read_lines(sorted(glob.glob(os.path.join(out, "documents", "part-*")))))
    counts = collections.Counter(document["id"] for document in spark_documents)

    missing = [identifier for identifier in corpus_ids if counts[identifier] == 0]
    repeated = [identifier for identifier, count in counts.items() if count > 1]
    unknown = sorted(set(counts) - set(corpus_ids))
    if len(set(corpus_ids)) != len(corpus_ids):
        problems.append("the corpus itself repeats ids")
    if missing:
        problems.append(f"{len(missing)} documents did not come back, e.g. {missing[:3]}")
    if repeated:
        problems.append(f"{len(repeated)} documents came back more than once, e.g. {repeated[:3]}")
    if unknown:
        problems.append(f"{len(unknown)} results have ids not in the corpus, e.g. {unknown[:3]}")
    if sorted(reference) != sorted(corpus_ids):
        problems.append("the one-machine reference does not hold every corpus document exactly once")

    different = [document["id"] for document in spark_documents if document != reference.get(document["id"])]
    if different:
        first = different[0]
        mine = next(document for document in spark_documents if document["id"] == first)
        theirs = reference.get(first) or {}
        layers = sorted(key for key in set(mine) | set(theirs) if mine.get(key) != theirs.get(key))
        problems.append(f"{len(different)} documents differ from gloss run, e.g. '{first}' in {layers}")

    table = list(read_lines(sorted(glob.glob(os.path.join(out, "who_said_what", "part-*")))))
    expected = who_said_what(reference.values())
    if table != expected:
        problems.append(f"the who-said-what table differs: {len(table)} rows from Spark, {len(expected)} expected")

    quotes = sum(len(document.get("quotes") or []) for document in spark_documents)
    entities = sum(len(document.get("entities") or []) for document in spark_documents)
    failed = sum(1 for document in spark_documents if document.get("error"))
    has_quotes_layer = any("quotes" in document for document in reference.values())
    print(f"documents in {len(corpus_ids)}, out {len(spark_documents)}, failed {failed}; "
          f"entities {entities}, quotes {quotes}; who-said-what rows {len(table)}"
          + ("" if has_quotes_layer else " (this pipeline has no quotes layer: the table is empty)"))
    for problem in problems:
        print("check_run.py: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
