#!/usr/bin/env bash
# CheckClaim throughput against the gRPC floor (Health/Check) on the same server, same load.
#   bench/h2load.sh [requests] [clients] [streams-per-client] [index-dir] [extra serve flags...]
# h2load sends one frame over and over, so the server's answer cache serves all but the first
# CheckClaim; pass --result-cache 0 to measure the full pipeline on every request.
# Needs h2load (Debian: nghttp2-client). Builds the release binary, starts it on a free port,
# writes the gRPC frames (5-byte prefix + protobuf), runs both loads and prints the ratio, then
# the CheckClaims stream's claims/s with 100 claims per call.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}; c=${2:-4}; m=${3:-16}; index=${4:-}; shift $(( $# < 4 ? $# : 4 ))
command -v h2load >/dev/null || { echo "h2load missing: apt-get install nghttp2-client"; exit 1; }
cargo build --release --quiet
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
args=(serve --addr "127.0.0.1:$port" --max-in-flight 256)
[ -n "$index" ] && args+=(--index-dir "$index")
args+=("$@")
FACTCHECK_LOG=warn target/release/factcheck "${args[@]}" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import struct, sys
def frame(msg): return b"\0" + struct.pack(">I", len(msg)) + msg
def string_field(num, s):
    b = s.encode()
    out, n = bytearray([num << 3 | 2]), len(b)
    while True:
        byte = n & 0x7F; n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n: break
    return bytes(out) + b
d = sys.argv[1]
open(f"{d}/health.bin", "wb").write(frame(b""))
check = frame(string_field(1, "Russia has supplied North Korea with anti-aircraft missiles."))
open(f"{d}/check.bin", "wb").write(check)
open(f"{d}/stream.bin", "wb").write(check * 100)  # one CheckClaims call carrying 100 claims
PY
for _ in $(seq 1 200); do
  h2load -n 1 -c 1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$dir/health.bin" \
    "http://127.0.0.1:$port/grpc.health.v1.Health/Check" 2>/dev/null | grep -q '1 succeeded' && break
  sleep 0.3
done
run() {
  h2load -n "$n" -c "$c" -m "$m" -H 'content-type: application/grpc' -H 'te: trailers' -d "$dir/$1.bin" \
    "http://127.0.0.1:$port/$2" | awk '/^finished in/ {print $4}' | tr -d ','
}
run health grpc.health.v1.Health/Check >/dev/null   # warm-up
health=$(run health grpc.health.v1.Health/Check)
check=$(run check factcheck.v1.FactCheckService/CheckClaim)
# The stream: n/100 calls of 100 claims each, on the same connections.
n_unary=$n; n=$(( n / 100 > 0 ? n / 100 : 1 ))
streams=$(run stream factcheck.v1.FactCheckService/CheckClaims)
n=$n_unary
python3 -c "h=float('$health'); k=float('$check'); s=float('$streams')*100; print(f'Health/Check {h:.0f} req/s, CheckClaim {k:.0f} req/s, ratio {k/h:.2f}; CheckClaims {s:.0f} claims/s, {s/k:.2f} x unary (n=$n c=$c m=$m)')"
