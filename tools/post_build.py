"""Trunk post-build step (see Trunk.toml): runs in the staging folder of every build, after Trunk
wrote index.html and before the folder becomes dist/. One hook does it all, in this order,
because Trunk may run several hooks of one stage at the same time.

1. Prerenders the welcome screen into index.html: the native `prerender` binary renders it with
   Yew's server renderer from the app's own components, so a phone paints the first screen from
   the HTML before the wasm has even arrived. It also places the hidden "this page has stopped"
   notice before the app root, for index.html's script to reveal.
2. Inlines the stylesheets into index.html as one <style>, so the first paint needs no second
   request, and removes the now unused .css files.
3. Puts a strict Content-Security-Policy <meta> into index.html. Trunk injects an inline module
   script (the wasm loader) whose text is only known now, so its sha256 hash is computed here;
   no 'unsafe-inline' is ever needed. The inlined <style> is allowed by its hash the same way.
4. Minifies the wasm-bindgen JS glue with terser (Trunk leaves it as written; 6.5 -> 5.2 KB
   gzip) and updates its integrity hash in index.html. Skipped, with a note, when terser is not
   on PATH (`./run` installs it; the size test would notice a build without it).
5. Makes Trunk's loader report a failed start as an uncaught error of a task of its own. A
   rejected top-level await of a module script reaches the page's error listeners in Chromium
   and Firefox, but not in WebKit (Safari), where a first visit whose wasm never arrived showed
   "Opening the page" forever instead of the stopped notice.
6. Writes sw.js, the service worker that makes the app work offline: it precaches every file of
   this build, and its cache name is a hash of their contents, so each new build installs a new
   cache and deletes the old one.

Python 3 standard library only. Usage: `python3 tools/post_build.py [STAGING_DIR]`; without the
argument it uses $TRUNK_STAGING_DIR (set by Trunk for hooks).
"""

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

SERVICE_WORKER = "sw.js"

# Every fetch the page makes is listed; anything else is refused by the browser.
# 'wasm-unsafe-eval' lets WebAssembly compile (it allows no JavaScript eval).
CSP_TEMPLATE = (
    "default-src 'none'; "
    "script-src 'self' 'wasm-unsafe-eval'{hashes}; "
    "style-src{style_hashes}; "
    "img-src 'self' data:; "
    "connect-src 'self'; "
    "base-uri 'self'; "
    "form-action 'none'; "
    "manifest-src 'self'; "
    "worker-src 'self'"
)

STYLE_RE = re.compile(r"<style\b[^>]*>(?P<body>.*?)</style\s*>", re.S | re.I)
STYLESHEET_RE = re.compile(r"<link\b(?=[^>]*\brel=[\"']?stylesheet\b)[^>]*>", re.I)
HREF_RE = re.compile(r"\bhref=(?:\"(?P<q>[^\"]*)\"|'(?P<s>[^']*)'|(?P<u>[^\s>]+))", re.I)
SCRIPT_RE = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I)
OLD_CSP_RE = re.compile(
    r"[ \t]*<meta\s+http-equiv=[\"']?Content-Security-Policy[\"']?[^>]*>\n?", re.I
)
CHARSET_RE = re.compile(r"<meta\s+charset=[^>]*>", re.I)
HEAD_RE = re.compile(r"<head\b[^>]*>", re.I)


class BuildError(Exception):
    pass


def csp_hash(body):
    # The browser hashes the text as the HTML parser produced it, which has its line ends
    # normalised to \n; hashing the same text keeps a CRLF checkout working.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(html):
    """'sha256-...' for each inline <script> (one without src), in page order."""
    return [
        csp_hash(match.group("body"))
        for match in SCRIPT_RE.finditer(html)
        if not re.search(r"\bsrc\s*=", match.group("attrs"), re.I)
    ]


def inline_style_hashes(html):
    """'sha256-...' for each <style> element, in page order."""
    return [csp_hash(match.group("body")) for match in STYLE_RE.finditer(html)]


