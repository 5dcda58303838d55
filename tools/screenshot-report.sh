#!/usr/bin/env bash
# Builds the HTML report of the example articles (tools/example-output.sh html), opens it in headless
# Chromium, checks that the page's script ran under its Content-Security-Policy, and saves two screenshots:
#   docs/report-document.png   the first document: summary, highlighted entities and quotes, who said what
#   docs/report-overview.png   the corpus overview
# Needs chromium (apt-get install -y chromium); fonts-noto-color-emoji for emoji; pngquant (optional) makes
# the PNGs about three times smaller.   Usage: tools/screenshot-report.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
destination=$(realpath -m "${1:-docs}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tools/example-output.sh html "$work/report.html"

chrome=(chromium --headless --disable-gpu --hide-scrollbars --no-first-run --enable-logging=stderr --v=0)
[[ $(id -u) == 0 ]] && chrome+=(--no-sandbox)

shoot() {  # shoot NAME WIDTHxHEIGHT FRAGMENT
  local name=$1 size=$2 fragment=$3
  "${chrome[@]}" --window-size="${size/x/,}" --screenshot="$work/$name.png" "file://$work/report.html#$fragment" \
    >/dev/null 2>"$work/$name.log"
  # The page logs one "gloss-report:" line when its script has run; a wrong hash in the policy would block
  # the script and log a Content Security Policy violation instead.
  if ! grep -q "gloss-report:" "$work/$name.log" || grep -q "Content Security Policy" "$work/$name.log"; then
    echo "screenshot-report: the report's script did not run cleanly in Chromium:" >&2
    grep -E "CONSOLE|Content Security" "$work/$name.log" >&2 || true
    exit 1
  fi
  grep -o 'gloss-report:[^"]*' "$work/$name.log" | head -1 >&2
  if command -v pngquant >/dev/null; then
    pngquant --force --quality=70-90 --strip --output "$work/$name.small.png" "$work/$name.png"
    mv "$work/$name.small.png" "$work/$name.png"
  fi
  mkdir -p "$destination"
  cp "$work/$name.png" "$destination/report-$name.png"
  echo "screenshot-report: $destination/report-$name.png ($(stat -c %s "$destination/report-$name.png") bytes)" >&2
}

shoot document 1280x950 1
shoot overview 1280x900 overview
