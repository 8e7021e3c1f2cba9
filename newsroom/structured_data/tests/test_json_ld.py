"""The schema.org description of each kind of story, as a search engine reads it from the page:
the JSON-LD script of the page head, parsed."""

from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone
from wagtail.embeds import embeds
from wagtail.embeds.models import Embed

from newsroom.core.factories import make_image
from newsroom.publications.factories import make_document
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.structured_data.schema import headline, iso_duration
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Office, Topic

from .helpers import json_ld, page_html

pytestmark = pytest.mark.django_db

OFFICE = "ILO Country Office for China and Mongolia"
PUBLISHED = timezone.make_aware(datetime(2019, 4, 11, 9, 30))


def described(client, story) -> dict:
    """The page's one JSON-LD object."""
    found = json_ld(page_html(client, story.url))
    assert len(found) == 1
    return found[0]


def absolute(story) -> str:
    return f"http://testserver{story.url}"


def test_a_press_release_is_a_news_article_with_its_picture_credited(client, structure):
    topics = list(Topic.objects.filter(locale=structure.home.locale).order_by("name")[:2])
    picture = make_image("Signing", credit="ShutterStock 2024", description="Two ministers sign")
    story = make_filed_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="ILO welcomes China’s ratification of two conventions",
        teaser="The conventions cover forced labour.",
        published_at=PUBLISHED,
        image=picture,
        topics=topics,
    )

    data = described(client, story)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "ILO welcomes China’s ratification of two conventions"
    assert data["description"] == "The conventions cover forced labour."
    assert data["datePublished"] == "2019-04-11T09:30:00+08:00"
    assert data["dateModified"].startswith(str(timezone.localdate()))
    office = {"@type": "Organization", "name": OFFICE, "url": "http://testserver/en/"}
    assert data["author"] == office
    assert data["publisher"] == office
    assert data["articleSection"] == "Press release"
    assert data["keywords"] == [topic.name for topic in topics]
    assert data["inLanguage"] == "en"
    assert data["url"] == data["mainEntityOfPage"] == absolute(story)
    image = data["image"]
    assert image["@type"] == "ImageObject"
    assert image["url"].startswith("http://testserver/media/images/")
    assert ".width-1200." in image["url"]
    assert (image["width"], image["height"]) == (64, 36)
    assert image["creditText"] == "ShutterStock 2024"
    assert image["copyrightNotice"] == "© ShutterStock 2024"
    assert image["caption"] == "Two ministers sign"


def test_a_story_without_picture_or_teaser_leaves_them_out(client, structure):
    story = make_story(structure, kind=Kind.NEWS, title="Training in Ulaanbaatar")

    data = described(client, story)

    assert data["@type"] == "NewsArticle"
    assert data["articleSection"] == "News"
    assert "image" not in data
    assert "description" not in data
    assert "keywords" not in data


def test_a_statement_is_by_its_speaker_and_published_by_the_office(client, structure):
    story = make_story(
        structure,
        kind=Kind.STATEMENT,
        title="Opening remarks",
        speaker="Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
    )

    data = described(client, story)

    assert data["author"] == {
        "@type": "Person",
        "name": "Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
    }
    assert data["publisher"]["name"] == OFFICE
    assert data["articleSection"] == "Statement"


def test_a_story_of_another_office_names_that_office(client, structure):
    office = Office.objects.create(
        locale=structure.home.locale, name="ILO Regional Office for Asia and the Pacific", slug="ro"
    )
    story = make_story(structure, kind=Kind.FEATURE, title="Skills in the region", office=office)

    data = described(client, story)

    assert data["author"]["name"] == "ILO Regional Office for Asia and the Pacific"
    assert data["publisher"]["name"] == "ILO Regional Office for Asia and the Pacific"


def test_a_long_headline_is_cut_at_a_word_to_110_characters():
    title = "Decent work " * 12

    cut = headline(title)

    assert len(cut) <= 110
    assert cut.endswith("work…")
    assert headline("国际劳工组织" * 30) == ("国际劳工组织" * 30)[:109] + "…"
    assert headline("A short title") == "A short title"


