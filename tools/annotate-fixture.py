#!/usr/bin/env python3
"""Turns tools/fixtures/annotated-articles.txt (invented articles with inline markup for entities, quotes and
speakers) into JSON Lines documents with every layer Gloss writes: sentences, tokens with UPOS, entities,
quotes, summary. The output is what `gloss run` reads back from JSONL input, so the writers can be tested
and shown before the real stages exist. Offsets are Unicode code points, as in Gloss's JSON.

Sentences, tokens and tags come from simple rules, not from Gloss's stages: good enough for a fixture.

    python3 tools/annotate-fixture.py > Tests/GlossIOTests/Fixtures/annotated-articles.jsonl
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CLOSED_CLASS = {
    "DET": "the a an this that these those every each another some any no".split(),
    "ADP": "in on at of for from to with by about after before into outside near since until over under past as".split(),
    "PRON": "he she it they we i you his her its their our my who which what one some".split(),
    "AUX": "is are was were be been being has have had will would could should can may might do does did".split(),
    "CCONJ": "and or but nor".split(),
    "SCONJ": "that while because if although whether".split(),
    "PART": "not to 's".split(),
    "ADV": "too sooner further only today first more".split(),
    "VERB": ("said say says told called warned urged stayed leaving find offered move resume reopened found replaced "
             "failed held make approved pay reach take sampled gathered read entered tried put aimed paid led runs "
             "run scheduled meet costs ask keep staying sorry").split(),
}
TAG_OF = {word: tag for tag, words in CLOSED_CLASS.items() for word in words}


def parse_markup(body):
    """Strips the markup; returns the text and the spans (code point offsets) it marked."""
    text = []
    stack = []
    entities, quotes, mentions = [], {}, {}
    i = 0
    while i < len(body):
        if body.startswith("[[", i):
            stack.append(("entity", len(text), None))
            i += 2
        elif body.startswith("<<", i):
            name, _, _ = body[i + 2:].partition(":")
            stack.append(("quote", len(text), name))
            i += 2 + len(name) + 1
        elif body.startswith("{{", i):
            name, _, _ = body[i + 2:].partition(":")
            stack.append(("mention", len(text), name))
            i += 2 + len(name) + 1
        elif body[i] == "|" and stack and stack[-1][0] == "entity":
            end = body.index("]]", i)
            kind, start, _ = stack.pop()
            entities.append({"start": start, "end": len(text), "label": body[i + 1:end]})
            i = end + 2
        elif body.startswith(">>", i) and stack and stack[-1][0] == "quote":
            _, start, name = stack.pop()
            quotes[name] = (start, len(text))
            i += 2
        elif body.startswith("}}", i) and stack and stack[-1][0] == "mention":
            _, start, name = stack.pop()
            mentions[name] = (start, len(text))
            i += 2
        else:
            text.append(body[i])
            i += 1
    assert not stack, f"unclosed markup: {stack}"
    return "".join(text), sorted(entities, key=lambda e: e["start"]), quotes, mentions


def sentences_of(text):
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        chunk = paragraph.group()
        for boundary in re.finditer(r"(?<!\bDr\.)(?<=[.!?])[”\"]?\s+(?=[“\"A-Z])", chunk):
            end = boundary.start() + len(boundary.group().rstrip())
            spans.append({"start": start, "end": paragraph.start() + end})
            start = paragraph.start() + boundary.end()
        spans.append({"start": start, "end": paragraph.end()})
    return spans


def tokens_of(text, sentences):
    starts = {s["start"] for s in sentences}
    tokens = []
    for match in re.finditer(r"\w+(?:[-’'.&]\w+)*|[^\w\s]", text):
        word = match.group()
        lower = word.lower()
        if not re.match(r"\w", word):
            pos = "PUNCT" if word not in "&$€£" else "SYM"
        elif re.fullmatch(r"[0-9][0-9,.]*", word):
            pos = "NUM"
        elif lower in TAG_OF:
            pos = TAG_OF[lower]
        elif word[0].isupper() and match.start() not in starts:
            pos = "PROPN"
        elif lower.endswith("ly"):
            pos = "ADV"
        else:
            pos = "NOUN"
        tokens.append({"start": match.start(), "end": match.end(), "pos": pos})
    return tokens


def main():
    source = open(os.path.join(HERE, "fixtures", "annotated-articles.txt"), encoding="utf-8").read()
    for chunk in re.split(r"^=== ", source, flags=re.M)[1:]:
        header, _, rest = chunk.partition("\n")
        doc_id = "fixtures/" + header.strip() + ".txt"
        meta, quote_info, body_lines, error = {}, {}, [], None
        for line in rest.split("\n"):
            if line.startswith("@meta "):
                key, _, value = line[6:].partition(" = ")
                meta[key.strip()] = value
            elif line.startswith("@quote "):
                name, *fields = line[7:].split(" ")
                info, key = {}, None
                for field in fields:
                    if "=" in field:
                        key, _, value = field.partition("=")
                        info[key] = value
                    else:
                        info[key] += " " + field
                quote_info[name] = info
            elif line.startswith("@error "):
                stage, _, message = line[7:].partition(": ")
                error = {"stage": stage, "message": message}
            else:
                body_lines.append(line)
        text, entities, quotes, mentions = parse_markup("\n\n".join(p for p in "\n".join(body_lines).strip().split("\n\n")))
        sentences = sentences_of(text)
        document = {"id": doc_id, "text": text, "meta": meta, "sentences": sentences,
                    "tokens": tokens_of(text, sentences)}
        if error is None:
            document["entities"] = entities
            out_quotes = []
            for name, (start, end) in sorted(quotes.items(), key=lambda item: item[1]):
                info = quote_info.get(name, {})
                quote = {"start": start, "end": end, "kind": info.get("kind", "direct")}
                if "speaker" in info:
                    quote["speaker"] = info["speaker"]
                if "mention" in info:
                    quote["speaker_start"], quote["speaker_end"] = mentions[info["mention"]]
                if "role" in info:
                    quote["speaker_role"] = info["role"]
                if "cue" in info:
                    quote["cue"] = info["cue"]
                out_quotes.append(quote)
            document["quotes"] = out_quotes
            chosen = [0, min(2, len(sentences) - 1)] if len(sentences) > 2 else [0]
            document["summary"] = {"sentences": chosen,
                                   "text": " ".join(text[sentences[i]["start"]:sentences[i]["end"]] for i in chosen)}
        else:
            document["error"] = error
        print(json.dumps(document, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
