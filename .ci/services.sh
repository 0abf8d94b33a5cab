# shellcheck shell=bash
# .ci/services.sh — throwaway PostgreSQL + Elasticsearch for CI.
#
# Usage (from .ci/run or an interactive shell):
#
#     source .ci/services.sh
#
# After sourcing:
#     DATABASE_URL       postgres://postgres@127.0.0.1:<port>/lombardy
#     ELASTICSEARCH_URL  http://127.0.0.1:<port>
#     REDIS_URL          redis://127.0.0.1:<port>/0 (only when Debian's redis-server installs)
#     VARNISH_URL        http://127.0.0.1:<port>, Varnish (Debian's varnish) with deploy/varnish/default.vcl,
#     VARNISH_BACKEND_PORT  whose backend is 127.0.0.1:<this port>, where tests/pagecache serves the site
#                        (only when Debian's varnish installs)
#     AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_S3_REGION_NAME
#                        moto's S3 server (from the dev venv, when .venv/bin/moto_server exists);
#     CI_S3_BUCKET       a bucket created there. AWS_STORAGE_BUCKET_NAME is left unset, so the
#                        tests keep local files; the production smoke and scale-out test set it.
#     CI_SERVICES_DIR    temp dir holding the PG data dir, the ES install and logs
#     ci_services_stop   function that stops every service and removes CI_SERVICES_DIR;
#                        it is also registered on EXIT (chained with any EXIT trap
#                        already set by the caller). Safe to call more than once.
#
# Optional knobs (environment):
#     CI_PG_PORT=54329  CI_ES_PORT=9250   first port to try (next free one is used)
#     CI_SERVICES_TIMEOUT=120             seconds to wait for each service to be healthy
#     CI_SKIP_APT=1                       never call apt-get
#     ES_JAVA_HOME=/path/to/jdk           JDK (>= 17) to run Elasticsearch with
#
# On failure it prints the service logs, stops what it started and exits non-zero.
#
# The script only defines functions and variables prefixed with ci_/_ci_/CI_ and
# does not change the caller's shell options (set -e/-u/-o pipefail are all fine).

CI_ES_VERSION="${CI_ES_VERSION:-8.19.21}"
CI_ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${CI_ES_VERSION}:zip"
CI_CACHE_DIR="${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/lombardy-ci"

_ci_log() { printf '[services] %s\n' "$*" >&2; }

# Seconds (1 decimal) since $1, an ${EPOCHREALTIME} value.
_ci_since() {
    local now="${EPOCHREALTIME/[.,]/}" then="${1/[.,]/}"
    local ds=$(( (now - then) / 100000 ))
    echo "$((ds / 10)).$((ds % 10))s"
}

_ci_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        _ci_log "need root for: $*"; return 1
    fi
}

