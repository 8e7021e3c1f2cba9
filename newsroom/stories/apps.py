from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "newsroom.stories"
    label = "stories"
