#!/usr/bin/env bash
# What CI and a fresh machine need beyond the Rust toolchain.
set -euo pipefail
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema
