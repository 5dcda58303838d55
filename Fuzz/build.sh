#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Harnesses/*.swift) with swiftc: -sanitize=fuzzer,address.
#
# SwiftPM cannot link a fuzzer (an executable target's `main` is renamed and libFuzzer's main then
# misses it), so each module the harnesses need is compiled here, once, into an instrumented object and a
# .swiftmodule, in dependency order; each harness is then linked with the modules it imports.
#
# Usage: Fuzz/build.sh [TARGET ...]    (targets: yaml clean segment jsonl; default all)
# Output: .build/fuzz/fuzz-TARGET      Needs: libyaml-dev, pkg-config; swift-log checked out by SwiftPM.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=.build/fuzz
mkdir -p "$out/modules"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml clean segment jsonl)

# swift-log (GlossCore's only dependency) as SwiftPM checked it out.
logging=.build/checkouts/swift-log/Sources/Logging
if [ ! -d "$logging" ]; then swift package resolve >/dev/null; fi

flags=(-sanitize=fuzzer,address -use-ld=lld -parse-as-library -O -g -swift-version 6 -enable-upcoming-feature ExistentialAny
       -I "$out/modules" -I Sources/CLibYAML -I Sources/CGlossSpawn/include -I Sources/CGlossFile/include)

# module NAME [extra flags] -- sources...: one instrumented object + swiftmodule, rebuilt when a source is newer.
module() {
    local name=$1; shift
    local extra=()
    while [ "$1" != "--" ]; do extra+=("$1"); shift; done
    shift
    local object="$out/modules/$name.o"
    if [ -f "$object" ] && [ -z "$(find "$@" -newer "$object" -print -quit)" ]; then return; fi
    echo "fuzz build: module $name" >&2
    swiftc "${flags[@]}" "${extra[@]}" -module-name "$name" -wmo -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
        -c "$@" -o "$object"
}
sources() { find "$1" -name '*.swift' | sort; }

# swift-log's own settings (its Package.swift): a package name for `package` declarations, its upcoming features.
module Logging -package-name swift_log -enable-upcoming-feature MemberImportVisibility \
    -enable-upcoming-feature InternalImportsByDefault -enable-upcoming-feature NonisolatedNonsendingByDefault \
    -- $(sources "$logging")
# SwiftPM gives the package's modules one package name (for `package` declarations); so does this.
gloss=(-package-name gloss)
module GlossCore "${gloss[@]}" -- $(sources Sources/GlossCore)
needs() { for t in "${targets[@]}"; do for m in "$@"; do [ "$t" = "$m" ] && return 0; done; done; return 1; }
if needs yaml; then module GlossYAML "${gloss[@]}" -- $(sources Sources/GlossYAML); fi
# -enable-testing: the JSON Lines harness drives the internal LineReader and renderers. GlossIO calls
# one C function (CGlossFile: early write-back of output files), compiled here with the same sanitizers.
if needs yaml jsonl; then
    if [ ! -f "$out/modules/CGlossFile.o" ] || [ Sources/CGlossFile/file.c -nt "$out/modules/CGlossFile.o" ]; then
        echo "fuzz build: module CGlossFile" >&2
        clang -fsanitize=fuzzer-no-link,address -O1 -g -I Sources/CGlossFile/include -c Sources/CGlossFile/file.c -o "$out/modules/CGlossFile.o"
    fi
    module GlossIO "${gloss[@]}" -enable-testing -- $(sources Sources/GlossIO)
fi
if needs yaml clean; then module GlossClean "${gloss[@]}" -- $(sources Sources/GlossClean); fi
if needs yaml segment; then module GlossSegment "${gloss[@]}" -- $(sources Sources/GlossSegment); fi
if needs yaml; then module GlossSummarize "${gloss[@]}" -- $(sources Sources/GlossSummarize); fi

link() {
    local target=$1 harness=$2; shift 2
    local objects=() libs=()
    for m in "$@"; do objects+=("$out/modules/$m.o"); done
    [[ " $* " == *" GlossYAML "* ]] && libs+=($(pkg-config --libs yaml-0.1))
    echo "fuzz build: fuzz-$target" >&2
    swiftc "${flags[@]}" "Fuzz/Harnesses/$harness" "${objects[@]}" "${libs[@]}" -o "$out/fuzz-$target"
}
for target in "${targets[@]}"; do
    case $target in
        yaml) link yaml FuzzYAML.swift Logging GlossCore GlossYAML CGlossFile GlossIO GlossClean GlossSegment GlossSummarize ;;
        clean) link clean FuzzClean.swift Logging GlossCore GlossClean ;;
        segment) link segment FuzzSegment.swift Logging GlossCore GlossSegment ;;
        jsonl) link jsonl FuzzJSONL.swift Logging GlossCore CGlossFile GlossIO ;;
        *) echo "unknown fuzz target '$target' (yaml clean segment jsonl)" >&2; exit 64 ;;
    esac
done
echo "fuzz build: done in $root/$out" >&2
