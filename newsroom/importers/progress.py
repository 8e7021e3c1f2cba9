"""A progress bar for an import of many files, drawn in a terminal only.

An archive takes minutes to import: in a terminal, a bar says how far it is, at how many files a
second and how long is left, with the messages of the run (the files refused) printed above it.
Written to a file or a pipe, or asked to be quiet, there is no bar: the messages are plain lines,
and the command's summary says the rest.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from django.utils.translation import gettext as _
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


@dataclass(frozen=True)
class Bar:
    """What a run does with its bar: ``advance`` after each file, ``say`` a message."""

    advance: Callable[[], None]
    say: Callable[[str], None]


class RateColumn(ProgressColumn):
    """Files a second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text("")
        return Text(_("%(rate)s files/s") % {"rate": f"{speed:.0f}"})


@contextmanager
def progress_bar(
    out: TextIO, total: int, *, shown: bool, say: Callable[[str], None], description: str
) -> Iterator[Bar]:
    """A bar of ``total`` steps drawn on ``out`` when ``shown``, messages printed above it;
    otherwise no bar, and messages passed to ``say``."""
    if not shown:
        yield Bar(advance=lambda: None, say=say)
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    # The bar is redrawn in place; messages must go through it, not around it.
    console = Console(file=out)
    with Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=False) as bar:
        task = bar.add_task(description, total=total)
        yield Bar(
            advance=lambda: bar.advance(task),
            say=lambda text: bar.console.print(text, markup=False, highlight=False),
        )
