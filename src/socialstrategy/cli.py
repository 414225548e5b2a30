"""Command line: a click group whose default command is ``serve`` (as in Datasette).

Each topic keeps its commands in its own module under ``socialstrategy/commands/``; this file
only assembles them.
"""

from __future__ import annotations

import click

from socialstrategy import __version__
from socialstrategy.commands import core, documents, knowledge, planning, texts, web

COMMAND_MODULES = (core, knowledge, texts, planning, documents, web)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="socialstrategy")
@click.pass_context
def main(ctx: click.Context) -> None:
    """socialstrategy: build an individual social media strategy, step by step.

    Without a command, starts the web workshop (`socialstrategy serve`).
    """
    if ctx.invoked_subcommand is None:
        serve = main.get_command(ctx, "serve")
        if serve is None:
            raise click.UsageError("The web workshop is not installed in this build.")
        ctx.invoke(serve)


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)
