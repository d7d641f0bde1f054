#!/usr/bin/env bash
# Builds the two WebAssembly modules (release) into www/pkg, where the pages
# load them: the widget (sla_calculator*) and the catalog reader (sla_reader*),
# which only pages passing their own catalog or holidays download.
#
# Size choices, each measured (gzip -9 of the .wasm; see BENCHMARKS.md):
# - opt-level "z" for the wasm build only (the native CLI keeps speed);
# - the name and producers sections are stripped (scripts/strip-wasm.mjs); no
#   wasm-opt: its -Os/-Oz passes shrink the raw file but grow the gzipped one,
#   and Debian's binaryen 108 breaks modules that use reference types.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/pkg
wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/pkg \
  --out-name sla_reader -- --no-default-features --features catalog-reader
rm -f www/pkg/.gitignore
for module in sla_calculator sla_reader; do
  node scripts/strip-wasm.mjs "www/pkg/${module}_bg.wasm" >/dev/null
done
