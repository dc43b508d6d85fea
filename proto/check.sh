#!/usr/bin/env bash
# Lints the contracts and checks them for breaking changes against the last landed main.
#
# "Last landed main" is the commit the current change sits on:
#   - with uncommitted edits under proto/ (a developer's checkout): HEAD;
#   - in a clean clone whose HEAD is the change itself (CI on main): HEAD~1 when HEAD touched
#     proto/, else HEAD (nothing to compare, the check passes trivially).
# BUF_BREAKING_AGAINST=<git ref> overrides the choice. When that commit has no proto/ yet (the
# first contracts), the breaking check is skipped with a message. Needs buf: $BUF, or the one
# npm installs in tests/Interop/node.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
buf="${BUF:-$here/../tests/Interop/node/node_modules/.bin/buf}"
[ -x "$buf" ] || { echo "buf not found at $buf: run 'npm ci' in tests/Interop/node or set BUF" >&2; exit 2; }
cd "$here"

echo "buf lint"
"$buf" lint

root="$(git rev-parse --show-toplevel)"
subdir="$(git rev-parse --show-prefix)"; subdir="${subdir%/}"

if [ -n "${BUF_BREAKING_AGAINST:-}" ]; then
  base="$BUF_BREAKING_AGAINST"
elif [ -n "$(git status --porcelain -- .)" ]; then
  base="HEAD"
elif git rev-parse -q --verify HEAD~1 >/dev/null || { [ "$(git rev-parse --is-shallow-repository)" = true ] && git fetch -q --deepen=1 2>/dev/null && git rev-parse -q --verify HEAD~1 >/dev/null; }; then
  if git diff --quiet HEAD~1 HEAD -- .; then base="HEAD"; else base="HEAD~1"; fi
else
  base="HEAD"
fi

if ! commit="$(git rev-parse -q --verify "$base^{commit}")"; then
  echo "buf breaking: skipped, '$base' is not a commit in this clone" >&2
  exit 0
fi
if ! git cat-file -e "$commit:$subdir/buf.yaml" 2>/dev/null; then
  echo "buf breaking: skipped, $subdir/ has no contracts at $base ($commit); nothing to break yet"
  exit 0
fi

echo "buf breaking against $base ($commit)"
"$buf" breaking --against "$root/.git#ref=$commit,subdir=$subdir"
echo "contracts OK"
