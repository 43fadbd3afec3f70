"""Writing a file the user asked for: all of it or none of it, with one sentence on failure."""
from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from crm_desktop.errors import UserError
from crm_desktop.i18n import _

T = TypeVar("T")


def write_atomically(target: Path, write: Callable[[TextIO], T], *, private: bool = False,
                     newline: str = "\n") -> T:
    """Call `write` on a new UTF-8 file beside `target`, sync it, then rename it over `target`.

    A failure leaves `target` as it was and no temporary file behind. `private` makes the file
    readable by its owner only (personal data), whatever the umask; otherwise the umask decides.
    """
    # Beside the target, so os.replace is a rename on the same disk.
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    try:
        with open(fd, "w", encoding="utf-8", newline=newline) as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise cannot_write(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result


def cannot_write(target: Path, exc: OSError) -> UserError:
    """The sentence for an operating-system error while writing `target`."""
    if exc.errno == errno.ENOSPC:
        return UserError(_("The disk is full, so {path} was not written; free some space and try again.")
                         .format(path=target))
    if isinstance(exc, PermissionError):
        return UserError(_("{path} cannot be written; check the folder's permissions.").format(path=target))
    return UserError(_("{path} cannot be written: {problem}.").format(path=target, problem=exc.strerror or exc))
