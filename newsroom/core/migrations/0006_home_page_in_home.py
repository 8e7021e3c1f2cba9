"""The home page's model is the home app's now (``home/migrations/0001_initial.py`` takes over
its table and its content type): core forgets it without touching the database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_public_change"),
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="HomePage")],
            database_operations=[],
        ),
    ]
