#!/usr/bin/env bash
# Builds every service's image and the gateway's with podman from deploy/docker/Dockerfile, tagged
# with the commit, from bases made here (no registry is reachable): a Debian minbase made with
# debootstrap, for building with this machine's .NET SDK mounted in, and the same minbase without
# its shells and with the .NET runtime copied in, to run on. Prints each image's size and build time.
# The build sees this machine's SDK, NuGet cache and trusted certificates (mounted, not copied in).
# Each image is then started once as the chart runs it (read-only root, user 1654, no capabilities,
# a /tmp of its own, SQLite in it, the development settings where the chart mounts its ConfigMap: care packages
# starts only with a pseudonym key) and the time from podman run to /health/live is printed; the
# container is removed. Ready needs the stores and a sidecar: the platform run proves that.
#   scripts/images.sh                  # every image
#   IMAGES_ONLY="contracts" scripts/images.sh
#   IMAGES_PUBLISH=host scripts/images.sh   # publish on this machine, then only the Dockerfile's run stage
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# name, project folder
IMAGES=(
  "pooled-finance services/PooledFinance/PooledFinance.Api"
  "contracts services/Contracts/Contracts.Api"
  "care-packages services/CarePackages/CarePackages.Api"
  "workforce services/Workforce/Workforce.Api"
  "notifications services/Notifications/Notifications.Api"
  "returns services/Returns/Returns.Api"
  "gateway gateway/Commissioning.Gateway"
)
tools="$root/.tools/images"
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
suite="${IMAGES_SUITE:-bookworm}"
build_base="localhost/commissioning-build-base:$suite"
runtime_base="localhost/commissioning-runtime-base:$suite"
tag="$(git rev-parse --short=12 HEAD)$(git diff --quiet HEAD -- services gateway proto || echo -dirty)"

need=()
command -v podman >/dev/null || need+=(podman runc)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The settings podman needs on these machines (crun refuses the hybrid cgroups; default ulimits are refused).
mkdir -p "$tools"
export CONTAINERS_CONF="$tools/containers.conf"
printf '%s\n' '[containers]' 'default_ulimits = []' '[engine]' 'runtime = "runc"' 'cgroup_manager = "cgroupfs"' \
  >"$CONTAINERS_CONF"

make_bases() {
  local rootfs="$tools/rootfs-$suite"
  if [ ! -f "$rootfs/.complete" ]; then
    echo "Making a $suite minbase with debootstrap (about a minute) ..."
    rm -rf "$rootfs"
    # TLS for NuGet while building and for the identity issuer's metadata at run time.
    debootstrap --variant=minbase --include=libssl3,ca-certificates "$suite" "$rootfs" >"$tools/debootstrap.log" 2>&1
    touch "$rootfs/.complete"
  fi
  local path='ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  if ! podman image exists "$build_base"; then
    # The SDK itself is mounted at /usr/share/dotnet while building; the link is where images have it.
    # minbase has no ICU, which the SDK (not the apps: they run invariant) would otherwise need; NuGet
    # checks no certificate revocation online (this machine's setting).
    ln -sfn /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
    tar -C "$rootfs" --exclude=./.complete -c . | podman import --change "$path" \
      --change 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1' --change 'ENV NUGET_CERT_REVOCATION_MODE=offline' \
      --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' - "$build_base" >/dev/null
  fi
  if ! podman image exists "$runtime_base"; then
    # Like the chiseled images: no shell to start; the runtime where the official images keep it.
    # Nor what only installing needs: the downloaded packages, the package lists, documentation.
    tar -C "$rootfs" --exclude=./.complete --exclude=./usr/bin/bash --exclude=./usr/bin/dash \
      --exclude=./usr/bin/sh --exclude=./usr/bin/rbash --exclude='./var/cache/apt/*' --exclude='./var/lib/apt/lists/*' \
      --exclude='./usr/share/doc/*' --exclude='./usr/share/man/*' --exclude='./usr/share/info/*' \
      --exclude='./usr/share/locale/*' -c . \
      -C "$(dirname "$dotnet_root")" --transform "s,^$(basename "$dotnet_root"),usr/share/dotnet," \
      "$(basename "$dotnet_root")/dotnet" "$(basename "$dotnet_root")/host" "$(basename "$dotnet_root")/shared" |
      podman import --change "$path" --change 'ENV DOTNET_ROOT=/usr/share/dotnet' - "$runtime_base" >/dev/null
  fi
}

