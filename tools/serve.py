"""Serves a built dist/ on localhost the way a static host does: files as they are, with text and
wasm gzip-compressed for browsers that ask for it (every static host compresses; Python's own
`http.server` does not, which would make a local measurement of a slow phone misleading).

Python 3 standard library only. Usage: `python3 tools/serve.py DIR PORT`
"""

import gzip
import http.server
import mimetypes
import os
import sys
import threading

COMPRESSED_TYPES = (".html", ".js", ".wasm", ".css", ".svg", ".json", ".webmanifest")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/manifest+json", ".webmanifest")


class Handler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive, as browsers and static hosts use.
    protocol_version = "HTTP/1.1"
    # path -> (mtime, gzip bytes); a rebuilt file has a new mtime and replaces its entry.
    cache = {}
    lock = threading.Lock()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.endswith(COMPRESSED_TYPES) and os.path.isfile(path)):
            return super().send_head()
        mtime = os.stat(path).st_mtime_ns
        with self.lock:
            cached = self.cache.get(path)
            if cached is None or cached[0] != mtime:
                with open(path, "rb") as f:
                    cached = (mtime, gzip.compress(f.read(), compresslevel=9, mtime=0))
                self.cache[path] = cached
        body = cached[1]
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path)[0] or "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return _Body(body)

    def log_message(self, format, *args):
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), format % args))


class _Body:
    """What `send_head` returns: SimpleHTTPRequestHandler copies it to the socket and closes it."""

    def __init__(self, data):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: python3 tools/serve.py DIR PORT")
    directory, port = argv[1], int(argv[2])
    handler = lambda *a, **kw: Handler(*a, directory=directory, **kw)  # noqa: E731
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving {directory} at http://127.0.0.1:{port}/ (gzip on)", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    try:
        main(sys.argv)
    except KeyboardInterrupt:
        pass
