#!/usr/bin/env bash
# The demo: installs what is missing, builds the widget, serves www/ locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs "$@"
