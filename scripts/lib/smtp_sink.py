#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 that stores every message it accepts in a folder, for tests.

Run it with Debian's Python (/usr/bin/python3), which sees python3-aiosmtpd:

    smtp_sink.py --folder DIR --port N [--starttls CERT KEY [--require-tls] | --tls CERT KEY]
                 [--auth USER:PASSWORD] [--smtputf8] [--stop-on-eof]

--port 0 picks a free port. Once listening it prints exactly one line, `listening on 127.0.0.1:PORT`,
to stdout, and runs until SIGTERM or SIGINT (or, with --stop-on-eof, until its standard input
closes, so a test process that dies takes the sink with it), then exits 0.

Security: --starttls offers STARTTLS with that certificate and key, and --require-tls refuses MAIL
(530) until the client has started TLS; --tls speaks TLS from the first byte (smtps) instead.
--auth advertises AUTH PLAIN LOGIN, refuses MAIL (530) until the client has authenticated and
answers wrong credentials with 535. AUTH is offered only over TLS when a TLS option is given, and
over the plain connection when none is (for plain-localhost tests).

Storage: each accepted message becomes DIR/NNNNNN.json, then DIR/NNNNNN.eml (numbers from 000001,
continuing after the highest number already in DIR, so a restarted sink never overwrites). The
.eml file holds the DATA content exactly as received (CRLF line ends, dot-stuffing removed); the
.json file holds {"mail_from", "rcpt_tos", "tls", "auth_user", "received_at"}. Both are written
to a temporary name (starting with '.') and renamed, .json first: a message is complete when its
.eml file exists, and its .json file is then already there.

Fault injection: these control files in DIR are read again at every command they govern, so a
test can change the sink's behaviour while it runs. When one exists and is not empty, its first
line is the answer instead of the usual 250:
    DIR/reply-mail   for MAIL FROM  (e.g. `553 5.7.1 Sender rejected`)
    DIR/reply-rcpt   for RCPT TO    (e.g. `550 5.1.1 No such user`)
    DIR/reply-data   at the end of DATA (e.g. `451 4.3.0 Try again later`)
A 2xx answer still accepts (and, for DATA, stores); any other refuses and stores nothing.
    DIR/delay-data   a number of seconds: at the end of DATA the message is stored at once, and
                     the answer waits that long (a relay that accepted a message and was slow to
                     say so: the client may die before it hears the 250)

