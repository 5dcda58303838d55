#!/usr/bin/env bash
# 5-fold cross-validation of the tag stage's training recipe over GUM train (issue 5: the built-in models
# train on GUM, so their score on GUM must come from models that did not see the scored documents).
# For each fold K: the README's full training recipe without fold K of the GUM documents (EWT/UNER train
# always kept), then `gloss-tagger eval` on fold K of gum-train.conllu (UPOS, gold tokens) and
# gum-train.iob2 (entities, exact span and label). Prints each fold and the pooled counts.
#
#   tools/cross-validate-gum.sh [DATA_DIR] [WORK_DIR]     (defaults: ../shared/data, /tmp/gloss-gum-cv)
# About 3–8 minutes per fold on the 2-core machine (a release build of gloss-tagger first); a fold whose
# models are already in WORK_DIR is only scored. ENTITIES_ONLY=1 retrains just each fold's entity model on
# the fold's part-of-speech models; TRAIN_OPTIONS adds options to every training; GLOSS_TAGGER names a built
# gloss-tagger to use instead of building one.
set -euo pipefail
D=${1:-$(cd "$(dirname "$0")/../.." && pwd)/shared/data}
W=${2:-/tmp/gloss-gum-cv}
FOLDS=${FOLDS:-5}
cd "$(dirname "$0")/.."
bin=${GLOSS_TAGGER:-}
if [ -z "$bin" ]; then swift build -c release --product gloss-tagger >/dev/null; bin=.build/release/gloss-tagger; fi
mkdir -p "$W"
for k in $(seq 1 "$FOLDS"); do
  out="$W/fold$k"
  reuse=()
  if [ "${ENTITIES_ONLY:-0}" = 1 ]; then reuse=(--pos-model "$out"); rm -f "$out/entities.gtm"; fi
  if [ ! -f "$out/entities.gtm" ]; then
    # shellcheck disable=SC2086
    "$bin" train "${reuse[@]}" ${TRAIN_OPTIONS:-} \
      --pos-train "$D/ud-ewt/en_ewt-ud-train.conllu" --pos-train "$D/ner/gum-train.conllu" \
      --pos-dev "$D/ud-ewt/en_ewt-ud-dev.conllu" \
      --refine-features pos-refine-v3 --refine-share 0.25 \
      --ner-train "$D/ner/uner-ewt-train.iob2" --ner-train "$D/ner/gum-train.iob2" \
      --ner-skip GUM_conversation_ --ner-skip GUM_vlog_ --ner-skip GUM_speech_ \
      --ner-dev "$D/ner/uner-ewt-dev.iob2" \
      --fold "$k/$FOLDS" --fold-documents GUM_ -o "$out" > "$out.train.log" 2>&1
  fi
  "$bin" eval --model "$out" --pos "$D/ner/gum-train.conllu" --ner "$D/ner/gum-train.iob2" \
    --fold "$k/$FOLDS" --fold-documents GUM_ > "$out.eval.txt"
  echo "fold $k: $(grep -m1 '^accuracy' "$out.eval.txt"); entities $(grep '^all' "$out.eval.txt")"
done
echo "pooled over $FOLDS folds:"
cat "$W"/fold*.eval.txt | awk '
  /^accuracy/ { split($3, a, /[()\/]/); right += a[2]; total += a[3] }
  /^(LOC|ORG|PER|all) / {
    l = $1; g[l] += $(NF-4) + 0; p[l] += $(NF-2) + 0; c[l] += $NF + 0
  }
  END {
    printf "UPOS %.2f%% (%d / %d)\n", 100 * right / total, right, total
    n = split("LOC ORG PER all", labels, " ")
    for (i = 1; i <= n; i++) {
      l = labels[i]; P = c[l] / p[l]; R = c[l] / g[l]
      printf "%-4s P %.1f R %.1f F1 %.1f (gold %d, predicted %d, correct %d)\n", l, 100*P, 100*R, 200*P*R/(P+R), g[l], p[l], c[l]
    }
  }'
