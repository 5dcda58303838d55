#!/usr/bin/env bash
# Writes the example articles as CoNLL-U (tools/example-output.sh conllu) and reads them back with the
# independent `conllu` Python package (installed with pip when missing) through tools/check-conllu.py.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import conllu" 2>/dev/null || pip install --quiet conllu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tools/example-output.sh conllu "$work/examples.conllu"
python3 tools/check-conllu.py "$work/examples.conllu"
