#!/usr/bin/env bash
# Builds the npm package in pkg/ (what pages embed; `npm pack pkg` makes its
# tarball): the two WebAssembly modules (release) in pkg/wasm — the widget
# (sla_calculator*) and the catalog reader (sla_reader*), which only pages
# passing their own catalog or holidays download —, the built-in catalog's
# words in pkg/lang, minified copies of the loader, the element and the CSS
# (scripts/minify.mjs; the glue is minified in place), the TypeScript
# declarations, the Custom Elements Manifest (generated from the element's
# JSDoc), and the package's package.json and README (from npm/). The example
# pages in www/ load the package itself: www/dist is a link to ../pkg.
#
# Size choices, each measured (gzip -9 of the .wasm; see BENCHMARKS.md):
# - opt-level "z" for the wasm build only (Cargo.toml's wasm-release
#   profile; the native CLI keeps release's speed), with the compiler
#   rust-toolchain.toml pins;
# - a last pass over each module and its glue (scripts/finish-wasm.mjs):
#   short import names, no dead closure shims, no custom sections; no
#   wasm-opt: its -Os/-Oz passes shrink the raw file but grow the gzipped one
#   (binaryen 132: 74.9 → 77.8 KB at best; a bare read and write with it
#   alone +1.5 KB), and Debian's binaryen 108 -O1 yields a widget that never renders;
# - the built-in catalog ships pre-checked in the compact binary form, and JSON
#   reading and checking is a second module (the catalog reader);
# - lol_alloc's free-list allocator instead of dlmalloc (src/lib.rs);
# - JS and CSS minified (terser, csso).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# The standard library rebuilt with the widget, so that a panic is a bare trap
# (`-Cpanic=immediate-abort`: no panic message formatting) and carries no
# source locations (`-Zlocation-detail=none`): 94.0 → 89.1 KB gzipped, measured
# 2026-11-30 with rustc 1.95; and with `{:?}` writing nothing
# (`-Zfmt-debug=none`: no Debug code at all, 3.0 KB less): messages quote
# values with `error::quoted`, and tests/source.rs keeps `{:?}` out of the
# library. The standard library is also built with its `optimize_for_size`
# feature (smaller integer formatting, sorting and string searching: 0.8 KB
# less gzipped, measured 2026-12-04 with rustc 1.95; deadlines per second
# in BENCHMARKS.md). These are unstable flags, so the stable compiler
# is told to accept them (RUSTC_BOOTSTRAP, for this build only, in its own
# target directory). A panic behaved as a trap before too (wasm32's std has
# nowhere to print it). Should a later compiler refuse them, the build says so
# and falls back to the plain build, a few KB larger — which the size gate
# in `npm test` (scripts/sizes.mjs) then fails, naming this build's output.
# wasm_build OUT_NAME [CARGO_ARGS...]
wasm_build() {
  local pack=(wasm-pack --quiet build --profile wasm-release --target web --no-typescript --no-pack
    --out-dir pkg/wasm --out-name "$1" .)
  shift
  if ! CARGO_TARGET_DIR=target/web-small RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort" \
    "${pack[@]}" "$@" -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size; then
    echo "build: the size-optimised build failed (above); building without it" >&2
    "${pack[@]}" "$@"
  fi
}
rm -rf pkg
wasm_build sla_calculator
wasm_build sla_reader --no-default-features --features catalog-reader
rm -f pkg/wasm/.gitignore
# Short import names, no dead closure shims, no custom sections (see the
# script); the widget also with its function names, for the bench's size table.
mkdir -p target/size
node scripts/finish-wasm.mjs pkg/wasm/sla_calculator_bg.wasm pkg/wasm/sla_calculator.js \
  target/size/sla_calculator_bg.wasm
node scripts/finish-wasm.mjs pkg/wasm/sla_reader_bg.wasm pkg/wasm/sla_reader.js
# The built-in catalog's words, one file a language, fetched by pages that show it.
mkdir -p pkg/lang
cp src/catalog/builtin/[!c]*.bin pkg/lang/ # every language's words (core.bin travels inside each)
# The licence of their texts (Adobe's data sheets, MIT).
cp src/catalog/builtin/LICENSE.md pkg/lang/LICENSE.md
# Each country's public holidays, one small file a country (rules §2.4),
# fetched for the countries a page's visitors need, with the data's licence.
cargo build --quiet --release --bin sla
target/release/sla holidays --out pkg/holidays
# The CLI itself, compiled to WebAssembly for WASI, for the package's
# `sla-calculator` command (npm/bin/sla-calculator.mjs runs it in Node): the
# same code, messages, exit codes and outputs as the native `sla`.
cargo build --quiet --release --target wasm32-wasip1 --bin sla
mkdir -p pkg/bin
cp target/wasm32-wasip1/release/sla.wasm pkg/bin/sla.wasm
cp npm/bin/sla-calculator.mjs pkg/bin/
# The format for authors: the JSON Schemas of catalogs and extra holidays (for
# editors), the reference written from them, and two example catalogs.
mkdir -p pkg/schema
cp -R schema/. pkg/schema/
node scripts/minify.mjs
# Types, manifest, and what makes the folder an npm package.
cp www/sla-calculator.d.ts pkg/sla-calculator.d.ts
npx --no-install cem analyze --quiet --globs www/sla-element.js www/sla-calculator.js --outdir pkg >/dev/null
node scripts/package.mjs
# The example pages load the package: www/dist is pkg/ (a link, not a copy).
if [ ! -L www/dist ]; then rm -rf www/dist; fi
ln -sfn ../pkg www/dist
