"""The interface is translated: every string the project marks for translation is in the Chinese
and Mongolian catalogues, translated; every piece of text in a template is marked; the compiled
catalogues are those of the committed ``.po`` files; and Django reads them.

The strings are extracted as ``make messages`` extracts them (``makemessages``, which drives
``xgettext``), but from a copy of the project in a temporary directory, so that the run never
touches the repository's files. See ``docs/translations.md``.
"""

import re
import shutil
import unicodedata
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.template.base import Lexer, TokenType
from django.test import override_settings
from django.utils import translation

REPOSITORY = Path(settings.BASE_DIR)
LOCALE_DIR = Path(settings.PROJECT_DIR) / "locale"
# The catalogues, by their folder under LOCALE_DIR.
CATALOGUES = ("zh_Hans", "mn")
# What ``make messages`` leaves out (the Makefile's I18N_IGNORE), as folder or file names.
NOT_EXTRACTED = {
    ".venv",
    ".git",
    "var",
    "bench",
    "e2e",
    "demo",
    "node_modules",
    "tests",
    "locale",
    "__pycache__",
}
EXTRACTED_SUFFIXES = {".py", ".html", ".txt"}
RUN_MAKE_MESSAGES = (
    "Run `make messages`, then translate the new entries of "
    "newsroom/locale/*/LC_MESSAGES/django.po and run `make translations` (docs/translations.md)."
)

# Attributes whose value is read out or shown to the reader.
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "aria-description", "placeholder")
# What stands in a template as it is in every language: symbols, and text that is not language,
# such as the class a page's template adds to its parent's (pages/video_page.html). Punctuation
# and digits are never language; letters and other symbols are.
NOT_LANGUAGE = {"©", "|", "story--video"}
TRANSLATED_BLOCKS = {"blocktranslate": "endblocktranslate", "blocktrans": "endblocktrans"}


def project_templates() -> list[Path]:
    """The project's templates: those of newsroom/templates and of any app's templates/."""
    found = set((Path(settings.PROJECT_DIR) / "templates").rglob("*.html"))
    for folder in Path(settings.PROJECT_DIR).rglob("templates"):
        if folder.is_dir() and "tests" not in folder.relative_to(REPOSITORY).parts:
            found.update(folder.rglob("*.html"))
    return sorted(found)


def read_catalogue(directory: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / directory / "LC_MESSAGES" / "django.po"))


def entry_key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def describe(key: tuple[str | None, str]) -> str:
    context, msgid = key
    return f"{msgid!r}" + (f" (context {context!r})" if context else "")


# Strings the project marks -------------------------------------------------------------------


def _copy_sources(target: Path) -> None:
    """The files ``make messages`` reads, copied to ``target`` under the same relative paths."""

    def ignored(folder: str, names: list[str]) -> set[str]:
        return {
            name
            for name in names
            if name in NOT_EXTRACTED
            or name.startswith(".")
            or ((Path(folder) / name).is_file() and Path(name).suffix not in EXTRACTED_SUFFIXES)
        }

    shutil.copytree(REPOSITORY, target, ignore=ignored)


