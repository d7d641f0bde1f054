#!/usr/bin/env bash
# Builds the WebAssembly package (release) into www/pkg, where the pages load it.
#
# Size choices, each measured (gzip -9 of the .wasm; see BENCHMARKS.md):
# - opt-level "z" for the wasm build only (the native CLI keeps speed);
# - the name and producers sections are stripped (scripts/strip-wasm.mjs); no
#   wasm-opt: its -Os/-Oz passes shrink the raw file but grow the gzipped one,
#   and Debian's binaryen 108 breaks modules that use reference types.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CARGO_PROFILE_RELEASE_OPT_LEVEL=z \
  wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/pkg
rm -f www/pkg/.gitignore
node scripts/strip-wasm.mjs www/pkg/sla_calculator_bg.wasm >/dev/null
