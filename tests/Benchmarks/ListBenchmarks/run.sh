#!/usr/bin/env bash
# Times the placement-request list as a provider sees it and the contract list as a commissioner sees it, among
# 100,000 of each, on SQLite and on a PostgreSQL 15 this run starts (scripts/prerequisites.sh installs it), each
# next to a plain SQL query returning the same page. Not part of `dotnet test`.
# Usage: tests/Benchmarks/ListBenchmarks/run.sh [placement requests] [contracts] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dotnet run -c Release --project "$root/tests/Benchmarks/ListBenchmarks" -- "$@"
