"""A child for the exec stage's tests: one JSON document per line in, one out, misbehaving on request.

Usage: child.py MODE [ARGUMENT]
  words            add ext.word_count and ext.pid
  crash-every N    exit with status 3 on documents whose id ends in a multiple of N
  hang-on WORD     never answer a document whose text contains WORD
  garbage-on WORD  print a debug line before answering a document whose text contains WORD
  wrong-id-on WORD answer a document whose text contains WORD with another id
  drop-tokens      answer without the tokens
  top-level        add word_count at the top level instead of under ext
  shout            upper-case the text
  error-on WORD    answer {"id", "error"} for a document whose text contains WORD
  environment      add ext.greeting (from $GREETING), ext.cwd and ext.pid
  exit-at-start    exit with status 2 before reading anything
  meet DIR         like words, but first leave a file named after its pid in DIR and wait (up to 10 s)
                   until at least two children have: a child only answers once another child exists
"""
import json
import os
import sys
import time

mode = sys.argv[1]
argument = sys.argv[2] if len(sys.argv) > 2 else ""

if mode == "exit-at-start":
    print("boom: this child refuses to start", file=sys.stderr, flush=True)
    sys.exit(2)

for line in sys.stdin:
    doc = json.loads(line)
    ext = doc.setdefault("ext", {})
    if mode in ("words", "meet"):
        if mode == "meet":
            open(os.path.join(argument, str(os.getpid())), "w").close()
            waited = 0.0
            while len(os.listdir(argument)) < 2 and waited < 10:
                time.sleep(0.01)
                waited += 0.01
        ext["word_count"] = len(doc["text"].split())
        ext["pid"] = os.getpid()
    elif mode == "crash-every":
        number = int(doc["id"].rsplit("-", 1)[-1])
        if number % int(argument) == 0:
            print(f"crashing on {doc['id']} as asked", file=sys.stderr, flush=True)
            sys.exit(3)
        ext["word_count"] = len(doc["text"].split())
    elif mode == "hang-on" and argument in doc["text"]:
        time.sleep(3600)
    elif mode == "garbage-on" and argument in doc["text"]:
        print("debug: looking at " + doc["id"], flush=True)
    elif mode == "wrong-id-on" and argument in doc["text"]:
        doc["id"] = doc["id"] + "-other"
    elif mode == "drop-tokens":
        doc.pop("tokens", None)
    elif mode == "shout":
        doc["text"] = doc["text"].upper()
    elif mode == "top-level":
        doc["word_count"] = len(doc["text"].split())
    elif mode == "error-on" and argument in doc["text"]:
        doc = {"id": doc["id"], "error": "cannot count words in a poem"}
    elif mode == "argv":
        ext["argv"] = sys.argv[2:]
    elif mode == "environment":
        ext["greeting"] = os.environ.get("GREETING", "")
        ext["cwd"] = os.getcwd()
        ext["pid"] = os.getpid()
    if doc.get("ext") == {}:
        del doc["ext"]
    print(json.dumps(doc), flush=True)
