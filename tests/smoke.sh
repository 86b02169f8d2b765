#!/usr/bin/env bash
# Drives the release binary with real grpcurl over reflection, as a client would.
#   tests/smoke.sh [path/to/factcheck]
# Needs grpcurl on PATH (or GRPCURL=...). Exits non-zero on the first broken expectation.
set -euo pipefail
bin=${1:-target/release/factcheck}
grpcurl=${GRPCURL:-grpcurl}
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
addr=127.0.0.1:$port
"$bin" serve --addr "$addr" --index-dir "$dir/index" >"$dir/server.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "smoke: $*"; echo "--- server log"; tail -20 "$dir/server.log"; exit 1; }
# Wait for SERVING; on a loaded machine the first calls can take seconds, so say so if it
# never comes rather than failing on the next call.
healthy=
for _ in $(seq 1 150); do
  if "$grpcurl" -plaintext -d '{"service":"factcheck.v1.FactCheckService"}' "$addr" grpc.health.v1.Health/Check 2>/dev/null | grep -q '"SERVING"'; then healthy=1; break; fi
  sleep 0.2
done
[ -n "$healthy" ] || fail "the service never reported SERVING"
for _ in 1 2 3; do
  services=$("$grpcurl" -plaintext "$addr" list 2>&1) && break
  sleep 1
done
echo "$services" | grep -q '^factcheck.v1.FactCheckService$' || fail "reflection does not list the service: $services"
echo "$services" | grep -q '^grpc.health.v1.Health$' || fail "reflection does not list health: $services"
out=$("$grpcurl" -plaintext -d '{"claim":"Russia has supplied North Korea with anti-aircraft missiles."}' "$addr" factcheck.v1.FactCheckService/CheckClaim)
echo "$out" | grep -q '"verdict": "VERDICT_SUPPORTED"' || fail "plain true claim not supported: $out"
echo "$out" | grep -q '"speaker": "Shin Won-shik"' || fail "no passage attributed to Shin Won-shik"
if "$grpcurl" -plaintext -d '{"claim":"  "}' "$addr" factcheck.v1.FactCheckService/CheckClaim 2>"$dir/err"; then fail "blank claim accepted"; fi
grep -q InvalidArgument "$dir/err" || fail "blank claim is not InvalidArgument: $(cat "$dir/err")"
"$grpcurl" -plaintext -d '{"article":{"id":"smoke-1","title":"Smoke","text":"The council approved a new budget on Monday. The mayor said taxes would not rise."}}' \
  "$addr" factcheck.v1.FactCheckService/IngestArticle | grep -q '"sentenceCount": 2' || fail "ingest"
"$grpcurl" -plaintext -d '{"query":"council budget"}' "$addr" factcheck.v1.FactCheckService/Search | grep -q smoke-1 || fail "ingested article not found"
n=$(printf '%s\n' '{"claim":"Russia supplied missiles to North Korea.","requestId":"a"}' '{"claim":"Putin sent animals.","requestId":"b"}' '{"claim":"Kim met Kozlov.","requestId":"c"}' |
  "$grpcurl" -plaintext -d @ "$addr" factcheck.v1.FactCheckService/CheckClaims | grep -c '"requestId"')
[ "$n" = 3 ] || fail "stream answered $n of 3 claims"
kill -TERM "$pid"; wait "$pid" || fail "server did not exit 0 on SIGTERM"
"$bin" serve --addr "$addr" --index-dir "$dir/index" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if "$grpcurl" -plaintext -d '{"service":"factcheck.v1.FactCheckService"}' "$addr" grpc.health.v1.Health/Check 2>/dev/null | grep -q '"SERVING"'; then break; fi
  sleep 0.2
done
"$grpcurl" -plaintext -d '{"id":"smoke-1"}' "$addr" factcheck.v1.FactCheckService/GetArticle | grep -q 'council' || fail "article lost across a restart"
"$grpcurl" -plaintext -d '{"id":"smoke-1"}' "$addr" factcheck.v1.FactCheckService/DeleteArticle | grep -q '"deleted": true' || fail "delete"
if "$grpcurl" -plaintext -d '{"id":"smoke-1"}' "$addr" factcheck.v1.FactCheckService/GetArticle 2>"$dir/err"; then fail "deleted article still there"; fi
grep -q NotFound "$dir/err" || fail "deleted article is not NotFound"
echo "smoke: 10 passed, 0 failed"
