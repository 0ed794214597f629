"""The README names only commands and endpoints that exist (as datasette's documentation tests do).

Every ``crossreach <command> [subcommand]`` of the README's code blocks and inline code, and every path of
its inline code (``GET /api/...``, ``/compare?...``), is looked up in the Typer app and in the FastAPI app's
routes: a renamed command or route fails here until the README says the new name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from starlette.routing import Match

from crossreach.interfaces.cli import app as cli_app

README = Path(__file__).parent.parent / "README.md"
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SPAN = re.compile(r"`([^`\n]+)`")
#: ``crossreach`` as the program (``.venv/bin/crossreach`` too), not as a folder name or a word of prose.
_PROGRAM = re.compile(r"(?:^|(?<=[\s`])|(?<=bin/))crossreach(?=\s)")
_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)(?:\s+(/\S*))?$")
#: An endpoint and, in parentheses after it, its sub-paths or other methods: `GET /api/x/{n}` (`/y`, `POST`).
#: A span naming a file of the machine ("/usr/bin/time", "/tmp/kb.db"), not a route of the server.
_FILESYSTEM = re.compile(r"/(?:usr|bin|etc|tmp|var|opt|home|srv|dev|proc|root)(?:/|$)")
_WITH_ASIDE = re.compile(r"`((?:GET|POST|PUT|PATCH|DELETE) /[^`]*)`\s*\(([^)]*)\)")


#: Typer builds on its own copy of Click, so commands are read by their attributes: a group has
#: ``commands``, an option has ``opts`` and ``is_flag``.
Command = Any


def _root() -> Command:
    return typer.main.get_command(cli_app)


def _subcommands(command: Command) -> dict[str, Command]:
    return getattr(command, "commands", None) or {}


def _takes_value(command: Command, option: str) -> bool:
    name = option.split("=", 1)[0]
    for param in command.params:
        if param.param_type_name == "option" and name in (*param.opts, *param.secondary_opts):
            return not param.is_flag and "=" not in option
    return False


def command_of(tokens: list[str], root: Command) -> tuple[str, ...]:
    """The command path a command line names (``("entities", "merge")``), options and their values skipped;
    a word that is no command of a group ends the path (an argument, or a misspelt command)."""
    path: list[str] = []
    current = root
    skip = False
    for token in tokens:
        if skip:
            skip = False
            continue
        if token.startswith("-"):
            skip = _takes_value(current, token)
            continue
        commands = _subcommands(current)
        if not commands or (path and token not in commands):
            break
        path.append(token)
        if token not in commands:
            break
        current = commands[token]
    return tuple(path)


def _readme_command_lines(text: str) -> list[str]:
    """What follows ``crossreach`` on each command line of the README's code blocks and inline code."""
    lines = [line.split("#", 1)[0] for block in _FENCE.findall(text) for line in block.splitlines()]
    prose = _FENCE.sub("", text)
    lines += [span for span in _SPAN.findall(prose) if span.startswith("crossreach ")]
    return [line[match.end():] for line in lines if (match := _PROGRAM.search(line))]


def readme_commands(text: str, root: Command) -> set[tuple[str, ...]]:
    """The command paths the README names (``crossreach --help`` names none)."""
    return {path for line in _readme_command_lines(text) if (path := command_of(line.split(), root))}


def readme_paths(text: str) -> set[tuple[str, str]]:
    """(method, path) of every route the README's inline code names; pages are GET, query strings dropped."""
    prose = _FENCE.sub("", text)
    found: set[tuple[str, str]] = set()
    for line in prose.splitlines():
        asides: set[str] = set()
        for endpoint, aside in _WITH_ASIDE.findall(line):
            path = endpoint.split(" ", 1)[1]
            for span in _SPAN.findall(aside):
                asides.add(span)
                if span.startswith("/"):
                    found.add(("GET", path.split("?", 1)[0].rstrip("/") + span))
                elif _METHOD.match(span):
                    found.add((span, path))
        for span in _SPAN.findall(line):
            if span in asides:
                continue
            if (match := _METHOD.match(span)) and match[2]:
                found.add((match[1], match[2]))
            elif span.startswith("/") and not _FILESYSTEM.match(span):
                found.add(("GET", span))
    return {(method, _shape(path.split("?", 1)[0])) for method, path in found}


def _shape(path: str) -> str:
    """A path with every parameter written ``{}`` (``{id}``, ``{fact_id}``, ``{name:path}`` alike)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


_README_LIKE = """
Run it:

```sh
crossreach --db kb.db --lexicon mine.yaml entities merge "A" "B"   # crossreach people X
.venv/bin/crossreach --db /tmp/dev.db evaluate --gold g
cd /srv/crossreach && crossreach lexicon --help
```

Then `crossreach report Louvre` and `crossreach watch`; crossreach reads news.
`GET /api/things/{id}` (`/parts?kind=`, `POST`) and `POST /api/other` · `/page?x=1`, and `GET` alone.
"""


def test_the_readme_reader_finds_commands_past_global_options_and_skips_comments_and_prose() -> None:
    assert readme_commands(_README_LIKE, _root()) == {("entities", "merge"), ("evaluate",), ("lexicon",),
                                                      ("report",), ("watch",)}


def test_the_readme_reader_finds_paths_with_their_sub_paths_and_methods() -> None:
    assert readme_paths(_README_LIKE) == {("GET", "/api/things/{}"), ("GET", "/api/things/{}/parts"),
                                          ("POST", "/api/things/{}"), ("POST", "/api/other"), ("GET", "/page")}


_TEXT = README.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(readme_commands(_TEXT, _root())), ids=" ".join)
def test_every_command_the_readme_names_exists(command: tuple[str, ...]) -> None:
    current = _root()
    for name in command:
        assert name in _subcommands(current), \
            f"the README names `crossreach {' '.join(command)}`, which the CLI does not have"
        current = _subcommands(current)[name]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from crossreach.interfaces.api import create_app

    return create_app(f"sqlite:///{tmp_path_factory.mktemp('docs') / 'kb.db'}", read_only=True)


def _answers(app: Any, method: str, path: str) -> bool:
    """Whether a route of the app takes ``method`` on ``path`` (its parameters given a sample value)."""
    scope = {"type": "http", "method": method, "path": path.replace("{}", "1"), "root_path": "",
             "headers": [], "query_string": b""}
    return any(route.matches(scope)[0] == Match.FULL for route in app.routes)


@pytest.mark.parametrize("endpoint", sorted(readme_paths(_TEXT)), ids=" ".join)
def test_every_endpoint_and_page_the_readme_names_exists(endpoint: tuple[str, str], app: Any) -> None:
    assert _answers(app, *endpoint), f"the README names {' '.join(endpoint)}, which the server does not answer"


def test_a_path_the_server_does_not_have_is_found_missing(app: Any) -> None:
    assert not _answers(app, "GET", "/api/nothing-here") and not _answers(app, "DELETE", "/api/overview")


def test_the_readme_names_the_main_commands_and_endpoints() -> None:
    # The reader must keep finding what the README documents, or the tests above pass on nothing.
    assert {("ingest",), ("serve",), ("entities", "merge"), ("facts", "review")} <= readme_commands(_TEXT, _root())
    assert {("GET", "/api/overview"), ("POST", "/api/documents"), ("GET", "/facts/{}")} <= readme_paths(_TEXT)
