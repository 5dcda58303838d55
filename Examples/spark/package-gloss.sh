#!/usr/bin/env bash
# Packs a built gloss into one archive for `spark-submit --archives gloss.tar.gz#gloss`:
#
#   gloss                       the binary
#   Gloss_GlossTag.resources/   the resource bundles of the modules it links (the tagger models); found
#                               beside the binary, where SwiftPM's Bundle.module looks first
#   libyaml-0.so.2              the one shared library it needs that a Linux executor may lack; found
#                               beside the binary through the RUNPATH $ORIGIN that SwiftPM links in
#   Pipelines/                  the repository's pipeline files
#
# Usage: Examples/spark/package-gloss.sh BINARY OUTPUT.tar.gz
# BINARY should come from `swift build -c release --product gloss --static-swift-stdlib`, so that the Swift
# runtime and Foundation are inside it; the script refuses a binary that needs libswift*.so.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY OUTPUT.tar.gz" >&2
    exit 64
fi
binary=$1
output=$2
repo=$(cd "$(dirname "$0")/../.." && pwd)
build_folder=$(cd "$(dirname "$binary")" && pwd)

if ldd "$binary" | grep -q 'libswift\|libFoundation'; then
    echo "$0: $binary needs the Swift runtime's shared libraries; build it with --static-swift-stdlib" >&2
    exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$binary" "$stage/gloss"
for bundle in "$build_folder"/*.resources; do
    case "$(basename "$bundle")" in
        *Tests.resources) ;;  # test fixtures, not part of gloss
        *) cp -R "$bundle" "$stage/" ;;
    esac
done
for library in $(ldd "$binary" | awk '/libyaml/ { print $3 }'); do
    cp -L "$library" "$stage/"
done
cp -R "$repo/Pipelines" "$stage/Pipelines"

tar -czf "$output" -C "$stage" .
echo "$output: $(du -h "$output" | cut -f1) ($(cd "$stage" && ls | tr '\n' ' '))"
