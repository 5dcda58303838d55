#!/usr/bin/env python3
"""Reads CoNLL-U files with the independent `conllu` package (pip install conllu) and checks what UD tools
rely on: every sentence has a unique sent_id and a `# text` equal to its forms joined by the SpaceAfter rule,
token ids run 1..n, UPOS values are Universal POS tags, NER tags in MISC are B-/I-/O and no sentence starts
with I-. Prints counts; exits 1 on the first file that fails.

    python3 tools/check-conllu.py out.conllu [...]
"""
import collections
import importlib.metadata
import sys

import conllu

UPOS = set("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())


def check(path):
    problems = []
    with open(path, encoding="utf-8") as handle:
        data = handle.read()
    sentences = conllu.parse(data)
    ids = set()
    documents = 0
    tokens = 0
    tags = collections.Counter()
    upos = collections.Counter()
    for sentence in sentences:
        meta = sentence.metadata
        where = f"{path}: sentence {meta.get('sent_id', '?')}"
        if "newdoc id" in meta:
            documents += 1
        if "sent_id" not in meta or "text" not in meta:
            problems.append(f"{where}: missing sent_id or text")
            continue
        if meta["sent_id"] in ids:
            problems.append(f"{where}: sent_id repeated")
        ids.add(meta["sent_id"])
        if not sentence:
            problems.append(f"{where}: no tokens")
        rebuilt = ""
        previous = "O"
        for position, token in enumerate(sentence, start=1):
            tokens += 1
            if token["id"] != position:
                problems.append(f"{where}: token id {token['id']} at position {position}")
            if token["upos"] is not None and token["upos"] not in UPOS and token["upos"] != "_":
                problems.append(f"{where}: UPOS {token['upos']!r} is not a Universal POS tag")
            upos[token["upos"] or "_"] += 1
            misc = token["misc"] or {}
            rebuilt += token["form"]
            if misc.get("SpaceAfter") != "No":
                rebuilt += " "
            ner = misc.get("NER")
            if ner is not None:
                tags[ner.split("-")[0]] += 1
                if not (ner == "O" or ner.startswith("B-") or ner.startswith("I-")):
                    problems.append(f"{where}: NER={ner} is not B-/I-/O")
                if ner.startswith("I-") and previous[2:] != ner[2:]:
                    problems.append(f"{where}: NER={ner} does not continue an entity")
                previous = ner
        if rebuilt.strip() != meta["text"].strip():
            problems.append(f"{where}: # text {meta['text']!r} != forms {rebuilt.strip()!r}")
    print(f"{path}: {documents} documents, {len(sentences)} sentences, {tokens} tokens read by conllu "
          f"{importlib.metadata.version('conllu')}; NER {dict(tags)}; UPOS {dict(upos.most_common(6))}...")
    for problem in problems[:20]:
        print("  " + problem)
    return not problems


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    return 0 if all(check(path) for path in sys.argv[1:]) else 1


if __name__ == "__main__":
    sys.exit(main())
