"""bench/run: start-up, feed against nginx, API load with 100 sessions, Google calls per booked colleague.

Called by bench/run after it has built target/touchbase.jar; prints one Markdown table and writes it,
with the machine it ran on, to bench/RESULTS.md. Environment (all optional):
  JAVA_OPTS     JVM flags for every Touchbase process (default: the README's production flags)
  SECONDS_EACH  seconds per measured wrk case (default 8; warm-ups are shorter)
  SESSIONS      signed-in sessions for the API load (default 100)
  ONLY          comma-separated subset of: startup,small,feed,large
"""
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from touchbase import Server, Session, class_data_archive  # noqa: E402
from wrk import wrk, nginx_serving  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, "target", "touchbase.jar")
ARCHIVE = os.path.join(ROOT, "target", "touchbase.jsa")
# C2 compiles only what runs 40,000 times (8x the default): start-up code stays with C1 (see the README)
LATE_C2 = ("-XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=5000 "
           "-XX:Tier4CompileThreshold=50000 -XX:Tier4BackEdgeThreshold=300000")
PRODUCTION_OPTS = f"-Xms32m -Xmx256m -XX:+UseSerialGC {LATE_C2} -XX:SharedArchiveFile={ARCHIVE}"
JAVA_OPTS = os.environ.get("JAVA_OPTS", PRODUCTION_OPTS).split()
SECONDS = int(os.environ.get("SECONDS_EACH", "8"))
SESSIONS = int(os.environ.get("SESSIONS", "100"))
ONLY = set(filter(None, os.environ.get("ONLY", "startup,small,feed,large").split(",")))
READS = ["/api/me", "/api/colleagues", "/api/touchbases", "/"]
HORIZON_DAYS = 26 * 7  # Proposals.HORIZON
rows = []


def say(text):
    print(text, file=sys.stderr, flush=True)


def row(what, rps="", p50="", p99="", errors="", figure="", target=""):
    rows.append((what, rps, p50, p99, errors, figure, target))
    say("  " + " | ".join(str(cell) for cell in rows[-1]))


def ms(value):
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def calendar_calls(before, after):
    """Calendar API requests between two tallies, by kind ("POST freeBusy": 3, "GET events/{id}": 10 ...)."""
    kinds = {}
    for key, n in after.items():
        if "/calendar/v3/" in key and n > before.get(key, 0):
            method, path = key.split(" ", 1)
            kind = f"{method} {path.split('/calendar/v3/', 1)[1].replace('calendars/{id}/', '')}"
            kinds[kind] = kinds.get(kind, 0) + n - before.get(key, 0)
    return kinds


def floor_calls(booked):
    """One freeBusy per 50 calendars (the account's and each colleague's) per 90 days, one insert per series."""
    return math.ceil((booked + 1) / 50) * math.ceil(HORIZON_DAYS / 90) + booked


def start(work, name, env=None):
    server = Server(JAR, os.path.join(work, name), JAVA_OPTS, os.path.join(work, name + ".log"), env)
    server.wait_healthy()
    return server


def startup(work):
    say("start-up: a first start on a new data folder, then three restarts ...")
    data = os.path.join(work, "startup")
    times, cpu = [], []
    for i in range(4):
        server = Server(JAR, data, JAVA_OPTS, os.path.join(work, "startup.log"))
        times.append(server.wait_healthy())
        cpu.append(server.cpu_seconds())
        if i == 3:
            time.sleep(10)
            idle = server.rss()
        server.stop()
    restart = sorted(times[1:])[1]
    restart_cpu = sorted(cpu[1:])[1]
    row("start-up to first /healthz 200, first start (new data folder)",
        figure=f"{times[0]:.2f} s ({cpu[0]:.1f} s of CPU)", target="< 1.5 s" + met(times[0] < 1.5))
    row("start-up to first /healthz 200, restart (median of 3)",
        figure=f"{restart:.2f} s ({restart_cpu:.1f} s of CPU)", target="< 1.5 s" + met(restart < 1.5))
    row("RSS at idle (10 s after start-up)", figure=f"{idle:.0f} MB", target="< 200 MB" + met(idle < 200))
    bare = Server(JAR, data, [], os.path.join(work, "startup.log"))
    bare_time = bare.wait_healthy()
    time.sleep(10)
    row("the same with no JVM flags (the README's first command): restart, RSS at idle",
        figure=f"{bare_time:.2f} s ({bare.cpu_seconds():.1f} s of CPU), {bare.rss():.0f} MB")
    bare.stop()


