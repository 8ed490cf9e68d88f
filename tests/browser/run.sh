#!/usr/bin/env bash
# Drives the dossier web UI in real headless Chromium.
#
#   bash tests/browser/run.sh path/to/dossier [STORE.db]
#
# Installs what it needs (Debian's chromium when missing, the npm packages
# from package-lock.json), builds a store from samples/ plus the hostile
# fixtures (or copies the given store and adds the fixtures), starts the
# server on a free loopback port, runs every scenario and exits non-zero on
# any failure. Screenshots go to $ARTIFACTS (default: a fresh temp dir).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 path/to/dossier [store.db]" >&2; exit 64; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -x "$bin" ] || { echo "run.sh: $1 is not an executable" >&2; exit 64; }

chrome=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chrome" ]; then
  echo "run.sh: installing Debian's chromium" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-browser.XXXXXX")
export ARTIFACTS=${ARTIFACTS:-$work/artifacts}
mkdir -p "$ARTIFACTS"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

db="$work/store.db"
if [ $# -ge 2 ]; then
  cp "$2" "$db"
  for ext in -wal -shm; do [ -f "$2$ext" ] && cp "$2$ext" "$db$ext"; done
else
  "$bin" --db "$db" ingest "$root/samples" > "$work/ingest.log" 2>&1
fi
"$bin" --db "$db" ingest "$here/fixtures" >> "$work/ingest.log" 2>&1

# Starts `dossier serve` on a free port; sets the variable named $1 to its base URL.
start() {
  local var=$1 log="$work/serve-$1.log"
  shift
  "$bin" --db "$db" serve --bind 127.0.0.1:0 "$@" > /dev/null 2> "$log" &
  pids+=($!)
  for _ in $(seq 1 200); do
    if grep -q "on http://" "$log"; then
      printf -v "$var" '%s' "$(grep -o 'http://[0-9.:]*' "$log" | head -1)"
      export "${var?}"
      return 0
    fi
    sleep 0.05
  done
  echo "run.sh: the server did not start:" >&2
  cat "$log" >&2
  return 1
}

export TOKEN=browser-test-$RANDOM$RANDOM
start BASE
start TOKEN_BASE --token "$TOKEN"
export CHROMIUM="$chrome"
echo "run.sh: store $db, UI at $BASE, screenshots in $ARTIFACTS" >&2
node "$here/run.mjs"
