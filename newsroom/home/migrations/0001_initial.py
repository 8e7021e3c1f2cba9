"""The home page, which core held before it had an app of its own: the table and the pages stay,
the model is known under this app from now on (its content type renamed, so that every page,
revision and translation pointing to it still does), then its table takes this app's name."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _content_type_to(app_label: str, other: str):
    def move(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType")
        # A type made for the new name before this ran would be unused: the old one carries
        # the pages.
        if content_types.objects.filter(app_label=other, model="homepage").exists():
            content_types.objects.filter(app_label=app_label, model="homepage").delete()
            content_types.objects.filter(app_label=other, model="homepage").update(
                app_label=app_label
            )

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0005_public_change"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={"verbose_name": "home page", "db_table": "core_homepage"},
                    bases=("wagtailcore.page",),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(_content_type_to("home", "core"), _content_type_to("core", "home")),
        migrations.AlterModelTable(name="homepage", table=None),
    ]
