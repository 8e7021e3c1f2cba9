"""An office's archive as text: item pages of the old site in the forms the importer reads.

``import_archive`` takes a folder of thousands of such files; its tests and its bench
(``bench/import_archive.py``) need as many, of the forms of the real archive
(``docs/text-forms.md``): press releases, news and statements with their byline, a statement's
speaker line, events with their days and venue and events whose days are not known yet,
projects with their duration and funder. Each file starts with the page's old address
(``URL: …`` and a blank line) with a ``WCMS_`` number of its own, and has several paragraphs of
body. File ``n`` is always the same text, so a folder can be written again, or in parts.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

OLD_SITE = "https://www.ilo.org/beijing"
# Old-site numbers of the generated pages: far above the real archive's, so they never meet.
FIRST_LEGACY_NUMBER = 9_000_000
# The forms, in the order they take turns: press releases are the most common.
FORMS = (
    "press_release",
    "news",
    "press_release",
    "event",
    "statement",
    "press_release",
    "project",
    "news",
    "event_undated",
    "press_release",
)
# Where each form's pages lived on the old site; the last section names the kind.
OLD_SECTIONS = {
    "press_release": "information-resources/public-information/press-releases",
    "news": "information-resources/public-information/news",
    "statement": "information-resources/public-information/statements-and-speeches",
    "event": "what-we-do/events-and-meetings",
    "event_undated": "what-we-do/events-and-meetings",
    "project": "what-we-do/projects",
}
SUBJECTS = (
    "The ILO",
    "The Ministry of Human Resources and Social Security",
    "Mongolia's Ministry of Labour and Social Protection",
    "The China Enterprise Confederation",
    "The All-China Federation of Trade Unions",
    "A herders' cooperative in Zavkhan province",
)
ACTIONS = ("launches", "discusses", "reviews", "promotes", "hosts a workshop on", "calls for")
TOPICS = (
    "social protection",
    "occupational safety and health",
    "youth employment",
    "international labour standards",
    "labour migration",
    "skills and apprenticeships",
    "employment injury insurance for platform workers",
)
PLACES = ("Beijing, China", "Ulaanbaatar, Mongolia", "Nanning, Guangxi Zhuang Autonomous Region")
VENUES = ("Beijing, China", "Ulaanbaatar, Mongolia", "Kunming, China")
FUNDERS = ("European Union", "Government of Japan", "USDOL", "Government of Norway")
SPEAKERS = (
    "Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
    "Ms Claire Courteille-Mulder, Director, ILO Country Office for China and Mongolia",
)
SENTENCES = (
    "The workshop brought together government officials, employers and workers from six provinces.",
    "Participants shared their experience of labour inspection and of reaching workers in "
    "small enterprises.",
    "“Decent work is the surest path out of poverty,” said the Director of the ILO Country "
    "Office for China and Mongolia.",
    "The study draws on a survey of 2 000 workers and on interviews with their employers.",
    "The next steps will be discussed with the social partners before the end of the year.",
    "The project is funded under the EU-China Dialogue on Migration and Mobility.",
    "Since 2015 the programme has trained more than 300 trainers across the region.",
)
ARCHIVE_START = date(2008, 1, 1)
ARCHIVE_DAYS = 17 * 365


def archive_file(number: int) -> tuple[str, str]:
    """The path (relative to the archive's folder) and text of the archive's file ``number``."""
    rng = random.Random(number)
    form = FORMS[number % len(FORMS)]
    legacy_number = FIRST_LEGACY_NUMBER + number
    day = ARCHIVE_START + timedelta(days=rng.randrange(ARCHIVE_DAYS))
    title = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)} ({number})"
    address = f"{OLD_SITE}/{OLD_SECTIONS[form]}/WCMS_{legacy_number}/lang--en/index.htm"
    head = _head(form, title, day, rng)
    body = [" ".join(rng.sample(SENTENCES, rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
    text = "\n\n".join([f"URL: {address}", *head, *body]) + "\n"
    path = f"{form.split('_undated')[0]}/{day.year}/WCMS_{legacy_number}.txt"
    return path, text


def write_archive(folder: Path, count: int, *, first: int = 1) -> list[Path]:
    """Write the files ``first`` to ``first + count - 1`` of the archive under ``folder``."""
    paths = []
    for number in range(first, first + count):
        relative, text = archive_file(number)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _head(form: str, title: str, day: date, rng: random.Random) -> list[str]:
    """The paragraphs before the body: kicker, title, standfirst, and the byline or what
    stands in its place."""
    standfirst = rng.choice(SENTENCES)
    if form == "press_release":
        byline = f"Press release | {rng.choice(PLACES)} | {_padded(day)}"
        return ["Press release", title, standfirst, byline]
    if form == "news":
        return [title, standfirst, f"News | {_padded(day)}"]
    if form == "statement":
        byline = f"Statement | {rng.choice(PLACES)} | {_padded(day)}"
        return ["Statement", title, standfirst, f"By {rng.choice(SPEAKERS)}", byline]
    if form == "event":
        end = day + timedelta(days=rng.randint(0, 2))
        return ["Event", title, f"{_days(day, end)} | {rng.choice(VENUES)}"]
    if form == "event_undated":
        return ["Event", title]
    end = day + timedelta(days=rng.randint(365, 4 * 365))
    return ["Project", title, _days(day, end), f"Funder: {rng.choice(FUNDERS)}"]


def _padded(day: date) -> str:
    """A byline's date, its day padded: “07 June 2021”."""
    return f"{day.day:02d} {day:%B %Y}"


def _days(start: date, end: date) -> str:
    """An event's or project's days, unpadded, the shared month and year once."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} - {end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} - {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} - {end.day} {end:%B %Y}"
