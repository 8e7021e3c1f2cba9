"""The story page: kicker, title, standfirst, byline, image with credit, body."""

from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsroom.core.factories import make_image
from newsroom.events.models import EventIndexPage, EventPage
from newsroom.home.models import HomePage
from newsroom.projects.models import ProjectIndexPage
from newsroom.publications.models import PublicationIndexPage
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import (
    NewsPage,
    PressReleaseIndexPage,
    PressReleasePage,
    SectionPage,
    StatementPage,
    StoryPage,
    WhatsNewPage,
    story_model_for_kind,
)
from newsroom.taxonomy.models import CountryIndexPage, TopicIndexPage
from newsroom.videos.models import VideoIndexPage

pytestmark = pytest.mark.django_db


def test_byline_reads_kind_place_and_date(client, structure):
    story = make_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="Decent work programme signed",
        teaser="A programme for 2016-2020.",
        place="Beijing, China",
        published_at=timezone.make_aware(datetime(2019, 4, 11, 9)),
        body=[("paragraph", "<p>The programme was signed on Monday.</p>")],
    )

    html = client.get(story.url).content.decode()

    assert '<h1 class="story__title">Decent work programme signed</h1>' in html
    assert (
        'Press release | Beijing, China | <time datetime="2019-04-11">11 April 2019</time>' in html
    )
    assert '<p class="story__standfirst">A programme for 2016-2020.</p>' in html
    assert "The programme was signed on Monday." in html


def test_byline_without_place(client, structure):
    story = make_story(
        structure, title="Herders insured", published_at=timezone.make_aware(datetime(2021, 6, 7))
    )

    html = client.get(story.url).content.decode()

    assert 'News | <time datetime="2021-06-07">07 June 2021</time>' in html


def test_image_is_shown_with_alt_text_and_credit(client, structure):
    image = make_image(title="Workers", description="Workers on a building site", credit="ILO/Li")
    story = make_story(structure, title="Safety first", image=image)

    html = client.get(story.url).content.decode()

    assert 'alt="Workers on a building site"' in html
    assert "<figcaption>© ILO/Li</figcaption>" in html


def test_range_and_undated_stories(client, structure):
    event = make_story(
        structure,
        kind=Kind.EVENT,
        title="Forum",
        date_display=DateDisplay.RANGE,
        date_start=date(2015, 10, 13),
        date_end=date(2015, 10, 14),
    )
    undated = make_story(structure, kind=Kind.EVENT, title="Seminar", date_display=DateDisplay.NONE)

    assert '13</time> - <time datetime="2015-10-14">14 October 2015</time>' in (
        client.get(event.url).content.decode()
    )
    # Events have no byline: an event without days shows none at all.
    undated_html = client.get(undated.url).content.decode()
    assert '<h1 class="story__title">Seminar</h1>' in undated_html
    assert "story__byline" not in undated_html


def test_a_range_must_end_after_it_starts(structure):
    story = EventPage(
        title="Backwards",
        date_display=DateDisplay.RANGE,
        date_start=date(2021, 10, 8),
        date_end=date(2021, 10, 6),
    )

    with pytest.raises(ValidationError) as error:
        structure.sections[Kind.EVENT].add_child(instance=story)

    assert "The last day cannot come before the first day." in str(error.value)


def test_an_image_without_credit_is_refused(structure):
    image = make_image(credit="")
    story = NewsPage(title="Uncredited", image=image)

    with pytest.raises(ValidationError) as error:
        structure.sections[Kind.NEWS].add_child(instance=story)

    assert "This image has no credit." in str(error.value)


def test_legacy_id_is_unique_per_language(structure):
    make_story(structure, title="First", legacy_id="WCMS_688941")
    duplicate = NewsPage(title="Second", legacy_id="wcms_688941")

    with pytest.raises(ValidationError) as error:
        structure.sections[Kind.NEWS].add_child(instance=duplicate)

    assert "already has this legacy id" in str(error.value)


def test_publication_time_is_set_on_first_publication(structure):
    story = make_story(structure, title="Fresh", published_at=None, publish=False)
    assert story.published_at is None

    story.save_revision().publish()
    story.refresh_from_db()

    assert story.published_at is not None
    assert story.kind == Kind.NEWS


def test_tree_rules():
    assert set(HomePage.allowed_subpage_models()) == {
        WhatsNewPage,
        PressReleaseIndexPage,
        SectionPage,
        EventIndexPage,
        ProjectIndexPage,
        PublicationIndexPage,
        VideoIndexPage,
        CountryIndexPage,
        TopicIndexPage,
    }
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert PressReleaseIndexPage.allowed_subpage_models() == [PressReleasePage]
    assert PressReleasePage.allowed_parent_page_models() == [PressReleaseIndexPage]
    assert not StoryPage.is_creatable
    assert StatementPage.is_creatable and PressReleasePage.is_creatable
    assert WhatsNewPage.allowed_subpage_models() == []


def test_a_section_accepts_only_its_own_kind(structure):
    news_section = structure.sections[Kind.NEWS]
    statements_section = structure.sections[Kind.STATEMENT]
    events_index = structure.sections[Kind.EVENT]

    assert NewsPage.can_create_at(news_section)
    assert not NewsPage.can_create_at(statements_section)
    assert not NewsPage.can_create_at(events_index)
    assert EventPage.can_create_at(events_index)
    assert not EventPage.can_create_at(news_section)
    assert not PressReleasePage.can_create_at(news_section)
    assert PressReleasePage.can_create_at(structure.press_releases)


def test_editors_can_open_the_create_form_of_every_kind(admin_client, structure):
    for kind, parent in [(Kind.PRESS_RELEASE, structure.press_releases)] + [
        (kind, section) for kind, section in structure.sections.items()
    ]:
        model = story_model_for_kind(kind)
        url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
        response = admin_client.get(url)
        assert response.status_code == 200, (kind, response.status_code)
        assert b"help" in response.content


def test_statement_names_its_speaker_above_the_byline(client, structure):
    story = make_story(
        structure,
        kind=Kind.STATEMENT,
        title="Statement on labour law",
        speaker="Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
        place="Ulaanbaatar, Mongolia",
        published_at=timezone.make_aware(datetime(2018, 11, 23, 10)),
    )

    html = client.get(story.url).content.decode()

    speaker = html.index("By Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia")
    assert speaker < html.index("Statement | Ulaanbaatar, Mongolia | ")


def test_saving_a_story_through_the_common_table_keeps_its_kind(structure):
    release = make_story(structure, kind=Kind.PRESS_RELEASE, title="Release")

    common = StoryPage.objects.get(pk=release.pk)
    common.teaser = "Changed through the common table."
    common.save()

    assert StoryPage.objects.get(pk=release.pk).kind == Kind.PRESS_RELEASE
