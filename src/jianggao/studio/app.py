"""The studio's web application: the page, its assets, and a small JSON API over a ``Workspace``.

Every answer to a user error is ``{"error": "<the CLI's one line>"}`` with
status 400 (409 for a save that would overwrite someone else's change).
Requests are served one at a time against the workspace (a lock), so the
shared fragment-library cache is never raced.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import InputError, JianggaoError
from .security import GuardMiddleware
from .workspace import EXPORT_TYPES, MAX_IMPORT_BYTES, MAX_SPEC_BYTES, SaveConflict, Workspace

ASSETS = Path(__file__).resolve().parent / "assets"
log = logging.getLogger("jianggao.studio")


def _error(exc: JianggaoError) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=409 if isinstance(exc, SaveConflict) else 400)


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused past ``limit`` bytes (never read whole into memory first)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise InputError(f"上传的内容太大（超过 {limit // (1024 * 1024)} MB）", hint="请确认选择的文件")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise InputError(f"上传的内容太大（超过 {limit // (1024 * 1024)} MB）", hint="请确认选择的文件")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json(request: Request) -> dict[str, Any]:
    raw = await _body(request, MAX_SPEC_BYTES * 2)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError("请求内容不是有效的 JSON", hint="请在工作室页面中操作") from None
    if not isinstance(data, dict):
        raise InputError("请求内容应是一个 JSON 对象", hint="请在工作室页面中操作")
    return data


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise InputError(f"请求缺少“{key}”", hint="请在工作室页面中操作")
    return value


def create_app(workspace: Workspace, host: str, port: int, token: str | None, initial: str | None = None) -> Any:
    """The ASGI application for ``workspace``, guarded for ``host:port`` (and ``token`` if given)."""
    lock = threading.Lock()

    async def call(func: Any, *args: Any) -> Any:
        def locked() -> Any:
            with lock:
                return func(*args)

        return await run_in_threadpool(locked)

    def api(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except JianggaoError as exc:
                return _error(exc)
            except Exception:  # a bug: say so in Chinese, keep the traceback in the server log
                log.exception("studio request failed")
                return JSONResponse({"error": "工作室内部错误，请把终端中显示的信息提供给开发者"}, status_code=500)

        return endpoint

    async def index(request: Request) -> Response:
        return FileResponse(ASSETS / "index.html", headers={"cache-control": "no-store"})

    async def state(request: Request) -> Response:
        specs = await call(workspace.specs)
        templates = await call(workspace.templates)
        start = initial if initial in specs else (specs[0] if specs else None)
        return JSONResponse({"folder": str(workspace.root), "specs": specs, "initial": start, "templates": templates})

    async def schema(request: Request) -> Response:
        from ..spec.schema import spec_json_schema

        return JSONResponse(spec_json_schema())

    async def page_css(request: Request) -> Response:
        from .preview import page_css as css

        return Response(css(workspace.profile), media_type="text/css; charset=utf-8")

    async def read_file(request: Request) -> Response:
        return JSONResponse(await call(workspace.read, request.query_params.get("path", "")))

    async def analyse(request: Request) -> Response:
        data = await _json(request)
        hang = data.get("layout") != "pdf"
        result = await call(lambda: workspace.analyse(_text(data, "path"), _text(data, "text"), hang=hang))
        return JSONResponse(result.as_json())

    async def save(request: Request) -> Response:
        data = await _json(request)
        base = data.get("hash")
        return JSONResponse(await call(workspace.save, _text(data, "path"), _text(data, "text"), base if isinstance(base, str) else None))

    async def new_spec(request: Request) -> Response:
        data = await _json(request)
        return JSONResponse(await call(workspace.new_spec, _text(data, "template")))

    async def fragments(request: Request) -> Response:
        return JSONResponse(await call(workspace.search_fragments, request.query_params.get("q", "")))

    async def fragment_source(request: Request) -> Response:
        new = request.query_params.get("new") == "1"
        return JSONResponse(await call(workspace.fragment_source, request.query_params.get("id", ""), new))

    async def fragment_save(request: Request) -> Response:
        data = await _json(request)
        return JSONResponse(await call(workspace.save_fragment, _text(data, "id"), data.get("new") is True, _text(data, "text")))

    async def export(request: Request) -> Response:
        data = await _json(request)
        fmt = _text(data, "format")
        name = _text(data, "path")
        payload = await call(workspace.export, name, _text(data, "text"), fmt)
        filename = f"{Path(name).stem}.{fmt}"
        disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
        return Response(payload, media_type=EXPORT_TYPES[fmt], headers={"content-disposition": disposition})

    async def build_files(request: Request) -> Response:
        data = await _json(request)
        formats = data.get("formats")
        if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
            raise InputError("请求缺少“formats”", hint="请在工作室页面中操作")
        return JSONResponse({"written": await call(workspace.build_files, _text(data, "path"), formats)})

    async def import_speech(request: Request) -> Response:
        filename = request.query_params.get("name", "")
        data = await _body(request, MAX_IMPORT_BYTES)
        return JSONResponse(await call(workspace.import_speech, filename, data))

    routes = [
        Route("/", index),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/api/state", api(state)),
        Route("/api/schema", api(schema)),
        Route("/api/page.css", api(page_css)),
        Route("/api/file", api(read_file)),
        Route("/api/analyse", api(analyse), methods=["POST"]),
        Route("/api/save", api(save), methods=["POST"]),
        Route("/api/new", api(new_spec), methods=["POST"]),
        Route("/api/fragments", api(fragments)),
        Route("/api/fragment", api(fragment_source)),
        Route("/api/fragment", api(fragment_save), methods=["POST"]),
        Route("/api/export", api(export), methods=["POST"]),
        Route("/api/import", api(import_speech), methods=["POST"]),
        Route("/api/build", api(build_files), methods=["POST"]),
        Mount("/assets", StaticFiles(directory=ASSETS)),
    ]
    app = Starlette(routes=routes)
    return GuardMiddleware(app, host, port, token)
