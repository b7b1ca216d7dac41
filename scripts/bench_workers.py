"""The benchmark's memory figure: the app served by gunicorn as in production (2 workers, 4 threads each,
--preload), the query mix sent over HTTP until both workers have served it, then each worker's RSS and PSS
(PSS: a page shared by the two workers, such as a memory-mapped index file, counts half in each, so the
sum is what the two really cost together). Not a test.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKERS = 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _memory_kib(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if parts and parts[0] in ("Rss:", "Pss:"):
            out[parts[0][:-1]] = int(parts[1])
    return out


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(p) for p in text.split()]


def _get(port: int, query: str) -> float:
    url = f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode({"q": query, "page_size": 20})
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
    return (time.perf_counter() - t0) * 1000


def measure(data_dir: Path, queries: list[str], rounds: int = 3) -> dict:
    """Start gunicorn on ``data_dir``, send ``rounds`` × the query mix (4 at a time) until each worker has
    answered at least one full mix, and return its workers' memory and the HTTP latencies."""
    port = _free_port()
    log = data_dir / "gunicorn-access.log"
    log.unlink(missing_ok=True)  # a data directory reused from an earlier run (bench_search --reuse)
    env = dict(os.environ, DATA_DIR=str(data_dir), ALLOWED_HOSTS="127.0.0.1,localhost",
               DJANGO_SETTINGS_MODULE="config.settings")
    command = [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "-c", "config/gunicorn.py",
               "--preload", "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--threads", "4",
               "--timeout", "600", "--access-logfile", str(log), "--access-logformat", "%(p)s %(U)s"]
    server = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 300
        while True:
            try:
                _get(port, "首次出现")
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise RuntimeError("gunicorn did not start: " + server.stderr.read().decode()[-2000:])
                time.sleep(0.5)
        times: list[float] = []
        with ThreadPoolExecutor(4) as pool:
            for _ in range(rounds * 4):
                times += pool.map(lambda q: _get(port, q), queries)
                served = Counter(line.split()[0].strip("<>") for line in log.read_text().splitlines() if line.strip())
                if len(served) >= WORKERS and min(served.values()) >= len(queries) and len(times) >= rounds * len(queries):
                    break
        workers = _children(server.pid)
        memory = {pid: _memory_kib(pid) for pid in workers}
        return {"workers": memory, "served": dict(served), "http_ms": times,
                "master": _memory_kib(server.pid)}
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
