"""Command line: a click group whose default command is ``serve`` (as in Datasette).

Each topic keeps its commands in its own module under ``socialstrategy/commands/`` (a list
``COMMANDS``); this file only assembles them. A topic's module is imported when one of its
commands is needed, in the order below, so that ``socialstrategy check`` does not pay for the
web app, the optimiser or the knowledge base.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import click

from socialstrategy import __version__


def command_modules() -> Iterator[ModuleType]:
    """The topics' command modules in the order of the help, each imported on first use."""
    from socialstrategy.commands import core

    yield core
    from socialstrategy.commands import knowledge

    yield knowledge
    from socialstrategy.commands import texts

    yield texts
    from socialstrategy.commands import planning

    yield planning
    from socialstrategy.commands import documents

    yield documents
    from socialstrategy.commands import results

    yield results
    from socialstrategy.commands import web

    yield web


class TopicGroup(click.Group):
    """A group that finds a command by importing the topic modules one after another."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        for module in command_modules():
            commands: list[click.Command] = module.COMMANDS
            for command in commands:
                if command.name == cmd_name:
                    return command
        return None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Options before any command belong to the default command: ``socialstrategy --port 9999``;
        only the group's own ``--data`` stays with the group."""
        own = _leading_data_option(args)
        rest = args[len(own) :]
        if rest and rest[0].startswith("-") and rest[0] not in (*ctx.help_option_names, "--version"):
            rest = ["serve", *rest]
        return super().parse_args(ctx, [*own, *rest])

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = {command.name for module in command_modules() for command in module.COMMANDS}
        return sorted({*self.commands, *(name for name in names if name)})


def _leading_data_option(args: list[str]) -> list[str]:
    """The ``--data DIR`` / ``--data=DIR`` at the start of ``args`` (the group's own option)."""
    if args[:1] == ["--data"]:
        return args[:2]
    return args[:1] if args and args[0].startswith("--data=") else []


def _use_data_folder(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    """Every command that reads the data folder reads it from the environment (datafolder.data_dir),
    so the option is passed on there before any command runs."""
    if value is not None:
        os.environ["SOCIALSTRATEGY_DATA"] = str(value)


@click.group(
    cls=TopicGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="socialstrategy")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    callback=_use_data_folder,
    expose_value=False,
    is_eager=True,
    help="Data folder of the web workshop (database, secret key, demo login); "
    "default: $SOCIALSTRATEGY_DATA or the user's data folder. Before the command: --data DIR serve.",
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """socialstrategy: build an individual social media strategy, step by step.

    Without a command, starts the web workshop (`socialstrategy serve`), and takes its options:
    `socialstrategy --port 9999`; `socialstrategy --data DIR` keeps the data in DIR.
    """
    if ctx.invoked_subcommand is None:
        from socialstrategy.commands.web import serve

        ctx.invoke(serve)
