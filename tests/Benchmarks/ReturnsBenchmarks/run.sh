#!/usr/bin/env bash
# Times a CLD quarter of a large council (care-package events over people, projected into the returns service's
# read model) on SQLite and on a PostgreSQL 15 this run starts (scripts/prerequisites.sh installs it), next to a
# plain SQL query producing the same rows from the same read-model table. Not part of `dotnet test`.
# Usage: tests/Benchmarks/ReturnsBenchmarks/run.sh [events] [people] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dotnet run -c Release --project "$root/tests/Benchmarks/ReturnsBenchmarks" -- "$@"
