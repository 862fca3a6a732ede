# Sourced by bench/feed.sh and bench/scale.sh: one wrk case as a Markdown table row.
#   wrk_case NAME URL [ETAG]   uses $threads, $connections and $duration; with ETAG, every request
#                              sends If-None-Match (the 304 case)
wrk_case() {
  local out
  if [ -n "${3:-}" ]; then
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "If-None-Match: $3" "$2")"
  else
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2")"
  fi
  printf '| %-18s | %10s | %8s | %8s | %s |\n' "$1" \
    "$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')" \
    "$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')" \
    "$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx/ {print $5}')"
}
