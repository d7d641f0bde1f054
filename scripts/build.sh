#!/usr/bin/env bash
# Builds what pages embed into www/dist/: the two WebAssembly modules
# (release) in dist/pkg — the widget (sla_calculator*) and the catalog reader
# (sla_reader*), which only pages passing their own catalog or holidays
# download — and minified copies of the loader, the element and the CSS
# (scripts/minify.mjs; the glue is minified in place).
#
# Size choices, each measured (gzip -9 of the .wasm; see BENCHMARKS.md):
# - opt-level "z" for the wasm build only (the native CLI keeps speed);
# - the name, producers and target_features sections are stripped
#   (scripts/strip-wasm.mjs); no wasm-opt: its -Os/-Oz passes shrink the raw
#   file but grow the gzipped one (binaryen 132: 74.9 → 77.8 KB at best), and
#   Debian's binaryen 108 -O1 yields a widget that never renders;
# - the built-in catalog ships pre-checked in the compact binary form, and JSON
#   reading and checking is a second module (the catalog reader);
# - lol_alloc's free-list allocator instead of dlmalloc (src/lib.rs);
# - JS and CSS minified (terser, csso).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/dist/pkg
wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/dist/pkg \
  --out-name sla_reader -- --no-default-features --features catalog-reader
rm -f www/dist/pkg/.gitignore
# The widget with its function names, for the bench's size table per part.
mkdir -p target/size
cp www/dist/pkg/sla_calculator_bg.wasm target/size/sla_calculator_bg.wasm
for module in sla_calculator sla_reader; do
  node scripts/strip-wasm.mjs "www/dist/pkg/${module}_bg.wasm" >/dev/null
done
# The built-in catalog's words, one file a language, fetched by pages that show it.
mkdir -p www/dist/lang
cp src/catalog/builtin/fr.bin src/catalog/builtin/en.bin src/catalog/builtin/ja.bin www/dist/lang/
node scripts/minify.mjs
# The element's TypeScript declarations, beside the loader.
cp www/sla-calculator.d.ts www/dist/sla-calculator.d.ts
