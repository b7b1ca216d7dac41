"""The SECRET_KEY: from the environment, else generated once and kept in DATA_DIR (mode 0600).

A public default key would let anyone forge sessions and password-reset links; a key generated on first use
and kept beside the database is as private as the database itself.
"""
import os
import secrets
from pathlib import Path

KEY_FILE = "secret_key"


def secret_key(data_dir: Path) -> str:
    from_environment = os.environ.get("SECRET_KEY", "").strip()
    if from_environment:
        return from_environment
    path = data_dir / KEY_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    try:
        # O_EXCL: of two processes starting at once, one writes the key and the other reads it.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key)
    return key
