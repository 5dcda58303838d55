#!/usr/bin/env bash
# The <script> test in a real browser: writes a report of documents whose text, metadata, labels, speakers
# and errors try to inject markup and script, opens each document in headless Chromium and checks that the
# page's own script ran, no injected code ran (the payloads would retitle the page to "pwned"), no
# Content-Security-Policy violation was even attempted, and the characters are shown as text.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
configuration=${GLOSS_CONFIGURATION:-debug}

python3 - "$work/hostile.jsonl" <<'PY'
import json, sys
payloads = [
    '<script>document.title="pwned"</script>',
    '</script><script>document.title="pwned"</script>',
    '<img src=x onerror="document.title=\'pwned\'">',
    '<!--<script>document.title="pwned"</script>-->',
    '<svg onload="document.title=\'pwned\'"></svg>',
    '" onmouseover="document.title=\'pwned\'" x="',
    '\u2028\u2029</SCRIPT ><style>body{display:none}</style>',
]
with open(sys.argv[1], "w") as out:
    for number, payload in enumerate(payloads):
        text = f"Fans wrote {payload} on a banner, said Ana Ruiz."
        start = text.index(payload)
        speaker = text.index("Ana Ruiz")
        out.write(json.dumps({
            "id": f"hostile-{number}{payload}", "text": text,
            "meta": {"title": f"Banner {number} {payload}", "source": payload, "url": "javascript:document.title='pwned'"},
            "sentences": [{"start": 0, "end": len(text)}],
            "entities": [{"start": speaker, "end": speaker + 8, "label": payload}],
            "quotes": [{"start": start, "end": start + len(payload), "speaker": payload, "speaker_start": speaker,
                        "speaker_end": speaker + 8, "speaker_role": payload, "cue": payload, "kind": "direct"}],
            "summary": {"sentences": [0], "text": payload},
            "error": {"stage": payload, "message": payload},
        }) + "\n")
print(len(payloads))
PY

swift build -c "$configuration" --product gloss >&2
gloss=$(swift build -c "$configuration" --show-bin-path)/gloss
"$gloss" render "$work/hostile.jsonl" --format html -o "$work/report.html"

chrome=(chromium --headless --disable-gpu --no-first-run --enable-logging=stderr --v=0 --virtual-time-budget=2000)
[[ $(id -u) == 0 ]] && chrome+=(--no-sandbox)
failures=0
count=$(grep -c 'type="text/x-gloss-doc"' "$work/report.html")
for number in $(seq 1 "$count"); do
  "${chrome[@]}" --dump-dom "file://$work/report.html#$number" >"$work/dom.html" 2>"$work/log.txt"
  mapfile -t problems < <(python3 - "$work/dom.html" "$work/log.txt" <<'PY'
import html.parser, sys
dom, log = open(sys.argv[1]).read(), open(sys.argv[2]).read()

class View(html.parser.HTMLParser):
    """Collects the elements and attributes inside #view, and the page title."""
    def __init__(self):
        super().__init__()
        self.depth, self.elements, self.text, self.title, self.in_title = 0, [], [], "", False
    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if self.depth or dict(attrs).get("id") == "view":
            if tag not in ("br", "input", "img", "meta", "link"):
                self.depth += 1
            self.elements.append((tag, dict(attrs)))
    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.depth:
            self.depth -= 1
    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.depth:
            self.text.append(data)

view = View()
view.feed(dom)
text = "".join(view.text)
if "gloss-report:" not in log:
    print("the page's script did not run")
if "Content Security Policy" in log:
    print("a CSP violation was logged")
if view.title.strip() == "pwned":
    print("injected code retitled the page")
if not any(tag == "article" for tag, _ in view.elements):
    print("the document was not shown")
if "document.title" not in text and "</SCRIPT" not in text:
    print("the payload's characters are not shown as text")
for tag, attributes in view.elements:
    if tag in ("script", "img", "svg", "style", "iframe", "object", "a"):
        print(f"an injected <{tag}> exists in the view")
    for name in attributes:
        if name.startswith("on") or name in ("style", "href", "src"):
            print(f"an attribute {name} exists on <{tag}> in the view")
PY
)
  if ((${#problems[@]})); then
    failures=$((failures + 1))
    echo "document $number: ${problems[*]}" >&2
  else
    echo "document $number: shown as text, nothing ran, no policy violation" >&2
  fi
done
((failures == 0)) && echo "report-browser-check: $count hostile documents, all safe in $(chromium --version 2>/dev/null)"
exit $((failures > 0))
