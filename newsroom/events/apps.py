from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "newsroom.events"
    label = "events"

    def ready(self):
        from newsroom.stories.registry import register

        from .registration import EVENTS

        register(EVENTS)
