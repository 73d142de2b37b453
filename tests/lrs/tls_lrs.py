#!/usr/bin/env python3
"""tls_lrs.py PORT_FILE: a stand-in LRS over HTTPS on 127.0.0.1 with the
self-signed certificate in tests/lrs/tls/, for the TLS checks of
tests/cli/sync_config.sh. It writes its port to PORT_FILE, answers
GET /xAPI/about and takes POST /xAPI/statements (answering the ids), and
stops by itself after 120 s."""
import http.server
import json
import os
import ssl
import sys
import threading

here = os.path.dirname(os.path.abspath(__file__))


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/xAPI/about":
            self.answer(200, {"version": ["1.0.3"]})
        else:
            self.answer(404, {"message": "not here"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/xAPI/statements" or self.headers.get("X-Experience-API-Version") != "1.0.3":
            self.answer(400, {"message": "want xAPI 1.0.3 statements"})
            return
        self.answer(200, [s["id"] for s in json.loads(body)])

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(os.path.join(here, "tls", "cert.pem"), os.path.join(here, "tls", "key.pem"))
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Timer(120, server.shutdown).start()
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
