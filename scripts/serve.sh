#!/usr/bin/env bash
# Runs the service locally: a throwaway PostgreSQL (scripts/pg.sh) with a database "scheduler", then the API on
# http://127.0.0.1:5080 (SERVE_PORT to change) with a freshly generated office token, printed with the URLs.
# Ctrl+C stops the service and the cluster, and removes the cluster's data.
# Usage: scripts/serve.sh   (extra arguments go to the service, e.g. --Scheduler:AnnualTimeLimitSeconds=20)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh

PORT=${SERVE_PORT:-5080}
URL="http://127.0.0.1:$PORT"
API_PID=""

command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 2; }
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "error: something already listens on 127.0.0.1:$PORT (set SERVE_PORT)" >&2
    exit 2
fi

echo "building src/Scheduler.Api (Release)" >&2
dotnet build src/Scheduler.Api -c Release -nologo -v quiet >&2
DLL=""
for candidate in src/Scheduler.Api/bin/Release/net10.0/*/Scheduler.Api.dll src/Scheduler.Api/bin/Release/net10.0/Scheduler.Api.dll; do
    if [ -f "$candidate" ]; then DLL=$candidate; break; fi
done
[ -n "$DLL" ] || { echo "error: the build left no Scheduler.Api.dll" >&2; exit 2; }

stop_all() {
    trap - EXIT INT TERM
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    pg_stop
    echo "stopped the service and PostgreSQL" >&2
}
trap stop_all EXIT
trap 'exit 130' INT TERM

pg_start
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler"
TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))' 2>/dev/null || head -c 32 /dev/urandom | base64 | tr -d '/+=\n')

ConnectionStrings__Scheduler="$CONNECTION" Scheduler__OfficeToken="$TOKEN" ASPNETCORE_ENVIRONMENT=Development \
    dotnet "$DLL" --urls "$URL" "$@" &
API_PID=$!

# Wait until /health answers 200 (migrated, office token seeded), or the service dies.
for _ in $(seq 1 120); do
    kill -0 "$API_PID" 2>/dev/null || { echo "error: the service exited" >&2; exit 1; }
    if curl -fsS "$URL/health" >/dev/null 2>&1; then break; fi
    sleep 0.5
done

cat <<INFO

  Scheduler service on $URL  (PostgreSQL: $CONNECTION)
  office token:  $TOKEN
  API reference: $URL/scalar          OpenAPI: $URL/openapi/v1.json
  sign in:       $URL/signin          (paste a token; the pages and the dashboard then use the session cookie)
  Hangfire:      $URL/hangfire        (office only: sign in at /signin with the office token first,
                                       or send "Authorization: Bearer <office token>")
  health:        $URL/health
  try:           curl -H "Authorization: Bearer $TOKEN" -X POST $URL/api/tokens -d '{"department":"SCJG"}'

  Ctrl+C stops the service and PostgreSQL.

INFO
wait "$API_PID"
