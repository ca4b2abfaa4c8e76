# A throwaway PostgreSQL cluster, sourced by scripts/test.sh and scripts/serve.sh (see ../shared/NOTES.md,
# "PostgreSQL in tests"): a fresh data folder under /tmp, 127.0.0.1 on a port of our own (the first free one from
# 55432), trust auth, fsync off. initdb refuses root, so as root the cluster belongs to the postgres OS user.
#   pg_start   installs Debian's postgresql when no initdb is found (as root), starts the cluster and sets
#              PG_BIN, PG_DATA, PG_PORT and PG_CONNECTION (an Npgsql connection string to the postgres database)
#   pg_stop    stops the cluster and removes its folder (safe to call twice); the caller traps it
PG_DATA=""
PG_BIN=""
PG_PORT=""
PG_CONNECTION=""

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_find_bin() {
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$initdb" ] && dirname "$initdb"
}

pg_stop() {
    if [ -n "$PG_DATA" ] && [ -d "$PG_DATA" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DATA"
    fi
    PG_DATA=""
}

pg_start() {
    PG_BIN=$(pg_find_bin || true)
    if [ -z "$PG_BIN" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "error: PostgreSQL server binaries are missing; install them: apt-get install -y postgresql" >&2
            exit 2
        fi
        echo "installing PostgreSQL (apt-get install -y postgresql)" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(pg_find_bin || true)
        [ -n "$PG_BIN" ] || { echo "error: apt-get installed no initdb" >&2; exit 2; }
    fi

    # A port nobody answers on: a cluster left by an earlier run (or another checkout's run) keeps its own.
    local port
    for port in $(seq 55432 55451); do
        if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres >/dev/null 2>&1; then break; fi
    done

    PG_DATA=$(mktemp -d /tmp/scheduler-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DATA.initdb.log" 2>&1 \
        || { cat "$PG_DATA.initdb.log" >&2; exit 2; }
    rm -f "$PG_DATA.initdb.log"
    # Sockets go in the data folder (the postgres user owns it); clients use TCP on 127.0.0.1.
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 30 \
        -o "-p $port -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        echo "error: PostgreSQL did not start:" >&2
        cat "$PG_DATA/server.log" >&2 || true
        exit 2
    fi
    PG_PORT=$port
    PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DATA)" >&2
}
