"""The store's JSON text is json.dumps's, character for character."""

from __future__ import annotations

import json
import math

import pytest

from crossreach.store.json_text import dumps


@pytest.mark.parametrize("value", [
    {"type": "metric", "subject": "Burberry", "value": 2600000, "range": [1.5, 2.25], "date": None},
    {"evidence": "\u817e\u8baf\u89c6\u9891 \u00e9t\u00e9 \u201cquoted\u201d \\ / \n\t\x00\x1f \U0001f600",
     "span": [0, 12]},
    {"nested": {"list": [[], {}, [None, True, False]], "empty": ""}, "order": {"b": 1, "a": 2}},
    ["Burberry", "\u535a\u67cf\u5229"],
    [],
    {},
    "a string alone",
    3,
    -0.1,
    1e300,
    float("inf"),
    -float("inf"),
    None,
    True,
    {1: "an int key", 2.5: "a float key", None: "a null key", False: "a bool key"},
])
def test_the_text_is_json_dumps_text(value: object) -> None:
    assert dumps(value) == json.dumps(value)


def test_not_a_number_is_written_as_json_dumps_writes_it() -> None:
    assert dumps({"value": math.nan}) == json.dumps({"value": math.nan}) == '{"value": NaN}'


@pytest.mark.parametrize("value", [{"a set": {1, 2}}, [object()], {("a", "tuple key"): 1}])
def test_what_json_dumps_refuses_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        json.dumps(value)
    with pytest.raises(TypeError):
        dumps(value)


def test_each_value_is_written_alone() -> None:
    """One encoder serves every value: nothing of one is left in the next."""
    first, second = {"x": [1, {"y": "z"}]}, ["w"]
    assert (dumps(first), dumps(second), dumps(first)) == (json.dumps(first), json.dumps(second), json.dumps(first))
