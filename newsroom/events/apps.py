from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "newsroom.events"
    label = "events"
