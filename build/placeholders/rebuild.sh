#!/usr/bin/env bash
# Rebuilds the two placeholder packages into build/local-packages (see README.md here).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../local-packages"
mkdir -p "$out"
for p in Patched.DistributedLock.Postgres IdentityModel; do
  dotnet pack "$here/$p/$p.csproj" -c Release -o "$out" --nologo
done
