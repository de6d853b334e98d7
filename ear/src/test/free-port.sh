# Sourced by postgresql.sh and mariadb.sh: free_port prints a port nobody answers on at 127.0.0.1, from the range the
# kernel does not hand out to outgoing connections here, or fails.
free_port() {
    local attempt candidate
    for attempt in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}
