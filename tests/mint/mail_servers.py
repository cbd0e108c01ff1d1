"""Mail servers for tests: one that refuses every connection (a delivery backend), and
one on loopback that keeps what it is sent, with enough SMTP for Django's SMTP backend
(EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), no TLS, no auth."""

import email
import socketserver
import threading

from django.core.mail.backends.base import BaseEmailBackend

UNREACHABLE = "tests.mint.mail_servers.Unreachable"


class Unreachable(BaseEmailBackend):
    """A mail server that refuses every connection."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, email_messages):
        self.open()


class _Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink")
        recipients = []
        while line := self.rfile.readline():
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith("RCPT"):
                recipients.append(line.decode().split(":", 1)[1].strip(" <>\r\n"))
            elif verb.startswith(("MAIL", "RSET")):
                recipients = []
            if verb == "DATA":
                self.reply("354 end with a dot")
                self.server.received.append((recipients, self.read_data()))
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            self.reply("250 ok")

    def read_data(self):
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b".") else line)
        return email.message_from_bytes(b"".join(lines))


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True  # started again on the port it had
    daemon_threads = True


class SmtpSink:
    """`start()`, `stop()` and `start()` again on the same port; `received` holds
    (envelope recipients, parsed message) of every mail taken."""

    def __init__(self):
        self.received = []
        self.port = 0
        self.server = None

    def start(self):
        self.server = _Server(("127.0.0.1", self.port), _Session)
        self.server.received = self.received
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
