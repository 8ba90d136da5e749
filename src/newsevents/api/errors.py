"""One JSON error shape for every failure the API reports.

Every error body is ``{"error": {"status": int, "code": str, "message": str, "field": str | null}}`` so a client
has a single thing to parse, whether the error came from validation, the store, routing or a bug."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.errors import InputError, NewsEventsError, StoreError

log = logging.getLogger(__name__)

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 422: "invalid_request", 500: "internal_error", 503: "unavailable"}

# EventFilter names its fields; the API's query parameters are singular.
_PARAM_NAMES = {"types": "type", "modes": "mode", "quads": "quad", "countries": "country"}


class ApiError(Exception):
    """An error the API reports as-is: raised by route code, rendered by the handlers below."""

    def __init__(self, status: int, message: str, field: str | None = None, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.code = code or _CODES.get(status, "error")
        self.headers = headers


def error_body(status: int, message: str, field: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or _CODES.get(status, "error"), "message": message,
                      "field": field}}


def error_response(status: int, message: str, field: str | None = None, code: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, field, code), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errs = exc.errors()
    if not errs:
        return "invalid request", None
    first = errs[0]
    loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path", "header")]
    field = ".".join(loc) or None
    msg = str(first.get("msg", "invalid value"))
    more = f" (and {len(errs) - 1} more problem(s))" if len(errs) > 1 else ""
    return (f"{field}: {msg}{more}" if field else f"{msg}{more}"), field


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception type through `error_response`."""

    async def on_api_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.message, exc.field, exc.code, exc.headers)

    async def on_http(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = "no such resource; see /docs for the API"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    async def on_validation(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        message, field = _validation_message(exc)
        return error_response(422, message, field)

    async def on_input(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, InputError)
        field = _PARAM_NAMES.get(exc.record, exc.record)
        return error_response(400, f"{field}: {exc.message}", field)

    async def on_store(_: Request, exc: Exception) -> JSONResponse:
        log.warning("store error: %s", exc)
        if "interrupted" in str(exc):  # the per-request query budget ran out (see api.stores)
            return error_response(503, "the query took too long; narrow the filters (dates, types, countries)",
                                  code="query_too_expensive")
        return error_response(503, f"database error: {exc}")

    async def on_newsevents(_: Request, exc: Exception) -> JSONResponse:
        return error_response(400, str(exc))

    async def on_unexpected(_: Request, exc: Exception) -> JSONResponse:
        # Log the details for the operator; tell the client nothing about internals.
        log.exception("unhandled error in API", exc_info=exc)
        return error_response(500, "internal server error; the server log has the details")

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(InputError, on_input)
    app.add_exception_handler(StoreError, on_store)
    app.add_exception_handler(NewsEventsError, on_newsevents)
    app.add_exception_handler(Exception, on_unexpected)
