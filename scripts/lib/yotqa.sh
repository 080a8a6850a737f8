# Building yotqa and pointing it at a throwaway cluster's database. Source after cluster.sh.

# build_release: builds the release binary and sets YOTQA to its path. The Swift runtime and
# Foundation are linked statically: about 3.5 MB less resident memory and a quarter more API
# throughput than loading them as shared libraries (measured with scripts/bench/api).
build_release() {
    echo "building yotqa (release)…"
    swift build -c release --static-swift-stdlib --product yotqa 2>&1 \
        | grep -E "error|Compiling yotqa|Build complete" || true
    YOTQA="$(swift build -c release --show-bin-path)/yotqa"
    [ -x "$YOTQA" ] || { echo "error: the build failed" >&2; return 1; }
}

# use_database NAME: creates database NAME in the running cluster, writes a config for it, exports
# YOTQA_CONFIG, and creates schemas yotqa (migrate) and yot (the contract).
use_database() {
    local name=$1
    runuser -u postgres -- psql -q -h 127.0.0.1 -p "$CLUSTER_PORT" -d postgres -c "CREATE DATABASE $name"
    cat >"$CLUSTER_DIR/yotqa.yaml" <<YAML
# A throwaway cluster's database; no password (trust on loopback).
database:
  conninfo: "$CLUSTER_CONNINFO dbname=$name"
paths:
  sql: $PWD/sql
log:
  level: notice
YAML
    export YOTQA_CONFIG="$CLUSTER_DIR/yotqa.yaml"
    "$YOTQA" check-config "$YOTQA_CONFIG"
    "$YOTQA" migrate
    "$YOTQA" init-contract
}
