"""One exception tree for every service call.

    ServiceError                 any failure talking to Dotsub, DatoCMS, cielo24 or a storage host
     ├── TransportError          no usable HTTP answer: connection refused or dropped, timeout
     └── ApiError                the service answered with an error status and (usually) a body
          ├── AuthError          401/403, or a login the service refused
          ├── NotFoundError      404 on a resource (not a pending DatoCMS job)
          ├── BadRequestError    400/409/422: the request was refused as invalid
          ├── RateLimitedError   429 still answered after the allowed waits
          └── ServerError        5xx still answered after the allowed retries
     ├── JobFailedError          a DatoCMS async job finished with a non-2xx status
     ├── JobTimeoutError         an async job was still pending when the time limit ran out
     └── UploadError             a file could not be uploaded (too large, unreadable, retries spent)

``str(error)`` is the service's own message, ready for the user ("Media with ID foobar wasn't
found"), never a token or secret. ``cancelled`` operations raise ``asyncio.CancelledError`` as usual:
cancelling is not an error.
"""

from __future__ import annotations

__all__ = [
    "ServiceError",
    "TransportError",
    "ApiError",
    "AuthError",
    "NotFoundError",
    "BadRequestError",
    "RateLimitedError",
    "ServerError",
    "JobFailedError",
    "JobTimeoutError",
    "UploadError",
    "error_for_status",
]


class ServiceError(Exception):
    def __init__(self, message: str, *, service: str = "", status: int | None = None,
                 path: str | None = None, code: str | None = None, details: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.service = service
        self.status = status
        self.path = path
        #: The service's machine-readable code (DatoCMS ``code``, cielo24 ``ErrorType``).
        self.code = code
        #: The service's structured details, if any (DatoCMS ``details``).
        self.details = details

    def __str__(self) -> str:
        return self.message


class TransportError(ServiceError):
    pass


class ApiError(ServiceError):
    pass


class AuthError(ApiError):
    pass


class NotFoundError(ApiError):
    pass


class BadRequestError(ApiError):
    pass


class RateLimitedError(ApiError):
    pass


class ServerError(ApiError):
    pass


class JobFailedError(ServiceError):
    pass


class JobTimeoutError(ServiceError):
    pass


class UploadError(ServiceError):
    pass


def error_for_status(status: int) -> type[ApiError]:
    if status in (401, 403):
        return AuthError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    return BadRequestError
