#!/usr/bin/env bash
# Starts the standalone Aspire dashboard restored by Dashboard.csproj (build it first) in the foreground:
#
#   tools/Dashboard/start.sh UI_PORT OTLP_GRPC_PORT OTLP_HTTP_PORT
#
# Development only: the page, the OTLP endpoints and the telemetry API (/api/telemetry/...) are open to
# anyone who can reach 127.0.0.1, which is why they listen on nothing else.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# Either build (Debug or Release) names the same binary, the package's.
binary="$(cat "$here"/bin/*/net10.0/dashboard.path | head -n 1)"
export ASPNETCORE_URLS="http://127.0.0.1:$1"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$2"
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$3"
export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
exec "$binary"