def prerender(index):
    """Runs the native prerender binary on index.html (see src/bin/prerender.rs)."""
    root = Path(__file__).resolve().parent.parent
    command = [
        "cargo", "run", "--quiet", "--no-default-features", "--features", "ssr",
        "--bin", "prerender", "--", str(index),
    ]
    # The wasm build's settings (./run picks a nightly toolchain and wasm-only flags for it) must
    # not leak into this native build, which uses the project's stable toolchain.
    leaks = ("CARGO_BUILD_TARGET", "CARGO_UNSTABLE_", "CARGO_TARGET_WASM32", "RUSTUP_TOOLCHAIN",
             "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(leaks)}
    if subprocess.run(command, cwd=root, env=env).returncode != 0:
        raise BuildError("the prerender step failed (its error is above)")


def inline_stylesheets(html, staging):
    """index.html with its local stylesheets replaced, in order, by one <style> where the first
    stood; the inlined files are deleted. Returns (html, number of files inlined)."""
    links = list(STYLESHEET_RE.finditer(html))
    if not links:
        return html, 0
    css = []
    for link in links:
        href = HREF_RE.search(link.group(0))
        if href is None:
            raise BuildError(f"a stylesheet link without href: {link.group(0)}")
        rel = urllib.parse.unquote(next(g for g in href.groups() if g is not None))
        path = (staging / rel).resolve()
        if staging.resolve() not in path.parents:
            raise BuildError(f"a stylesheet outside the build: {rel}")
        text = path.read_text(encoding="utf-8")
        if "</style" in text.lower():
            raise BuildError(f"{rel} contains </style and cannot be inlined")
        css.append(text.strip())
        path.unlink()
    first, rest = links[0], links[1:]
    out = html[: first.start()] + "<style>" + "\n".join(css) + "</style>"
    pos = first.end()
    for link in rest:
        out += html[pos : link.start()]
        pos = link.end()
    return out + html[pos:], len(links)


def sri(data):
    """The Subresource Integrity value Trunk writes for a file: sha384, base64."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def minify_glue(html, staging):
    """index.html after the JS glue was minified in place, with the glue's integrity hash updated.
    Returns (html, bytes saved), or (html, None) when terser is not installed."""
    terser = shutil.which("terser")
    if terser is None:
        return html, None
    glue = [p for p in staging.glob("*.js") if p.name != SERVICE_WORKER]
    if len(glue) != 1:
        raise BuildError(f"expected one JS glue file, found {[p.name for p in glue]}")
    path = glue[0]
    before = path.read_bytes()
    old_sri = sri(before)
    if html.count(old_sri) != 1:
        raise BuildError(f"index.html does not name the integrity of {path.name} once")
    # --module: the glue is an ES module (its exports stay); property names are never mangled,
    # so the names the wasm imports by are kept.
    command = [terser, str(path), "--module", "--compress", "--mangle", "-o", str(path)]
    if subprocess.run(command).returncode != 0:
        raise BuildError(f"terser failed on {path.name} (its error is above)")
    after = path.read_bytes()
    return html.replace(old_sri, sri(after)), len(before) - len(after)


# Trunk's loader: `const wasm = await init({ module_or_path: '...' });`
LOADER_INIT_RE = re.compile(r"(await init\(\{[^;]*?\}\))(\s*;)")
# The failure is thrown again from a timer (an uncaught error every engine reports to the page's
# listeners) and the loader then waits forever, as it would have stopped anyway.
LOADER_REPORT = ".catch(e => new Promise(() => setTimeout(() => { throw e; })))"


def report_load_failures(html):
    """index.html with Trunk's loader reporting a failed start in every engine (see step 5)."""
    if LOADER_REPORT in html:
        return html  # running twice must not wrap it twice
    html, count = LOADER_INIT_RE.subn(lambda m: m.group(1) + LOADER_REPORT + m.group(2), html)
    if count != 1:
        raise BuildError(f"expected Trunk's loader to call init() once, found {count}")
    return html


def add_csp(html):
    """index.html with the policy as the first thing after <meta charset> (a <meta> policy only
    covers what comes after it, so it must precede every script). Returns (html, policy)."""
    html = OLD_CSP_RE.sub("", html)  # running twice must not stack two policies
    hashes = inline_script_hashes(html)
    style_hashes = inline_style_hashes(html) or ["'none'"]
    policy = CSP_TEMPLATE.format(
        hashes="".join(" " + h for h in dict.fromkeys(hashes)),
        style_hashes="".join(" " + h for h in dict.fromkeys(style_hashes)),
    )
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    anchor = CHARSET_RE.search(html) or HEAD_RE.search(html)
    if anchor is None:
        raise BuildError("index.html has no <head>: cannot place the Content-Security-Policy")
    html = html[: anchor.end()] + "\n  " + tag + html[anchor.end() :]
    first_script = html.lower().find("<script")
    if first_script != -1 and first_script < html.find(tag):
        raise BuildError("a <script> comes before <meta charset>: the policy would not cover it")
    return html, policy


def build_files(staging):
    """Every file of the build but the service worker itself, sorted, as (relative path, bytes)."""
    files = []
    for path in sorted(staging.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(staging).as_posix()
        if rel == SERVICE_WORKER:
            continue
        files.append((rel, path.read_bytes()))
    return files


def url_of(rel):
    """The URL the page asks for, relative to the service worker (which sits next to index.html)."""
    if rel == "index.html":
        return "./"  # the app is opened as its folder; a request for index.html maps to it too
    return "./" + urllib.parse.quote(rel)


def version_of(files):
    """A short hash over every file's name and contents: changes whenever any file changes."""
    h = hashlib.sha256()
    for rel, data in files:
        h.update(rel.encode("utf-8") + b"\0" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()[:16]


SW_TEMPLATE = """\
// Generated by tools/post_build.py for one build: edit that script, not this file.
// Keeps this build's files in the browser's Cache Storage so that, after the first visit, the
// app opens and works with no network at all. It only ever talks to the site it came from.
'use strict';

const VERSION = %(version)s;
const PREFIX = 'glute-check-';
const CACHE = PREFIX + VERSION;
const FILES = %(files)s;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map(async (url) => {
      // 'no-cache' asks the server to confirm an HTTP-cached copy, so a stale file never lands in
      // a cache named after this build's contents.
      const response = await fetch(new Request(url, { cache: 'no-cache' }));
      if (!response.ok) throw new Error('could not fetch ' + url + ': ' + response.status);
      // A redirected response may not answer a page navigation; keep a plain copy instead.
      const copy = response.redirected
        ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
        : response;
      await cache.put(url, copy);
    }));
    // A new build takes over at once; the running page already holds all it needs.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // Controls the page that installed it too, so it works offline without another visit.
    await self.clients.claim();
  })());
});

// The app's own page under its folder: './' and './index.html', with any query string.
function isAppPage(url) {
  const scope = new URL(self.registration.scope);
  return url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = request.mode === 'navigate' && isAppPage(url)
      ? await cache.match('./')
      : await cache.match(request);
    // Cache first: the cached build answers even when the network is gone. Anything not in this
    // build (another page under the same folder) goes to the network as if there were no worker.
    return hit || fetch(request);
  })());
});
"""


def service_worker(files):
    version = version_of(files)
    urls = [url_of(rel) for rel, _ in files]
    return (
        SW_TEMPLATE % {"version": json.dumps(version), "files": json.dumps(urls, indent=2)},
        version,
    )


def main(argv):
    staging_arg = argv[1] if len(argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not staging_arg:
        raise BuildError("no staging folder: pass it or run as a Trunk hook ($TRUNK_STAGING_DIR)")
    staging = Path(staging_arg)
    index = staging / "index.html"
    if not index.is_file():
        raise BuildError(f"{index} does not exist")

    prerender(index)
    # newline="" keeps the file's own line ends, so the page changes only where it must.
    with open(index, encoding="utf-8", newline="") as src:
        html, inlined = inline_stylesheets(src.read(), staging)
        html, glue_saved = minify_glue(html, staging)
        html = report_load_failures(html)
        html, policy = add_csp(html)
    with open(index, "w", encoding="utf-8", newline="") as out:
        out.write(html)

    # After index.html has its final form: the worker caches (and is versioned by) that form.
    files = build_files(staging)
    script, version = service_worker(files)
    (staging / SERVICE_WORKER).write_text(script, encoding="utf-8")

    total = sum(len(data) for _, data in files)
    hashes = policy.count("'sha256-")
    glue = (
        f"JS glue minified ({glue_saved} bytes less)"
        if glue_saved is not None
        else "JS glue NOT minified (terser is not on PATH; ./run installs it)"
    )
    print(
        f"post_build: welcome screen and stopped notice prerendered; {inlined} stylesheet(s) inlined; {glue}; "
        "loader reports a failed start; "
        f"CSP with {hashes} inline hash(es); "
        f"{SERVICE_WORKER} precaches {len(files)} files ({total} bytes), cache {version}"
    )


if __name__ == "__main__":
    try:
        main(sys.argv)
    except (BuildError, OSError) as err:
        print(f"post_build: {err}", file=sys.stderr)
        sys.exit(1)