def met(ok):
    return " (met)" if ok else " (**not met**)"


def book(owner, count, first=1, cadence="monthly"):
    """Adds colleagues bench{first}..{first+count-1} by CSV, books them all, waits until Google has them."""
    zone = owner.api("GET", "/api/me")["timeZone"]
    lines = [f"bench{i}@demo.touchbase.test,Bench Colleague {i},{zone},{cadence}" for i in range(first, first + count)]
    owner.api("POST", "/api/colleagues/import", "email,name,timezone,cadence\n" + "\n".join(lines) + "\n", "text/csv")
    owner.book_all()
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        series = owner.api("GET", "/api/touchbases")
        series = series.get("touchBases", series) if isinstance(series, dict) else series
        if series and not any(s["status"] == "pending" for s in series):
            return sum(1 for s in series if s["status"] == "booked")
        time.sleep(0.5)
    raise RuntimeError("series still pending after 900 s")


def google_cost(server, owner, count, first=1, cadence="monthly", meet=True):
    """With Meet on, each insert is followed by a read of the event a second later for its Meet link
    (Google answers the conference "pending"): one account's bookings reach Google at about one a
    second, so the 500-colleague case books without Meet to keep the run short."""
    if not meet:
        owner.api("PUT", "/api/me/preferences", {"addMeetLink": False})
    before = server.google_requests()
    booked = book(owner, count, first, cadence) - (first - 1)
    kinds = calendar_calls(before, server.google_requests())
    calls = sum(kinds.values())
    floor = floor_calls(booked)
    row(f"Google Calendar requests to add and book {count} colleagues ({booked} booked"
        + ("" if meet else ", no Meet links") + ")",
        figure=f"{calls} ({calls / max(booked, 1):.2f} per booked colleague: "
               + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
               + f"); floor {floor} ({floor / max(booked, 1):.2f})", target="at the floor" + met(calls <= floor))


def signed_in(server):
    owner = Session(server.base).sign_in()
    owner.api("PUT", "/api/me/preferences", {"maxPerDay": 20, "maxPerWeek": 100, "bufferMinutes": 0})
    return owner


