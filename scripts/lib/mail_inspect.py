#!/usr/bin/python3
"""Prints what Python's email package makes of a message file, as one JSON object, for tests.

    mail_inspect.py FILE.eml

The file is parsed with email.parser.BytesParser(policy=email.policy.default), as a modern mail
client would. The object has:
    headers          {"Name": ["value", ...]}: names as written, values unfolded and decoded
    defects          ["ClassName: text", ...]: the message's, every part's and every header's
    content_type     the message's content type, e.g. "multipart/alternative"
    parts            one {"content_type", "charset", "transfer_encoding", "disposition",
                     "filename", "text"} for every part that is not multipart, in order, with
                     text the decoded content, line ends as sent (CRLF), and bytes that are
                     not text read as UTF-8
    line_lengths_ok  every raw line ends in CRLF and has at most 998 octets before it
    seven_bit        every raw octet is below 128
Exits 0 whatever the defects (the test decides), 1 when the file cannot be read.
"""

import email.policy
import json
import sys
from email.parser import BytesParser


def clean(text):
    """Text that JSON and Swift can carry: lone surrogates (undecodable bytes) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def describe(defect, header=None):
    name = type(defect).__name__
    where = f" (header {header})" if header else ""
    text = str(defect)
    return clean(f"{name}{where}: {text}" if text else f"{name}{where}")


def line_lengths_ok(raw):
    if raw and not raw.endswith(b"\r\n"):
        return False
    return all(len(line) <= 998 and b"\r" not in line and b"\n" not in line for line in raw.split(b"\r\n")[:-1])


def content_text(part, defects):
    try:
        content = part.get_content()
    except Exception as error:  # an unknown charset, a broken encoding
        defects.append(clean(f"{type(error).__name__} (part {part.get_content_type()}): {error}"))
        content = part.get_payload(decode=True) or b""
    if isinstance(content, bytes):
        return content.decode("utf-8", "replace")
    if not isinstance(content, str):  # message/* parts are walked into, never leaves
        return str(content)
    return clean(content)


def inspect(raw):
    message = BytesParser(policy=email.policy.default).parsebytes(raw)
    headers = {}
    for name, value in message.items():
        headers.setdefault(clean(name), []).append(clean(str(value)))
    defects = []
    parts = []
    for part in message.walk():
        defects.extend(describe(defect) for defect in part.defects)
        for name, value in part.items():
            defects.extend(describe(defect, name) for defect in getattr(value, "defects", ()))
        if part.is_multipart():
            continue
        encoding = part.get("Content-Transfer-Encoding")
        filename = part.get_filename()
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": clean(str(encoding)).strip().lower() if encoding is not None else None,
            "disposition": part.get_content_disposition(),
            "filename": clean(filename) if filename is not None else None,
            "text": content_text(part, defects),
        })
    return {
        "headers": headers,
        "defects": defects,
        "content_type": message.get_content_type(),
        "parts": parts,
        "line_lengths_ok": line_lengths_ok(raw),
        "seven_bit": raw.isascii(),
    }


def main(argv):
    if len(argv) != 2:
        print("usage: mail_inspect.py FILE.eml", file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as file:
            raw = file.read()
    except OSError as error:
        print(f"mail_inspect: {error}", file=sys.stderr)
        return 1
    json.dump(inspect(raw), sys.stdout, ensure_ascii=True, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
