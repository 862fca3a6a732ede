"""wrk runs and an nginx serving the same bytes, for bench/run."""
import contextlib
import os
import re
import subprocess
import urllib.request

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def _etag(url):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.headers["ETag"]


def wrk(url, connections, seconds, script=None, env=None, etag=False, threads=2):
    """Requests per second, p50 and p99 in ms, and errors (non-2xx/3xx answers and socket errors)."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script:
        command += ["-s", script]
    if etag:
        command += ["-H", f"If-None-Match: {_etag(url)}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True,
                         env=dict(os.environ, **(env or {}))).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = re.search(r"^\s*(\d+) requests in", out, re.M)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "requests": int(total.group(1)) if total else 0,
            "p50": _ms(latency["50"]), "p99": _ms(latency["99"]),
            "errors": errors + (int(non_ok.group(1)) if non_ok else 0)}


@contextlib.contextmanager
def nginx_serving(source_url, path, work):
    """nginx serving the bytes at source_url as a static file at path, set up as Debian's nginx ships
    (/etc/nginx/nginx.conf: a worker per core, sendfile and tcp_nopush on) but with no access log, nginx at
    its fastest: Touchbase sums its feed polls up in one request-log line every 10 s, so nginx does not pay
    for a line per request either."""
    root = os.path.join(work, "www")
    target = os.path.join(root, path.lstrip("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    for folder in (root, os.path.dirname(target)):
        os.chmod(folder, 0o755)
    with urllib.request.urlopen(source_url, timeout=10) as answer, open(target, "wb") as f:
        f.write(answer.read())
    os.chmod(target, 0o644)
    conf_dir = os.path.join(work, "nginx")
    os.makedirs(conf_dir, exist_ok=True)
    from touchbase import free_port
    port = free_port()
    with open(os.path.join(conf_dir, "nginx.conf"), "w") as f:
        f.write(f"""worker_processes auto;
pid {conf_dir}/nginx.pid;
error_log {conf_dir}/error.log;
events {{ worker_connections 1024; }}
http {{
  sendfile on;
  tcp_nopush on;
  access_log off;
  types {{ text/calendar ics; }}
  charset utf-8;
  etag on;
  server {{
    listen 127.0.0.1:{port};
    root {root};
    location /feed/ {{ add_header Cache-Control "private, max-age=300"; }}
  }}
}}
""")
    nginx = subprocess.Popen(["nginx", "-c", os.path.join(conf_dir, "nginx.conf"), "-p", conf_dir,
                              "-g", "daemon off;"])
    url = f"http://127.0.0.1:{port}{path}"
    try:
        for _ in range(100):
            try:
                _etag(url)
                break
            except OSError:
                import time
                time.sleep(0.05)
        yield url
    finally:
        nginx.terminate()
        nginx.wait()
