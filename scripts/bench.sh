#!/usr/bin/env bash
# Benchmarks pdkit against a raw RestClient + Jackson loop on the same HTTP stack, in one run.
# Starts nginx (Debian package; installed with apt-get if missing) on a loopback port serving static
# PagerDuty-shaped pages, builds pagerduty-benchmarks (-Pbenchmarks), runs JMH and the probes, and prints
# every figure with its ratio to the raw loop and the load average.
#
# usage: scripts/bench.sh            (PORT=8089 WORK=/tmp/pdkit-bench QUICK=1 for short JMH runs,
#                                     STACKS=APACHE,JDK to also measure the JDK HttpClient, OFFLINE=1 for mvn -o)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-8089}"
WORK="${WORK:-/tmp/pdkit-bench}"
STACKS="${STACKS:-APACHE}"
STARTUP_ROUNDS="${STARTUP_ROUNDS:-6}"
URL="http://127.0.0.1:${PORT}"
MVN_FLAGS=(-B -q -Pbenchmarks)
[[ "${OFFLINE:-0}" == 1 ]] && MVN_FLAGS+=(-o)
if [[ "${QUICK:-0}" == 1 ]]; then
    JMH_FLAGS=(-f 1 -wi 2 -w 1s -i 3 -r 2s)
    EVENTS_FLAGS=(-f 1 -wi 4 -w 2s -i 3 -r 2s)
else
    JMH_FLAGS=(-f 1 -wi 3 -w 2s -i 5 -r 3s)
    # eight threads on two cores leave the JIT little CPU: the Events benchmark needs a longer warm-up and a
    # second fork before its iterations stop speeding up
    EVENTS_FLAGS=(-f 2 -wi 6 -w 3s -i 5 -r 3s)
fi

mkdir -p "$WORK"

if ! command -v nginx >/dev/null 2>&1; then
    echo "installing nginx (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
fi

if [[ ! -f "$WORK/data/audit/cursor_.json" ]]; then
    echo "writing the stub pages to $WORK/data"
    python3 "$ROOT/scripts/bench-data.py" "$WORK/data"
fi

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon on;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    client_body_temp_path $WORK/tmp;
    server {
        listen 127.0.0.1:$PORT;
        root $WORK/data;
        default_type application/json;
        location = /users { try_files /users/offset_\$arg_offset.json =404; }
        location ^~ /users/ { }
        location = /audit/records { try_files /audit/cursor_\$arg_cursor.json =404; }
        location = /v2/enqueue { return 202 '{"status":"success","message":"Event processed","dedup_key":"b0b5bench0dedup"}'; }
        location = /nginx_status { stub_status; }
    }
}
CONF
mkdir -p "$WORK/tmp"
[[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
nginx -c "$WORK/nginx.conf" -p "$WORK"
trap 'kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
curl -fsS "$URL/users/PUSER01" >/dev/null

echo "building pagerduty-benchmarks"
(cd "$ROOT" && ./mvnw "${MVN_FLAGS[@]}" package dependency:build-classpath -pl pagerduty-benchmarks -am -DskipTests \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime)
CP="$ROOT/pagerduty-benchmarks/target/classes:$(cat "$WORK/cp.txt")"
JAVA=(java -Dpdkit.bench.url="$URL" -cp "$CP")

echo "load before: $(uptime)"
"${JAVA[@]}" org.openjdk.jmh.Main 'io\.pdkit\.benchmarks\..*Benchmark' -e 'io\.pdkit\.benchmarks\.EventsBenchmark' \
    "${JMH_FLAGS[@]}" -p stack="$STACKS" -jvmArgsAppend "-Dpdkit.bench.url=$URL" -rf json -rff "$WORK/jmh.json" \
    | tee "$WORK/jmh.log" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' || true
"${JAVA[@]}" org.openjdk.jmh.Main 'io\.pdkit\.benchmarks\.EventsBenchmark' "${EVENTS_FLAGS[@]}" -p stack="$STACKS" \
    -jvmArgsAppend "-Dpdkit.bench.url=$URL" -rf json -rff "$WORK/jmh-events.json" \
    | tee "$WORK/jmh-events.log" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' || true

: > "$WORK/startup.txt"
for round in $(seq 1 "$STARTUP_ROUNDS"); do
    for mode in without with; do
        "${JAVA[@]}" io.pdkit.benchmarks.StartupProbe "$mode" | grep '^startup' >> "$WORK/startup.txt"
    done
done

: > "$WORK/probes.txt"
for stack in ${STACKS//,/ }; do
    "${JAVA[@]}" io.pdkit.benchmarks.CloseProbe "$stack" | grep '^close' >> "$WORK/probes.txt"
done
java -Xmx32m -Dpdkit.bench.url="$URL" -cp "$CP" io.pdkit.benchmarks.CursorWalkProbe | grep '^xmx32m' >> "$WORK/probes.txt"

LOAD="$(uptime)"
python3 - "$WORK" "$LOAD" <<'PY'
import json, statistics, sys
work, load = sys.argv[1], sys.argv[2]
results = json.load(open(work + "/jmh.json")) + json.load(open(work + "/jmh-events.json"))
figures = {}
for r in results:
    name = r["benchmark"].rsplit(".", 2)
    bench, variant = name[1], name[2]
    stack = r.get("params", {}).get("stack", "APACHE")
    metric = r["primaryMetric"]
    if r["mode"] == "sample":
        value, unit, label = metric["scorePercentiles"]["50.0"], metric["scoreUnit"], "median"
    elif r["mode"] == "avgt":
        value, unit, label = metric["score"], metric["scoreUnit"], "average"
    else:
        value, unit, label = metric["score"], metric["scoreUnit"], "throughput"
    figures.setdefault((bench, stack), {})[variant] = (value, unit, label)
print()
print("pdkit vs raw RestClient + Jackson on the same stack (same run)")
for (bench, stack), v in sorted(figures.items()):
    if "pdkit" in v and "raw" in v:
        (p, unit, label), (r, _, _) = v["pdkit"], v["raw"]
        print("  %-16s %-6s %-10s pdkit %10.2f %-8s raw %10.2f %-8s ratio %.3f" % (bench, stack, label, p, unit, r, unit, p / r))
lines = [l.split() for l in open(work + "/startup.txt")]
with_ms = [int(l[2]) for l in lines if l[1] == "with"]
without_ms = [int(l[2]) for l in lines if l[1] == "without"]
with_cpu = [int(l[-2]) for l in lines if l[1] == "with" and l[-3] == "cpu"]
without_cpu = [int(l[-2]) for l in lines if l[1] == "without" and l[-3] == "cpu"]
if with_ms and without_ms:
    w, wo = statistics.median(with_ms), statistics.median(without_ms)
    print("  starter start-up (context refresh, median of %d interleaved JVMs): with pdkit %.0f ms, without %.0f ms, cost %+.0f ms, ratio %.3f"
          % (len(with_ms), w, wo, w - wo, w / wo))
    print("    with:    %s" % with_ms)
    print("    without: %s" % without_ms)
if with_cpu and without_cpu:
    print("    main-thread CPU, median: with %.0f ms, without %.0f ms, cost %+.0f ms"
          % (statistics.median(with_cpu), statistics.median(without_cpu),
             statistics.median(with_cpu) - statistics.median(without_cpu)))
for line in open(work + "/probes.txt"):
    print("  " + line.strip())
print("load: " + load.strip())
PY
