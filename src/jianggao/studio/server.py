"""Serving the studio with uvicorn on a socket bound first, so the port (and the Host check) is known."""

from __future__ import annotations

import secrets
import socket
import threading
import time
from typing import Any

import uvicorn

from ..errors import JianggaoError, os_reason
from ..records import field, record
from .app import create_app
from .security import is_loopback, is_wildcard
from .workspace import Workspace


@record
class StudioServer:
    """A studio bound to ``host:port`` (port 0: any free port), ready to ``run`` or ``start`` in a thread."""

    workspace: Workspace
    host: str = "127.0.0.1"
    port: int = 0
    initial: str | None = None
    token: str | None = None
    _socket: socket.socket | None = field(default=None, repr=False)
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.token is None and not is_loopback(self.host):
            self.token = secrets.token_urlsafe(24)
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise JianggaoError(
                f"无法在 {self.host}:{self.port} 上启动工作室（{os_reason(exc)}）",
                hint="端口可能已被占用，请换一个 --port，或不写 --port 自动选择",
            ) from None
        sock.listen(64)
        self.port = sock.getsockname()[1]
        self._socket = sock
        app = create_app(self.workspace, self.host, self.port, self.token, self.initial)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)

    @property
    def url(self) -> str:
        host = socket.gethostname() if is_wildcard(self.host) else self.host
        host = f"[{host}]" if ":" in host else host
        base = f"http://{host}:{self.port}/"
        return f"{base}?token={self.token}" if self.token else base

    def run(self, on_started: Any = None) -> None:
        """Serve until interrupted (Ctrl+C); ``on_started`` is called once the server accepts requests."""
        assert self._server is not None and self._socket is not None
        if on_started is not None:
            threading.Thread(target=self._when_started, args=(on_started,), daemon=True).start()
        self._server.run(sockets=[self._socket])

    def _when_started(self, callback: Any) -> None:
        assert self._server is not None
        while not self._server.started and not self._server.should_exit:
            time.sleep(0.02)
        if self._server.started:
            callback()

    def start(self) -> StudioServer:
        """Serve in a background thread (for tests and ``--watch``-style embedding)."""
        assert self._server is not None
        ready = threading.Event()
        self._thread = threading.Thread(target=self.run, args=(ready.set,), daemon=True)
        self._thread.start()
        if not ready.wait(15):
            raise RuntimeError("studio server did not start")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
