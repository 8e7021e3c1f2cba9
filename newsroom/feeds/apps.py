from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "newsroom.feeds"
    label = "feeds"
    verbose_name = "Feeds and calendars"

    def ready(self):
        # The views register as the answers of the pages' feed and calendar routes.
        from . import views  # noqa: F401
