#!/usr/bin/env bash
# Regenerates the region files here from the npm package idn-area-data (ODbL data, see ATTRIBUTION.md).
# Usage: ./regenerate.sh [version]   (default 4.0.1). Needs node/npm; writes only into this folder.
set -euo pipefail
version=${1:-4.0.1}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "idn-area-data@$version" >/dev/null && tar xzf "idn-area-data-$version.tgz")
for f in provinces regencies districts villages; do cp "$tmp/package/data/$f.csv" "$here/$f.csv"; done
cp "$tmp/package/data/LICENSE.md" "$here/LICENSE-ODbL.md"
echo "East Java (35): $(grep -c '^35\.' "$here/regencies.csv") kabupaten/kota, $(grep -c '^35\.' "$here/districts.csv") kecamatan, $(grep -c '^35\.' "$here/villages.csv") desa/kelurahan"
