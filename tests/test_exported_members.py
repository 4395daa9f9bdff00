"""The library's front door is pinned: what `citebrief` exports changes only on purpose."""

from __future__ import annotations

import inspect

import citebrief
from citebrief import errors

EXPORTED = {
    # the stages and the one call that runs them all
    "ingest",
    "document_from_text",
    "draft",
    "render",
    "brief",
    "brief_document",
    # the typed objects between them, and the options
    "Document",
    "Segment",
    "Sentence",
    "Brief",
    "Briefed",
    "Group",
    "Point",
    "Verdict",
    "VerdictLabel",
    "Checks",
    "BriefOptions",
    "__version__",
    # the whole error tree
    "CitebriefError",
    "InputError",
    "InputNotFound",
    "EmptyInput",
    "BinaryInput",
    "DecodeError",
    "InputTooLarge",
    "NoMainText",
    "UnsupportedFormat",
    "FetchError",
    "UnsafeURL",
    "FeedError",
    "UsageError",
    "EngineError",
    "LLMError",
    "LLMSetupError",
    "StoreError",
    "NotFound",
    "ItemTimeout",
    "InternalError",
    "BackendError",
}


def test_all_is_pinned() -> None:
    assert set(citebrief.__all__) == EXPORTED
    assert len(citebrief.__all__) == len(EXPORTED)  # no name twice


def test_every_exported_name_exists() -> None:
    for name in citebrief.__all__:
        assert hasattr(citebrief, name), name


def test_the_whole_error_tree_is_exported() -> None:
    tree = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value) and issubclass(value, errors.CitebriefError)
    }
    assert tree <= set(citebrief.__all__)
    for name in tree:
        assert getattr(citebrief, name) is getattr(errors, name)


def test_exported_members_say_they_are_citebriefs() -> None:
    """Each exported class and function is defined in citebrief (no third-party name leaks out)."""
    for name in citebrief.__all__:
        member = getattr(citebrief, name)
        if inspect.isclass(member) or inspect.isfunction(member):
            assert member.__module__.startswith("citebrief."), (name, member.__module__)


def test_render_stays_the_render_stage_after_the_renderers_load() -> None:
    """`citebrief.render` is also the package of renderers; importing one must not shadow the
    function the front door exports."""
    import citebrief.render.markdown  # the import is the test
    from citebrief import render

    assert inspect.isfunction(render)
    assert inspect.isfunction(citebrief.render)
