"""model: the typed objects, their validation, the document id and the exported JSON Schema."""

from __future__ import annotations

import json

import pydantic
import pytest

from citebrief.model import Brief, Group, Point, Segment, brief_json_schema, document_id, dumps_schema, normalize_text
from citebrief.segment import build_document


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("第一段。\n\n第二段。", "第一段。\n第二段。\n", id="blank-lines"),
        pytest.param("第一段。\r\n\r\n第二段。", "第一段。\n\n第二段。", id="crlf"),
        pytest.param("  a   b  \n\tc ", "a b\nc", id="spaces-and-tabs"),
        pytest.param("ＡＢＣ１２３", "ABC123", id="full-width-nfkc"),
    ],
)
def test_document_id_ignores_layout(a: str, b: str) -> None:
    assert normalize_text(a) == normalize_text(b)
    assert document_id(a) == document_id(b)


def test_document_id_is_sixteen_hex_digits_and_tells_texts_apart() -> None:
    first = document_id("第一段。")
    assert len(first) == 16
    int(first, 16)
    assert first != document_id("第二段。")


def test_segment_lookup_is_one_based() -> None:
    document = build_document(["第一段。", "第二段。", "第三段。"], origin="t")
    assert document.segment(1).text == "第一段。"
    assert document.segment(3).text == "第三段。"


def test_points_in_reading_order() -> None:
    brief = Brief(
        document_id="x",
        lang="zh",
        engine="hand",
        groups=[
            Group(title="a", points=[Point(text="一", citations=[1]), Point(text="二", citations=[2])]),
            Group(title="b", points=[Point(text="三", citations=[3])]),
        ],
    )
    assert [p.text for p in brief.points()] == ["一", "二", "三"]


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        pytest.param(Point, {"text": "claim", "citations": []}, id="point-without-citation"),
        pytest.param(Point, {"text": "", "citations": [1]}, id="empty-point"),
        pytest.param(Group, {"title": "t", "points": []}, id="empty-group"),
        pytest.param(Segment, {"n": 0, "text": "x", "start": 0, "end": 1, "sentences": []}, id="paragraph-zero"),
        pytest.param(Brief, {"document_id": "x", "lang": "fr", "engine": "e", "groups": []}, id="unknown-language"),
    ],
)
def test_invalid_objects_are_refused(model: type[pydantic.BaseModel], fields: dict[str, object]) -> None:
    with pytest.raises(pydantic.ValidationError):
        model.model_validate(fields)


def test_schema_is_the_brief_schema() -> None:
    schema = brief_json_schema()
    assert schema["title"] == "Brief"
    assert set(schema["required"]) >= {"document_id", "lang", "engine", "groups"}
    assert {"Group", "Point", "Verdict", "Checks"} <= set(schema["$defs"])
    assert schema["$defs"]["Point"]["properties"]["citations"]["minItems"] == 1
    assert json.loads(dumps_schema()) == schema
