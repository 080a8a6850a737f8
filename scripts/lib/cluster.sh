# A throwaway PostgreSQL cluster for the demo, the tests and the benchmarks. Source this file.
#
# postgres refuses to run as root, so the cluster belongs to the `postgres` user and runs through
# runuser; it listens on 127.0.0.1 only, on a free port, with its socket in its own directory.
# fsync and friends are off: the data are thrown away, so durability buys nothing here. Never copy
# these settings to a real server.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

# cluster_start: sets CLUSTER_DIR, CLUSTER_PORT and CLUSTER_CONNINFO, and stops the cluster on exit.
cluster_start() {
    [ -x "$PG_BIN/initdb" ] || { echo "error: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
    CLUSTER_DIR=$(mktemp -d /tmp/yotqa-pg.XXXXXX)
    chown postgres:postgres "$CLUSTER_DIR"
    chmod 700 "$CLUSTER_DIR"
    CLUSTER_PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    trap cluster_stop EXIT
    # runuser from a directory postgres cannot read prints "could not change directory".
    (cd / && runuser -u postgres -- "$PG_BIN/initdb" -D "$CLUSTER_DIR/data" -A trust -U postgres -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$CLUSTER_DIR/initdb.log" 2>&1) \
        || { cat "$CLUSTER_DIR/initdb.log" >&2; return 1; }
    cluster_resume || return 1
    CLUSTER_CONNINFO="host=127.0.0.1 port=$CLUSTER_PORT user=postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$CLUSTER_PORT ($CLUSTER_DIR)"
}

# cluster_pause: stops the server (fast: sessions are ended, transactions rolled back), keeping
# its data; cluster_resume starts it again on the same port. For the fault suite.
cluster_pause() {
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null)
}

cluster_resume() {
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-k $CLUSTER_DIR -p $CLUSTER_PORT -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=500 \
            -c shared_buffers=256MB -c maintenance_work_mem=512MB -c work_mem=64MB \
            -c max_wal_size=4GB -c wal_level=minimal -c max_wal_senders=0" start >/dev/null) \
        || { cat "$CLUSTER_DIR/server.log" >&2; return 1; }
}

cluster_stop() {
    [ -n "${CLUSTER_DIR:-}" ] || return 0
    if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
        (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate -w stop >/dev/null 2>&1)
    fi
    rm -rf "$CLUSTER_DIR"
    CLUSTER_DIR=
}
