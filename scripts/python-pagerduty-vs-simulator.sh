#!/bin/sh
# Runs an unchanged python-pagerduty against the standalone pdkit simulator (opt-in; not part of the build).
#
# Usage: scripts/python-pagerduty-vs-simulator.sh SOURCE [TAG...]
#   SOURCE  a git checkout of https://github.com/PagerDuty/python-pagerduty (then each TAG is checked out
#           with `git archive`; default tags: v5.3.0 v6.3.0), or an sdist (.tar.gz) of one version.
#
# python-pagerduty's dependencies come from Debian packages, not from PyPI:
#   apt-get install python3-requests python3-httpx     (v5.x uses requests, v6.x uses httpx)
# v7.0.0 and later need httpx2, which Debian does not package, so they cannot run here.
# python-pagerduty 6.x only accepts https:// base URLs, so the simulator is reached through a local TLS front
# (scripts/tls_front.py, a self-signed certificate made with openssl and trusted through SSL_CERT_FILE).
# The simulator jar is built once (./mvnw package, never install) unless SIMULATOR_JAR names one.
# PYTHON names the interpreter (default /usr/bin/python3, the one Debian's packages belong to).
set -eu
if [ $# -lt 1 ]; then
    sed -n '2,13p' "$0" >&2
    exit 2
fi
source=$1
shift
[ $# -gt 0 ] || set -- v5.3.0 v6.3.0
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
sim_pid=
tls_pid=
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi
    if [ -n "$tls_pid" ]; then kill "$tls_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

jar=${SIMULATOR_JAR:-}
if [ -z "$jar" ]; then
    (cd "$root" && ./mvnw -B -q -pl pagerduty-test -am package -DskipTests) >&2
    jar=$(ls -t "$root"/pagerduty-test/target/pagerduty-test-*-simulator.jar | head -n 1)
fi

free_port() {
    "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {
    tries=0
    until grep -q "$2" "$1" 2>/dev/null; do
        tries=$((tries + 1))
        if [ $tries -gt 150 ]; then echo "Not ready: $1" >&2; cat "$1" >&2; exit 1; fi
        sleep 0.2
    done
}

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1

run_version() {
    label=$1
    src_dir=$2
    port=$(free_port)
    tls_port=$(free_port)
    "$python" "$root/scripts/tls_front.py" "$work/cert.pem" "$work/key.pem" "$tls_port" "$port" \
        >"$work/tls-$label.log" 2>&1 &
    tls_pid=$!
    java -XX:TieredStopAtLevel=1 -jar "$jar" --port "$port" --seed demo --public-url "https://127.0.0.1:$tls_port" \
        >"$work/sim-$label.log" 2>&1 &
    sim_pid=$!
    wait_for "$work/sim-$label.log" "Press Ctrl+C"
    wait_for "$work/tls-$label.log" "TLS front ready"
    echo "== python-pagerduty $label against https://127.0.0.1:$tls_port (simulator on port $port)"
    status=0
    SSL_CERT_FILE="$work/cert.pem" REQUESTS_CA_BUNDLE="$work/cert.pem" PYTHONPATH="$src_dir" \
        "$python" "$root/scripts/python_pagerduty_checks.py" "https://127.0.0.1:$tls_port" \
        pdkit-simulator-api-key 5d2c1f0e9b8a47d6a3c4e1f2b7d8c9a0 ada@pdkit.example || status=1
    kill "$sim_pid" "$tls_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    wait "$tls_pid" 2>/dev/null || true
    sim_pid=
    tls_pid=
    return $status
}

failed=0
if [ -d "$source/.git" ] || git -C "$source" rev-parse --git-dir >/dev/null 2>&1; then
    for tag in "$@"; do
        mkdir -p "$work/$tag"
        git -C "$source" archive "$tag" pagerduty pyproject.toml | tar -x -C "$work/$tag"
        run_version "$tag" "$work/$tag" || failed=1
    done
else
    mkdir -p "$work/sdist"
    tar -xzf "$source" -C "$work/sdist"
    dir=$(dirname "$(find "$work/sdist" -path '*/pagerduty/__init__.py' | head -n 1)")
    run_version "$(basename "$source")" "$(dirname "$dir")" || failed=1
fi
exit $failed
