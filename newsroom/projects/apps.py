from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "newsroom.projects"
    label = "projects"

    def ready(self):
        from newsroom.stories.registry import register

        from .registration import PROJECTS

        register(PROJECTS)
