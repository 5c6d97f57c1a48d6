#!/usr/bin/env bash
# A throwaway PostgreSQL for the test suite, from Debian's packages: a cluster in a temporary folder, listening on
# loopback only, with a test user and database. CI (.ci/run) starts one so the PostgreSQL transcript tests always run.
#   scripts/ci/test-postgres.sh start DIR   installs postgresql if missing, starts a cluster in DIR, prints its JDBC URL
#   scripts/ci/test-postgres.sh stop DIR    stops it (the folder can then be removed)
# Tests read the URL from COHOST_TEST_POSTGRES_URL; without it they say they skipped.
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?a folder for the cluster}

pg_bin() {
  local d; d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$d" ] && echo "$d"
}

# initdb and the server refuse to run as root: run them as the postgres user the package creates (or as ourselves).
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    if ! bin=$(pg_bin); then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq postgresql >/dev/null
      bin=$(pg_bin)
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE USER cohost_test PASSWORD 'cohost_test'" -c "CREATE DATABASE cohost_test OWNER cohost_test" >&2
    echo "jdbc:postgresql://127.0.0.1:$port/cohost_test?user=cohost_test&password=cohost_test"
    ;;
  stop)
    bin=$(pg_bin) || exit 0
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
