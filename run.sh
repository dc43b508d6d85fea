#!/usr/bin/env bash
# Starts the whole platform locally: Redis, the Aspire dashboard, one local Dapr-compatible sidecar per
# service, every service, and the gateway; loads demo data drawn from the seed documents; waits until everything
# is ready; prints the gateway address and a development token. Ctrl-C stops everything it started.
#
#   ./run.sh                 # gateway on http://127.0.0.1:8080 (REST) and :8081 (gRPC, h2c)
#   GATEWAY_PORT=9000 ./run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
source "$root/scripts/platform.sh"

"$root/scripts/prerequisites.sh"
platform_build
[ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$root/.run/data"   # each run starts from the demo data
platform_start "$root/.run"
trap platform_stop EXIT INT TERM
platform_wait_ready
platform_demo

token=$(platform_token finance-officer pool-manager commissioner)
cat <<INFO

Commissioning is running.
  Gateway (REST):  $GATEWAY_URL
  Gateway (gRPC):  http://127.0.0.1:$GATEWAY_GRPC_PORT   (h2c, reflection on)
  API reference:   $GATEWAY_URL/docs   (every service's operations; no token needed)
  Dashboard:       $DASHBOARD_URL   (Aspire: every service's traces, logs and metrics)
  Logs:            $root/.run/logs/
  Token (Wirral Council finance officer, pool manager and commissioner; 8 hours):

$token

Try:
  curl -s -H "Authorization: Bearer \$TOKEN" $GATEWAY_URL/api/v1/partnerships
Press Ctrl-C to stop.
INFO
wait
