#!/usr/bin/env bash
# Installs what is missing, builds native + wasm, assembles build/site/ and serves it.
# usage: ./run.sh [--no-serve]        PORT=8080 by default
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup.sh
wz_install_packages
wz_build
if [ "${1:-}" = "--no-serve" ]; then
  echo "built: build/bin/wzsubsidy and build/site/"
  exit 0
fi
port="${PORT:-8080}"
echo "serving build/site/ at http://localhost:${port}/"
exec node tools/serve.mjs build/site "$port"
