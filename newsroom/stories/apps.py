from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "newsroom.stories"
    label = "stories"

    def ready(self):
        # The kinds without an app of their own, in the order of their listings.
        from .registration import FEATURES, NEWS, PRESS_RELEASES, STATEMENTS
        from .registry import register

        register(PRESS_RELEASES)
        register(NEWS)
        register(STATEMENTS)
        register(FEATURES)
