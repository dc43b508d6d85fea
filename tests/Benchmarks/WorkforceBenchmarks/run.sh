#!/usr/bin/env bash
# Times the staffing forecast and the ELI pack of an establishment of 20,000 staff records on SQLite and on a
# PostgreSQL 15 this run starts (scripts/prerequisites.sh installs it), each next to a plain SQL aggregate
# over the same staff-record rows. Not part of `dotnet test`.
# Usage: tests/Benchmarks/WorkforceBenchmarks/run.sh [records] [teams] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dotnet run -c Release --project "$root/tests/Benchmarks/WorkforceBenchmarks" -- "$@"
