"""The documentation keeps up with the code: every command is in the command reference, and
every top-level module and package of dateline is in the architecture document."""

from __future__ import annotations

from pathlib import Path

import typer.main

from dateline.cli import app

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dateline"


def command_paths(group: object, prefix: str = "dateline") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):  # a group of commands (eval, train)
            paths += command_paths(command, path)
        else:
            paths.append(path)
    return paths


def test_every_command_is_in_the_command_reference():
    reference = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    paths = command_paths(typer.main.get_group(app))
    assert len(paths) > 10
    missing = [path for path in paths if f"`{path}" not in reference]
    assert not missing, f"docs/commands.md does not describe {missing}"


def test_every_top_level_module_is_in_the_architecture_document():
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    names = [
        f"{p.name}/" if p.is_dir() else p.name
        for p in PACKAGE.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists())
        or (p.suffix == ".py" and p.name not in ("__init__.py", "__main__.py"))
    ]
    missing = [name for name in names if f"`{name}" not in architecture]
    assert not missing, f"docs/architecture.md does not describe {missing}"
