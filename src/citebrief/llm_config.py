"""Where the LLM engine's settings come from: flags, then environment, then the config file.

The config file is TOML under the user's config folder (`citebrief config` prints its path)::

    [llm]
    base_url = "https://api.deepseek.com/v1"
    model = "deepseek-chat"
    api_key = "sk-..."          # or CITEBRIEF_LLM_API_KEY / OPENAI_API_KEY in the environment
    timeout = 120               # seconds to wait for one answer
    max_output_tokens = 2048    # per request

The API key is never part of a brief's settings or a cache key, and is shown masked.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from citebrief.errors import LLMSetupError

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_OUTPUT_TOKENS = 2048
# what a server on loopback gets as its key: the openai client refuses an empty one
LOOPBACK_KEY = "not-needed"

# setting -> environment variables, first found wins
ENVIRONMENT: dict[str, tuple[str, ...]] = {
    "base_url": ("CITEBRIEF_LLM_BASE_URL",),
    "model": ("CITEBRIEF_LLM_MODEL",),
    "api_key": ("CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY"),
    "timeout": ("CITEBRIEF_LLM_TIMEOUT",),
    "max_output_tokens": ("CITEBRIEF_LLM_MAX_OUTPUT_TOKENS",),
}


def config_path() -> Path:
    """CITEBRIEF_CONFIG, else config.toml in the user's config folder."""
    configured = os.environ.get("CITEBRIEF_CONFIG")
    if configured:
        return Path(configured)
    from platformdirs import user_config_path

    return user_config_path("citebrief") / "config.toml"


@dataclass(frozen=True)
class LLMSettings:
    """The effective settings of the LLM engine and where each one came from."""

    base_url: str = DEFAULT_BASE_URL
    model: str | None = None
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_output_tokens: int = DEFAULT_MAX_OUTPUT_TOKENS
    origins: Mapping[str, str] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def loopback(self) -> bool:
        return is_loopback(self.base_url)

    def key_for_client(self) -> str:
        """The key to send: the configured one, or a placeholder for a local server."""
        return self.api_key or LOOPBACK_KEY

    def check(self) -> None:
        """Raise the one clear message a run with these settings would otherwise fail on later."""
        if not self.model:
            raise LLMSetupError(
                'no model: pass --model, set CITEBRIEF_LLM_MODEL or put model = "..." under [llm] in the config file',
                source=self.base_url,
            )
        if not self.api_key and not self.loopback:
            raise LLMSetupError(
                "no API key: set CITEBRIEF_LLM_API_KEY (or OPENAI_API_KEY), or api_key under [llm] in "
                f"{self.config_file or 'the config file'}",
                source=self.base_url,
            )


def is_loopback(url: str) -> bool:
    """A server on this machine (localhost, 127.0.0.0/8, ::1) needs no key."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def mask(key: str | None) -> str:
    """Enough of a key to tell which one it is, never enough to use it."""
    if not key:
        return "(none)"
    if len(key) < 12:
        return "*" * len(key)
    return f"{key[:3]}…{key[-4:]}"


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise LLMSetupError(f"cannot read the config file ({exc.strerror or exc})", source=str(path)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LLMSetupError(f"the config file is not valid TOML ({exc})", source=str(path)) from exc
    section = data.get("llm", {})
    if not isinstance(section, dict):
        raise LLMSetupError("[llm] must be a table", source=str(path))
    unknown = sorted(set(section) - set(ENVIRONMENT))
    if unknown:
        raise LLMSetupError(
            f"unknown setting {unknown[0]!r} under [llm]; known: {', '.join(ENVIRONMENT)}", source=str(path)
        )
    return section


def _number(name: str, value: object, origin: str, kind: type[int] | type[float]) -> float:
    try:
        number = kind(str(value))
    except ValueError:
        number = 0
    if number <= 0:
        raise LLMSetupError(f"{name} must be a positive number, not {value!r}", source=origin)
    return number


def resolve(
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> LLMSettings:
    """Flags (the arguments) > environment > config file > defaults."""
    environ = os.environ if environ is None else environ
    path = config_file or config_path()
    from_file = _read_file(path)
    flags = {"base_url": base_url, "model": model, "api_key": api_key}
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, variables in ENVIRONMENT.items():
        if flags.get(name):
            values[name], origins[name] = flags[name], "flag"
            continue
        found = next((var for var in variables if environ.get(var)), None)
        if found:
            values[name], origins[name] = environ[found], f"env {found}"
        elif from_file.get(name) not in (None, ""):
            values[name], origins[name] = from_file[name], f"config {path}"
        else:
            origins[name] = "default"
    if "timeout" in values:
        values["timeout"] = _number("timeout", values["timeout"], origins["timeout"], float)
    if "max_output_tokens" in values:
        values["max_output_tokens"] = int(
            _number("max_output_tokens", values["max_output_tokens"], origins["max_output_tokens"], int)
        )
    for name in ("base_url", "model", "api_key"):
        if name in values:
            values[name] = str(values[name]).strip()
    if "base_url" in values:
        values["base_url"] = values["base_url"].rstrip("/")
    return LLMSettings(**values, origins=origins, config_file=path)
