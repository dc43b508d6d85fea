#!/usr/bin/env bash
# Renders k8s/base/commissioning.yaml from charts/commissioning with k8s/base/values.yaml, so that
# kustomize users deploy exactly what the chart would. Run it after changing the chart; the
# deployment tests fail while the committed base differs from a fresh render (they write it elsewhere:
# the first argument, if given, is where to write).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/k8s/base/commissioning.yaml}"
helm="${HELM:-$root/.tools/helm/helm}"
"$helm" template commissioning "$root/charts/commissioning" --namespace commissioning --skip-tests \
  --values "$root/k8s/base/values.yaml" 2>/dev/null | sed '/^# Source: /d' >"$out"
