#!/usr/bin/env bash
# Feed serving benchmark (never part of mvn verify): Touchbase's GET /feed/{token}.ics against nginx
# serving the same bytes as a static file, in the same run, on loopback, with wrk.
#   bench/feed.sh                 10 s per case, 2 threads, 32 connections
#   DURATION=20s CONNECTIONS=64 bench/feed.sh
#   TOUCHBASE_ACCESS_LOG=off bench/feed.sh   (without the request log; nginx logs as Debian ships it)
# Needs: java 17, maven (offline build), wrk and nginx (apt-get install -y wrk nginx-light), curl.
# It starts Touchbase in demo mode on a free loopback port with a fresh data folder, signs in through
# the emulator's consent page, books touch-bases with 50 colleagues (monthly and quarterly, caps
# raised), waits until Google (the emulator) has them all, then measures four cases:
#   touchbase fresh, touchbase 304 (If-None-Match), nginx fresh, nginx 304.
# Everything it starts is stopped on exit; nothing listens beyond 127.0.0.1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
duration="${DURATION:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
series_wanted="${SERIES:-50}"
for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "bench/feed.sh needs $tool (apt-get install -y wrk nginx-light curl)" >&2; exit 2; }
done
work="$(mktemp -d)"
pids=()
cleanup() { cp "$work/touchbase.log" "${TMPDIR:-/tmp}/feed-bench-touchbase.log" 2>/dev/null || true; for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

mvn -q -B -o -f "$here/../pom.xml" package -Dmaven.test.skip=true
port="$(free_port)"
base="http://localhost:$port"
PORT="$port" TOUCHBASE_DATA_DIR="$work/data" java ${JAVA_OPTS:-} -jar "$here/../target/touchbase.jar" serve >"$work/touchbase.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done

jar="$work/cookies"
consent="$(curl -s -L -c "$jar" -b "$jar" "$base/auth/google")"
action="$(printf '%s' "$consent" | tr '\n' ' ' | sed -E 's/.*action="([^"]+)".*/\1/; s/&amp;/\&/g')"
request="$(printf '%s' "$consent" | tr '\n' ' ' | sed -E 's/.*name="request" value="([^"]+)".*/\1/; s/&amp;/\&/g')"
emulator="$(curl -s -o /dev/null -w '%{url_effective}' -L -c "$jar" -b "$jar" "$base/auth/google")"
curl -s -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "decision=allow" --data-urlencode "request=$request" \
  "$(python3 -c 'import sys,urllib.parse; print(urllib.parse.urljoin(sys.argv[1], sys.argv[2]))' "$emulator" "$action")"
csrf="$(curl -s -b "$jar" "$base/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')"
api() { curl -s -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -X "$1" "$base$2" ${3:+-d "$3"}; }
api PUT /api/me/preferences '{"maxPerDay":20,"maxPerWeek":100,"bufferMinutes":0}' >/dev/null

echo "booking $series_wanted touch-bases in demo mode ..." >&2
# A write can meet SQLITE_BUSY_SNAPSHOT while the outbox worker writes (a 500): such a call is retried.
retry() { local answer; for _ in 1 2 3 4 5; do answer="$("$@")"; case "$answer" in *'"error"'*) sleep 0.3 ;; *) printf '%s' "$answer"; return ;; esac; done; echo "gave up: $answer" >&2; exit 1; }
for i in $(seq 1 "$series_wanted"); do
  cadence=$([ $((i % 2)) -eq 0 ] && echo monthly || echo quarterly)
  id="$(retry api POST /api/colleagues "{\"email\":\"bench$i@demo.touchbase.test\",\"name\":\"Bench Colleague $i\",\"cadence\":\"$cadence\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  retry api POST /api/touchbases "{\"colleagueId\":\"$id\"}" >/dev/null
done
booked=0
for _ in $(seq 1 240); do
  booked="$(api GET /api/touchbases | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("touchBases", d) if isinstance(d, dict) else d; print(sum(1 for s in d if s.get("status")=="booked"))')"
  [ "$booked" -ge "$series_wanted" ] && break
  sleep 0.5
done
url="$(api GET /api/feed | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')"
feed_path="${url#*://*/}"
touchbase_url="http://127.0.0.1:$port/$feed_path"
curl -s -o "$work/feed.ics" "$touchbase_url"
etag="$(curl -s -D - -o /dev/null "$touchbase_url" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
events="$(grep -c '^BEGIN:VEVENT' "$work/feed.ics" || true)"

nginx_port="$(free_port)"
mkdir -p "$work/www/feed" "$work/nginx"
chmod 755 "$work" "$work/www" "$work/www/feed"
cp "$work/feed.ics" "$work/www/$feed_path" && chmod 644 "$work/www/$feed_path"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  access_log off;
  types { text/calendar ics; }
  charset utf-8;
  etag on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location /feed/ { add_header Cache-Control "private, max-age=300"; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' &
pids+=("$!")
sleep 1
nginx_url="http://127.0.0.1:$nginx_port/$feed_path"
nginx_etag="$(curl -s -D - -o /dev/null "$nginx_url" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"

. "$here/wrk-case.sh"
wrk -t1 -c4 -d3s "$touchbase_url" >/dev/null   # warm up the JIT and the cache
wrk -t1 -c4 -d3s "$nginx_url" >/dev/null
echo
echo "feed: $events VEVENTs for $booked booked series, $(wc -c <"$work/feed.ics") bytes; wrk -t$threads -c$connections -d$duration on loopback"
echo
echo "| case             |  req/s     |  p50     |  p99     | non-2xx/3xx |"
echo "|------------------|-----------:|---------:|---------:|------------:|"
wrk_case "touchbase fresh" "$touchbase_url"
wrk_case "nginx fresh" "$nginx_url"
wrk_case "touchbase 304" "$touchbase_url" "$etag"
wrk_case "nginx 304" "$nginx_url" "$nginx_etag"
