#!/usr/bin/env bash
# A PostgreSQL of the test's own for -Ppostgresql: Debian's package (apt-get install postgresql), its data folder under
# target/, listening on 127.0.0.1 only, on a port the build chose free. Nothing of the machine's own PostgreSQL is used.
# It runs with fsync=off (the tests need no durability across a power cut), unless PG_FSYNC=on (the benchmarks).
#   postgresql.sh start FOLDER   — a fresh cluster on a free port, the user duban (password duban) and its databases
#                                  duban (the Payara Micro tests; a test's own server makes its own with database);
#                                  writes FOLDER/postboot.asadmin, which gives Payara Micro the pool and jdbc/duban
#   postgresql.sh stop FOLDER    — stops the cluster started there
#   postgresql.sh resume FOLDER  — starts it again on the same port with the same data (after stop: an outage's end)
#   postgresql.sh database FOLDER NAME... — for each NAME (words; none is fine) a new empty database owned by duban,
#                                  and FOLDER/NAME.postboot.asadmin giving it to Payara Micro (a test's or bench's own)
#   postgresql.sh dump FOLDER NAME — pg_dump -Fc of the database NAME into FOLDER/NAME.dump, as the README says
#   postgresql.sh restore FOLDER DUMP NAME — a new database NAME (as database does) filled from FOLDER/DUMP.dump by
#                                  pg_restore, its objects owned by duban
set -euo pipefail
usage="usage: $0 start FOLDER | stop FOLDER | resume FOLDER | database FOLDER NAME... | dump FOLDER NAME | restore FOLDER DUMP NAME"
if [ $# -lt 2 ]; then
    echo "$usage" >&2
    exit 2
fi
command="$1" folder="$2"
source "$(dirname "$0")/../free-port.sh"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed: apt-get install postgresql" >&2
    exit 1
fi
# PostgreSQL refuses to run as root: the Debian package's own user runs it then
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# the server of the cluster in $folder, on $1, listening on loopback only
run_server() {
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $1 -c unix_socket_directories= -c max_connections=200 -c fsync=${PG_FSYNC:-off}" start >/dev/null
}
# FILE: the Payara Micro postboot commands giving jdbc/duban on the database NAME — a pool that checks each connection
# it hands out and drops them all on a failure, so that the server recovers by itself when the database is back
postboot() {
    cat >"$2" <<POSTBOOT
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --maxpoolsize 32 --isconnectvalidatereq true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection true --property serverName=127.0.0.1:portNumber=$(cat "$folder/port"):databaseName=$1:user=duban:password=duban:connectTimeout=3 dubanPool
create-jdbc-resource --connectionpoolid dubanPool jdbc/duban
POSTBOOT
}
# a new empty database $1 owned by duban (an older one of that name dropped), and its postboot file
new_database() {
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$(cat "$folder/port")" -U postgres -d postgres \
        -c "DROP DATABASE IF EXISTS \"$1\"" -c "CREATE DATABASE \"$1\" OWNER duban ENCODING 'UTF8'"
    postboot "$1" "$folder/$1.postboot.asadmin"
}
case "$command" in
start)
    port=$(free_port)
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
    run_server "$port"
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE USER duban PASSWORD 'duban'" -c "CREATE DATABASE duban OWNER duban ENCODING 'UTF8'"
    echo "$port" >"$folder/port"
    postboot duban "$folder/postboot.asadmin"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $folder/data"
    ;;
stop)
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true # already gone: nothing to stop
    fi
    ;;
resume)
    run_server "$(cat "$folder/port")"
    ;;
database)
    for name in ${*:3}; do
        new_database "$name"
    done
    ;;
dump)
    [ $# -ge 3 ] || { echo "$usage" >&2; exit 2; }
    as_owner "$bin/pg_dump" -h 127.0.0.1 -p "$(cat "$folder/port")" -U postgres -Fc -f "$folder/$3.dump" "$3"
    ;;
restore)
    [ $# -ge 4 ] || { echo "$usage" >&2; exit 2; }
    new_database "$4"
    as_owner "$bin/pg_restore" -h 127.0.0.1 -p "$(cat "$folder/port")" -U postgres -d "$4" --no-owner --role=duban \
        "$folder/$3.dump"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
