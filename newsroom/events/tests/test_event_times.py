"""An event's times, in its venue's time zone, as the editor gives them."""

from datetime import time

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from newsroom.events.models import EventPage
from newsroom.stories.kinds import Kind

pytestmark = pytest.mark.django_db


def publish(admin_client, structure, **fields):
    add = f"/admin/pages/add/events/eventpage/{structure.sections[Kind.EVENT].pk}/"
    data = {
        "title": "Meeting",
        "slug": "meeting",
        "venue": "Ulaanbaatar, Mongolia",
        "body": streamfield([]),
        "date_start": "2031-11-02",
        "action-publish": "publish",
    }
    return admin_client.post(add, nested_form_data(data | fields))


def test_the_editor_gives_times_in_the_venues_time_zone(admin_client, structure):
    response = publish(
        admin_client,
        structure,
        start_time="09:30",
        end_time="17:00",
        time_zone="Asia/Ulaanbaatar",
    )

    assert response.status_code == 302
    meeting = EventPage.objects.get()
    assert (meeting.start_time, meeting.end_time) == (time(9, 30), time(17, 0))
    assert meeting.starts_at.isoformat() == "2031-11-02T09:30:00+08:00"
    assert meeting.ends_at.isoformat() == "2031-11-02T17:00:00+08:00"


def test_the_form_offers_every_time_zone_with_the_offices_chosen(admin_client, structure):
    add = f"/admin/pages/add/events/eventpage/{structure.sections[Kind.EVENT].pk}/"

    form = admin_client.get(add).content.decode()

    assert '<option value="Asia/Ulaanbaatar">' in form
    assert f'<option value="{timezone.get_default_timezone_name()}" selected>' in form


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"start_time": "17:00", "end_time": "09:00"}, "A one-day event must end after it begins."),
        ({"end_time": "09:00"}, "Give the start time too, or leave both times empty."),
        ({"time_zone": "Mars/Olympus"}, "“Mars/Olympus” is not a time zone."),
    ],
)
def test_times_that_cannot_be_are_refused_with_a_reason(admin_client, structure, fields, message):
    response = publish(admin_client, structure, **fields)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.exists()


def test_without_a_time_zone_the_event_is_in_the_offices(admin_client, structure):
    publish(admin_client, structure, start_time="09:30", time_zone="")

    meeting = EventPage.objects.get()
    assert meeting.time_zone == timezone.get_default_timezone_name()
    assert meeting.ends_at.time() == time(23, 59, 59)
