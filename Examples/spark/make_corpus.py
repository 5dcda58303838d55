"""Writes a JSON Lines news corpus by repeating the example articles, each copy numbered.

    python3 Examples/spark/make_corpus.py Examples/articles 2001 corpus.jsonl

Each line is one document in the form `gloss run` reads: {"id": ..., "text": ...} for a .txt article,
{"id": ..., "html": ...} for an .html page. Every copy gets its own id and one extra closing sentence with
its number, so that no two documents have the same text: a result sent back under the wrong id would
show up as a difference, not hide behind an identical twin.
"""

import json
import os
import sys


def articles(folder):
    """(name, field, content) for every .txt and .html file in the folder, sorted by name."""
    found = []
    for name in sorted(os.listdir(folder)):
        stem, extension = os.path.splitext(name)
        field = {".txt": "text", ".html": "html", ".htm": "html"}.get(extension)
        if field is None:
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            found.append((stem, field, handle.read()))
    return found


def numbered(field, content, number):
    """The article with a closing sentence that carries the copy's number."""
    line = f"This is copy {number} of the article in the Gloss example corpus."
    if field == "html":
        # The first </article> closes the story; later ones are reader comments.
        closing = content.find("</article>")
        if closing < 0:
            closing = content.rfind("</body>")
        if closing >= 0:
            return content[:closing] + f"<p>{line}</p>\n" + content[closing:]
    return content.rstrip("\n") + "\n\n" + line + "\n"


def main(arguments):
    if len(arguments) != 3:
        sys.exit("usage: make_corpus.py ARTICLES_FOLDER DOCUMENTS OUTPUT.jsonl")
    folder, count, output = arguments[0], int(arguments[1]), arguments[2]
    sources = articles(folder)
    if not sources:
        sys.exit(f"make_corpus.py: no .txt or .html article in {folder}")
    with open(output, "w", encoding="utf-8") as out:
        for index in range(count):
            stem, field, content = sources[index % len(sources)]
            number = index // len(sources) + 1
            document = {"id": f"{stem}-{number:05d}", field: numbered(field, content, number)}
            out.write(json.dumps(document, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
