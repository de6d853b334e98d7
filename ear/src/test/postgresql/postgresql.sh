#!/usr/bin/env bash
# A PostgreSQL of the test's own for -Ppostgresql: Debian's package (apt-get install postgresql), its data folder under
# target/, listening on 127.0.0.1 only, on a port the build chose free. Nothing of the machine's own PostgreSQL is used.
#   postgresql.sh start FOLDER   — a fresh cluster on a free port, the user duban (password duban) and its databases
#                                  duban (the Payara Micro tests) and duban_glassfish (the EAR on GlassFish);
#                                  writes FOLDER/postboot.asadmin, which gives Payara Micro the pool and jdbc/duban
#   postgresql.sh stop FOLDER    — stops the cluster started there
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 start FOLDER | stop FOLDER" >&2
    exit 2
fi
command="$1" folder="$2"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed: apt-get install postgresql" >&2
    exit 1
fi
# PostgreSQL refuses to run as root: the Debian package's own user runs it then
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
start)
    # a port nobody answers on, from the range the kernel does not hand out to outgoing connections here
    port=""
    for attempt in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    mkdir -p "$folder"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$folder"
        if ! runuser -u postgres -- test -w "$folder"; then
            echo "the postgres user cannot reach $folder: every folder above it must be readable by all" >&2
            exit 1
        fi
    fi
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories= -c max_connections=200 -c fsync=off" start >/dev/null
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE USER duban PASSWORD 'duban'" -c "CREATE DATABASE duban OWNER duban ENCODING 'UTF8'" \
        -c "CREATE DATABASE duban_glassfish OWNER duban ENCODING 'UTF8'"
    cat >"$folder/postboot.asadmin" <<POSTBOOT
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --maxpoolsize 32 --property serverName=127.0.0.1:portNumber=$port:databaseName=duban:user=duban:password=duban dubanPool
create-jdbc-resource --connectionpoolid dubanPool jdbc/duban
POSTBOOT
    echo "$port" >"$folder/port"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $folder/data"
    ;;
stop)
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true # already gone: nothing to stop
    fi
    ;;
*)
    echo "usage: $0 start FOLDER | stop FOLDER" >&2
    exit 2
    ;;
esac
