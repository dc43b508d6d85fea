#!/usr/bin/env bash
# Runs every test suite: unit and rule tests, integration tests on SQLite, the store tests again on
# a PostgreSQL the tests start themselves, the gateway against real backends, and the interop and
# conformance suites against real peers (buf, grpc-js, the Dapr JS SDK) and a real redis-server, and the
# platform from its images with podman (scripts/platform-images.sh).
# Installs what is missing first, stops every server it started, and ends with one line:
#   N passed, N failed[, N skipped]
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

"$root/scripts/prerequisites.sh"

# Every server a test starts keeps its files under this folder, so anything left is found and stopped.
export TMPDIR="/tmp/commissioning-tests-$$"
mkdir -p "$TMPDIR" && chmod 1777 "$TMPDIR"
results="$root/.testrun/results"
rm -rf "$results" && mkdir -p "$results"
cleanup() {
  pkill -9 -f "$TMPDIR" 2>/dev/null || true
  rm -rf "$TMPDIR"
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build Commissioning.sln -nologo -v quiet -clp:ErrorsOnly
status=0
dotnet test Commissioning.sln --no-build -nologo -v quiet --blame-hang-timeout 10m --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

# The platform from its images (scripts/platform-images.sh): every image built and started with podman, each
# service in a pod with its sidecar, Redis and PostgreSQL in containers, the demo and tour calls through the
# containerised gateway. After the test projects, not among them: it takes minutes (over the hang timeout) and its
# builds would slow theirs. Each app is published here once (IMAGES_PUBLISH=host: the apps share one compile of
# the building blocks, where the Dockerfile's build stage would compile them again per image). Its checks are a
# TRX file beside theirs, so the closing line counts them.
IMAGES_PUBLISH="${IMAGES_PUBLISH:-host}" "$root/scripts/platform-images.sh" --trx "$results/platform-images.trx" ||
  status=$?

"$root/scripts/count-results.sh" "$results"
exit $status
