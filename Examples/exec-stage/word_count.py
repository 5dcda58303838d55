# A Gloss stage in Python: reads one JSON document per line, adds ext.word_count, writes it back.
import json
import sys

for line in sys.stdin:
    doc = json.loads(line)
    doc.setdefault("ext", {})["word_count"] = len(doc["text"].split())
    print(json.dumps(doc), flush=True)  # one line per document, flushed: Gloss is waiting for it
