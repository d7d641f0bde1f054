#!/usr/bin/env bash
# Builds the WebAssembly package (release) into www/pkg, where the pages load it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --release --target web --no-typescript --no-pack --out-dir www/pkg
rm -f www/pkg/.gitignore
