"""Page numbers of long lists (``core/pagination.py``): what ``?page=`` a reader may type, the
404 that says why a page does not exist, and how a list made of groups (upcoming, then past
events; ongoing, then completed projects) is cut into pages."""

import pytest
from django.test import RequestFactory

from newsroom.core.pagination import (
    Group,
    GroupedPaginator,
    paginate,
    paginate_groups,
    requested_page_number,
)
from newsroom.core.views import ReaderFacingHttp404

NOT_A_NUMBER = "is not a page number. Page numbers are whole numbers from 1."
START_AT_1 = "Page numbers start at 1."


def request(page=None):
    return RequestFactory().get("/en/news/", {} if page is None else {"page": page})


class Items:
    """A group's items that records which slices a page reads, and is never counted."""

    def __init__(self, *titles: str):
        self.titles = list(titles)
        self.read: list[slice] = []

    def __getitem__(self, part: slice) -> list[str]:
        self.read.append(part)
        return self.titles[part]

    def count(self):
        raise AssertionError("counted through items, not through the group's own count")


def group(heading: str, *titles: str, rest: bool = False) -> Group:
    items = Items(*titles)
    return Group(heading, items, count=lambda: len(items.titles), rest=rest)


def not_found(call) -> str:
    with pytest.raises(ReaderFacingHttp404) as raised:
        call()
    return str(raised.value)


@pytest.mark.parametrize("value, number", [(None, 1), ("1", 1), ("2", 2), (" 3 ", 3)])
def test_the_page_number_is_read_from_the_page_parameter(value, number):
    assert requested_page_number(request(value)) == number


@pytest.mark.parametrize("value", ["abc", "1.5", "1e3", "", " ", "\x00", "0x10", "9" * 5000])
def test_what_is_not_a_whole_number_is_a_404_that_says_so(value):
    message = not_found(lambda: requested_page_number(request(value)))

    assert message == f"“{value[:40]}” {NOT_A_NUMBER}"


def test_the_404_quotes_no_more_than_40_characters_of_what_was_typed():
    message = not_found(lambda: requested_page_number(request("x" * 400)))

    assert message == f"“{'x' * 40}” {NOT_A_NUMBER}"


@pytest.mark.parametrize("value", ["0", "-1", "-99999"])
def test_page_numbers_below_1_are_a_404_that_says_where_they_start(value):
    assert not_found(lambda: requested_page_number(request(value))) == START_AT_1


def test_a_list_is_cut_into_pages_the_last_holding_what_is_left():
    items = [f"Story {n}" for n in range(1, 24)]

    first = paginate(request(), items, 10)
    last = paginate(request("3"), items, 10)

    assert list(first.object_list) == items[:10]
    assert first.paginator.num_pages == 3
    assert list(last.object_list) == ["Story 21", "Story 22", "Story 23"]
    assert not last.has_next()


@pytest.mark.parametrize("value", ["4", "99999", "9" * 400])
def test_a_page_after_the_last_is_a_404_that_says_how_many_there_are(value):
    items = list(range(23))

    message = not_found(lambda: paginate(request(value), items, 10))

    assert message == f"This list has 3 page(s); there is no page {value}."


def test_an_empty_list_has_an_empty_first_page_and_no_second():
    assert list(paginate(request(), [], 10).object_list) == []
    assert not_found(lambda: paginate(request("2"), [], 10)) == (
        "This list has 1 page(s); there is no page 2."
    )


def test_junk_is_refused_before_the_list_is_counted():
    assert not_found(lambda: paginate(request("abc"), None, 10)).endswith(NOT_A_NUMBER)


@pytest.mark.parametrize("count, pages", [(0, 1), (1, 1), (10, 1), (11, 2), (20, 2), (21, 3)])
def test_a_grouped_list_has_as_many_pages_as_its_items_fill(count, pages):
    assert GroupedPaginator(count, 10).num_pages == pages


