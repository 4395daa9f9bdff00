"""Each command's annotations read from their text once, before typer reads them.

With `from __future__ import annotations` every parameter's annotation is a string, and typer reads
each command's signature twice (its parameters, then its callback), each time through both
`inspect.signature(eval_str=True)` and `typing.get_type_hints`: every `Annotated[..., typer.Option(...)]`
was compiled and evaluated four times at every start, whichever command ran (~270 compiles, issue
#14). Evaluated here once as `inspect` evaluates them, the annotations are objects that neither
reads again; typer builds the same commands from them.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from typer.models import ParameterInfo

if TYPE_CHECKING:
    from collections.abc import Callable

    import typer


def _resolve(function: Callable[..., Any]) -> None:
    """Its annotations as values; then those of its options' own callbacks (`--version`'s)."""
    function.__annotations__ = hints = inspect.get_annotations(function, eval_str=True)
    infos = [extra for hint in hints.values() for extra in getattr(hint, "__metadata__", ())]
    infos += [parameter.default for parameter in inspect.signature(function).parameters.values()]
    for info in infos:
        if isinstance(info, ParameterInfo) and info.callback is not None:
            info.callback.__annotations__ = inspect.get_annotations(info.callback, eval_str=True)


def resolve_annotations(app: typer.Typer) -> None:
    """Replace the string annotations of `app`'s callback and commands (and its groups') by their values."""
    callbacks = [info.callback for info in app.registered_commands]
    if app.registered_callback is not None:
        callbacks.append(app.registered_callback.callback)
    for callback in callbacks:
        if callback is not None:
            _resolve(callback)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            resolve_annotations(group.typer_instance)
