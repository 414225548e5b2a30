"""Command line: a click group whose default command is ``serve`` (as in Datasette).

Each topic keeps its commands in its own module under ``socialstrategy/commands/`` (a list
``COMMANDS``); this file only assembles them. A topic's module is imported when one of its
commands is needed, in the order below, so that ``socialstrategy check`` does not pay for the
web app, the optimiser or the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterator
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
        """Options before any command belong to the default command: ``socialstrategy --port 9999``."""
        if args and args[0].startswith("-") and args[0] not in (*ctx.help_option_names, "--version"):
            args = ["serve", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = {command.name for module in command_modules() for command in module.COMMANDS}
        return sorted({*self.commands, *(name for name in names if name)})


@click.group(
    cls=TopicGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="socialstrategy")
@click.pass_context
def main(ctx: click.Context) -> None:
    """socialstrategy: build an individual social media strategy, step by step.

    Without a command, starts the web workshop (`socialstrategy serve`), and takes its options:
    `socialstrategy --port 9999`.
    """
    if ctx.invoked_subcommand is None:
        from socialstrategy.commands.web import serve

        ctx.invoke(serve)