@pytest.fixture(scope="module")
def marked_strings(tmp_path_factory) -> set[tuple[str | None, str]]:
    """Every string the project marks, as (context, msgid).

    ``makemessages`` run in a copy of the project, with LOCALE_PATHS pointing into the copy: it
    writes its work files beside the templates it reads and its catalogue into the locale folder,
    so neither may be the repository's."""
    if shutil.which("xgettext") is None or shutil.which("msgmerge") is None:
        pytest.fail("GNU gettext is not installed: `make system-packages` installs it (as root).")
    copy = tmp_path_factory.mktemp("messages") / "project"
    _copy_sources(copy)
    locale = copy / "locale"
    locale.mkdir()
    with pytest.MonkeyPatch.context() as patch, override_settings(LOCALE_PATHS=[str(locale)]):
        patch.chdir(copy)
        call_command("makemessages", locale=["zh_Hans"], verbosity=0, no_obsolete=True)
    extracted = polib.pofile(str(locale / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    return {entry_key(entry) for entry in extracted}


def test_the_project_marks_strings_for_translation(marked_strings):
    # What the extraction must find, or it did not read the project.
    assert (None, "What's new") in marked_strings
    assert (None, "Page not found") in marked_strings
    assert (
        None,
        "%(heading)s: %(total)s story — %(created)s created, %(updated)s updated, "
        "%(unchanged)s unchanged.",
    ) in marked_strings


@pytest.mark.parametrize("directory", CATALOGUES)
def test_every_marked_string_is_translated(marked_strings, directory):
    catalogue = read_catalogue(directory)
    entries = {entry_key(entry): entry for entry in catalogue if not entry.obsolete}
    missing = [key for key in marked_strings if key not in entries]
    fuzzy = [key for key in marked_strings if key in entries and entries[key].fuzzy]
    untranslated = [
        key
        for key in marked_strings
        if key in entries and not entries[key].fuzzy and not _is_translated(entries[key])
    ]
    problems = []
    if missing:
        problems.append(f"not in the catalogue: {', '.join(map(describe, missing))}")
    if fuzzy:
        problems.append(f"marked fuzzy: {', '.join(map(describe, fuzzy))}")
    if untranslated:
        problems.append(f"not translated: {', '.join(map(describe, untranslated))}")
    assert not problems, (
        f"{LOCALE_DIR.relative_to(REPOSITORY)}/{directory}/LC_MESSAGES/django.po is behind the "
        f"code — " + "; ".join(problems) + f". {RUN_MAKE_MESSAGES}"
    )


def _is_translated(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


@pytest.mark.parametrize("directory", CATALOGUES)
def test_translations_keep_the_placeholders(directory):
    wrong = []
    for entry in read_catalogue(directory).translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{entry.msgid!r} → {text!r}")
    assert not wrong, "Placeholders changed in translation: " + "; ".join(wrong)


@pytest.mark.parametrize(
    ("directory", "plural_forms"),
    [("zh_Hans", "nplurals=1; plural=0;"), ("mn", "nplurals=2; plural=(n != 1);")],
)
def test_the_catalogues_say_their_language(directory, plural_forms):
    catalogue = read_catalogue(directory)
    assert catalogue.metadata["Language"] == directory
    assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalogue.metadata["Plural-Forms"] == plural_forms
    assert "fuzzy" not in catalogue.metadata_as_entry().flags


# Text of the templates ------------------------------------------------------------------------


def unmarked_text(source: str) -> list[str]:
    """The pieces of text of a template a reader sees that are not marked for translation:
    text between tags, and the literal part of attributes read out (``alt``, ``aria-label``…).

    The template is read as Django's lexer cuts it. Variables and tags become markers that hold
    no letters; ``{% blocktranslate %}`` blocks (translated), ``{% comment %}`` blocks and
    ``{# … #}`` comments are left out."""
    shown: list[str] = []
    closing = None
    for token in Lexer(source).tokenize():
        if closing is not None:
            if token.token_type is TokenType.BLOCK and token.contents.split()[:1] == [closing]:
                closing = None
            continue
        if token.token_type is TokenType.TEXT:
            shown.append(token.contents)
        elif token.token_type is TokenType.VAR:
            shown.append("\x00")
        elif token.token_type is TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents.split() else ""
            if name in TRANSLATED_BLOCKS:
                closing = TRANSLATED_BLOCKS[name]
                shown.append("\x00")
            elif name == "comment":
                closing = "endcomment"
            else:
                # A tag: it may stand between two words, so it separates them.
                shown.append("\x01")
    html = "".join(shown)
    html = re.sub(r"<!--.*?-->", "", html, flags=re.DOTALL)
    html = re.sub(r"<(script|style)\b.*?</\1\s*>", "", html, flags=re.DOTALL | re.IGNORECASE)
    found = []
    attributes = "|".join(re.escape(name) for name in TEXT_ATTRIBUTES)
    for tag in re.findall(r"<[^>]*>", html):
        for name, _quote, value in re.findall(
            rf"(?<![\w-])({attributes})\s*=\s*([\"'])(.*?)\2", tag, flags=re.DOTALL
        ):
            if _is_language(value):
                found.append(f'{name}="{_readable(value)}"')
    text = re.sub(r"<[^>]*>", "\x01", html)
    text = re.sub(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);", " ", text)
    for piece in re.split(r"[\x00\x01]", text):
        if _is_language(piece):
            found.append(_readable(piece))
    return found


def _is_language(text: str) -> bool:
    """Whether ``text`` holds a letter or a symbol, and is not one of NOT_LANGUAGE."""
    text = text.strip()
    if text in NOT_LANGUAGE:
        return False
    for character in text:
        category = unicodedata.category(character)
        if category.startswith("L") or (category.startswith("S") and character not in NOT_LANGUAGE):
            return True
    return False


def _readable(text: str) -> str:
    return " ".join(text.replace("\x00", "{{…}}").replace("\x01", "{%…%}").split())


def test_the_template_check_finds_unmarked_text():
    source = (
        '{% load i18n %}<p class="x">{% translate "Marked" %}</p><h1>Not marked</h1>'
        "{% blocktranslate %}Marked {{ too }}{% endblocktranslate %}"
        "{% comment %}A note{% endcomment %}{# A note #}<!-- A note -->"
        '<img alt="{{ image.alt }}"><img alt="A photo of {{ name }}">'
        '<a aria-label="{% translate "Pages" %}" title="Next page">© {{ credit }} | &nbsp;'
        "{{ a }} and {{ b }}</a><i>→</i>"
    )
    assert unmarked_text(source) == [
        'alt="A photo of {{…}}"',
        'title="Next page"',
        "Not marked",
        "and",
        "→",
    ]


def test_every_template_text_is_marked():
    templates = project_templates()
    assert templates, "No template found."
    unmarked = {
        str(path.relative_to(REPOSITORY)): found
        for path in templates
        if (found := unmarked_text(path.read_text(encoding="utf-8")))
    }
    assert not unmarked, (
        "Text in templates not marked for translation; wrap it in {% translate %} or "
        "{% blocktranslate trimmed %}, then run `make messages`:\n"
        + "\n".join(f"  {path}: {found}" for path, found in unmarked.items())
    )


# Compiled catalogues --------------------------------------------------------------------------


def _messages(catalogue: polib._BaseFile) -> dict:
    found = {}
    for entry in catalogue:
        if not entry.msgid or entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            forms = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
            if all(forms):
                found[entry_key(entry)] = forms
        elif entry.msgstr:
            found[entry_key(entry)] = entry.msgstr
    return found


@pytest.mark.parametrize("directory", CATALOGUES)
def test_the_compiled_catalogue_is_that_of_the_po_file(directory):
    folder = LOCALE_DIR / directory / "LC_MESSAGES"
    compiled = folder / "django.mo"
    assert compiled.is_file(), (
        f"{compiled.relative_to(REPOSITORY)} is missing: run `make translations`."
    )
    assert _messages(polib.mofile(str(compiled))) == _messages(
        polib.pofile(str(folder / "django.po"))
    ), f"{compiled.relative_to(REPOSITORY)} is older than its .po file: run `make translations`."


@pytest.mark.parametrize(
    ("language", "whats_new"), [("zh-hans", "最新消息"), ("mn", "Шинэ мэдээлэл")]
)
def test_django_reads_the_catalogues(language, whats_new):
    with translation.override(language):
        assert translation.gettext("What's new") == whats_new
