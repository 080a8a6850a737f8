#!/usr/bin/env bash
# Checks smtp_sink.py and mail_inspect.py end to end with the curl command line (libcurl's SMTP
# client, as yotqa uses it): plain; STARTTLS required with AUTH PLAIN and LOGIN; implicit TLS;
# refusals from the control files; a restart on the same folder; mail_inspect.py's JSON. Needs
# python3-aiosmtpd, openssl and curl. Leaves nothing running and nothing behind.
#
#     scripts/lib/smtp_sink_selftest.sh
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY=/usr/bin/python3
SINK="$HERE/smtp_sink.py"
INSPECT="$HERE/mail_inspect.py"
WORK=$(mktemp -d /tmp/yotqa-smtpsink-selftest.XXXXXX)
SINK_PID=""
PASSED=0
FAILED=0

cleanup() {
    stop_sink
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {  # check NAME COMMAND...: runs COMMAND, counts and reports
    local name=$1
    shift
    if "$@" >"$WORK/check.out" 2>&1; then
        PASSED=$((PASSED + 1))
        echo "ok   $name"
    else
        FAILED=$((FAILED + 1))
        echo "FAIL $name"
        sed 's/^/     /' "$WORK/check.out"
    fi
}

start_sink() {  # start_sink FOLDER ARGS...: sets SINK_PID and PORT
    local folder=$1
    shift
    : >"$WORK/sink.out"
    "$PY" "$SINK" --folder "$folder" "$@" >"$WORK/sink.out" 2>>"$WORK/sink.err" &
    SINK_PID=$!
    for _ in $(seq 1 200); do
        if grep -q '^listening on 127.0.0.1:' "$WORK/sink.out"; then
            PORT=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/sink.out")
            return 0
        fi
        kill -0 "$SINK_PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "the sink did not start:" >&2
    cat "$WORK/sink.err" >&2
    return 1
}

stop_sink() {  # SIGTERM, then wait; sets SINK_STATUS
    SINK_STATUS=""
    [ -n "$SINK_PID" ] || return 0
    kill -TERM "$SINK_PID" 2>/dev/null
    wait "$SINK_PID"
    SINK_STATUS=$?
    SINK_PID=""
}

send() {  # send URL EXTRA-CURL-ARGS...: sends $WORK/msg.eml from a@x.test to b@y.test
    local url=$1
    shift
    curl -sSv --max-time 10 --url "$url" --mail-from a@x.test --mail-rcpt b@y.test \
        --upload-file "$WORK/msg.eml" "$@"
}

count() { find "$1" -maxdepth 1 -name '*.eml' | wc -l; }
field() { "$PY" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$1" "$2"; }
fails_with() {  # fails_with TEXT COMMAND...: COMMAND fails and says TEXT on stderr (send's -v transcript)
    local text=$1
    shift
    if "$@" 2>"$WORK/fail.err"; then
        echo "succeeded, but should have failed with $text"
        return 1
    fi
    grep -q -- "$text" "$WORK/fail.err" || { echo "failed without $text:"; cat "$WORK/fail.err"; return 1; }
}

printf 'From: a@x.test\r\nTo: b@y.test\r\nSubject: Self test\r\n\r\nHello.\r\n.A line that starts with a dot.\r\n' \
    >"$WORK/msg.eml"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
    >/dev/null 2>&1 || { echo "openssl could not make a certificate" >&2; exit 1; }
# Another certificate for the same names, which curl must refuse to trust.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$WORK/other-key.pem" \
    -out "$WORK/other.pem" >/dev/null 2>&1

echo "== plain"
PLAIN="$WORK/plain"
start_sink "$PLAIN" --port 0 || exit 1
check "port 0 picks a port" test "$PORT" -gt 0
check "plain send" send "smtp://127.0.0.1:$PORT"
check "stored as 000001.eml and .json" test -f "$PLAIN/000001.eml" -a -f "$PLAIN/000001.json"
check "stored bytes are the sent bytes (CRLF, dot unstuffed)" cmp "$WORK/msg.eml" "$PLAIN/000001.eml"
check "envelope sender" test "$(field "$PLAIN/000001.json" mail_from)" = '"a@x.test"'
check "envelope recipients" test "$(field "$PLAIN/000001.json" rcpt_tos)" = '["b@y.test"]'
check "tls false" test "$(field "$PLAIN/000001.json" tls)" = false
check "auth_user null" test "$(field "$PLAIN/000001.json" auth_user)" = null
check "no temporary files left" test -z "$(find "$PLAIN" -name '.*.tmp')"
check "two recipients in one message" curl -sS --max-time 10 --url "smtp://127.0.0.1:$PORT" \
    --mail-from a@x.test --mail-rcpt b@y.test --mail-rcpt c@y.test --upload-file "$WORK/msg.eml"
check "both recipients recorded" test "$(field "$PLAIN/000002.json" rcpt_tos)" = '["b@y.test", "c@y.test"]'

echo "== control files"
echo "550 5.1.1 No such user" >"$PLAIN/reply-rcpt"
check "reply-rcpt 550 fails curl, server said 550" fails_with "< 550 " send "smtp://127.0.0.1:$PORT"
rm "$PLAIN/reply-rcpt"
printf '451 4.3.0 Try again later\r\nsecond line ignored\n' >"$PLAIN/reply-data"
check "reply-data 451 fails curl (its error 8), server said 451" fails_with "< 451 " send "smtp://127.0.0.1:$PORT"
check "nothing stored after 451" test "$(count "$PLAIN")" -eq 2
: >"$PLAIN/reply-data"
check "an empty control file is no control" send "smtp://127.0.0.1:$PORT"
rm "$PLAIN/reply-data"
echo "553 5.7.1 Sender rejected" >"$PLAIN/reply-mail"
check "reply-mail 553 fails curl, server said 553" fails_with "< 553 " send "smtp://127.0.0.1:$PORT"
rm "$PLAIN/reply-mail"
check "accepts again once the files are gone" send "smtp://127.0.0.1:$PORT"
check "four messages stored" test "$(count "$PLAIN")" -eq 4

echo "== restart on the same folder"
OLD_PORT=$PORT
started=$(date +%s%N)
stop_sink
stopped=$(date +%s%N)
check "SIGTERM exits 0" test "$SINK_STATUS" -eq 0
check "SIGTERM exits within a second" test $(((stopped - started) / 1000000)) -lt 1000
start_sink "$PLAIN" --port "$OLD_PORT" || exit 1
check "same port again" test "$PORT" -eq "$OLD_PORT"
check "send after restart" send "smtp://127.0.0.1:$PORT"
check "numbering goes on: 000005" test -f "$PLAIN/000005.eml" -a -f "$PLAIN/000005.json"
check "earlier messages untouched" cmp "$WORK/msg.eml" "$PLAIN/000001.eml"
"$PY" -c 'import socket,time; s=socket.create_connection(("127.0.0.1", int(__import__("sys").argv[1]))); time.sleep(30)' \
    "$PORT" &
IDLE_CLIENT=$!
sleep 0.2
started=$(date +%s%N)
stop_sink
stopped=$(date +%s%N)
kill "$IDLE_CLIENT" 2>/dev/null
wait "$IDLE_CLIENT" 2>/dev/null
check "stops at once with a client connected" test $(((stopped - started) / 1000000)) -lt 1000
check "and exits 0" test "$SINK_STATUS" -eq 0
start_sink "$PLAIN" --port "$OLD_PORT" --stop-on-eof </dev/null || true
sleep 0.3
check "--stop-on-eof stops when input closes" bash -c "! kill -0 $SINK_PID 2>/dev/null"
wait "$SINK_PID" 2>/dev/null
SINK_PID=""
start_sink "$PLAIN" --port 0 || exit 1
"$PY" "$SINK" --folder "$WORK/busy" --port "$PORT" >/dev/null 2>"$WORK/busy.err"
check "a port in use exits 4" test $? -eq 4
check "and says so" grep -q "in use" "$WORK/busy.err"
stop_sink

echo "== STARTTLS required, AUTH"
SECURE="$WORK/starttls"
start_sink "$SECURE" --port 0 --starttls "$WORK/cert.pem" "$WORK/key.pem" --require-tls --auth "u:p w" || exit 1
check "without TLS: refused with 530" fails_with "< 530 " send "smtp://127.0.0.1:$PORT"
check "STARTTLS, AUTH PLAIN" send "smtp://127.0.0.1:$PORT" --ssl-reqd --cacert "$WORK/cert.pem" --user "u:p w"
check "STARTTLS, AUTH LOGIN" send "smtp://127.0.0.1:$PORT" --ssl-reqd --cacert "$WORK/cert.pem" \
    --user "u:p w" --login-options AUTH=LOGIN
check "by name (SAN DNS:localhost)" send "smtp://localhost:$PORT" --ssl-reqd --cacert "$WORK/cert.pem" \
    --user "u:p w"
check "wrong password: 535" fails_with "< 535 " send "smtp://127.0.0.1:$PORT" --ssl-reqd \
    --cacert "$WORK/cert.pem" --user "u:wrong"
check "no credentials: 530" fails_with "< 530 " send "smtp://127.0.0.1:$PORT" --ssl-reqd --cacert "$WORK/cert.pem"
check "an untrusted certificate is refused" fails_with "certificate" send "smtp://127.0.0.1:$PORT" --ssl-reqd \
    --cacert "$WORK/other.pem" --user "u:p w"
check "three messages stored" test "$(count "$SECURE")" -eq 3
check "tls true" test "$(field "$SECURE/000001.json" tls)" = true
check "auth_user u" test "$(field "$SECURE/000002.json" auth_user)" = '"u"'
stop_sink

echo "== STARTTLS offered, not required"
start_sink "$WORK/optional" --port 0 --starttls "$WORK/cert.pem" "$WORK/key.pem" || exit 1
check "plain send is accepted" send "smtp://127.0.0.1:$PORT"
check "--ssl-reqd send is accepted" send "smtp://127.0.0.1:$PORT" --ssl-reqd --cacert "$WORK/cert.pem"
check "tls false, then true" test "$(field "$WORK/optional/000001.json" tls)$(field "$WORK/optional/000002.json" tls)" = falsetrue
stop_sink

echo "== implicit TLS"
IMPLICIT="$WORK/implicit"
start_sink "$IMPLICIT" --port 0 --tls "$WORK/cert.pem" "$WORK/key.pem" --auth "u:p" || exit 1
check "smtps with AUTH" send "smtps://127.0.0.1:$PORT" --cacert "$WORK/cert.pem" --user u:p
check "smtps by name" send "smtps://localhost:$PORT" --cacert "$WORK/cert.pem" --user u:p
check "smtps wrong password: 535" fails_with "< 535 " send "smtps://127.0.0.1:$PORT" --cacert "$WORK/cert.pem" \
    --user u:x
check "plain smtp to the smtps port fails" fails_with "" send "smtp://127.0.0.1:$PORT" --max-time 3
check "tls true" test "$(field "$IMPLICIT/000001.json" tls)" = true
check "auth_user u" test "$(field "$IMPLICIT/000001.json" auth_user)" = '"u"'
stop_sink

echo "== AUTH without TLS (plain localhost)"
start_sink "$WORK/plainauth" --port 0 --auth "u:p" || exit 1
check "AUTH PLAIN without TLS" send "smtp://127.0.0.1:$PORT" --user u:p
check "auth_user u" test "$(field "$WORK/plainauth/000001.json" auth_user)" = '"u"'
check "no credentials: 530" fails_with "< 530 " send "smtp://127.0.0.1:$PORT"
stop_sink

echo "== mail_inspect.py"
check "valid JSON with the fields" "$PY" - "$INSPECT" "$PLAIN/000001.eml" <<'EOF'
import json, subprocess, sys
result = subprocess.run(["/usr/bin/python3", sys.argv[1], sys.argv[2]], capture_output=True, check=True)
value = json.loads(result.stdout)
assert set(value) >= {"headers", "defects", "content_type", "parts", "line_lengths_ok"}, value
assert value["headers"]["Subject"] == ["Self test"], value["headers"]
assert value["defects"] == [], value["defects"]
assert value["content_type"] == "text/plain", value["content_type"]
assert value["parts"][0]["text"] == "Hello.\r\n.A line that starts with a dot.\r\n", value["parts"]
assert value["line_lengths_ok"] is True
EOF
printf 'From: nobody\nSubject: bare LF\n\nx\n' >"$WORK/bad.eml"
check "defects and bare LF reported, exit 0" "$PY" - "$INSPECT" "$WORK/bad.eml" <<'EOF'
import json, subprocess, sys
value = json.loads(subprocess.run(["/usr/bin/python3", sys.argv[1], sys.argv[2]], capture_output=True, check=True).stdout)
assert value["defects"], value
assert value["line_lengths_ok"] is False, value
EOF

echo "== without aiosmtpd"
"$PY" -S "$SINK" --folder "$WORK/none" --port 0 >/dev/null 2>"$WORK/none.err"
check "exits 3" test $? -eq 3
check "says python3-aiosmtpd is not installed" grep -q "python3-aiosmtpd is not installed" "$WORK/none.err"

echo "smtp_sink_selftest: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
