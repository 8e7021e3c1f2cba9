#!/usr/bin/env bash
# Make sure the PostgreSQL server of the test run answers, with a role that may create the
# test database. Usage: scripts/ensure-postgres.sh postgres://USER:PASSWORD@HOST:PORT/NAME
#
# When nothing answers and this runs as root, Debian's server is installed if missing and its
# cluster started, listening on loopback and the local socket only. The role is created, or
# given the right to create databases, by connecting as the postgres superuser.
set -euo pipefail
cd "$(dirname "$0")/.."

url=${1:?"Usage: $0 postgres://USER:PASSWORD@HOST:PORT/NAME"}
python=${PYTHON:-.venv/bin/python}
pattern='^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+)(:([0-9]+))?/([^?]+)$'
if [[ ! "$url" =~ $pattern ]]; then
    echo "Not a PostgreSQL address of the form postgres://USER:PASSWORD@HOST:PORT/NAME: $url" >&2
    exit 2
fi
role=${BASH_REMATCH[2]}
password=${BASH_REMATCH[4]}
host=${BASH_REMATCH[5]}
port=${BASH_REMATCH[7]:-5432}

fail() {
    echo "PostgreSQL is needed for the second half of the test run, and $1" >&2
    echo "Start a server and point the run at it with" >&2
    echo "    make test PG_TEST_URL=postgres://USER:PASSWORD@HOST:PORT/newsroom" >&2
    echo "or run make test as root to have it installed and started here (docs/testing.md)." >&2
    exit 1
}

answers() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$host" -p "$port"
    else
        (: <"/dev/tcp/$host/$port") 2>/dev/null
    fi
}

wait_until_it_answers() {
    local attempt
    for attempt in $(seq 1 60); do
        answers && return 0
        sleep 0.5
    done
    return 1
}

# The role may log in and create databases (pytest-django creates test_<NAME> and drops it).
role_is_ready() {
    "$python" - "$url" <<'PYTHON' 2>/dev/null
import sys

import dj_database_url
import psycopg

settings = dj_database_url.parse(sys.argv[1])
with psycopg.connect(
    dbname="postgres",
    user=settings["USER"],
    password=settings["PASSWORD"] or None,
    host=settings["HOST"],
    port=settings["PORT"] or 5432,
    connect_timeout=5,
) as connection:
    row = connection.execute(
        "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
sys.exit(0 if row and row[0] else 1)
PYTHON
}

start_debian_cluster() {
    if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
        scripts/apt-install.sh postgresql
    fi
    local version cluster
    read -r version cluster < <(
        pg_lsclusters --no-header 2>/dev/null | awk -v port="$port" '$3 == port {print $1, $2; exit}'
    ) || true
    if [ -z "${cluster:-}" ]; then
        version=$(basename "$(ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1)")
        cluster=main
        if [ -d "/etc/postgresql/$version/$cluster" ]; then
            cluster=newsroom
        fi
        echo "Creating the PostgreSQL $version cluster '$cluster' on port $port."
        pg_createcluster --port "$port" "$version" "$cluster" >/dev/null
    fi
    if pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
        return 0
    fi
    echo "Starting the PostgreSQL $version cluster '$cluster' on port $port (loopback only)."
    pg_ctlcluster --skip-systemctl-redirect -o "-c listen_addresses=localhost" \
        "$version" "$cluster" start
}

as_superuser() {
    # Over TCP where the server trusts local connections, else over the socket as postgres.
    if command -v psql >/dev/null 2>&1 \
        && psql -X -q -w -h "$host" -p "$port" -U postgres -d postgres -c "SELECT 1" >/dev/null 2>&1; then
        psql -X -q -w -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres -d postgres "$@"
    elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && command -v psql >/dev/null 2>&1; then
        (cd /tmp && su postgres -s /bin/sh -c \
            "psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres $(printf '%q ' "$@")")
    else
        return 1
    fi
}

if ! answers; then
    case "$host" in
        127.0.0.1 | localhost | ::1) ;;
        *) fail "nothing answers at $host:$port." ;;
    esac
    if [ "$(id -u)" -ne 0 ]; then
        fail "nothing answers at $host:$port; only root can install or start a server here."
    fi
    start_debian_cluster
    wait_until_it_answers || fail "the server started here does not answer at $host:$port."
fi

if role_is_ready; then
    exit 0
fi

echo "Giving the role '$role' the right to log in and create databases."
sql="SELECT format('CREATE ROLE %I', :'role')
      WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \\gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', NULLIF(:'password', ''))
\\gexec"
if ! as_superuser -v role="$role" -v password="$password" <<<"$sql"; then
    fail "the role '$role' cannot create databases, and the postgres superuser is out of reach."
fi
role_is_ready || fail "the role '$role' still cannot connect to $host:$port or create databases."