Exit codes: 0 after a signal or end of input, 2 bad arguments, 3 python3-aiosmtpd missing,
4 the port is in use, 1 anything else (a certificate that does not load, say).
"""

import argparse
import asyncio
import datetime
import errno
import hmac
import json
import logging
import os
import re
import signal
import socket
import ssl
import sys
import threading
import warnings

NUMBERED = re.compile(r"^(\d{6,})\.(eml|json)$")


def fail(message, code=1):
    print(f"smtp_sink: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="A real SMTP server on 127.0.0.1 that stores messages in a folder.")
    parser.add_argument("--folder", required=True, help="where messages and control files are")
    parser.add_argument("--port", required=True, type=int, help="port on 127.0.0.1; 0 picks a free one")
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"), help="offer STARTTLS")
    security.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="implicit TLS (smtps)")
    parser.add_argument("--require-tls", action="store_true", help="refuse MAIL before STARTTLS (530)")
    parser.add_argument("--auth", metavar="USER:PASSWORD", help="require AUTH PLAIN or LOGIN with these")
    parser.add_argument("--smtputf8", action="store_true", help="advertise SMTPUTF8")
    parser.add_argument("--stop-on-eof", action="store_true", help="also stop when standard input closes")
    arguments = parser.parse_args(argv)
    if arguments.require_tls and not arguments.starttls:
        parser.error("--require-tls needs --starttls")
    if arguments.auth is not None and ":" not in arguments.auth:
        parser.error("--auth takes USER:PASSWORD")
    if not 0 <= arguments.port <= 65535:
        parser.error("--port must be 0 to 65535")
    return arguments


def tls_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as error:
        fail(f"cannot load certificate {cert} with key {key}: {error}")
    return context


def control_reply(folder, name):
    """The first line of DIR/name when that file exists and is not empty, else None."""
    try:
        with open(os.path.join(folder, name), "rb") as file:
            line = file.readline().decode("utf-8", "replace").rstrip("\r\n")
    except FileNotFoundError:
        return None
    return line or None


class Store:
    """Numbered .json and .eml files, each written to a temporary name and renamed into place."""

    def __init__(self, folder):
        self.folder = folder
        numbers = [int(match.group(1)) for match in map(NUMBERED.match, os.listdir(folder)) if match]
        self.next_number = max(numbers, default=0) + 1

    def path(self, number, extension):
        return os.path.join(self.folder, f"{number:06d}.{extension}")

    def write(self, number, extension, data):
        temporary = os.path.join(self.folder, f".{number:06d}.{extension}.tmp")
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, self.path(number, extension))

    def add(self, content, metadata):
        number = self.next_number
        while os.path.exists(self.path(number, "json")) or os.path.exists(self.path(number, "eml")):
            number += 1
        self.next_number = number + 1
        self.write(number, "json", (json.dumps(metadata, indent=2) + "\n").encode("utf-8"))
        self.write(number, "eml", content)
        return number


class Handler:
    def __init__(self, folder, store, implicit_tls, auth_offered):
        self.folder = folder
        self.store = store
        self.implicit_tls = implicit_tls
        self.auth_offered = auth_offered

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.auth_offered:
            responses = [line for line in responses if not line[4:].upper().startswith("AUTH")]
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = control_reply(self.folder, "reply-mail")
        if reply is None or reply.startswith("2"):
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
        return reply or "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = control_reply(self.folder, "reply-rcpt")
        if reply is None or reply.startswith("2"):
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return reply or "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = control_reply(self.folder, "reply-data")
        if reply is not None and not reply.startswith("2"):
            return reply
        transport = server.transport
        tls = self.implicit_tls or session.ssl is not None or (
            transport is not None and transport.get_extra_info("ssl_object") is not None)
        auth_user = session.auth_data if session.authenticated else None
        metadata = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "tls": bool(tls),
            "auth_user": auth_user,
            "received_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds"),
        }
        number = self.store.add(envelope.original_content, metadata)
        delay = control_reply(self.folder, "delay-data")
        if delay:
            await asyncio.sleep(float(delay))
        return reply or f"250 2.0.0 OK stored as {number:06d}"


def listening_socket(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            fail(f"port {port} on 127.0.0.1 is in use", 4)
        fail(f"cannot bind 127.0.0.1:{port}: {error}")
    sock.listen(64)
    sock.setblocking(False)
    return sock


async def serve(arguments, smtp_module):
    folder = os.path.abspath(arguments.folder)
    os.makedirs(folder, exist_ok=True)
    starttls = tls_context(*arguments.starttls) if arguments.starttls else None
    implicit = tls_context(*arguments.tls) if arguments.tls else None
    authenticator = None
    if arguments.auth is not None:
        user, password = (part.encode("utf-8") for part in arguments.auth.split(":", 1))

        def authenticator(server, session, envelope, mechanism, auth_data):
            if not isinstance(auth_data, smtp_module.LoginPassword):
                return smtp_module.AuthResult(success=False, handled=False)
            good_user = hmac.compare_digest(auth_data.login, user)
            good_password = hmac.compare_digest(auth_data.password, password)
            if good_user and good_password:
                return smtp_module.AuthResult(success=True, auth_data=auth_data.login.decode("utf-8", "replace"))
            return smtp_module.AuthResult(success=False, handled=False)

    handler = Handler(folder, Store(folder), implicit is not None, authenticator is not None)
    loop = asyncio.get_running_loop()

    def protocol():
        return smtp_module.SMTP(
            handler,
            hostname="localhost",
            ident="yotqa smtp sink",
            tls_context=starttls,
            require_starttls=arguments.require_tls,
            enable_SMTPUTF8=arguments.smtputf8,
            auth_required=authenticator is not None,
            # Over implicit TLS the connection is already secret, but aiosmtpd only knows STARTTLS.
            auth_require_tls=starttls is not None,
            authenticator=authenticator,
            loop=loop,
        )

    sock = listening_socket(arguments.port)
    server = await loop.create_server(protocol, sock=sock, ssl=implicit)
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    if arguments.stop_on_eof:
        def watch_input():
            try:
                while sys.stdin.buffer.read(65536):
                    pass
            except OSError:
                pass
            loop.call_soon_threadsafe(stop.set)
        threading.Thread(target=watch_input, daemon=True).start()
    print(f"listening on 127.0.0.1:{sock.getsockname()[1]}", flush=True)
    await stop.wait()
    server.close()


def main(argv=None):
    # A child inherits its parent's blocked signals: Foundation's Process, started from a Dispatch
    # or Swift concurrency thread, passes on a mask that blocks SIGTERM, which would then never
    # arrive. Unblock them all.
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        import aiosmtpd.smtp as smtp_module
    except ImportError as error:
        fail(f"python3-aiosmtpd is not installed ({error}): apt-get install python3-aiosmtpd, "
             "and run this script with /usr/bin/python3", 3)
    # aiosmtpd warns on every connection when AUTH is allowed without TLS, which is what plain
    # localhost tests ask for; its real errors still show.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    asyncio.run(serve(arguments, smtp_module))
    # Open client connections are not waited for: a stopped sink is gone at once, as a crashed
    # server would be. Every stored message was renamed into place before its 250 was sent.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
