#!/usr/bin/env bash
# Build deploy/Dockerfile and run the image against a real PostgreSQL server and the Bot API emulator, without
# a Docker daemon: podman (Debian: apt-get install podman runc debootstrap) as root. Run from the repository
# root; the checks are deploy/smoke_webhook.py's. Where Docker Hub cannot be reached, the base image is a
# Debian bookworm made here with debootstrap (python3 is 3.11 there), imported as a local image.
#
#   deploy/check-image.sh                          # build the base if needed, build, run the checks
#   BASE_IMAGE=python:3.11-slim deploy/check-image.sh   # the operator's base, where the registry is reachable
#
# Settings (environment): BASE_IMAGE, IMAGE (the tag built), TORCH_WHEELS (a folder holding a CPU torch wheel,
# mounted into the build when the CPU wheel index cannot be reached), WORKERS (2), PYTHON (.venv/bin/python),
# OCI_RUNTIME (runc: crun refuses hybrid cgroup hierarchies), SKIP_BUILD=1 (check an image built before).
set -euo pipefail

IMAGE=${IMAGE:-localhost/phone-advisor:check}
LOCAL_BASE=localhost/debian-python:3.11-bookworm
BASE_IMAGE=${BASE_IMAGE:-$LOCAL_BASE}
WORKERS=${WORKERS:-2}
PYTHON=${PYTHON:-.venv/bin/python}
OCI_RUNTIME=${OCI_RUNTIME:-runc}
WORK=${WORK:-/var/tmp/phone-advisor-check}
# Limits no higher than the caller's: without CAP_SYS_RESOURCE (a sandbox, a CI container) podman's defaults
# (nofile 1048576) fail in the runtime with "setrlimit RLIMIT_NOFILE: Operation not permitted"; RLIMIT_NPROC
# failed the same way at the caller's 96363 and at 65536, and 4096 is plenty for a few workers.
ENGINE_ARGS="--runtime $OCI_RUNTIME --ulimit nofile=$(ulimit -Hn):$(ulimit -Hn) --ulimit nproc=4096:4096"
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

build_local_base() {
    # A stand-in for python:3.11-slim: Debian bookworm, python/pip on PATH that install as root (the
    # EXTERNALLY-MANAGED marker is for hosts, not images), and this machine's extra CA certificates (a
    # TLS-inspecting proxy's) so that pip and apt inside the build trust what the host trusts.
    rootfs="$WORK/rootfs"
    rm -rf "$rootfs"
    log "debootstrap bookworm into $rootfs"
    debootstrap --variant=minbase --include=python3,python3-pip,python-is-python3,ca-certificates \
        bookworm "$rootfs" http://deb.debian.org/debian > "$WORK/debootstrap.log"
    rm -f "$rootfs"/usr/lib/python3.11/EXTERNALLY-MANAGED
    printf '%s\n' "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main" > "$rootfs/etc/apt/sources.list"
    if ls /usr/local/share/ca-certificates/*.crt > /dev/null 2>&1; then
        cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
        chroot "$rootfs" update-ca-certificates > /dev/null
    fi
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
    tar -C "$rootfs" -cf "$WORK/base.tar" .
    podman import --change 'CMD ["python3"]' "$WORK/base.tar" "$LOCAL_BASE" > /dev/null
    rm -rf "$rootfs" "$WORK/base.tar"
}

if [ -z "${SKIP_BUILD:-}" ]; then
    if [ "$BASE_IMAGE" = "$LOCAL_BASE" ] && ! podman image exists "$LOCAL_BASE"; then
        build_local_base
    fi
    set -- --build-arg BASE_IMAGE="$BASE_IMAGE"
    wheel=$(ls "${TORCH_WHEELS:-/opt/wheels}"/torch-*+cpu-*.whl 2>/dev/null | head -n 1 || true)
    if [ -n "$wheel" ]; then
        spec=$(basename "$wheel" | cut -d- -f1-2 | sed 's/-/==/')
        set -- "$@" -v "$(dirname "$wheel"):/wheels:ro" --build-arg TORCH_PIP_ARGS="--find-links /wheels" \
            --build-arg TORCH_SPEC="$spec"
    fi
    log "building $IMAGE from $BASE_IMAGE"
    started=$(date +%s)
    # --format docker keeps the HEALTHCHECK (the OCI format has no field for it)
    podman build --format docker --network host $ENGINE_ARGS "$@" -f deploy/Dockerfile -t "$IMAGE" .
    log "built in $(( $(date +%s) - started )) s: $(podman image inspect -f '{{.Size}}' "$IMAGE") bytes"
fi

# PostgreSQL 15 on loopback TCP, as the `postgres` user (the server refuses root), thrown away at exit.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d "$WORK/pg.XXXXXX")
pg_port=$("$PYTHON" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
chown postgres "$pg_dir"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop > /dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C --no-instructions > /dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start > /dev/null
log "PostgreSQL on 127.0.0.1:$pg_port; starting $IMAGE with $WORKERS workers"

PYTHONPATH=. "$PYTHON" deploy/smoke_webhook.py "$IMAGE" --workers "$WORKERS" \
    --database-url "postgresql://postgres@127.0.0.1:$pg_port/postgres" --engine-args "$ENGINE_ARGS"
