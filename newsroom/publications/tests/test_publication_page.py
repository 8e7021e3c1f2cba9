"""A publication's page: its byline, ISBN and document; the ISBN the editor may give."""

from datetime import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from newsroom.home.models import HomePage
from newsroom.publications.factories import make_document
from newsroom.publications.models import PublicationIndexPage, PublicationPage
from newsroom.publications.validators import validate_isbn
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parent / "files"
ADD = "/admin/pages/add/publications/publicationpage/{}/"


def publication(structure, title="Extending social security", **fields):
    fields.setdefault("published_at", timezone.make_aware(datetime(2021, 11, 3, 12)))
    return make_story(structure, kind=Kind.PUBLICATION, title=title, **fields)


def test_publications_are_created_only_in_the_publications_listing(structure):
    listing = structure.sections[Kind.PUBLICATION]

    assert listing.url == "/en/publications/"
    assert PublicationIndexPage.allowed_parent_page_models() == [HomePage]
    assert PublicationIndexPage.allowed_subpage_models() == [PublicationPage]
    assert PublicationPage.allowed_parent_page_models() == [PublicationIndexPage]
    assert PublicationPage.can_create_at(listing)
    assert not PublicationPage.can_create_at(structure.sections[Kind.NEWS])
    assert not PublicationPage.can_create_at(structure.sections[Kind.VIDEO])
    assert not PublicationPage.can_create_at(structure.press_releases)
    # One listing per language: the home page already has it.
    assert not PublicationIndexPage.can_create_at(structure.home)


def test_the_page_shows_the_byline_then_the_isbn_and_the_download_link(client, structure):
    report = make_document("Social security report", "social-security.pdf", size=1_258_291)
    story = publication(
        structure,
        isbn="978-92-2-035512-1",
        document=report,
        teaser="A report on platform workers.",
        body=[("paragraph", "<p>More than 84 million people work on platforms.</p>")],
    )

    html = client.get(story.url).content.decode()

    assert contains_run(
        text_dump(html),
        [
            "Publication",
            "Extending social security",
            "A report on platform workers.",
            "Publication | 03 November 2021",
            "ISBN: 978-92-2-035512-1",
            "Download (PDF, 1.2 MB)",
            "More than 84 million people work on platforms.",
        ],
    )
    assert f'<a href="{report.url}" type="application/pdf">' in html
    assert client.get(report.url).status_code == 200


def test_without_isbn_or_document_the_byline_is_followed_by_the_body(client, structure):
    story = publication(structure, body=[("paragraph", "<p>The brief's first paragraph.</p>")])

    lines = text_dump(client.get(story.url).content.decode())

    assert contains_run(lines, ["Publication | 03 November 2021", "The brief's first paragraph."])
    assert not any(line.startswith(("ISBN", "Download")) for line in lines)


def test_a_deleted_document_leaves_the_page_without_its_link(client, structure):
    document = make_document()
    story = publication(structure, document=document)
    document.delete()

    response = client.get(story.url)

    assert response.status_code == 200
    assert "Download" not in response.content.decode()


@pytest.mark.parametrize(
    "isbn",
    ["978-92-2-035512-1", "9789221308126", "978 92 2 130812 6", "92-2-113011-8", "0-8044-2957-X"],
)
def test_valid_isbns_are_accepted_with_or_without_hyphens(isbn):
    validate_isbn(isbn)


@pytest.mark.parametrize(
    "isbn, message",
    [
        ("978-92-2-035512-5", "has a wrong check digit: it should end in 1."),
        ("92-2-113011-7", "has a wrong check digit: it should end in 8."),
        ("977-92-2-035512-1", "An ISBN-13 starts with 978 or 979"),
        ("978-92-2-03551", "is not an ISBN. An ISBN has 10 or 13 digits"),
        ("ISBN 978-92-2", "is not an ISBN."),
        ("X-306-40615-2", "is not an ISBN."),
    ],
)
def test_a_wrong_isbn_is_refused_with_a_sentence_saying_why(isbn, message):
    with pytest.raises(ValidationError) as refused:
        validate_isbn(isbn)

    (text,) = refused.value.messages
    assert message in text
    assert text.endswith(".")


def test_a_publication_with_a_wrong_isbn_is_not_published(structure):
    # Wagtail checks every field when a page is published; a draft may still be incomplete.
    with pytest.raises(ValidationError) as refused:
        publication(structure, isbn="978-92-2-035512-5")

    assert "isbn" in refused.value.message_dict
    assert not PublicationPage.objects.live().exists()


def edit_form_data(**fields) -> dict:
    return nested_form_data(
        {
            "title": "Extending social security",
            "slug": "extending-social-security",
            "date_display": "publication",
            "body": streamfield([]),
        }
        | fields
    )


def test_the_editor_is_told_what_is_wrong_with_an_isbn(admin_client, structure):
    add = ADD.format(structure.sections[Kind.PUBLICATION].pk)

    form = admin_client.get(add).content.decode()
    refused = admin_client.post(
        add, edit_form_data(isbn="978-92-2-035512-5", **{"action-publish": "publish"})
    )

    assert "Document and ISBN" in form
    assert refused.status_code == 200
    assert "it should end in 1." in refused.content.decode()
    assert not PublicationPage.objects.exists()


def test_the_editor_publishes_a_publication_with_its_document_and_isbn(admin_client, structure):
    add = ADD.format(structure.sections[Kind.PUBLICATION].pk)
    document = make_document()

    response = admin_client.post(
        add,
        edit_form_data(
            isbn=" 978-92-2-035512-1 ", document=document.pk, **{"action-publish": "publish"}
        ),
    )

    assert response.status_code == 302
    published = PublicationPage.objects.get()
    assert published.live
    assert (published.isbn, published.document) == ("978-92-2-035512-1", document)


def test_the_page_reads_back_as_the_sample_text(client, structure):
    story = publication(
        structure,
        "Extending social security to workers in new forms of employment in China",
        teaser="The report reviews how China’s social insurance schemes cover platform workers "
        "and puts forward policy options for their employment injury protection.",
        place="Beijing, China",
        isbn="978-92-2-035512-1",
        document=make_document("Social security report", "social-security.pdf", 1_258_291),
        body=[
            (
                "paragraph",
                "<p>More than 84 million people in China work in new forms of employment, "
                "from ride-hailing drivers to food couriers. Most of them are not covered by "
                "employment injury insurance, because the scheme was designed for workers "
                "with a labour contract.</p>",
            ),
            (
                "paragraph",
                "<p>The report draws on a survey of 1,200 platform workers in Beijing, Shanghai "
                "and Chengdu, and on the pilot schemes that seven provinces launched in 2021, to "
                "set out how protection could be extended to all of them.</p>",
            ),
        ],
    )

    dump = text_dump(client.get(story.url).content.decode())
    expected = folded_lines((FILES / "publication-story.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)
