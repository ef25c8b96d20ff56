"""Label Studio and doccano servers on 127.0.0.1, each in its own process group with a
temporary data folder; every wait is bounded and stop() always ends what start() began."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from http_client import Client, wait_for

STARTUP_TIMEOUT = 600.0  # Label Studio migrates its database on the first start: minutes on 2 cores
STOP_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Processes:
    """Child processes started in new sessions, so a stop reaches their children too."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.children: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, argv: list[str], env: dict[str, str], cwd: Path | None = None) -> None:
        log = open(self.logs / f"{name}.log", "wb")
        child = subprocess.Popen(argv, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self.children.append((name, child))

    def check_alive(self) -> None:
        for name, child in self.children:
            if child.poll() is not None:
                tail = (self.logs / f"{name}.log").read_text("utf-8", "replace")[-1500:]
                raise RuntimeError(f"{name} exited with status {child.returncode}:\n{tail}")

    def stop(self) -> None:
        for _name, child in reversed(self.children):
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        for _name, child in self.children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait(timeout=STOP_TIMEOUT)
        self.children.clear()


def run_checked(argv: list[str], env: dict[str, str], timeout: float, log: Path) -> None:
    with open(log, "ab") as out:
        result = subprocess.run(argv, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                timeout=timeout)
    if result.returncode != 0:
        tail = log.read_text("utf-8", "replace")[-1500:]
        raise RuntimeError(f"{' '.join(argv[:3])} failed with status {result.returncode}:\n{tail}")


class LabelStudio:
    name = "Label Studio"

    def __init__(self, venv: Path, data: Path) -> None:
        self.venv, self.data = venv, data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.user, self.password = "interop@example.org", secrets.token_hex(8)
        self.token = secrets.token_hex(20)
        self.processes = Processes(data)

    def start(self) -> Client:
        env = {**os.environ, "LATEST_VERSION_CHECK": "false", "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
               "COLLECT_ANALYTICS": "false", "HOME": str(self.data)}
        self.processes.start("label-studio", [
            str(self.venv / "bin" / "label-studio"), "start", "--no-browser", "--data-dir", str(self.data / "ls"),
            "--internal-host", "127.0.0.1", "--port", str(self.port), "--host", self.url,
            "--username", self.user, "--password", self.password,
            "--user-token", self.token, "--enable-legacy-api-token"], env)
        client = Client(self.url, {"Authorization": f"Token {self.token}"}, timeout=120)

        def ready() -> Any:
            self.processes.check_alive()
            return client.get("/api/version")

        self.version = wait_for("Label Studio API", ready, STARTUP_TIMEOUT, interval=3)["release"]
        return client

    def stop(self) -> None:
        self.processes.stop()


class Doccano:
    name = "doccano"

    def __init__(self, venv: Path, data: Path) -> None:
        self.venv, self.data = venv, data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.user, self.password = "interop", secrets.token_hex(8)
        self.processes = Processes(data)
        backend = next((venv / "lib").glob("python3*/site-packages/backend"))
        self.backend = backend
        self.env = {**os.environ, "DOCCANO_HOME": str(data), "HOME": str(data),
                    "DATABASE_URL": f"sqlite:///{data}/db.sqlite3", "MEDIA_ROOT": str(data / "media"),
                    "DJANGO_SETTINGS_MODULE": "config.settings.production", "STANDALONE": "True",
                    "DEBUG": "False", "SECRET_KEY": secrets.token_hex(24)}

    def start(self) -> Client:
        doccano = str(self.venv / "bin" / "doccano")
        run_checked([doccano, "init"], self.env, 600, self.data / "init.log")
        run_checked([doccano, "createuser", "--username", self.user, "--password", self.password],
                    self.env, 300, self.data / "init.log")
        # doccano's own `webserver` binds 0.0.0.0; run its gunicorn app on loopback instead.
        self.processes.start("gunicorn", [
            str(self.venv / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
            "--timeout", "120", "--chdir", str(self.backend), "config.wsgi"], self.env, cwd=self.backend)
        self.processes.start("celery", [doccano, "task", "--concurrency", "1"], self.env)
        anonymous = Client(self.url, timeout=60)

        def ready() -> Any:
            self.processes.check_alive()
            return anonymous.post("/v1/auth/login/", {"username": self.user, "password": self.password})

        key = wait_for("doccano API", ready, STARTUP_TIMEOUT, interval=2)["key"]
        self.version = _distribution_version(self.venv, "doccano")
        return Client(self.url, {"Authorization": f"Token {key}"}, timeout=120)

    def stop(self) -> None:
        self.processes.stop()


def _distribution_version(venv: Path, name: str) -> str:
    found = sorted((venv / "lib").glob(f"python3*/site-packages/{name}-*.dist-info"))
    return found[0].name[len(name) + 1:-len(".dist-info")] if found else "?"