def test_groups_are_read_one_after_the_other_and_numbered_in_their_own_list():
    upcoming = group("Upcoming events", *[f"Upcoming {n}" for n in range(1, 9)])
    past = group("Past events", *[f"Past {n}" for n in range(1, 8)])

    first = paginate_groups(request(), [upcoming, past], 10)
    second = paginate_groups(request("2"), [upcoming, past], 10)

    assert first.groups == [
        ("Upcoming events", [f"Upcoming {n}" for n in range(1, 9)]),
        ("Past events", ["Past 1", "Past 2"]),
    ]
    assert second.groups == [("Past events", [f"Past {n}" for n in range(3, 8)])]
    assert second.object_list == [f"Past {n}" for n in range(3, 8)]
    assert repr(second) == "<Page 2 of 2>"


def test_a_page_reads_only_its_own_slice_of_each_group_and_nothing_of_the_others():
    upcoming = group("Upcoming events", *[f"Upcoming {n}" for n in range(1, 13)])
    past = group("Past events", *[f"Past {n}" for n in range(1, 6)])

    paginate_groups(request("2"), [upcoming, past], 10)

    assert upcoming.items.read == [slice(10, 12)]
    assert past.items.read == [slice(0, 5)]
    upcoming.items.read.clear()
    past.items.read.clear()
    paginate_groups(request(), [upcoming, past], 10)
    assert upcoming.items.read == [slice(0, 10)]
    assert past.items.read == []


def test_following_groups_under_one_heading_read_as_one_list():
    dated = group("Past events", "Forum", "Exhibition")
    undated = group("Past events", "Undated workshop")

    page = paginate_groups(request(), [group("Upcoming events"), dated, undated], 10)

    assert page.groups == [("Past events", ["Forum", "Exhibition", "Undated workshop"])]


def test_the_group_counted_as_the_rest_is_what_the_total_leaves():
    ongoing = group("Ongoing projects", "Runs to 2024", "Open-ended")
    completed = Group("Completed projects", Items("Ended 2021", "Ended 2019"), rest=True)

    page = paginate_groups(request(), [ongoing, completed], 10, total=4)

    assert page.paginator.count == 4
    assert page.groups[1] == ("Completed projects", ["Ended 2021", "Ended 2019"])


def test_a_total_smaller_than_the_other_groups_leaves_the_rest_empty():
    ongoing = group("Ongoing projects", "Runs to 2024", "Open-ended")
    completed = Group("Completed projects", Items("Ended 2021"), rest=True)

    page = paginate_groups(request(), [ongoing, completed], 10, total=1)

    assert page.paginator.count == 2
    assert page.groups == [("Ongoing projects", ["Runs to 2024", "Open-ended"])]
    assert completed.items.read == []


@pytest.mark.parametrize(
    "rests, total", [((True, True), 4), ((True, False), None)], ids=["two rests", "no total"]
)
def test_one_group_at_most_is_the_rest_and_only_with_a_total(rests, total):
    groups = [group(f"Group {n}", "An item", rest=rest) for n, rest in enumerate(rests)]

    with pytest.raises(ValueError, match="One group at most"):
        paginate_groups(request(), groups, 10, total=total)


def test_a_grouped_page_after_the_last_is_a_404_that_says_how_many_there_are():
    groups = [group("Upcoming events", "Launch"), group("Past events", "Forum")]

    assert not_found(lambda: paginate_groups(request("2"), groups, 10)) == (
        "This list has 1 page(s); there is no page 2."
    )
    assert not_found(lambda: paginate_groups(request("0"), groups, 10)) == START_AT_1


def test_an_empty_grouped_list_has_an_empty_first_page():
    page = paginate_groups(request(), [group("Upcoming events"), group("Past events")], 10)

    assert page.groups == [] and page.object_list == []
    assert (page.has_previous(), page.has_next()) == (False, False)


def test_a_grouped_page_links_to_its_neighbours():
    groups = [group("Past events", *[str(n) for n in range(25)])]

    middle = paginate_groups(request("2"), groups, 10)

    assert (middle.has_previous(), middle.has_next()) == (True, True)
    assert (middle.previous_page_number(), middle.next_page_number()) == (1, 3)
    assert not paginate_groups(request("3"), groups, 10).has_next()
