#!/usr/bin/env bash
# Gateway overhead, measured, not guessed: the same requests straight to a service and through the
# gateway, in the same run, on the whole local platform (as ./run.sh starts it, on other ports).
#   REST: wrk, GET /api/v1/partnerships with a token (a real store read on pooled-finance).
#   gRPC: h2load, unary calls to FinanceService/GetFundPosition (h2c, 10 streams
#         per connection), answered NOT_FOUND by the service: a full gRPC exchange with trailers.
# Targets (issue 13): gateway throughput >= 90% of direct, gateway p99 <= 1.2 x direct p99.
#   tests/Benchmarks/GatewayBenchmarks/run.sh [seconds per run, default 5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
seconds="${1:-5}"
export GATEWAY_PORT=18080 REDIS_PORT=16390
# What an operator runs (Release), with no telemetry sink on the same two cores (PLATFORM_TELEMETRY=on to add one).
export PLATFORM_CONFIGURATION="${PLATFORM_CONFIGURATION:-Release}" PLATFORM_TELEMETRY="${PLATFORM_TELEMETRY:-off}"
source "$root/scripts/platform.sh"
PLATFORM_SERVICES=("pooled-finance PooledFinance 15100")
"$root/scripts/prerequisites.sh"
platform_build >/dev/null
export RateLimits__Burst=100000000 RateLimits__PerSecond=100000000
rm -rf "$root/.bench"
platform_start "$root/.bench"
trap platform_stop EXIT INT TERM
platform_wait_ready
token="$(platform_token finance-officer)"

rest() { # url -> "requests/s p99(ms)"
  wrk -t2 -c32 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$1" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p=$2} END {
      if (p ~ /us$/) { sub(/us/, "", p); p = p / 1000 } else if (p ~ /ms$/) { sub(/ms/, "", p) } else if (p ~ /s$/) { sub(/s/, "", p); p = p * 1000 }
      printf "%.0f %.2f\n", rps, p }'
}

grpc() { # url -> "requests/s p99(ms)"
  local log body
  log="$(mktemp)"; body="$(mktemp)"
  # One gRPC frame: uncompressed, 9 bytes, GetFundPositionRequest{fund_id: "missing"} (field 1, length 7).
  printf '\x00\x00\x00\x00\x09\x0a\x07missing' >"$body"
  h2load -D "$seconds" -c 16 -m 10 -t 2 -d "$body" -H "content-type: application/grpc" -H "te: trailers" \
    -H "authorization: Bearer $token" --log-file="$log" "$1" >/dev/null 2>&1 || true
  # h2load's log: start time, status, duration in microseconds, one line per request.
  awk '{ print $3 }' "$log" | sort -n | awk -v secs="$seconds" '{ d[++n] = $1 / 1000 } END {
      if (n == 0) { print "0 0"; exit }
      i = int(n * 0.99); if (i < 1) i = 1
      printf "%.0f %.2f\n", n / secs, d[i] }'
  rm -f "$log" "$body"
}

report() { # name direct via
  read -r drps dp99 <<<"$2"; read -r grps gp99 <<<"$3"
  printf '%-5s direct %8s req/s  p99 %7s ms | gateway %8s req/s  p99 %7s ms | throughput %5.1f%% (target >= 90%%), p99 x%.2f (target <= 1.20)\n' \
    "$1" "$drps" "$dp99" "$grps" "$gp99" "$(awk -v a="$grps" -v b="$drps" 'BEGIN { print (b > 0 ? 100 * a / b : 0) }')" \
    "$(awk -v a="$gp99" -v b="$dp99" 'BEGIN { print (b > 0 ? a / b : 0) }')"
}

echo "Warming up ..."
rest "http://127.0.0.1:15100/api/v1/partnerships" >/dev/null
rest "$GATEWAY_URL/api/v1/partnerships" >/dev/null
best() { # two "requests/s p99" results -> the one with more requests/s
  printf '%s\n%s\n' "$1" "$2" | sort -k1,1nr | head -n 1
}
# Two interleaved rounds per side, keeping each side's best: the machine is shared and drifts.
method=/commissioning.finance.v1.FinanceService/GetFundPosition
direct_rest=() gateway_rest=() direct_grpc=() gateway_grpc=()
for round in 1 2; do
  direct_rest+=("$(rest http://127.0.0.1:15100/api/v1/partnerships)")
  gateway_rest+=("$(rest "$GATEWAY_URL/api/v1/partnerships")")
  direct_grpc+=("$(grpc "http://127.0.0.1:15101$method")")
  gateway_grpc+=("$(grpc "http://127.0.0.1:$GATEWAY_GRPC_PORT$method")")
done
report REST "$(best "${direct_rest[@]}")" "$(best "${gateway_rest[@]}")"
report gRPC "$(best "${direct_grpc[@]}")" "$(best "${gateway_grpc[@]}")"
