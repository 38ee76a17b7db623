#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing (Debian, as root), then build
# native + wasm and assemble build/site/. Sourced, not run.
set -euo pipefail

APT_PACKAGES=(cmake g++ make python3 nodejs npm nlohmann-json3-dev libboost-test-dev libcsv-dev
              emscripten chromium fonts-wqy-microhei clang-14 libfuzzer-14-dev libclang-rt-14-dev)

wz_install_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    # nodejs/npm may come from elsewhere (the machine's own Node 20): a working command is enough
    case "$p" in
      nodejs) command -v node >/dev/null && continue ;;
      npm) command -v npm >/dev/null && continue ;;
    esac
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    if [ "$(id -u)" != 0 ]; then echo "setup: run as root to install packages" >&2; return 1; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ -f package.json ]; then
    local stamp=node_modules/.wz-lock-stamp
    if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
      echo "setup: npm ci"
      npm ci --no-audit --no-fund --loglevel=error
      cp package-lock.json "$stamp"
    fi
  fi
}

wz_build() {
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  echo "build: native"
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j"$jobs"
  build/bin/wzsubsidy validate-data data
  echo "build: wasm"
  # Debian's emscripten needs Node to find acorn (toolchain note 1)
  export NODE_PATH=/usr/share/nodejs
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/wasm -j"$jobs"
  echo "build: site"
  node web/build-site.mjs
}
