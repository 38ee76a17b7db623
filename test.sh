#!/usr/bin/env bash
# The same set-up and build as run.sh, then every suite (ctest runs them all).
set -euo pipefail
cd "$(dirname "$0")"
./run.sh --no-serve
ctest --test-dir build/native --output-on-failure
