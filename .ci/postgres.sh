#!/usr/bin/env bash
# Start a throw-away PostgreSQL 15 (Debian's) in DIR: initdb with a C.UTF-8 ctype (pg_trgm and our text
# need it), listening on 127.0.0.1:PORT only, trust auth, superuser "archive" (Django's tests create their
# own database). Prints the DATABASE_URL. Stop it with: .ci/postgres.sh stop DIR
# As root, the server runs as the "postgres" system user (initdb refuses root).
set -euo pipefail
cmd="$1"; dir="$2"; port="${3:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod o+x "$(dirname "$dir")"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U archive --auth=trust --locale=C.UTF-8 -E UTF8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U archive archive
    echo "postgres://archive@127.0.0.1:$port/archive"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
esac
