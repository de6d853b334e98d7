#!/usr/bin/env bash
# A MariaDB of the test's own for -Pmariadb: Debian's package (apt-get install mariadb-server), its data folder under
# target/, listening on 127.0.0.1 only, on a port the build chose free. Nothing of the machine's own MariaDB is used.
#   mariadb.sh start FOLDER     — a fresh server on a free port, the user duban (password duban) and its database duban
#                                 (utf8mb4, binary collation: text compares as on Derby and PostgreSQL); writes
#                                 FOLDER/postboot.asadmin, which gives Payara Micro the pool and jdbc/duban
#   mariadb.sh stop FOLDER      — stops the server started there
#   mariadb.sh sql FOLDER FILE  — runs FILE's statements in the database duban as duban (a check by hand)
set -euo pipefail
usage="usage: $0 start FOLDER | stop FOLDER | sql FOLDER FILE"
if [ $# -lt 2 ]; then
    echo "$usage" >&2
    exit 2
fi
command="$1" folder="$2"
if ! command -v mariadbd >/dev/null || ! command -v mariadb-install-db >/dev/null; then
    echo "MariaDB is not installed: apt-get install mariadb-server" >&2
    exit 1
fi
# mariadbd refuses to run as root unless told: the Debian package's own user runs it then
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then owner=mysql; fi
client() {
    mariadb --no-defaults --socket="$folder/mariadb.sock" -u root "$@"
}
case "$command" in
start)
    port=""
    for attempt in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
    if [ -f "$folder/mariadb.pid" ]; then
        kill -9 "$(cat "$folder/mariadb.pid")" 2>/dev/null || true
    fi
    rm -rf "$folder"
    mkdir -p "$folder/data"
    if [ "$(id -u)" = 0 ]; then
        chown -R mysql "$folder"
        if ! runuser -u mysql -- test -w "$folder"; then
            echo "the mysql user cannot reach $folder: every folder above it must be readable by all" >&2
            exit 1
        fi
    fi
    mariadb-install-db --no-defaults --user="$owner" --datadir="$folder/data" --auth-root-authentication-method=socket \
        --skip-test-db >"$folder/install.log" 2>&1
    # setsid: the server outlives the build step that starts it, and is stopped by its pid file
    setsid mariadbd --no-defaults --user="$owner" --datadir="$folder/data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$folder/mariadb.sock" --pid-file="$folder/mariadb.pid" --log-error="$folder/server.log" \
        --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --max-connections=200 \
        --max-allowed-packet=256M --innodb-flush-log-at-trx-commit=2 --innodb-buffer-pool-size=128M </dev/null >/dev/null 2>&1 &
    for attempt in $(seq 1 120); do
        if client -e "SELECT 1" >/dev/null 2>&1; then break; fi
        sleep 0.5
    done
    client -e "SELECT 1" >/dev/null || { echo "MariaDB did not start; see $folder/server.log" >&2; exit 1; }
    client -e "CREATE DATABASE duban CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
        CREATE USER 'duban'@'127.0.0.1' IDENTIFIED BY 'duban';
        GRANT ALL ON duban.* TO 'duban'@'127.0.0.1';"
    echo "$port" >"$folder/port"
    # asadmin takes a colon as a separator of properties: the URL's own are escaped. READ COMMITTED, as Derby's and
    # PostgreSQL's transactions run (InnoDB's default REPEATABLE READ takes gap locks on the deadline watch's inserts)
    cat >"$folder/postboot.asadmin" <<POSTBOOT
create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource --restype javax.sql.DataSource --isolationlevel read-committed --maxpoolsize 32 --isconnectvalidatereq true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection true --property user=duban:password=duban:url=jdbc\\:mariadb\\://127.0.0.1\\:$port/duban dubanPool
create-jdbc-resource --connectionpoolid dubanPool jdbc/duban
POSTBOOT
    echo "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$port, data in $folder/data"
    ;;
stop)
    if [ -f "$folder/mariadb.pid" ]; then
        pid=$(cat "$folder/mariadb.pid")
        kill "$pid" 2>/dev/null || true # already gone: nothing to stop
        for attempt in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    ;;
sql)
    [ $# -ge 3 ] || { echo "$usage" >&2; exit 2; }
    mariadb --no-defaults -h 127.0.0.1 -P "$(cat "$folder/port")" -u duban -pduban duban <"$3"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
