#!/usr/bin/env bash
# The platform from its images, with podman: builds every image (scripts/images.sh), then starts per service a
# pod holding the service's container and a sidecar container where daprd would be injected (tools/LocalSidecar),
# Redis and PostgreSQL as containers, and the gateway's container, each as the chart runs it (read-only root,
# no capabilities, no new privileges, a /tmp of its own; the apps as user 1654, the stores as 999 like the trial
# overlay's), the demo's settings where the chart mounts its ConfigMap; waits for every /health/ready; loads the
# demo data (tools/DemoData) through the containerised gateway and checks a handful of the README tour's calls.
# Prints each image's size and its time from podman run to ready (every pod is started at once, so the times
# include the others' start on the same cores).
# On exit (success, failure or Ctrl-C) it removes every container, pod and network it started.
#   scripts/platform-images.sh                      # exit 0 when every check passed
#   scripts/platform-images.sh --trx FILE.trx       # also writes the checks as a TRX file (test.sh counts it)
#   PLATFORM_IMAGES_SKIP_BUILD=1 scripts/platform-images.sh   # the images of this commit are built already
#
# The sidecar is not an image of its own: LocalSidecar is never deployed (daprd is injected in a cluster), so its
# host-side `dotnet publish` output is mounted read-only into the runtime base the service images are built on.
# Redis and PostgreSQL run from an image made here too (the build base plus Debian's redis-server and
# postgresql-15, installed with apt in a podman build), since no registry's redis or postgres can be pulled.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
trx=""
[ "${1:-}" = --trx ] && trx="$(realpath -m "$2")"

tools="$root/.tools/images"
suite="${IMAGES_SUITE:-bookworm}"
build_base="localhost/commissioning-build-base:$suite"
runtime_base="localhost/commissioning-runtime-base:$suite"
stores_image="localhost/commissioning-stores:$suite"
run="cimg$$"
network="$run"
started_at=$(date +%s)

# image, project, gateway cluster (REST; "<cluster>-grpc" for gRPC where the gateway has one), Dapr app id
SERVICES=(
  "pooled-finance PooledFinance pooled-finance pooled-finance"
  "contracts Contracts contracts contracts"
  "care-packages CarePackages care-packages care-packages"
  "workforce Workforce workforce workforce"
  "notifications Notifications notifications notifications"
  "returns Returns statutory-returns statutory-returns"
)

CHECKS=()   # "passed|failed <name>", in the order they ran
check() { # name, command...: records whether the command succeeded
  local name="$1"; shift
  if "$@"; then CHECKS+=("passed $name"); echo "  ok    $name"; else CHECKS+=("failed $name"); echo "  FAIL  $name"; fi
}

write_trx() { # the checks as a TRX file: scripts/count-results.sh totals its Counters like any test project's
  local passed=0 failed=0 outcome=Completed results="" entry
  for entry in "${CHECKS[@]}"; do
    if [ "${entry%% *}" = passed ]; then passed=$((passed + 1)); else failed=$((failed + 1)); outcome=Failed; fi
    results+="    <UnitTestResult testName=\"platform-images: $(echo "${entry#* }" |
      sed 's/&/\&amp;/g; s/</\&lt;/g; s/"/\&quot;/g')\""
    results+=" outcome=\"$([ "${entry%% *}" = passed ] && echo Passed || echo Failed)\" />"$'\n'
  done
  local total=$((passed + failed))
  mkdir -p "$(dirname "$trx")"
  cat >"$trx" <<TRX
<?xml version="1.0" encoding="UTF-8"?>
<TestRun id="$(cat /proc/sys/kernel/random/uuid)" name="platform-images"
  xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>
$results  </Results>
  <ResultSummary outcome="$outcome">
    <Counters total="$total" executed="$total" passed="$passed" failed="$failed" error="0" timeout="0" aborted="0" />
  </ResultSummary>
</TestRun>
TRX
}