def test_an_all_day_event_gives_its_first_and_last_days_as_dates(client, structure):
    story = make_story(
        structure,
        kind=Kind.EVENT,
        title="Forum on skills",
        teaser="Employers and workers meet.",
        date_start=date(2015, 10, 13),
        date_end=date(2015, 10, 14),
        venue="Beijing, China",
    )

    data = described(client, story)

    assert data["@type"] == "Event"
    assert data["name"] == "Forum on skills"
    assert data["description"] == "Employers and workers meet."
    assert data["startDate"] == "2015-10-13"
    assert data["endDate"] == "2015-10-14"
    assert data["location"] == {
        "@type": "Place",
        "name": "Beijing, China",
        "address": "Beijing, China",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["organizer"]["name"] == OFFICE
    assert data["url"] == absolute(story)


def test_a_one_day_event_ends_on_its_first_day(client, structure):
    story = make_story(structure, kind=Kind.EVENT, title="Launch", date_start=date(2021, 10, 20))

    data = described(client, story)

    assert (data["startDate"], data["endDate"]) == ("2021-10-20", "2021-10-20")


def test_a_timed_event_gives_moments_with_its_time_zones_offset(client, structure):
    story = make_story(
        structure,
        kind=Kind.EVENT,
        title="Meeting in Geneva",
        date_start=date(2015, 10, 13),
        date_end=date(2015, 10, 14),
        start_time=time(9, 30),
        end_time=time(17, 0),
        time_zone="Europe/Zurich",
    )

    data = described(client, story)

    assert data["startDate"] == "2015-10-13T09:30:00+02:00"
    assert data["endDate"] == "2015-10-14T17:00:00+02:00"


def test_an_online_event_takes_place_at_its_page(client, structure):
    story = make_story(
        structure,
        kind=Kind.EVENT,
        title="Webinar",
        date_start=date(2021, 10, 6),
        is_online=True,
    )

    data = described(client, story)

    assert data["location"] == {"@type": "VirtualLocation", "url": absolute(story)}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_an_event_at_a_venue_and_online_is_mixed(client, structure):
    story = make_story(
        structure,
        kind=Kind.EVENT,
        title="Hybrid forum",
        date_start=date(2021, 10, 6),
        venue="Ulaanbaatar, Mongolia",
        is_online=True,
    )

    data = described(client, story)

    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"


def test_a_video_from_a_video_site_gives_its_player_and_duration(client, structure, monkeypatch):
    player = (
        '<iframe width="1200" height="675" src="https://www.youtube.com/embed/Xq2BfH4xWcE?a=1&amp;b=2"'
        " allowfullscreen></iframe>"
    )
    monkeypatch.setattr(
        embeds,
        "get_embed",
        lambda url, max_width=None, max_height=None: Embed(url=url, html=player, type="video"),
    )
    story = make_story(
        structure,
        kind=Kind.VIDEO,
        title="Safe work, healthy workers",
        teaser="Workers in Deqing.",
        published_at=timezone.make_aware(datetime(2016, 11, 8, 12)),
        video_url="https://www.youtube.com/watch?v=Xq2BfH4xWcE",
        duration=timedelta(minutes=12, seconds=28),
        image=make_image(credit="ILO/Zhang Wei"),
    )

    data = described(client, story)

    assert data["@type"] == "VideoObject"
    assert data["name"] == "Safe work, healthy workers"
    assert data["duration"] == "PT12M28S"
    assert data["uploadDate"] == "2016-11-08T12:00:00+08:00"
    assert data["embedUrl"] == "https://www.youtube.com/embed/Xq2BfH4xWcE?a=1&b=2"
    assert "contentUrl" not in data
    assert data["thumbnailUrl"] == data["image"]["url"]
    assert data["image"]["creditText"] == "ILO/Zhang Wei"


def test_an_uploaded_video_gives_its_file(client, structure):
    film = make_document("SCORE film", "score-deqing.mp4")
    story = make_story(structure, kind=Kind.VIDEO, title="SCORE in Deqing", media_file=film)

    data = described(client, story)

    assert data["contentUrl"] == f"http://testserver{film.url}"
    assert data["encodingFormat"] == "video/mp4"
    assert "embedUrl" not in data
    assert "duration" not in data


def test_video_durations_are_written_as_iso_8601():
    assert iso_duration(timedelta(minutes=12, seconds=28)) == "PT12M28S"
    assert iso_duration(timedelta(hours=1, minutes=5)) == "PT1H5M"
    assert iso_duration(timedelta(seconds=45)) == "PT45S"
    assert iso_duration(None) is None


def test_a_publication_with_an_isbn_is_a_book_with_its_document(client, structure):
    document = make_document("Decent work country programme", "dwcp.pdf")
    story = make_story(
        structure,
        kind=Kind.PUBLICATION,
        title="Decent work country programme",
        isbn="978-92-2-031234-6",
        document=document,
        published_at=PUBLISHED,
    )

    data = described(client, story)

    assert data["@type"] == "Book"
    assert data["isbn"] == "978-92-2-031234-6"
    assert data["name"] == "Decent work country programme"
    assert data["datePublished"] == "2019-04-11T09:30:00+08:00"
    assert data["author"]["name"] == data["publisher"]["name"] == OFFICE
    assert data["inLanguage"] == "en"
    assert data["url"] == absolute(story)
    media = {
        "@type": "MediaObject",
        "contentUrl": f"http://testserver{document.url}",
        "encodingFormat": "application/pdf",
        "name": "Decent work country programme",
    }
    assert data["encoding"] == media
    assert data["associatedMedia"] == media


def test_a_publication_without_an_isbn_is_a_report(client, structure):
    story = make_story(structure, kind=Kind.PUBLICATION, title="Brief on pensions")

    data = described(client, story)

    assert data["@type"] == "Report"
    assert "isbn" not in data
    assert "encoding" not in data


def test_a_project_has_no_json_ld(client, structure):
    story = make_story(
        structure,
        kind=Kind.PROJECT,
        title="SCORE China",
        date_start=date(2019, 7, 1),
        date_end=date(2022, 6, 30),
        funder="European Union",
    )

    assert json_ld(page_html(client, story.url)) == []


def test_a_title_holding_a_script_end_tag_stays_inside_the_script(client, structure):
    title = 'Decent work </script><script>alert("x")</script> & <!-- more'
    story = make_story(structure, kind=Kind.NEWS, title=title, teaser="</SCRIPT> too")

    html = page_html(client, story.url)

    assert "<script>alert" not in html
    assert html.count("<script") == html.count("</script>")
    assert "\\u003C/script\\u003E" in html
    data = json_ld(html)[0]
    assert data["headline"] == title
    assert data["description"] == "</SCRIPT> too"


def test_listings_and_the_home_page_have_no_json_ld(client, structure):
    make_story(structure, kind=Kind.PRESS_RELEASE, title="Listed release")

    for url in ("/en/", "/en/whats-new/", "/en/press-releases/", "/en/events/"):
        assert json_ld(page_html(client, url)) == [], url
