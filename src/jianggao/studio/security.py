"""Who may talk to the studio: its own page only.

An ASGI middleware in front of every route:

- ``Host`` must be the address the studio serves (``127.0.0.1:PORT``, or
  ``localhost:PORT`` for the loopback): a page on another site that re-points
  its own name at 127.0.0.1 (DNS rebinding) sends its own name and is refused.
  Bound to every interface (``--host 0.0.0.0``), any name of the machine is
  accepted and the token is what keeps strangers out.
- ``Origin``, when a browser sends one, must be the studio's own (the page the
  request's ``Host`` names): no other site's page can post to it. Writes (anything but GET/HEAD) also need the
  header ``X-Jianggao: 1``, which a plain cross-site form cannot send.
- When serving beyond the loopback (``--host``), every request needs the
  random token printed at start: ``?token=`` once (it becomes a cookie), or the
  ``X-Jianggao-Token`` header.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]

TOKEN_COOKIE = "jianggao_token"
TOKEN_HEADER = "x-jianggao-token"
WRITE_HEADER = "x-jianggao"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    return host in ("0.0.0.0", "::", "")


def allowed_hosts(host: str, port: int) -> set[str] | None:
    """The ``Host`` header values that name this server (None: any, for a wildcard bind)."""
    if is_wildcard(host):
        return None
    names = {host}
    if is_loopback(host):
        names |= {"127.0.0.1", "localhost"}
    if ":" in host and not host.startswith("["):  # IPv6 literal
        names = {f"[{n}]" if ":" in n else n for n in names}
    return {f"{name}:{port}" for name in names}


class GuardMiddleware:
    def __init__(self, app: ASGIApp, host: str, port: int, token: str | None) -> None:
        self.app = app
        self.hosts = allowed_hosts(host, port)
        self.port = port
        self.token = token
        if not is_loopback(host) and not token:
            raise ValueError("a studio beyond the loopback needs a token")

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self.refusal(scope, headers)
        if refusal:
            await _forbidden(send, refusal)
            return
        if self.token and hmac.compare_digest(_query_token(scope), self.token) and scope["method"] in ("GET", "HEAD"):
            await _set_cookie_and_redirect(send, self.token)
            return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope, headers: dict[str, str]) -> str:
        """Why this request is refused, or ''."""
        host = headers.get("host", "")
        if (self.hosts is not None and host not in self.hosts) or not host.endswith(f":{self.port}"):
            return "请求的主机名不是本工作室的地址，已拒绝（防止 DNS 重绑定）。请用启动时显示的网址访问"
        origin = headers.get("origin")
        if origin is not None and origin != f"http://{host}":
            return "来自其他网站的请求，已拒绝。请在工作室自己的页面中操作"
        if scope["method"] not in ("GET", "HEAD") and headers.get(WRITE_HEADER) != "1":
            return "缺少工作室页面的请求标记，已拒绝。请在工作室自己的页面中操作"
        if self.token and not self._has_token(scope, headers):
            return "需要访问令牌。请使用启动时显示的完整网址（含 ?token=…）打开工作室"
        return ""

    def _has_token(self, scope: Scope, headers: dict[str, str]) -> bool:
        assert self.token is not None
        offered = [headers.get(TOKEN_HEADER, ""), _query_token(scope)]
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is just no token
            cookie = SimpleCookie()
        if TOKEN_COOKIE in cookie:
            offered.append(cookie[TOKEN_COOKIE].value)
        return any(o and hmac.compare_digest(o, self.token) for o in offered)


def _query_token(scope: Scope) -> str:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return (query.get("token") or [""])[0]


async def _forbidden(send: Any, message: str) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _set_cookie_and_redirect(send: Any, token: str) -> None:
    """The token from the printed URL becomes a cookie, and the URL loses it (back to the start page)."""
    cookie = f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [(b"location", b"/"), (b"set-cookie", cookie.encode("latin-1")), (b"content-length", b"0")],
        }
    )
    await send({"type": "http.response.body", "body": b""})
