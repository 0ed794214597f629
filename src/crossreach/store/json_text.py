"""The JSON text of a stored value (a fact's record, an entity's aliases): ``json.dumps``'s, made cheaper.

``json.dumps`` with its defaults builds a new C encoder for every value it writes, and checks for
circular references; the store writes tens of thousands of small values a thousand documents (every
fact's record, every entity's aliases), of plain dicts, lists, strings and numbers that refer to no
container twice. One C encoder built once, with the very settings ``json.dumps`` gives its own
(ASCII escapes, ", " and ": ", NaN allowed, keys in their order), writes the same text for two
thirds of the cost. Where the C encoder is missing (another Python), ``json.dumps`` writes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder
from typing import Any


def _one_encoder() -> Callable[[Any], str]:
    make = encoder.c_make_encoder
    if make is None:
        return json.dumps
    # The arguments JSONEncoder.iterencode passes for json.dumps's defaults, but no circular check (None).
    encode = make(None, json.JSONEncoder().default, encoder.encode_basestring_ascii, None, ": ", ", ",
                  False, False, True)

    def dumps(value: Any) -> str:
        return "".join(encode(value, 0))

    return dumps


#: ``json.dumps(value)`` for the values the store writes (the engine's ``json_serializer``).
dumps: Callable[[Any], str] = _one_encoder()
