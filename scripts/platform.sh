# Starting and stopping the local platform, shared by ./run.sh and the end-to-end tests.
# Every service that exists under services/*/*.Api gets a local sidecar and fixed local ports.

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
GATEWAY_GRPC_PORT="${GATEWAY_GRPC_PORT:-$((GATEWAY_PORT + 1))}"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
REDIS_PORT="${REDIS_PORT:-6390}"
SERVICE_PORT_BASE="${SERVICE_PORT_BASE:-5100}"
# The Aspire dashboard: its page and telemetry API, and the OTLP/gRPC and OTLP/HTTP ports every app exports to.
DASHBOARD_PORT="${DASHBOARD_PORT:-18888}"
DASHBOARD_OTLP_PORT="${DASHBOARD_OTLP_PORT:-4317}"
DASHBOARD_OTLP_HTTP_PORT="${DASHBOARD_OTLP_HTTP_PORT:-4318}"
DASHBOARD_URL="http://127.0.0.1:$DASHBOARD_PORT"
# A provider's webhook receiver (tools/DemoReceiver): the demo registers the demo care home's endpoint on it.
DEMO_RECEIVER_PORT="${DEMO_RECEIVER_PORT:-$((SERVICE_PORT_BASE + 90))}"
DEMO_RECEIVER_URL="http://127.0.0.1:$DEMO_RECEIVER_PORT"
# service name, API project, first of its three ports (REST, gRPC, sidecar)
PLATFORM_SERVICES=(
  "pooled-finance PooledFinance $SERVICE_PORT_BASE"
  "contracts Contracts $((SERVICE_PORT_BASE + 10))"
  "care-packages CarePackages $((SERVICE_PORT_BASE + 20))"
  "workforce Workforce $((SERVICE_PORT_BASE + 30))"
  "notifications Notifications $((SERVICE_PORT_BASE + 40))"
  "statutory-returns Returns $((SERVICE_PORT_BASE + 50))"
)
# PLATFORM_ONLY="pooled-finance contracts" starts just those services (default: every one that exists).
if [ -n "${PLATFORM_ONLY:-}" ]; then
  kept=()
  for entry in "${PLATFORM_SERVICES[@]}"; do
    read -r name _ <<<"$entry"
    [[ " $PLATFORM_ONLY " == *" $name "* ]] && kept+=("$entry")
  done
  PLATFORM_SERVICES=("${kept[@]}")
fi
# PLATFORM_CONFIGURATION=Release builds and runs what an operator's image holds (default: Debug, for developing).
PLATFORM_CONFIGURATION="${PLATFORM_CONFIGURATION:-Debug}"
# PLATFORM_TELEMETRY=off starts no dashboard and exports nothing (the benchmarks: a sink on the same two cores
# would be measured with the gateway); by default every app exports to the local dashboard.
PLATFORM_TELEMETRY="${PLATFORM_TELEMETRY:-on}"
PLATFORM_PIDS=()
root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

platform_apis() { # the API project of every service that exists
  for entry in "${PLATFORM_SERVICES[@]}"; do
    read -r _ project _ <<<"$entry"
    [ -d "services/$project/$project.Api" ] && echo "services/$project/$project.Api"
  done
}

platform_build() { # what the platform runs, not the test suites
  echo "Building ..."
  for project in $(platform_apis) gateway/Commissioning.Gateway tools/LocalSidecar tools/DevToken tools/DemoData \
    tools/DemoReceiver tools/Dashboard; do
    dotnet build "$project" -c "$PLATFORM_CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly
  done
}

platform_dll() { # tools/DemoData -> its built dll
  local project="$1" name
  name="$(basename "$project")"
  echo "$project/bin/$PLATFORM_CONFIGURATION/net10.0/$name.dll"
}

platform_token() { # roles...
  local args=(--org E08000015 --kind council --partnership wirral)
  for role in "$@"; do args+=(--role "$role"); done
  dotnet "$(platform_dll tools/DevToken)" "${args[@]}"
}

platform_demo() { # loads the demo data through the gateway, the demo care home's webhooks to the demo receiver
  dotnet "$(platform_dll tools/DemoData)" --gateway "$GATEWAY_URL" --receiver "$DEMO_RECEIVER_URL" \
    --token "$(platform_token platform-admin commissioner finance-officer pool-manager)"
}

platform_launch() { # name, log folder, command...
  local name="$1" logs="$2"; shift 2
  "$@" >"$logs/$name.log" 2>&1 &
  PLATFORM_PIDS+=($!)
}

platform_app() { # name, log folder, project, env assignments...: runs the built app from its own folder
  local name="$1" logs="$2" project="$3"; shift 3
  local dll
  dll="$(platform_dll "$project")"
  # The content root is the working folder: appsettings.*.json live beside the dll.
  platform_launch "$name" "$logs" env "$@" bash -c 'cd "$(dirname "$0")" && exec dotnet "$(basename "$0")" "$@"' "$root_dir/$dll"
}

