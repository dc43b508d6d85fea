#!/usr/bin/env bash
# Times the pooled-finance position and settlement over 10,000 budget lines and 2,000,000 postings on
# SQLite and on a PostgreSQL 15 this run starts (scripts/prerequisites.sh installs it), each next to a
# plain SQL GROUP BY over the same postings; the position reads the year-to-date month totals the store keeps
# with every posting (target under 100 ms). Not part of `dotnet test`.
# Usage: tests/Benchmarks/PooledFinanceBenchmarks/run.sh [lines] [postings] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dotnet run -c Release --project "$root/tests/Benchmarks/PooledFinanceBenchmarks" -- "$@"