ours() { # every container and pod of this run, by name
  podman ps -a --format '{{.Names}}' 2>/dev/null | grep "^$run-" || true
  podman pod ls --format '{{.Name}}' 2>/dev/null | grep "^$run-" || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if command -v podman >/dev/null; then
    echo "Removing every container, pod and network this run started (their logs: $tools/logs/) ..."
    rm -rf "$tools/logs" && mkdir -p "$tools/logs"
    for container in $(podman ps -a --format '{{.Names}}' 2>/dev/null | grep "^$run-" || true); do
      podman logs "$container" >"$tools/logs/${container#"$run-"}.log" 2>&1 || true
    done
    for pod in $(podman pod ls --format '{{.Name}}' 2>/dev/null | grep "^$run-" || true); do
      podman pod rm -f -t 2 "$pod" >/dev/null 2>&1 || true
    done
    for container in $(podman ps -a --format '{{.Names}}' 2>/dev/null | grep "^$run-" || true); do
      podman rm -f -t 2 "$container" >/dev/null 2>&1 || true
    done
    podman network rm -f "$network" >/dev/null 2>&1 || true
    local left
    left="$(ours; podman network ls --format '{{.Name}}' 2>/dev/null | grep -x "$network" || true)"
    check "nothing it started is left (containers, pods, network)" test -z "$left"
    [ -z "$left" ] || { echo "Left behind: $left" >&2; status=1; }
  fi
  # A run that stopped before its end (a build that failed, Ctrl-C) is a failure even where its checks passed.
  if [ "$status" = 0 ]; then CHECKS+=("passed the run reached its end")
  else CHECKS+=("failed the run reached its end"); fi
  [ -z "$trx" ] || write_trx
  local failed
  failed=$(printf '%s\n' "${CHECKS[@]}" | grep -c '^failed' || true)
  echo "platform-images: $(( ${#CHECKS[@]} - failed )) checks passed, $failed failed," \
    "in $(( $(date +%s) - started_at )) s"
  [ "$failed" = 0 ] || status=1
  exit "$status"
}
trap cleanup EXIT
trap 'echo "Interrupted." >&2; exit 130' INT TERM

