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
# The standard library rebuilt with the widget, so that a panic is a bare trap
# (`-Cpanic=immediate-abort`: no panic message formatting) and carries no
# source locations (`-Zlocation-detail=none`): 94.0 → 89.1 KB gzipped, measured
# 2026-11-30 with rustc 1.95. These are unstable flags, so the stable compiler
# is told to accept them (RUSTC_BOOTSTRAP, for this build only, in its own
# target directory). A panic behaved as a trap before too (wasm32's std has
# nowhere to print it). Should a later compiler refuse them, the build says so
# and falls back to the plain build, a few KB larger, rather than failing.
# wasm_build OUT_NAME [CARGO_ARGS...]
wasm_build() {
  local pack=(wasm-pack --quiet build --release --target web --no-typescript --no-pack
    --out-dir www/dist/pkg --out-name "$1" .)
  shift
  if ! CARGO_TARGET_DIR=target/web-small RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort" \
    "${pack[@]}" "$@" -Z build-std=std,panic_abort; then
    echo "build: the size-optimised build failed (above); building without it" >&2
    "${pack[@]}" "$@"
  fi
}
wasm_build sla_calculator
wasm_build sla_reader --no-default-features --features catalog-reader
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
