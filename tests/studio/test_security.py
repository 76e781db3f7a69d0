"""Who may talk to the studio, checked on a real server over HTTP: Host, Origin, the write header, the token."""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest

from jianggao.studio.server import StudioServer
from jianggao.studio.workspace import Workspace


def request(server: StudioServer, method: str, path: str, headers: dict[str, str], body: bytes | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.putrequest(method, path, skip_host=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    if body is not None:
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def own(server: StudioServer, **extra: str) -> dict[str, str]:
    return {"Host": f"127.0.0.1:{server.port}", **extra}


def save_body(folder: Path, server: StudioServer) -> bytes:
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    opened = server.workspace.read("speech.yaml")
    return json.dumps({"path": "speech.yaml", "text": text + "# 改\n", "hash": opened["hash"]}).encode()


def test_the_studios_own_page_is_served(studio: StudioServer) -> None:
    response, data = request(studio, "GET", "/", own(studio))
    assert response.status == 200 and "讲稿工作室" in data.decode("utf-8")
    response, _ = request(studio, "GET", "/api/state", {"Host": f"localhost:{studio.port}"})
    assert response.status == 200


@pytest.mark.parametrize("host", ["evil.example:{port}", "127.0.0.1:1", "evil.example", ""])
def test_a_foreign_host_is_refused(studio: StudioServer, host: str) -> None:
    response, data = request(studio, "GET", "/api/file?path=speech.yaml", {"Host": host.format(port=studio.port)})
    assert response.status == 403
    assert "DNS 重绑定" in json.loads(data)["error"]


def test_a_foreign_origin_cannot_write(studio: StudioServer, folder: Path) -> None:
    before = (folder / "speech.yaml").read_bytes()
    headers = own(studio, **{"Origin": "http://evil.example", "X-Jianggao": "1", "Content-Type": "application/json"})
    response, data = request(studio, "POST", "/api/save", headers, save_body(folder, studio))
    assert response.status == 403 and "其他网站" in json.loads(data)["error"]
    assert (folder / "speech.yaml").read_bytes() == before


def test_a_write_without_the_studios_header_is_refused(studio: StudioServer, folder: Path) -> None:
    before = (folder / "speech.yaml").read_bytes()
    response, _ = request(studio, "POST", "/api/save", own(studio, **{"Content-Type": "text/plain"}), save_body(folder, studio))
    assert response.status == 403
    assert (folder / "speech.yaml").read_bytes() == before


def test_the_studios_own_origin_can_write(studio: StudioServer, folder: Path) -> None:
    headers = own(studio, **{"Origin": f"http://127.0.0.1:{studio.port}", "X-Jianggao": "1"})
    response, _ = request(studio, "POST", "/api/save", headers, save_body(folder, studio))
    assert response.status == 200
    assert (folder / "speech.yaml").read_text(encoding="utf-8").endswith("# 改\n")


def test_a_path_outside_the_folder_is_refused(studio: StudioServer) -> None:
    response, data = request(studio, "GET", "/api/file?path=../secret.yaml", own(studio))
    assert response.status == 400 and "不在工作文件夹" in json.loads(data)["error"]


def test_beyond_the_loopback_a_token_is_required(folder: Path) -> None:
    server = StudioServer(Workspace(folder), host="0.0.0.0").start()
    try:
        assert server.token and f"?token={server.token}" in server.url
        host = {"Host": f"192.0.2.7:{server.port}"}
        response, data = request(server, "GET", "/api/state", host)
        assert response.status == 403 and "访问令牌" in json.loads(data)["error"]
        response, _ = request(server, "GET", "/api/state?token=wrong", host)
        assert response.status == 403
        response, _ = request(server, "GET", f"/?token={server.token}", host)
        assert response.status == 303 and response.getheader("Location") == "/"
        cookie = response.getheader("Set-Cookie")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        response, _ = request(server, "GET", "/api/state", {**host, "Cookie": cookie.split(";")[0]})
        assert response.status == 200
        response, _ = request(server, "GET", "/api/state", {**host, "X-Jianggao-Token": server.token})
        assert response.status == 200
    finally:
        server.stop()


def test_a_port_in_use_is_a_clear_error(studio: StudioServer, folder: Path) -> None:
    from jianggao.errors import JianggaoError

    with pytest.raises(JianggaoError, match="无法在 127.0.0.1"):
        StudioServer(Workspace(folder), port=studio.port)