def api_load(server, colleagues, work):
    say(f"API load: signing in {SESSIONS} sessions ...")
    cookies = os.path.join(work, f"cookies-{colleagues}")
    with ThreadPoolExecutor(4) as pool:
        signed = list(pool.map(lambda _: Session(server.base).sign_in().cookie_header(), range(SESSIONS)))
    with open(cookies, "w") as f:
        f.write("\n".join(signed) + "\n")
    env = {"COOKIES": cookies}
    lua = os.path.join(HERE, "sessions.lua")
    say(f"API load with {colleagues} colleagues: warm-up, then each read and the mix ...")
    wrk(server.base + "/", SESSIONS, max(SECONDS // 2, 3), script=lua, env=dict(env, PATHS=",".join(READS)))
    cases = [(path, [path]) for path in READS] + [("mix of the four", READS)]
    for name, paths in cases:
        cpu = server.cpu_seconds()
        r = wrk(server.base + "/", SESSIONS, SECONDS, script=lua, env=dict(env, PATHS=",".join(paths)))
        cpu_each = (server.cpu_seconds() - cpu) * 1000 / max(r["requests"], 1)
        ok = r["errors"] == 0 and r["p99"] < 250
        row(f"API, {SESSIONS} sessions, {colleagues} colleagues: {name}", f"{r['rps']:,.0f}", ms(r["p50"]),
            ms(r["p99"]), r["errors"], figure=f"{cpu_each:.2f} ms of server CPU per request",
            target="p99 < 250 ms, 0 errors" + met(ok))
    peak = server.peak_rss()
    row(f"peak RSS of the server, {colleagues} colleagues, {SESSIONS} sessions (setup included)",
        figure=f"{peak:.0f} MB", target="< 512 MB" + met(peak < 512))


def feed(server, owner, work):
    url = owner.api("GET", "/api/feed")["url"]
    path = "/" + url.split("://", 1)[1].split("/", 1)[1]
    touchbase_url = f"http://127.0.0.1:{server.port}{path}"
    with nginx_serving(touchbase_url, path, work) as nginx_url:
        say("feed: Touchbase and nginx, fresh and 304 ...")
        # Touchbase warms up longer: its JIT compiler is still busy for several seconds after the first polls.
        for name, target_url, warm in (("touchbase", touchbase_url, max(SECONDS, 8)), ("nginx", nginx_url, 3)):
            wrk(target_url, 64, warm)
            wrk(target_url, 64, warm, etag=True)
        results, cpu = {}, {}
        for kind, etag in (("fresh", False), ("304", True)):
            for name, target_url in (("Touchbase", touchbase_url), ("nginx", nginx_url)):
                before = server.cpu_seconds()
                results[(name, kind)] = wrk(target_url, 64, SECONDS, etag=etag)
                if name == "Touchbase":
                    cpu[kind] = (server.cpu_seconds() - before) / max(results[(name, kind)]["requests"], 1) * 1e6
        size = os.path.getsize(os.path.join(work, "www", path.lstrip("/")))
        for kind in ("fresh", "304"):
            ours, theirs = results[("Touchbase", kind)], results[("nginx", kind)]
            share = ours["rps"] / theirs["rps"]
            for name, r in (("Touchbase", ours), ("nginx", theirs)):
                figure = (f"{share:.0%} of nginx; {cpu[kind]:.1f} µs of server CPU per request" if name == "Touchbase"
                          else f"{size:,} bytes, 50 series")
                row(f"feed {kind}, 64 connections: {name}", f"{r['rps']:,.0f}", ms(r["p50"]), ms(r["p99"]),
                    r["errors"], figure, "≥ 80% of nginx" + met(share >= 0.8) if name == "Touchbase" else "")


def machine():
    cores = os.cpu_count()
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) / 1024 / 1024
    jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %cd", "--date=short"],
                            capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()[0]
    return (f"Machine: {cores} cores (`nproc`), {memory:.0f} GB memory, {jdk}, {platform.platform()}; "
            f"load average {load:.1f} at the start; commit {commit}; JAVA_OPTS `{' '.join(JAVA_OPTS)}`; "
            f"wrk 2 threads on the same machine, {SECONDS} s per case.")


def main():
    work = tempfile.mkdtemp(prefix="touchbase-bench-")
    os.chmod(work, 0o755)
    began = time.monotonic()
    if "SharedArchiveFile" in " ".join(JAVA_OPTS):
        say("class-data sharing archive ...")
        class_data_archive(JAR, work)
    header = machine()
    servers = []
    try:
        if "startup" in ONLY:
            startup(work)
        scenarios = {
            "small": lambda server, owner: (google_cost(server, owner, 10), book(owner, 10, first=11),
                                            api_load(server, 20, work)),
            "feed": lambda server, owner: (google_cost(server, owner, 50, cadence="quarterly"),
                                           feed(server, owner, work)),
            "large": lambda server, owner: (google_cost(server, owner, 500, cadence="quarterly", meet=False),
                                            api_load(server, 500, work)),
        }
        for name, steps in scenarios.items():
            if name in ONLY:
                server = None
                try:
                    server = start(work, name)
                    servers.append(server)
                    steps(server, signed_in(server))
                except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
                    row(f"{name}: did not finish", figure=str(e)[:200])
                if server:
                    server.stop()
    finally:
        for server in filter(None, servers):
            server.stop()
        logs = os.path.join(tempfile.gettempdir(), "touchbase-bench-logs")
        shutil.rmtree(logs, ignore_errors=True)
        shutil.copytree(work, logs, ignore=shutil.ignore_patterns("*.db*", "secret.key", "www", "nginx"))
        shutil.rmtree(work, ignore_errors=True)
    table = ["| measure | req/s | p50 | p99 | errors | figure | target |",
             "|---------|------:|----:|----:|-------:|--------|--------|"]
    table += ["| " + " | ".join(str(cell) for cell in r) + " |" for r in rows]
    took = time.monotonic() - began
    text = "\n".join([header, "", *table, "", f"bench/run took {took / 60:.1f} minutes (server logs in {logs})."])
    print(text)
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "w") as f:
        f.write("# bench/run results\n\nWritten by `bench/run` (see the README's Performance section).\n\n"
                + text + "\n")


if __name__ == "__main__":
    main()
