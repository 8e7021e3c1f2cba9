from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "newsroom.projects"
    label = "projects"
