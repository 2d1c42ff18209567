# Sourced by .ci/run: a throwaway PostgreSQL server in a temp dir, listening on 127.0.0.1 only.
# initdb refuses to run as root, so the cluster belongs to an unprivileged user when we are root.

start_postgres() {
  PGDATA_CI=$(mktemp -d /tmp/privmap-pg.XXXXXX)
  PGPORT_CI=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  local run_as=()
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PGDATA_CI"
    run_as=(runuser -u postgres --)
  fi
  PG_RUN_AS=("${run_as[@]}")
  # Trust auth for the superuser on loopback; the tests create their own roles with passwords.
  "${run_as[@]}" initdb -D "$PGDATA_CI/data" -U privmap --auth=trust -E UTF8 >/dev/null
  "${run_as[@]}" pg_ctl -D "$PGDATA_CI/data" -l "$PGDATA_CI/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT_CI -k $PGDATA_CI -c password_encryption=scram-sha-256" start >/dev/null
  # Password logins for non-superuser roles (the fault tests need a wrong password to fail).
  printf 'host all privmap 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n' >"$PGDATA_CI/data/pg_hba.conf"
  "${run_as[@]}" pg_ctl -D "$PGDATA_CI/data" reload >/dev/null
  export PGPORT_CI
  echo "PostgreSQL $("${run_as[@]}" pg_ctl --version | awk '{print $3}') on 127.0.0.1:$PGPORT_CI"
}

stop_postgres() {
  if [ -n "${PGDATA_CI:-}" ] && [ -d "$PGDATA_CI/data" ]; then
    "${PG_RUN_AS[@]}" pg_ctl -D "$PGDATA_CI/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_CI"
  fi
}