# IMAGES_PUBLISH=host: each app is published here as the Dockerfile's build stage publishes it, then copied in by
# the Dockerfile's own run stage (taken from it, its COPY reading the published folder). The apps then share one
# compile of the building blocks, where each image's build stage inside podman compiles them all again.
publish_on_host() { # name, project: a build context holding the published app/ and the run stage
  local name="$1" project="$2" context="$tools/published/$1"
  rm -rf "$context" && mkdir -p "$context"
  dotnet publish "$project" --configuration Release --output "$context/app" -p:UseAppHost=true -nologo -v quiet \
    -clp:ErrorsOnly && mv "$context/app/$(basename "$project")" "$context/app/service" || return 1
  { echo 'ARG RUNTIME_IMAGE'; sed -n '/^FROM ${RUNTIME_IMAGE}$/,$p' deploy/docker/Dockerfile |
    sed 's|^COPY --from=build --chown=0:0 /app/ /app/$|COPY --chown=0:0 app/ /app/|'; } >"$context/Containerfile"
  grep -qx 'COPY --chown=0:0 app/ /app/' "$context/Containerfile" ||
    { echo "The Dockerfile's run stage no longer copies /app/ from its build stage: follow it here" >&2; return 1; }
}

build_image() { # name, project
  local name="$1" project="$2" started elapsed size
  started=$(date +%s)
  if [ "${IMAGES_PUBLISH:-podman}" = host ]; then
    publish_on_host "$name" "$project" >"$tools/build-$name.log" 2>&1 &&
      podman build --quiet -f "$tools/published/$name/Containerfile" --build-arg RUNTIME_IMAGE="$runtime_base" \
        -t "commissioning/$name:$tag" "$tools/published/$name" >>"$tools/build-$name.log" 2>&1
  else
    podman build --quiet -f deploy/docker/Dockerfile --build-arg PROJECT="$project" \
      --build-arg SDK_IMAGE="$build_base" --build-arg RUNTIME_IMAGE="$runtime_base" \
      --volume "$dotnet_root:/usr/share/dotnet:ro" --volume "$HOME/.nuget/packages:/root/.nuget/packages" \
      --volume /etc/ssl/certs:/etc/ssl/certs:ro --network host \
      -t "commissioning/$name:$tag" . >"$tools/build-$name.log" 2>&1
  fi ||
    { echo "Building $name failed; see $tools/build-$name.log" >&2; tail -20 "$tools/build-$name.log" >&2; return 1; }
  elapsed=$(( $(date +%s) - started ))
  size=$(podman image inspect --format '{{.Size}}' "commissioning/$name:$tag")
  printf '%-16s commissioning/%s:%s  %4d MB  built in %ds  live %s after podman run\n' "$name" "$name" "$tag" \
    $((size / 1000000)) "$elapsed" "$(time_to_live "commissioning/$name:$tag" "$project")"
}

STARTED=()
trap 'for c in "${STARTED[@]}"; do podman rm -f "$c" >/dev/null 2>&1 || true; done' EXIT

time_to_live() { # image, project: seconds from podman run until /health/live answers
  local image="$1" project="$2" port started container answer="never (see podman logs)"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  started=$(date +%s%N)
  container=$(podman run -d --read-only --user 1654:1654 --cap-drop ALL --security-opt no-new-privileges \
    --tmpfs /tmp:rw,size=64m -p "127.0.0.1:$port:8080" -e Store__Provider=Sqlite -e Store__DataDirectory=/tmp/data \
    -e Identity__SigningKey="$(jq -r .Identity.SigningKey gateway/Commissioning.Gateway/appsettings.Development.json)" \
    -v "$root/$project/appsettings.Development.json:/app/appsettings.Production.json:ro" "$image")
  STARTED+=("$container")
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1; then
      answer="$(( ($(date +%s%N) - started) / 1000000 )) ms"; break
    fi
    sleep 0.25
  done
  podman rm -f "$container" >/dev/null
  echo "$answer"
}

make_bases
# scripts/platform-images.sh starts the images of this tag.
echo "$tag" >"$tools/tag"
for entry in "${IMAGES[@]}"; do
  read -r name project <<<"$entry"
  if [ -n "${IMAGES_ONLY:-}" ] && [[ " $IMAGES_ONLY " != *" $name "* ]]; then continue; fi
  build_image "$name" "$project"
done
