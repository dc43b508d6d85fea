#!/usr/bin/env bash
# Totals the TRX files of one run into the single closing line: N passed, N failed[, N skipped]
set -euo pipefail
passed=0 failed=0 skipped=0 total=0
for trx in "$1"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # A suite that crashed or aborted before running its tests counts as one failure, never as nothing.
  if grep -q '<ResultSummary outcome="Failed"' "$trx" && [ "$(get failed)" = 0 ]; then
    failed=$((failed + 1)); total=$((total + 1))
  fi
done
skipped=$((total - passed - failed))
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
