#!/usr/bin/env bash
# Writes the example articles in one output format: tools/example-output.sh FORMAT OUT
#
# With a runnable Pipelines/news.yaml and Examples/articles (the real stages), that is
#   gloss run Pipelines/news.yaml Examples/articles --format FORMAT -o OUT
# Until then, it falls back to the invented annotated articles of Tests/GlossIOTests/Fixtures (all layers
# already present) written through `gloss render`, and says so on stderr.
# GLOSS_CONFIGURATION=release|debug (default debug: the examples are small); GLOSS_PIPELINE=FILE to use
# another pipeline than Pipelines/news.yaml.
set -euo pipefail
format=$1
out=$(realpath -m "$2")
cd "$(dirname "$0")/.."
configuration=${GLOSS_CONFIGURATION:-debug}
pipeline=${GLOSS_PIPELINE:-Pipelines/news.yaml}

if [[ -f $pipeline && -d Examples/articles ]]; then
  swift build -c "$configuration" --product gloss >&2
  gloss=$(swift build -c "$configuration" --show-bin-path)/gloss
  if "$gloss" check "$pipeline" >&2; then
    status=0
    "$gloss" run "$pipeline" Examples/articles --format "$format" -o "$out" --stats none || status=$?
    # 65: some documents failed (the output is still written, under the pipeline's on_error).
    [[ $status == 0 || $status == 65 ]] || exit "$status"
    echo "example-output: Examples/articles through $pipeline -> $out" >&2
    exit 0
  fi
fi

echo "example-output: no runnable $pipeline + Examples/articles yet;" \
  "rendering Tests/GlossIOTests/Fixtures/annotated-articles.jsonl with gloss render" >&2
swift build -c "$configuration" --product gloss >&2
gloss=$(swift build -c "$configuration" --show-bin-path)/gloss
"$gloss" render Tests/GlossIOTests/Fixtures/annotated-articles.jsonl --format "$format" -o "$out"
echo "example-output: fixture -> $out" >&2
