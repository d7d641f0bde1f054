#!/usr/bin/env bash
# Builds the WebAssembly package (release) into www/pkg, where the pages load it.
#
# Size choices, each measured (gzip -9 of the .wasm; see BENCHMARKS.md):
# - opt-level "z" for the wasm build only (the native CLI keeps speed);
# - wasm-opt only strips names and producers: its -Os/-Oz passes shrink the raw
#   file but grow the gzipped one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CARGO_PROFILE_RELEASE_OPT_LEVEL=z \
  wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/pkg
rm -f www/pkg/.gitignore
wasm="www/pkg/sla_calculator_bg.wasm"
wasm-opt --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$wasm" -o "$wasm.stripped"
mv "$wasm.stripped" "$wasm"
