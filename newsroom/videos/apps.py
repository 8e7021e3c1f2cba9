from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "newsroom.videos"
    label = "videos"

    def ready(self):
        from newsroom.stories.registry import register

        from .registration import VIDEOS

        register(VIDEOS)