# Run a command as $1 (only switches user when we are root).
_ci_as_user() {
    local user="$1"; shift
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

_ci_pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

_ci_port_busy() { (: >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_ci_free_port() {
    local port="$1" last=$(( $1 + 50 ))
    while [ "$port" -le "$last" ]; do
        if ! _ci_port_busy "$port"; then echo "$port"; return 0; fi
        port=$((port + 1))
    done
    _ci_log "no free port in $1..$last"; return 1
}

ci_services_install() {
    local missing=() p
    # pango and fonts: WeasyPrint's runtime (home/pdf.py prints booklets and dossiers); DejaVu covers
    # Latin and Arabic, WenQuanYi Chinese and IPA Japanese, whose PDFs would otherwise print empty boxes.
    for p in postgresql chromium gettext unzip curl libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
        fonts-wqy-microhei fonts-ipafont-gothic; do
        _ci_pkg_installed "$p" || missing+=("$p")
    done
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
    command -v java >/dev/null 2>&1 || [ -n "${ES_JAVA_HOME:-}" ] || missing+=(openjdk-17-jre-headless)
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ -n "${CI_SKIP_APT:-}" ]; then
        _ci_log "missing packages (CI_SKIP_APT set): ${missing[*]}"; return 1
    fi
    _ci_log "installing: ${missing[*]}"
    _ci_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    _ci_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null || return 1
}

# Redis is optional: the site works without it, and tests that need it skip locally.
_ci_redis_install() {
    command -v redis-server >/dev/null 2>&1 && return 0
    [ -n "${CI_SKIP_APT:-}" ] && return 1
    _ci_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends redis-server >/dev/null 2>&1
}

# ---------------------------------------------------------------------- Redis
_ci_redis_start() {
    _ci_redis_install || { _ci_log "redis-server did not install: REDIS_URL stays unset"; return 0; }
    CI_REDIS_PORT="$(_ci_free_port "${CI_REDIS_PORT:-6389}")" || return 1
    # No persistence, loopback only; --daemonize no under our own background job, so we hold its pid.
    (redis-server --port "$CI_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
        --dir "$CI_SERVICES_DIR" --logfile "$CI_SERVICES_DIR/redis.log" </dev/null >/dev/null 2>&1 &
        echo $! >"$CI_SERVICES_DIR/redis.pid")
    CI_REDIS_PID="$(cat "$CI_SERVICES_DIR/redis.pid")"
    local deadline=$((SECONDS + 20))
    until redis-cli -p "$CI_REDIS_PORT" ping >/dev/null 2>&1; do
        [ "$SECONDS" -ge "$deadline" ] && { _ci_log "Redis not ready"; cat "$CI_SERVICES_DIR/redis.log" >&2; return 1; }
        sleep 0.2
    done
    export REDIS_URL="redis://127.0.0.1:${CI_REDIS_PORT}/0"
}

# -------------------------------------------------------------------- Varnish
# Optional like Redis: the site works without it, and tests that need it skip locally (fail in CI).
_ci_varnish_install() {
    command -v varnishd >/dev/null 2>&1 && return 0
    [ -n "${CI_SKIP_APT:-}" ] && return 1
    _ci_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends varnish >/dev/null 2>&1
}

_ci_varnish_start() {
    _ci_varnish_install || { _ci_log "varnish did not install: VARNISH_URL stays unset"; return 0; }
    CI_VARNISH_PORT="$(_ci_free_port "${CI_VARNISH_PORT:-6091}")" || return 1
    CI_VARNISH_BACKEND_PORT="$(_ci_free_port "${CI_VARNISH_BACKEND_PORT:-8091}")" || return 1
    # The production VCL, pointed at the port where the tests serve the site.
    sed "s/\.port = \"8000\"/.port = \"$CI_VARNISH_BACKEND_PORT\"/" deploy/varnish/default.vcl \
        >"$CI_SERVICES_DIR/varnish.vcl" || return 1
    # varnishd daemonizes and writes the manager's pid; -n keeps its working files in our temp dir.
    varnishd -a "127.0.0.1:$CI_VARNISH_PORT" -f "$CI_SERVICES_DIR/varnish.vcl" -n "$CI_SERVICES_DIR/varnish" \
        -s malloc,64m -P "$CI_SERVICES_DIR/varnish.pid" >"$CI_SERVICES_DIR/varnish.log" 2>&1 \
        || { cat "$CI_SERVICES_DIR/varnish.log" >&2; return 1; }
    CI_VARNISH_PID="$(cat "$CI_SERVICES_DIR/varnish.pid")"
    local deadline=$((SECONDS + 20))
    # Any HTTP answer will do (503 while no backend listens).
    until curl -sS -o /dev/null "http://127.0.0.1:$CI_VARNISH_PORT/" 2>/dev/null; do
        [ "$SECONDS" -ge "$deadline" ] && { _ci_log "Varnish not ready"; cat "$CI_SERVICES_DIR/varnish.log" >&2; return 1; }
        sleep 0.2
    done
    export VARNISH_URL="http://127.0.0.1:${CI_VARNISH_PORT}" VARNISH_BACKEND_PORT="$CI_VARNISH_BACKEND_PORT"
}

# ------------------------------------------------------------ S3 (moto server)
_ci_s3_start() {
    local moto="${CI_MOTO_SERVER:-$PWD/.venv/bin/moto_server}"
    [ -x "$moto" ] || { _ci_log "no $moto (make install-dev first): S3 stays unset"; return 0; }
    CI_S3_PORT="$(_ci_free_port "${CI_S3_PORT:-5059}")" || return 1
    ("$moto" -H 127.0.0.1 -p "$CI_S3_PORT" </dev/null >"$CI_SERVICES_DIR/moto.log" 2>&1 &
        echo $! >"$CI_SERVICES_DIR/moto.pid")
    CI_S3_PID="$(cat "$CI_SERVICES_DIR/moto.pid")"
    export AWS_S3_ENDPOINT_URL="http://127.0.0.1:${CI_S3_PORT}" AWS_ACCESS_KEY_ID=ci AWS_SECRET_ACCESS_KEY=ci \
        AWS_S3_REGION_NAME=us-east-1 CI_S3_BUCKET=lombardy-ci
    local deadline=$((SECONDS + 30))
    # moto accepts any credentials: a plain PUT creates the bucket.
    until curl -fsS -o /dev/null -X PUT "$AWS_S3_ENDPOINT_URL/$CI_S3_BUCKET" 2>/dev/null; do
        [ "$SECONDS" -ge "$deadline" ] && { _ci_log "moto S3 not ready"; cat "$CI_SERVICES_DIR/moto.log" >&2; return 1; }
        sleep 0.3
    done
}

# ---------------------------------------------------------------- PostgreSQL
_ci_pg_start() {
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
    [ -x "$bindir/initdb" ] || { _ci_log "initdb not found under /usr/lib/postgresql"; return 1; }
    CI_PG_BIN="$bindir"
    CI_PG_USER=postgres
    [ "$(id -u)" -eq 0 ] || CI_PG_USER="$(id -un)"
    CI_PG_DATA="$CI_SERVICES_DIR/pg/data"
    CI_PG_LOG="$CI_SERVICES_DIR/pg/postgresql.log"
    CI_PG_PORT="$(_ci_free_port "${CI_PG_PORT:-54329}")" || return 1

    mkdir -p "$CI_SERVICES_DIR/pg"
    [ "$(id -u)" -eq 0 ] && chown "$CI_PG_USER": "$CI_SERVICES_DIR/pg"
    _ci_as_user "$CI_PG_USER" "$bindir/initdb" -D "$CI_PG_DATA" -U postgres \
        --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$CI_SERVICES_DIR/pg/initdb.log" 2>&1 \
        || { cat "$CI_SERVICES_DIR/pg/initdb.log" >&2; return 1; }
    # Throwaway cluster: durability off, sockets in our temp dir, TCP on loopback only.
    _ci_as_user "$CI_PG_USER" "$bindir/pg_ctl" -D "$CI_PG_DATA" -l "$CI_PG_LOG" -s \
        -o "-c listen_addresses=127.0.0.1 -p $CI_PG_PORT -k $CI_SERVICES_DIR/pg \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start || return 1
}

_ci_pg_wait() {
    local deadline=$((SECONDS + ${CI_SERVICES_TIMEOUT:-120}))
    until "$CI_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$CI_PG_PORT" -U postgres; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ci_log "PostgreSQL not ready after ${CI_SERVICES_TIMEOUT:-120}s"; return 1
        fi
        sleep 0.2
    done
    "$CI_PG_BIN/createdb" -h 127.0.0.1 -p "$CI_PG_PORT" -U postgres lombardy || return 1
    export DATABASE_URL="postgres://postgres@127.0.0.1:${CI_PG_PORT}/lombardy"
}

# ------------------------------------------------------------- Elasticsearch
_ci_es_fetch() {
    CI_ES_ZIP="$CI_CACHE_DIR/elasticsearch-${CI_ES_VERSION}.zip"
    [ -s "$CI_ES_ZIP" ] && return 0
    mkdir -p "$CI_CACHE_DIR" || return 1
    local tmp="$CI_CACHE_DIR/.download.$$"
    _ci_log "downloading $CI_ES_ARTIFACT"
    mkdir -p "$tmp"
    if ! mvn -q -B dependency:copy -Dartifact="$CI_ES_ARTIFACT" \
        -DoutputDirectory="$tmp" >"$tmp/mvn.log" 2>&1; then
        cat "$tmp/mvn.log" >&2; rm -rf "$tmp"; return 1
    fi
    mv "$tmp/elasticsearch-${CI_ES_VERSION}.zip" "$CI_ES_ZIP" && rm -rf "$tmp"
}

_ci_java_home() {
    local home="${ES_JAVA_HOME:-}"
    if [ -z "$home" ]; then
        home="$(readlink -f "$(command -v java)")" || return 1
        home="${home%/bin/java}"
    fi
    local major
    major="$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = //p')"
    if [ -z "$major" ] || [ "${major%%.*}" -lt 17 ]; then
        _ci_log "ES needs Java >= 17, $home has '${major:-?}'"; return 1
    fi
    echo "$home"
}

_ci_es_start() {
    _ci_es_fetch || return 1
    local java_home
    java_home="$(_ci_java_home)" || return 1
    CI_ES_USER=esci
    if [ "$(id -u)" -eq 0 ]; then
        id -u esci >/dev/null 2>&1 || useradd --system --no-create-home \
            --home-dir /nonexistent --shell /usr/sbin/nologin esci || return 1
    else
        CI_ES_USER="$(id -un)"
    fi
    unzip -q "$CI_ES_ZIP" -d "$CI_SERVICES_DIR" || return 1
    CI_ES_HOME="$CI_SERVICES_DIR/elasticsearch-${CI_ES_VERSION}"
    mkdir -p "$CI_ES_HOME/data" "$CI_ES_HOME/logs" "$CI_ES_HOME/tmp"
    [ "$(id -u)" -eq 0 ] && chown -R "$CI_ES_USER": "$CI_ES_HOME"
    CI_ES_PORT="$(_ci_free_port "${CI_ES_PORT:-9250}")" || return 1
    local tport
    tport="$(_ci_free_port $((CI_ES_PORT + 100)))" || return 1
    CI_ES_LOG="$CI_ES_HOME/logs/console.log"
    CI_ES_PIDFILE="$CI_ES_HOME/logs/es.pid"

    # ES_TMPDIR/CLI_JAVA_OPTS/-UsePerfData keep the JVMs from leaving files in /tmp.
    # Background (not -d) so that we control the timeout and capture startup errors;
    # launched from a subshell so it is not a job of the caller (a bare `wait` in
    # .ci/run must not block on it).
    (_ci_as_user "$CI_ES_USER" env ES_JAVA_HOME="$java_home" \
        ES_JAVA_OPTS="-Xms512m -Xmx512m -XX:-UsePerfData" ES_TMPDIR="$CI_ES_HOME/tmp" \
        CLI_JAVA_OPTS="-Djava.io.tmpdir=$CI_ES_HOME/tmp -XX:-UsePerfData" \
        "$CI_ES_HOME/bin/elasticsearch" -p "$CI_ES_PIDFILE" \
        -E discovery.type=single-node \
        -E network.host=127.0.0.1 \
        -E http.port="$CI_ES_PORT" \
        -E transport.port="$tport" \
        -E xpack.security.enabled=false \
        -E cluster.routing.allocation.disk.threshold_enabled=false \
        -E cluster.name=lombardy-ci \
        -E path.data="$CI_ES_HOME/data" \
        -E path.logs="$CI_ES_HOME/logs" \
        </dev/null >"$CI_ES_LOG" 2>&1 & echo $! >"$CI_SERVICES_DIR/es-launcher.pid")
    CI_ES_LAUNCHER_PID="$(cat "$CI_SERVICES_DIR/es-launcher.pid")"
}

# True while $1 is a running (not zombie) process.
_ci_alive() {
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }"
    [ "${stat%% *}" != Z ]
}

_ci_es_logs() {
    _ci_log "---- Elasticsearch logs ($CI_ES_HOME/logs) ----"
    # Console output holds startup errors and (in foreground mode) the server log too.
    if [ -s "$CI_ES_LOG" ]; then tail -n 100 "$CI_ES_LOG" >&2
    else tail -n 100 "$CI_ES_HOME/logs/lombardy-ci.log" >&2 2>/dev/null; fi
    _ci_log "---- end of Elasticsearch logs ----"
}

_ci_es_wait() {
    local url="http://127.0.0.1:$CI_ES_PORT"
    local deadline=$((SECONDS + ${CI_SERVICES_TIMEOUT:-120}))
    until curl -fsS -o /dev/null --max-time 10 \
        "$url/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
        if ! _ci_alive "$CI_ES_LAUNCHER_PID"; then
            _ci_log "Elasticsearch exited during startup"; _ci_es_logs; return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ci_log "Elasticsearch not healthy after ${CI_SERVICES_TIMEOUT:-120}s"; _ci_es_logs; return 1
        fi
        sleep 1
    done
    export ELASTICSEARCH_URL="$url"
}

# ---------------------------------------------------------------- lifecycle
# The public functions run their bodies in a `||` context so that a caller's
# `set -e` cannot abort them half-way (e.g. inside the EXIT trap).
ci_services_stop() { _ci_services_stop || true; }

_ci_services_stop() {
    local pid pids i
    for pid in ${CI_REDIS_PID:-} ${CI_S3_PID:-} ${CI_VARNISH_PID:-}; do
        kill -TERM "$pid" 2>/dev/null || continue
        for i in $(seq 1 20); do _ci_alive "$pid" || break; sleep 0.25; done
        _ci_alive "$pid" && kill -KILL "$pid" 2>/dev/null
    done
    CI_REDIS_PID= CI_S3_PID= CI_VARNISH_PID=
    if [ -n "${CI_ES_HOME:-}" ]; then
        pids="$(cat "${CI_ES_PIDFILE:-/nonexistent}" 2>/dev/null) ${CI_ES_LAUNCHER_PID:-}"
        for pid in $pids; do
            kill -TERM "$pid" 2>/dev/null || continue
            for i in $(seq 1 60); do _ci_alive "$pid" || break; sleep 0.5; done
            _ci_alive "$pid" && kill -KILL "$pid" 2>/dev/null
        done
        CI_ES_HOME= CI_ES_LAUNCHER_PID=
    fi
    if [ -n "${CI_PG_DATA:-}" ] && [ -f "$CI_PG_DATA/postmaster.pid" ]; then
        _ci_as_user "$CI_PG_USER" "$CI_PG_BIN/pg_ctl" -D "$CI_PG_DATA" -m immediate -s -w stop \
            >/dev/null 2>&1
    fi
    CI_PG_DATA=
    if [ -n "${CI_SERVICES_DIR:-}" ] && [ -d "$CI_SERVICES_DIR" ]; then
        rm -rf "$CI_SERVICES_DIR"
    fi
    CI_SERVICES_DIR=
    return 0
}

_ci_services_fail() {
    ci_services_stop
    _ci_log "FAILED: $*"
    exit 1
}

ci_services_start() { _ci_services_start || _ci_services_fail "startup"; }

_ci_services_start() {
    if [ -n "${CI_SERVICES_DIR:-}" ] && [ -d "$CI_SERVICES_DIR" ]; then
        _ci_log "already started (DATABASE_URL=$DATABASE_URL ELASTICSEARCH_URL=$ELASTICSEARCH_URL)"
        return 0
    fi
    ci_services_install || _ci_services_fail "package installation"

    CI_SERVICES_DIR="$(mktemp -d "${TMPDIR:-/tmp}/lombardy-ci.XXXXXX")" || _ci_services_fail mktemp
    chmod 755 "$CI_SERVICES_DIR"

    # Stop both services on exit, keeping whatever EXIT trap the caller had.
    local prev=""
    [ -n "$(trap -p EXIT)" ] && eval "set -- $(trap -p EXIT)" && prev="$3"
    # shellcheck disable=SC2064
    trap "ci_services_stop${prev:+; $prev}" EXIT
    [ -z "$(trap -p INT)" ] && trap 'exit 130' INT
    [ -z "$(trap -p TERM)" ] && trap 'exit 143' TERM

    # Launch ES first (slowest), bring up PG while the JVM boots, then wait for both.
    local t0="$EPOCHREALTIME" t1
    _ci_es_start || _ci_services_fail "Elasticsearch start"
    _ci_log "Elasticsearch launched after $(_ci_since "$t0") (fetch + unzip)"
    t1="$EPOCHREALTIME"
    _ci_pg_start || { cat "$CI_PG_LOG" >&2 2>/dev/null; _ci_services_fail "PostgreSQL start"; }
    _ci_pg_wait || { cat "$CI_PG_LOG" >&2 2>/dev/null; _ci_services_fail "PostgreSQL health"; }
    _ci_log "PostgreSQL ready in $(_ci_since "$t1") (initdb + start + createdb)"
    _ci_redis_start || _ci_services_fail "Redis start"
    _ci_s3_start || _ci_services_fail "S3 (moto) start"
    _ci_varnish_start || _ci_services_fail "Varnish start"
    _ci_es_wait || _ci_services_fail "Elasticsearch health"
    _ci_log "Elasticsearch healthy; all services up after $(_ci_since "$t0")"

    local pg_version es_version modules
    pg_version="$("$CI_PG_BIN/psql" -h 127.0.0.1 -p "$CI_PG_PORT" -U postgres -d lombardy \
        -Atc 'SHOW server_version')"
    # GET / (RestMainAction) is not available in the integ-test zip (405), so ask _nodes.
    es_version="$(curl -fsS "$ELASTICSEARCH_URL/_nodes/_local?filter_path=nodes.*.version" \
        | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')"
    modules="$(ls "$CI_ES_HOME/modules" | tr '\n' ' ')"
    echo "PostgreSQL ${pg_version} at ${DATABASE_URL}"
    echo "Elasticsearch ${es_version} at ${ELASTICSEARCH_URL}"
    echo "Elasticsearch modules: ${modules% }"
    echo "Redis at ${REDIS_URL:-(not installed)}"
    echo "Varnish at ${VARNISH_URL:-(not installed)}, backend port ${VARNISH_BACKEND_PORT:-none}"
    echo "S3 (moto) at ${AWS_S3_ENDPOINT_URL:-(no dev venv)}, bucket ${CI_S3_BUCKET:-none}"
}

ci_services_start
