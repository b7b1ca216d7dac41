"""A real server for the load test and the crash test: a data directory prepared as `make run` prepares
it, gunicorn started with the exact command of `make serve`, an admin session that uploads pages.

Not a test double: the command is read from the Makefile (`make -n serve`), so it is the one operators run.
"""
from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
PYTHON = REPO / ".venv" / "bin" / "python"
UPLOAD_PATH = "/admin/archive/article/upload/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PORT")}
    # The server answers on 127.0.0.1, whatever hosts the calling process allowed itself (make bench: testserver).
    env.update(DATA_DIR=str(data_dir), SEARCH_BACKEND="whoosh", DJANGO_DEBUG="0", ALLOWED_HOSTS="127.0.0.1,localhost")
    return env


def manage(data_dir: Path, *args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(PYTHON), str(REPO / "manage.py"), *args], cwd=REPO, env={**server_env(data_dir),
                          **kw.pop("env", {})}, check=check, capture_output=True, text=True, **kw)


def prepare(data_dir: Path, *, import_seeds: bool = True) -> None:
    """What `make run` does before serving: migrate, import seeds/, build the index, collect static files."""
    manage(data_dir, "migrate", "--noinput")
    if import_seeds:
        manage(data_dir, "import_articles", "seeds/", "--quiet-duplicates")
    manage(data_dir, "rebuild_index", "--noinput")
    manage(data_dir, "collectstatic", "--noinput", "--verbosity", "0")


def create_staff(data_dir: Path, username: str, password: str) -> None:
    manage(data_dir, "createsuperuser", "--noinput", "--username", username, "--email", f"{username}@example.org",
           env={"DJANGO_SUPERUSER_PASSWORD": password})


def serve_command(port: int) -> list[str]:
    """`make serve`'s command line, as make would run it."""
    out = subprocess.run(["make", "-s", "-n", "serve", "HOST=127.0.0.1", f"PORT={port}"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    line = next(line for line in out.splitlines() if "gunicorn" in line)
    return shlex.split(line)


class Server:
    """gunicorn in its own process group, so that killing the group kills the master and every worker."""

    def __init__(self, data_dir: Path, port: int | None = None):
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = data_dir / "gunicorn.log"

    def start(self, timeout: float = 60.0) -> "Server":
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(serve_command(self.port), cwd=REPO, env=server_env(self.data_dir),
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if requests.get(f"{self.url}/api/search?q=ping", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()  # not left serving after the caller gives up on it
        raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{self.log.read_text()[-3000:]}")

    def kill_hard(self) -> None:
        """kill -9 the master and its workers (the whole process group), as a power cut would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill_hard()


class AdminSession:
    """A signed-in staff browser: the admin login form, then the upload form, each with its CSRF token."""

    def __init__(self, url: str, username: str, password: str):
        self.url = url
        self.session = requests.Session()
        page = self.session.get(f"{url}/admin/login/", timeout=30)
        answer = self.session.post(f"{url}/admin/login/", data={
            "username": username, "password": password, "csrfmiddlewaretoken": _csrf(page.text),
            "next": "/admin/"}, headers={"Referer": f"{url}/admin/login/"}, timeout=30)
        if "sessionid" not in self.session.cookies:
            raise RuntimeError(f"admin login failed ({answer.status_code})")

    def upload(self, files: list[tuple[str, bytes]], timeout: float = 300) -> requests.Response:
        token = self.session.cookies.get("csrftoken")
        return self.session.post(f"{self.url}{UPLOAD_PATH}", data={"csrfmiddlewaretoken": token},
                                 files=[("files", (name, data, "application/octet-stream")) for name, data in files],
                                 headers={"Referer": f"{self.url}{UPLOAD_PATH}"}, timeout=timeout)


def _csrf(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not match:
        raise RuntimeError("no CSRF token on the admin login page")
    return match.group(1)


def upload_counts(html: str) -> dict[str, int]:
    """created / duplicate / failed / skipped, and waiting (pages the page says are not searchable yet)."""
    counts = {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', html)}
    waiting = re.search(r'data-waiting="(\d+)"', html)
    counts["waiting"] = int(waiting.group(1)) if waiting else 0
    return counts


if __name__ == "__main__":
    sys.exit("a helper of scripts/loadtest.py and tests/admin/test_crash_recovery.py; not a command")
