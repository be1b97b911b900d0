#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the `postgres` tests, from Debian's packages.
# Prints `export MOCKINTERVIEW_TEST_PG=postgresql://...` for `eval "$(.ci/postgres.sh)"`; the cluster lives in a temp
# dir owned by the `postgres` user and is stopped by `.ci/postgres.sh stop DIR`. Without root and without the
# packages it prints nothing, and the tests skip saying why.
set -euo pipefail
if [ "${1:-}" = stop ]; then
	bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	su postgres -s /bin/sh -c "$bin/pg_ctl -D '$2/data' -m fast stop" >/dev/null 2>&1 || true
	rm -rf "$2"
	exit 0
fi
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
	if [ "$(id -u)" != 0 ]; then echo "# postgres: not installed and not root; postgres tests will skip" >&2; exit 0; fi
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" != 0 ]; then echo "# postgres: need root to run a cluster as the postgres user; tests will skip" >&2; exit 0; fi
dir=$(mktemp -d -t mockinterview-pg.XXXXXX)  # under $TMPDIR, default /tmp
chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
su postgres -s /bin/sh -c "$bin/initdb -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start" >/dev/null
echo "export MOCKINTERVIEW_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres"
echo "export MOCKINTERVIEW_TEST_PG_DIR=$dir"
