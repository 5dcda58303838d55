# Adds ext.word_count; exits with status 3 on documents whose id ends in a multiple of N (argv[1]).
import json
import sys

every = int(sys.argv[1])
for line in sys.stdin:
    doc = json.loads(line)
    if int(doc["id"].rsplit("-", 1)[-1]) % every == 0:
        print(f"giving up on {doc['id']}", file=sys.stderr, flush=True)
        sys.exit(3)
    doc.setdefault("ext", {})["word_count"] = len(doc["text"].split())
    print(json.dumps(doc), flush=True)
