"""Starting Touchbase in demo mode and driving it over HTTP, for bench/run (standard library only)."""
import http.client
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status(pid, field):
    """VmRSS, VmHWM ... of a process in MB (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Server:
    """One Touchbase process (java -jar, demo mode, loopback, its own data folder)."""

    def __init__(self, jar, data_dir, java_opts, log_path, env=None):
        self.port = free_port()
        self.base = f"http://localhost:{self.port}"
        self.log_path = log_path
        full_env = dict(os.environ, PORT=str(self.port), TOUCHBASE_DATA_DIR=data_dir,
                        TOUCHBASE_SIGN_IN_STARTS="100000", **(env or {}))
        self.log = open(log_path, "ab")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(["java", *java_opts, "-jar", jar, "serve"], env=full_env,
                                     stdout=self.log, stderr=subprocess.STDOUT)

    def wait_healthy(self, timeout=120):
        """Seconds from spawning the process to the first 200 from /healthz."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log_path}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return time.monotonic() - self.started
            except OSError:
                pass
            time.sleep(0.01)
        raise RuntimeError(f"no /healthz 200 within {timeout}s; see {self.log_path}")

    def cpu_seconds(self):
        """User and system CPU time the process has used so far."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss(self):
        return proc_status(self.proc.pid, "VmRSS")

    def peak_rss(self):
        return proc_status(self.proc.pid, "VmHWM")

    def emulator(self):
        """The demo Google emulator's base URL, from the start-up log line."""
        with open(self.log_path, errors="replace") as f:
            found = re.findall(r"Google emulator at (http://\S+)", f.read())
        if not found:
            raise RuntimeError("no 'Google emulator at' line in the log: is demo mode on?")
        return found[-1].rstrip("/")

    def google_requests(self):
        """The emulator's request tally: {"POST /calendar/v3/freeBusy": n, ...}."""
        with urllib.request.urlopen(self.emulator() + "/_emulator/requests", timeout=10) as answer:
            return json.load(answer)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def class_data_archive(jar, work):
    """Makes the class-data sharing archive next to the jar (target/touchbase.jsa) unless it is newer than
    the jar: one demo start with -XX:ArchiveClassesAtExit, a few pages read, then SIGTERM writes it."""
    archive = os.path.splitext(jar)[0] + ".jsa"
    if os.path.exists(archive) and os.path.getmtime(archive) > os.path.getmtime(jar):
        return archive
    server = Server(jar, os.path.join(work, "cds"), [f"-XX:ArchiveClassesAtExit={archive}"],
                    os.path.join(work, "cds.log"))
    try:
        server.wait_healthy()
        for path in ("/", "/healthz", "/feed/unknown.ics", "/api/me"):
            try:
                urllib.request.urlopen(server.base + path, timeout=30).read()
            except urllib.error.HTTPError:
                pass
    finally:
        server.stop()
    return archive


class _Form(urllib.request.HTTPRedirectHandler):
    pass


class Session:
    """A browser: a cookie jar signed in through the demo's emulated Google consent page."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _Form())
        self.csrf = None

    def sign_in(self):
        with self.opener.open(self.base + "/auth/google", timeout=30) as consent:
            page = consent.read().decode()
            consent_url = consent.geturl()
        form = re.search(r'action="([^"]+)"', page)
        request = re.search(r'name="request" value="([^"]+)"', page)
        if request:  # the emulator asks only the first time; later sign-ins come straight back
            request = request.group(1).replace("&amp;", "&")
            data = urllib.parse.urlencode({"decision": "allow", "request": request}).encode()
            action = urllib.parse.urljoin(consent_url, form.group(1).replace("&amp;", "&"))
            with self.opener.open(action, data=data, timeout=30) as done:
                done.read()
        self.csrf = self.api("GET", "/api/me")["csrfToken"]
        return self

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar if c.name.endswith("touchbase_session"))

    def call(self, method, path, body=None, content_type="application/json", tries=5):
        """The answer's status and text; a 5xx (SQLITE_BUSY while the outbox writes) is retried."""
        data = body if isinstance(body, (bytes, type(None))) else (
            body.encode() if isinstance(body, str) else json.dumps(body).encode())
        for attempt in range(tries):
            req = urllib.request.Request(self.base + path, data=data, method=method)
            if self.csrf:
                req.add_header("X-CSRF-Token", self.csrf)
            if data is not None:
                req.add_header("Content-Type", content_type)
            try:
                with self.opener.open(req, timeout=300) as answer:
                    return answer.status, answer.read().decode()
            except urllib.error.HTTPError as e:
                text = e.read().decode(errors="replace")
                if e.code < 500 or attempt == tries - 1:
                    return e.code, text
                time.sleep(0.3)
        raise AssertionError("unreachable")

    def api(self, method, path, body=None, content_type="application/json"):
        status, text = self.call(method, path, body, content_type)
        if status >= 400:
            raise RuntimeError(f"{method} {path} answered {status}: {text[:300]}")
        return json.loads(text) if text else None

    def book_all(self):
        """The Plan page's "Book all" (one plan for every unplanned colleague, then the inserts)."""
        data = urllib.parse.urlencode({"csrf": self.csrf}).encode()
        status, text = self.call("POST", "/plan/book-all", data, "application/x-www-form-urlencoded")
        if status >= 400:
            raise RuntimeError(f"book-all answered {status}: {text[:300]}")
