#!/usr/bin/env bash
# Times the pooled-finance position and settlement over 10,000 budget lines and 2,000,000 postings on
# SQLite and on a PostgreSQL 15 this run starts (scripts/prerequisites.sh installs it), each next to a
# plain SQL GROUP BY over the same postings. Not part of `dotnet test`.
# Usage: tests/Benchmarks/PooledFinanceBenchmarks/run.sh [lines] [postings] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dotnet run -c Release --project "$root/tests/Benchmarks/PooledFinanceBenchmarks" -- "$@"
