#!/usr/bin/env bash
# A MariaDB of the test's own for -Pmariadb: Debian's package (apt-get install mariadb-server), its data folder under
# target/, listening on 127.0.0.1 only, on a port the build chose free. Nothing of the machine's own MariaDB is used.
#   mariadb.sh start FOLDER  — a fresh server on a free port, the user duban (password duban) and its database duban
#                              (utf8mb4, binary collation: text compares as on Derby and PostgreSQL); writes
#                              FOLDER/postboot.asadmin, which gives Payara Micro the pool and jdbc/duban
#   mariadb.sh stop FOLDER   — stops the server started there
set -euo pipefail
usage="usage: $0 start FOLDER | stop FOLDER"
if [ $# -lt 2 ]; then
    echo "$usage" >&2
    exit 2
fi
command="$1" folder="$2"
source "$(dirname "$0")/../free-port.sh"
# Debian puts the server's programs in /usr/sbin, outside an ordinary user's PATH
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
install_db=$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)
if [ ! -x "$mariadbd" ] || [ ! -x "$install_db" ]; then
    echo "MariaDB is not installed: apt-get install mariadb-server" >&2
    exit 1
fi
# mariadbd refuses to run as root unless told: the Debian package's own user runs it then; the installer makes an
# account for the user who runs the server's owner, signed in over the socket without a password (root for root)
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then owner=mysql; fi
# a socket's path must stay short (about 107 bytes), whatever the checkout's: it lives in a folder of its own in /tmp
socket_of() {
    cat "$folder/socket" 2>/dev/null || true
}
remove_socket_dir() {
    local socket
    socket=$(socket_of)
    case "$socket" in
    /tmp/duban-mariadb.*/mariadb.sock) rm -rf "$(dirname "$socket")" ;;
    esac
}
client() {
    mariadb --no-defaults --socket="$(socket_of)" -u "$(id -un)" "$@"
}
# the server started in $folder, if it still runs: its pid file names a mariadbd on this data folder
running_pid() {
    local pid
    pid=$(cat "$folder/mariadb.pid" 2>/dev/null) || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "mariadbd.*--datadir=$folder/data" && echo "$pid"
}
stop_server() {
    local pid attempt
    pid=$(running_pid) || return 0 # not running: nothing to stop
    kill "$pid"
    for attempt in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    echo "MariaDB (pid $pid) did not stop in 60 s; killed" >&2
    kill -9 "$pid" 2>/dev/null || true
}
case "$command" in
start)
    port=$(free_port)
    stop_server
    remove_socket_dir
    rm -rf "$folder"
    mkdir -p "$folder/data"
    socket_dir=$(mktemp -d /tmp/duban-mariadb.XXXXXX)
    echo "$socket_dir/mariadb.sock" >"$folder/socket"
    if [ "$(id -u)" = 0 ]; then
        chown -R mysql "$folder" "$socket_dir"
        if ! runuser -u mysql -- test -w "$folder"; then
            echo "the mysql user cannot reach $folder: every folder above it must be readable by all" >&2
            exit 1
        fi
    fi
    "$install_db" --no-defaults --user="$owner" --datadir="$folder/data" --auth-root-authentication-method=socket \
        --skip-test-db >"$folder/install.log" 2>&1 || { echo "mariadb-install-db failed; see $folder/install.log" >&2; exit 1; }
    # setsid: the server outlives the build step that starts it, and is stopped by its pid file
    setsid "$mariadbd" --no-defaults --user="$owner" --datadir="$folder/data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$(socket_of)" --pid-file="$folder/mariadb.pid" --log-error="$folder/server.log" \
        --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --max-connections=200 \
        --max-allowed-packet=256M --innodb-flush-log-at-trx-commit=2 --innodb-buffer-pool-size=128M \
        </dev/null >/dev/null 2>&1 &
    server=$!
    for attempt in $(seq 1 120); do
        if client -e "SELECT 1" >/dev/null 2>&1 || ! kill -0 "$server" 2>/dev/null; then break; fi
        sleep 0.5
    done
    if ! client -e "SELECT 1" >/dev/null 2>&1; then
        echo "MariaDB did not start; see $folder/server.log" >&2
        stop_server
        exit 1
    fi
    client -e "CREATE DATABASE duban CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
        CREATE USER 'duban'@'127.0.0.1' IDENTIFIED BY 'duban';
        GRANT ALL ON duban.* TO 'duban'@'127.0.0.1';"
    echo "$port" >"$folder/port"
    # asadmin takes a colon as a separator of properties: the URL's own are escaped. READ COMMITTED, as Duban requires
    # on MariaDB (SchemaMigration.Scripts: under REPEATABLE READ a year's first number would wait for its own lock)
    cat >"$folder/postboot.asadmin" <<POSTBOOT
create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource --restype javax.sql.DataSource --isolationlevel read-committed --steadypoolsize 8 --maxpoolsize 32 --isconnectvalidatereq true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection true --property user=duban:password=duban:url=jdbc\\:mariadb\\://127.0.0.1\\:$port/duban dubanPool
create-jdbc-resource --connectionpoolid dubanPool jdbc/duban
POSTBOOT
    echo "MariaDB $("$mariadbd" --version | awk '{print $3}') on 127.0.0.1:$port, data in $folder/data"
    ;;
stop)
    stop_server
    remove_socket_dir
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
