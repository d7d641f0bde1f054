#!/usr/bin/env bash
# Every test of the project, in order of speed. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# Each step's title, and how long the one before it took (and the whole run,
# at the end): where CI's time goes, in its log.
step_name=""
step_start=$SECONDS
step() {
  if [ -n "$step_name" ]; then printf '== %s: %d s\n' "$step_name" $((SECONDS - step_start)); fi
  step_name=$*
  step_start=$SECONDS
  printf '\n== %s\n' "$*"
}

bash scripts/setup.sh

step "format"
cargo fmt --all -- --check

step "lint (native, wasm32 for the browser, and WASI for the package's command)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown --all-features -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features catalog-reader -- -D warnings
cargo clippy --quiet --bin sla --target wasm32-wasip1 -- -D warnings

step "the element's TypeScript declarations, used by a strict consumer"
npx --no-install tsc -p tests/types/tsconfig.json

step "native tests: unit, integration (edge cases, DST tables, properties, CLI), doctests"
cargo test --quiet

step "fuzzing: catalog parsing and the deadline engine, ${SLA_FUZZ_SECONDS:-20} s each"
SLA_FUZZ_SECONDS="${SLA_FUZZ_SECONDS:-20}" cargo test --quiet --release --test lib fuzz -- --ignored

step "cross-check of the CLI against an independent Python implementation of rules §3 (docs/rules.md)"
cargo build --quiet --release --bin sla
python3 tests/reference/crosscheck.py target/release/sla --count "${CROSSCHECK_COUNT:-5000}"

step "every time zone against Python's zoneinfo (2026–2035); public holidays: the data is the holidays package's, Japan's match the Act"
python3 tests/reference/zones.py target/release/sla
python3 scripts/public_holidays.py --check
node tests/reference/public_holidays.mjs
python3 scripts/japan_holidays.py --check

step "the catalog's JSON Schemas: current, and agreeing with the reader over every fixture"
python3 scripts/catalog_schema.py target/release/sla --check
node tests/reference/catalog_schema.mjs target/release/sla

step "browser tests in headless Chrome and Firefox"
wasm-pack test --headless --chrome --firefox \
  --chromedriver "$(command -v chromedriver)" --geckodriver "$(command -v geckodriver)" \
  -- --test web --features json-calculator,catalog-reader

step "end to end in Chromium: the example pages, axe, CSP, hostile data, screenshots"
bash scripts/build.sh
node --test --test-reporter=spec tests/e2e/

step "size budgets of the built package (a build without its size flags fails here)"
node scripts/sizes.mjs

step "all tests passed"
printf '== in all: %d s\n' "$SECONDS"