# Pods need podman's pause image, which podman makes from catatonit; the bridge needs iptables.
need=()
command -v podman >/dev/null || need+=(podman runc)
[ -x /usr/libexec/podman/catatonit ] || command -v catatonit >/dev/null || need+=(catatonit)
command -v iptables >/dev/null || need+=(iptables)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${PLATFORM_IMAGES_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building every image (scripts/images.sh) ..."
  check "every image builds (scripts/images.sh)" "$root/scripts/images.sh"
  [ "${CHECKS[-1]%% *}" = passed ] || exit 1
fi
# The settings images.sh wrote for podman on these machines, and the tag it gave the images.
export CONTAINERS_CONF="$tools/containers.conf"
tag="$(cat "$tools/tag")"

if ! podman image exists "$stores_image"; then
  echo "Making the stores' image (Debian's redis-server and postgresql-15 on the build base) ..."
  mkdir -p "$tools/stores-context"
  # No cluster made on install, no service started: each container makes its own on its tmpfs.
  cat >"$tools/stores-context/Containerfile" <<'EOF'
ARG BASE
FROM ${BASE}
RUN printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d \
 && mkdir -p /etc/postgresql-common/createcluster.d \
 && echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/00-no-main-cluster.conf \
 && groupadd --system --gid 999 postgres \
 && useradd --system --uid 999 --gid 999 --home-dir /var/lib/postgresql --shell /bin/bash postgres \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server postgresql-15 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
USER 999:999
EOF
  podman build --quiet --network host --build-arg BASE="$build_base" -t "$stores_image" "$tools/stores-context" \
    >"$tools/build-stores.log" 2>&1 ||
    { echo "Making the stores' image failed; see $tools/build-stores.log" >&2
      tail -20 "$tools/build-stores.log" >&2; exit 1; }
fi

echo "Publishing the local sidecar and building the demo tools on this machine ..."
dotnet publish tools/LocalSidecar -c Release -o "$tools/local-sidecar" -nologo -v quiet -clp:ErrorsOnly
source "$root/scripts/platform.sh"
for project in tools/DevToken tools/DemoData; do
  dotnet build "$project" -c "$PLATFORM_CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly
done

# A network of its own with fixed addresses: names are given to every container with --add-host, as a cluster's
# DNS would give them (<name> for REST, <name>-grpc for gRPC), whether or not podman's DNS plugin is installed.
# podman refuses a subnet another of its networks or a host interface already has: the next candidate is tried.
for attempt in $(seq 0 49); do
  subnet_prefix="10.$((90 + ($$ + attempt) % 100)).$(( ($$ / 100 + attempt) % 250 ))"
  podman network create --subnet "$subnet_prefix.0/24" "$network" >/dev/null 2>&1 && break
  [[ $attempt == 49 ]] && { echo "No free 10.x /24 subnet for the platform's network." >&2; exit 1; }
done
hosts=(--add-host "redis:$subnet_prefix.2" --add-host "postgres:$subnet_prefix.3"
  --add-host "gateway:$subnet_prefix.9")
address=10
for entry in "${SERVICES[@]}"; do
  read -r image _ _ _ <<<"$entry"
  hosts+=(--add-host "$image:$subnet_prefix.$address" --add-host "$image-grpc:$subnet_prefix.$address")
  address=$((address + 1))
done
# As the chart runs a container (restricted: read-only root, no capabilities, no privilege escalation).
restricted=(--read-only --cap-drop ALL --security-opt no-new-privileges --tmpfs /tmp:rw,size=64m)
signing_key="$(jq -r .Identity.SigningKey gateway/Commissioning.Gateway/appsettings.Development.json)"
password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"

echo "Starting Redis and PostgreSQL ..."
podman run -d --name "$run-redis" --network "$network" --ip "$subnet_prefix.2" "${hosts[@]}" "${restricted[@]}" \
  --user 999:999 --tmpfs /data:rw,size=256m,mode=1777 "$stores_image" \
  redis-server --bind 0.0.0.0 --protected-mode no --dir /data --appendonly yes --save "" >/dev/null
# Passwords over the network (scram), trust only on the container's own socket, where the databases are made.
podman run -d --name "$run-postgres" --network "$network" --ip "$subnet_prefix.3" "${hosts[@]}" "${restricted[@]}" \
  --user 999:999 --tmpfs /pgdata:rw,size=512m,mode=1777 -e POSTGRES_PASSWORD="$password" "$stores_image" \
  bash -c 'set -e; bin=/usr/lib/postgresql/15/bin; data=/pgdata/data
    $bin/initdb -D $data -U postgres -E UTF8 --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile=<(printf %s "$POSTGRES_PASSWORD") >/tmp/initdb.log
    echo "host all all 0.0.0.0/0 scram-sha-256" >>$data/pg_hba.conf
    exec $bin/postgres -D $data -c listen_addresses="*" -c unix_socket_directories=/tmp -c fsync=off' >/dev/null
for _ in $(seq 1 120); do
  podman exec "$run-postgres" /usr/lib/postgresql/15/bin/pg_isready -q -h /tmp -U postgres 2>/dev/null && break
  sleep 0.5
done
for store in redis postgres; do
  [ "$(podman inspect --format '{{.State.Running}}' "$run-$store")" = true ] ||
    { echo "$store stopped:" >&2; podman logs --tail 30 "$run-$store" >&2; exit 1; }
done
# The trial overlay's databases: one server, a database per service.
podman exec -i "$run-postgres" /usr/lib/postgresql/15/bin/psql -q -h /tmp -U postgres -v ON_ERROR_STOP=1 \
  <k8s/overlays/trial/init.sql >/dev/null

declare -A RUN_AT READY_IN URL
echo "Starting a pod per service (the service and its sidecar) and the gateway ..."
address=10
clusters=()
for entry in "${SERVICES[@]}"; do
  read -r image project cluster app_id <<<"$entry"
  ip="$subnet_prefix.$address"; address=$((address + 1))
  token="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  podman pod create --name "$run-$image" --network "$network" --ip "$ip" "${hosts[@]}" >/dev/null
  # Where daprd would be injected: the same network namespace, its default ports 3500 and 50001 on localhost.
  podman run -d --pod "$run-$image" --name "$run-$image-sidecar" "${restricted[@]}" --user 1654:1654 \
    -v "$tools/local-sidecar:/sidecar:ro" --workdir /sidecar -e APP_API_TOKEN="$token" \
    --entrypoint /usr/share/dotnet/dotnet "$runtime_base" /sidecar/LocalSidecar.dll --app-id "$app_id" \
    --app-port 8080 --dapr-http-port 3500 --dapr-grpc-port 50001 --redis-host redis:6379 >/dev/null
  # The chart's config (Store.Provider Postgres, its peers' headless gRPC names) and Secrets, as environment.
  partners=()
  for peer in $(sed -n '/^  Services:/,/^[^ ]/s/^    \([A-Za-z]*\): \(.*\)$/\1=\2/p' \
    "charts/commissioning/charts/$image/values.yaml"); do partners+=(-e "Services__$peer"); done
  # The demo's settings (the development signing and pseudonym keys, the demo council's Section 75 delegation)
  # where the chart mounts its ConfigMap: appsettings.Production.json, laid over the image's appsettings.json.
  settings=(-v "$root/services/$project/$project.Api/appsettings.Development.json:/app/appsettings.Production.json:ro")
  RUN_AT[$image]=$(date +%s%N)
  podman run -d --pod "$run-$image" --name "$run-$image-app" "${restricted[@]}" --user 1654:1654 \
    -e Store__Provider=Postgres -e Identity__SigningKey="$signing_key" -e APP_API_TOKEN="$token" \
    -e Store__ConnectionString="Host=postgres;Database=${image//-/_};Username=postgres;Password=$password" \
    -e DAPR_HTTP_PORT=3500 -e DAPR_GRPC_PORT=50001 "${partners[@]}" "${settings[@]}" \
    "commissioning/$image:$tag" >/dev/null
  URL[$image]="http://$ip:8080/health/ready"
  clusters+=(-e "ReverseProxy__Clusters__${cluster}__Destinations__main__Address=http://$image:8080")
  if grep -q "\"$cluster-grpc\"" gateway/Commissioning.Gateway/appsettings.json; then
    clusters+=(-e "ReverseProxy__Clusters__${cluster}-grpc__Destinations__main__Address=http://$image-grpc:8081")
  fi
done
GATEWAY_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
RUN_AT[gateway]=$(date +%s%N)
podman run -d --name "$run-gateway" --network "$network" --ip "$subnet_prefix.9" "${hosts[@]}" "${restricted[@]}" \
  --user 1654:1654 -p "127.0.0.1:$GATEWAY_PORT:8080" -e Redis__Configuration=redis:6379 \
  -e Identity__SigningKey="$signing_key" "${clusters[@]}" "commissioning/gateway:$tag" >/dev/null
URL[gateway]="$GATEWAY_URL/health/ready"

echo "Waiting for every /health/ready ..."
deadline=$(( $(date +%s) + 300 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  pending=0
  for name in "${!URL[@]}"; do
    [ -z "${READY_IN[$name]:-}" ] || continue
    if curl -fs -m 2 "${URL[$name]}" >/dev/null 2>&1; then
      READY_IN[$name]=$(( ($(date +%s%N) - ${RUN_AT[$name]}) / 1000000 ))
    else pending=$((pending + 1)); fi
  done
  [ "$pending" = 0 ] && break
  sleep 0.25
done
printf '%-16s %-44s %8s %s\n' image tag size "podman run to ready"
for name in $(printf '%s\n' "${SERVICES[@]}" | cut -d' ' -f1) gateway; do
  size=$(podman image inspect --format '{{.Size}}' "commissioning/$name:$tag")
  printf '%-16s %-44s %5d MB %s\n' "$name" "commissioning/$name:$tag" $((size / 1000000)) \
    "$([ -n "${READY_IN[$name]:-}" ] && echo "${READY_IN[$name]} ms" || echo "not ready in five minutes")"
done
for name in $(printf '%s\n' "${SERVICES[@]}" | cut -d' ' -f1) gateway; do
  check "$name is ready from its image" test -n "${READY_IN[$name]:-}"
  if [ -z "${READY_IN[$name]:-}" ]; then
    curl -s -m 2 "${URL[$name]}" >&2 || true
    podman logs --tail 30 "$run-$name-app" >&2 2>&1 || podman logs --tail 30 "$run-$name" >&2 2>&1 || true
  fi
done
for name in "${!URL[@]}"; do [ -n "${READY_IN[$name]:-}" ] || exit 1; done

echo "Loading the demo data through the containerised gateway ($GATEWAY_URL) ..."
check "the demo data loads through the gateway (tools/DemoData)" dotnet "$(platform_dll tools/DemoData)" \
  --gateway "$GATEWAY_URL" --token "$(platform_token platform-admin commissioner finance-officer pool-manager)"

echo "A handful of the README tour's calls ..."
TOKEN="$(platform_token finance-officer pool-manager commissioner)"
RETURNS="$(dotnet "$(platform_dll tools/DevToken)" --org E08000015 --kind council --role returns-officer)"
answers() { # description of what must hold (jq), token or "", path
  local filter="$1" token="$2" path="$3" body
  body="$(curl -fsS -m 10 ${token:+-H "Authorization: Bearer $token"} "$GATEWAY_URL$path")" || return 1
  jq -e "$filter" <<<"$body" >/dev/null || { echo "    $path answered: ${body:0:300}" >&2; return 1; }
}
check "GET /health/ready: the gateway, Redis and every backend" answers '.status == "Healthy"' "" /health/ready
check "GET /api/v1/partnerships: both partnerships" answers '[.. | .name? // empty] | length >= 2' "$TOKEN" \
  /api/v1/partnerships
check "GET /api/v1/contracts: CWP's s75 delegation" answers '[.. | objects] | length > 1' "$TOKEN" /api/v1/contracts
check "GET /api/v1/placement-requests: the care home invited" answers '[.. | objects] | length > 1' "$TOKEN" \
  /api/v1/placement-requests
check "GET /api/v1/returns: the CLD quarter, its rows from care packages' events" \
  answers '[.[] | select(.kind == "cld")] | length >= 1' "$RETURNS" /api/v1/returns
check "GET /openapi/v1.json: the merged API description" answers '.paths | length > 10' "" /openapi/v1.json
check "GET /asyncapi.json: what a provider's webhook endpoint is sent" answers '.asyncapi != null' "" /asyncapi.json
