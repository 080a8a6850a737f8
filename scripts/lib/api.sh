# Serving the API of a throwaway database, for scripts that send it requests (check-api, the
# benchmarks). Source after cluster.sh and yotqa.sh; needs curl.
#
#   api_binary                      YOTQA: $YOTQA if set, else the debug build
#   cluster_start; use_database D   (cluster.sh, yotqa.sh) and load some data
#   api_token NAME ROLE [SERVICE…]  API_TOKEN: the secret; its entry joins API_TOKENS
#   api_config                      adds section api (listen 127.0.0.1, port 0, API_TOKENS) to YOTQA_CONFIG
#   api_serve [ARGS…]               yotqa serve in the background: API_PID, API_URL; stopped on exit
#   api_wait_ready [SECONDS]        until /health/ready answers 200
#   api_get PATH [CURL ARGS…]       a GET with API_TOKEN, body to standard output, failing on 4xx/5xx

# api_binary: sets YOTQA to $YOTQA when it is set (a binary built elsewhere, or the release one),
# else builds the debug binary.
api_binary() {
    if [ -n "${YOTQA:-}" ]; then
        [ -x "$YOTQA" ] || { echo "error: YOTQA=$YOTQA is not an executable" >&2; return 1; }
        return 0
    fi
    echo "building yotqa (debug)…"
    # A second try: another build changing sources meanwhile ("modified during the build") fails one.
    local log
    log=$(swift build --product yotqa 2>&1) || log=$(swift build --product yotqa 2>&1) || {
        printf '%s\n' "$log" | grep -E "error" >&2 || printf '%s\n' "$log" | tail -n 20 >&2
        return 1
    }
    YOTQA="$(swift build --show-bin-path)/yotqa"
    [ -x "$YOTQA" ] || { echo "error: the build failed" >&2; return 1; }
}

# api_token NAME ROLE [SERVICE…]: makes a token with `yotqa token new`, sets API_TOKEN to its secret
# and appends its config entry to API_TOKENS (YAML lines for api.tokens).
api_token() {
    local name=$1 role=$2 output
    shift 2
    local services=()
    for service in "$@"; do services+=(--service "$service"); done
    output=$("$YOTQA" token new --name "$name" --role "$role" "${services[@]}")
    API_TOKEN=$(printf '%s\n' "$output" | head -n 1)
    API_TOKENS="${API_TOKENS:-}$(printf '%s\n' "$output" | grep -E '^  ' | sed 's/^/  /')
"
    [[ $API_TOKEN == yotqa_* ]] || { echo "error: yotqa token new printed no token" >&2; return 1; }
}

# api_config: adds section api to YOTQA_CONFIG: loopback, any free port, the tokens made so far.
api_config() {
    [ -n "${YOTQA_CONFIG:-}" ] || { echo "error: YOTQA_CONFIG is not set (use_database)" >&2; return 1; }
    {
        printf 'api:\n  listen: 127.0.0.1\n  port: 0\n  tokens:\n'
        printf '%s' "${API_TOKENS:-}"
    } >>"$YOTQA_CONFIG"
    "$YOTQA" check-config "$YOTQA_CONFIG" >/dev/null
}

# api_serve [ARGS…]: starts `yotqa serve ARGS` in the background with its output in API_DIR, waits
# for "listening on ADDRESS", and sets API_PID and API_URL. The server is stopped on exit, before
# whatever the EXIT trap did already (stopping the cluster).
api_serve() {
    if [ -z "${API_DIR:-}" ]; then
        API_DIR=$(mktemp -d /tmp/yotqa-api.XXXXXX)
        _API_DIR_MADE=1
    fi
    _api_stop_on_exit
    "$YOTQA" serve "$@" >"$API_DIR/serve.out" 2>"$API_DIR/serve.log" &
    API_PID=$!
    local address="" waited=0
    while [ -z "$address" ]; do
        address=$(sed -n 's/^listening on //p' "$API_DIR/serve.out" | head -n 1)
        [ -n "$address" ] && break
        if ! kill -0 "$API_PID" 2>/dev/null || [ "$waited" -ge 600 ]; then
            echo "error: yotqa serve did not start listening; its log:" >&2
            tail -n 30 "$API_DIR/serve.log" >&2
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    API_URL="http://$address"
    echo "yotqa serve (pid $API_PID) listening on $address"
}

# api_wait_ready [SECONDS]: waits until GET /health/ready answers 200 (a cycle has completed and the
# database answers); default 300 seconds.
api_wait_ready() {
    local limit=${1:-300} start=$SECONDS status
    while :; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$API_URL/health/ready" || true)
        [ "$status" = 200 ] && return 0
        if ! kill -0 "$API_PID" 2>/dev/null || [ $((SECONDS - start)) -ge "$limit" ]; then
            echo "error: /health/ready answered $status, not 200, for $((SECONDS - start)) s; the log:" >&2
            tail -n 30 "$API_DIR/serve.log" >&2
            return 1
        fi
        sleep 0.2
    done
}

# api_get PATH [CURL ARGS…]: GET API_URL/PATH with the bearer token API_TOKEN.
api_get() {
    local path=$1
    shift
    curl -sS --fail-with-body -H "Authorization: Bearer $API_TOKEN" "$@" "$API_URL$path"
}

# api_stop: stops the server (SIGTERM, then SIGKILL after 10 seconds) and deletes API_DIR if
# api_serve made it; does nothing when no server runs.
api_stop() {
    [ -n "${API_PID:-}" ] || return 0
    if kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        local tries=0
        while kill -0 "$API_PID" 2>/dev/null && [ "$tries" -lt 100 ]; do
            sleep 0.1
            tries=$((tries + 1))
        done
        kill -KILL "$API_PID" 2>/dev/null || true
    fi
    wait "$API_PID" 2>/dev/null || true
    API_PID=
    if [ -n "${_API_DIR_MADE:-}" ]; then
        rm -rf "$API_DIR"
        API_DIR= _API_DIR_MADE=
    fi
}

# Puts api_stop in front of the EXIT trap already set (cluster_stop), once.
_api_stop_on_exit() {
    local current
    current=$(trap -p EXIT)
    [[ $current == *api_stop* ]] && return 0
    eval "set -- ${current:-trap -- '' EXIT}"
    trap "api_stop${3:+; $3}" EXIT
}
