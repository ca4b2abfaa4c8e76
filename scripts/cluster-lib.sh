# Several servers on this machine (docs/deploy.md), as functions: sourced by scripts/cluster.sh (which starts them and
# waits) and scripts/province.sh (which starts them, runs the province bench and stops them). Sources scripts/pg.sh.
#   cluster_start WORKERS [service args]  builds src/Scheduler.Api, starts a throwaway PostgreSQL with a database
#                 "scheduler", one web process (Scheduler:Role=web) on 127.0.0.1:$CLUSTER_PORT (5080) and WORKERS worker
#                 processes (Scheduler:Role=worker, only /health) on the next ports, and waits until each is healthy.
#                 Sets CLUSTER_URL, CLUSTER_CONNECTION, CLUSTER_TOKEN (the office's), CLUSTER_LOGS, CLUSTER_PIDS (web
#                 first, then the workers) and PG_PORT. Settings reach every process through the environment
#                 (Scheduler__…), as in a deployment.
#   cluster_stop  stops every process it started and PostgreSQL (safe to call twice); the caller traps it.
# shellcheck source=scripts/pg.sh
. "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

CLUSTER_PIDS=()
CLUSTER_LOGS=""
CLUSTER_URL=""
CLUSTER_CONNECTION=""
CLUSTER_TOKEN=""
CLUSTER_DLL=""

cluster_stop() {
    local pid
    for pid in "${CLUSTER_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${CLUSTER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    CLUSTER_PIDS=()
    pg_stop
}

# cluster_process ROLE PORT LOG [args]: one process of the built service, configured through the environment.
cluster_process() {
    local role=$1 port=$2 log=$3 servers=$4; shift 4
    if [ "$role" = web ]; then
        Scheduler__OfficeToken="$CLUSTER_TOKEN" ConnectionStrings__Scheduler="$CLUSTER_CONNECTION" Scheduler__Role=web Scheduler__Servers="$servers" \
            ASPNETCORE_ENVIRONMENT=Production dotnet "$CLUSTER_DLL" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
    else
        # A worker needs only the connection string (and its role).
        ConnectionStrings__Scheduler="$CLUSTER_CONNECTION" Scheduler__Role=worker Scheduler__Servers="$servers" \
            ASPNETCORE_ENVIRONMENT=Production dotnet "$CLUSTER_DLL" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
    fi
    CLUSTER_PIDS+=($!)
}

cluster_wait_healthy() {
    local pid=$1 url=$2 log=$3
    for _ in $(seq 1 240); do
        kill -0 "$pid" 2>/dev/null || { echo "error: the process $pid exited; its log $log:" >&2; tail -n 30 "$log" >&2; exit 1; }
        if curl -fsS "$url/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    echo "error: $url was not healthy in 2 minutes; its log $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
}

cluster_start() {
    local workers=$1; shift
    local port=${CLUSTER_PORT:-5080} p i
    command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 2; }
    for p in $(seq "$port" $((port + workers))); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "error: something already listens on 127.0.0.1:$p (set CLUSTER_PORT)" >&2
            exit 2
        fi
    done

    echo "building src/Scheduler.Api (Release)" >&2
    dotnet build src/Scheduler.Api -c Release -nologo -v quiet >&2
    for candidate in src/Scheduler.Api/bin/Release/net10.0/*/Scheduler.Api.dll src/Scheduler.Api/bin/Release/net10.0/Scheduler.Api.dll; do
        if [ -f "$candidate" ]; then CLUSTER_DLL=$candidate; break; fi
    done
    [ -n "$CLUSTER_DLL" ] || { echo "error: the build left no Scheduler.Api.dll" >&2; exit 2; }

    CLUSTER_LOGS=$(mktemp -d /tmp/scheduler-cluster.XXXXXX)
    pg_start
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler
    CLUSTER_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler"
    CLUSTER_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))' 2>/dev/null || head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
    CLUSTER_URL="http://127.0.0.1:$port"

    # The web process first: it applies the migrations and seeds the tokens; the workers then find them done.
    cluster_process web "$port" "$CLUSTER_LOGS/web.log" $((workers + 1)) "$@"
    cluster_wait_healthy "${CLUSTER_PIDS[0]}" "$CLUSTER_URL" "$CLUSTER_LOGS/web.log"
    for i in $(seq 1 "$workers"); do cluster_process worker $((port + i)) "$CLUSTER_LOGS/worker-$i.log" $((workers + 1)) "$@"; done
    for i in $(seq 1 "$workers"); do cluster_wait_healthy "${CLUSTER_PIDS[$i]}" "http://127.0.0.1:$((port + i))" "$CLUSTER_LOGS/worker-$i.log"; done
}
