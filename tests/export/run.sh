#!/usr/bin/env bash
# Validate every `dossier export` format with the tools that read it.
# Usage: bash tests/export/run.sh PATH/TO/dossier
set -euo pipefail
bin="${1:?usage: run.sh PATH/TO/dossier}"
here="$(cd "$(dirname "$0")" && pwd)"
venv="${TMPDIR:-/tmp}/dossier-export-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import followthemoney, networkx" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet followthemoney networkx
fi
exec "$venv/bin/python" "$here/check.py" "$bin" "$here/../../samples"
