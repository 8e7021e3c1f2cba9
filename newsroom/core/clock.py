"""Today's date in the office's time zone, the one place listings ask for it.

Which events are upcoming and which projects are ongoing depends on the day. Code that needs it
calls ``clock.today()`` through this module at request time, so that tests (and browser tests,
whose live server runs in the test's process) can move the clock by patching this one function.
"""

from datetime import date

from django.utils import timezone


def today() -> date:
    """The office's local date (``TIME_ZONE``), not the server's or UTC's."""
    return timezone.localdate()