platform_start() { # state folder
  local state="$1" logs="$1/logs" data="$1/data"
  mkdir -p "$logs" "$data/redis"
  platform_launch redis "$logs" redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$data/redis" \
    --appendonly yes --save ""
  if [ "$PLATFORM_TELEMETRY" != off ]; then
    platform_launch dashboard "$logs" "$root_dir/tools/Dashboard/start.sh" "$DASHBOARD_PORT" "$DASHBOARD_OTLP_PORT" \
      "$DASHBOARD_OTLP_HTTP_PORT"
    # Every app sends its traces, metrics and logs to the dashboard, each batch within a second (default five).
    export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$DASHBOARD_OTLP_PORT" OTEL_BSP_SCHEDULE_DELAY=1000 \
      OTEL_BLRP_SCHEDULE_DELAY=1000
  fi
  platform_launch demo-receiver "$logs" dotnet "$(platform_dll tools/DemoReceiver)" --port "$DEMO_RECEIVER_PORT"
  export ASPNETCORE_ENVIRONMENT=Development DOTNET_NOLOGO=1 DOTNET_ENVIRONMENT=Development
  local clusters=() partners=()
  for entry in "${PLATFORM_SERVICES[@]}"; do # each service finds the others' gRPC ports as Services:<Project>
    read -r name project port <<<"$entry"
    partners+=("Services__${project}=http://127.0.0.1:$((port + 1))")
  done
  for entry in "${PLATFORM_SERVICES[@]}"; do
    read -r name project port <<<"$entry"
    local api="services/$project/$project.Api"
    [ -d "$api" ] || continue
    local sidecar=$((port + 2)) sidecar_grpc=$((port + 3)) token
    # The sidecar proves itself to its app with this token (dapr-api-token); the app refuses deliveries without it.
    token="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
    platform_launch "$name-sidecar" "$logs" env APP_API_TOKEN="$token" dotnet "$(platform_dll tools/LocalSidecar)" \
      --app-id "$name" --app-port "$port" --dapr-http-port "$sidecar" --dapr-grpc-port "$sidecar_grpc" \
      --redis-host "127.0.0.1:$REDIS_PORT"
    platform_app "$name" "$logs" "$api" Ports__Address=127.0.0.1 Ports__Http="$port" Ports__Grpc=$((port + 1)) \
      Store__DataDirectory="$data" DAPR_HTTP_PORT="$sidecar" DAPR_GRPC_PORT="$sidecar_grpc" APP_API_TOKEN="$token" \
      "${partners[@]}"
    clusters+=("ReverseProxy__Clusters__${name}__Destinations__main__Address=http://127.0.0.1:$port")
    # A service with a gRPC surface has a "<name>-grpc" cluster in the gateway (notifications has none).
    if grep -q "\"$name-grpc\"" "$root_dir/gateway/Commissioning.Gateway/appsettings.json"; then
      clusters+=("ReverseProxy__Clusters__${name}-grpc__Destinations__main__Address=http://127.0.0.1:$((port + 1))")
    fi
  done
  platform_app gateway "$logs" gateway/Commissioning.Gateway Ports__Address=127.0.0.1 Ports__Http="$GATEWAY_PORT" \
    Ports__Grpc="$GATEWAY_GRPC_PORT" Redis__Configuration="127.0.0.1:$REDIS_PORT" "${clusters[@]}"
}

platform_wait_ready() { # every service started, then the gateway
  echo "Waiting for every service to be ready ..."
  local urls=()
  for entry in "${PLATFORM_SERVICES[@]}"; do
    read -r name project port <<<"$entry"
    [ -d "services/$project/$project.Api" ] && urls+=("http://127.0.0.1:$port/health/ready")
  done
  urls+=("$GATEWAY_URL/health/ready" "$DEMO_RECEIVER_URL/health")
  [ "$PLATFORM_TELEMETRY" = off ] || urls+=("$DASHBOARD_URL/api/telemetry/resources")
  for url in "${urls[@]}"; do
    local ready=""
    for _ in $(seq 1 240); do
      if curl -fs "$url" >/dev/null 2>&1; then ready=1; break; fi
      for pid in "${PLATFORM_PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || { echo "A process stopped while starting; see .run/logs/." >&2; return 1; }
      done
      sleep 0.5
    done
    [ -n "$ready" ] || { echo "$url was not ready within two minutes; see .run/logs/." >&2; curl -s "$url" >&2; return 1; }
  done
}

platform_stop() {
  trap - EXIT INT TERM
  echo "Stopping ..."
  for pid in "${PLATFORM_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
