from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "newsroom.videos"
    label = "videos"
