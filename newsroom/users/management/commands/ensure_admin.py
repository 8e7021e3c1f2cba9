"""Make sure someone can sign in to the admin of a fresh site, without a password anyone knows."""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

ADMIN_USERNAME = "admin"
PASSWORD_FILE_NAME = "admin-password"


def password_file() -> Path:
    return Path(settings.VAR_DIR) / PASSWORD_FILE_NAME


def write_secret(path: Path, secret: str) -> None:
    """Write ``secret`` to ``path`` so that only the owner can read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secret + "\n")
    # The file may have existed with looser permissions before.
    os.chmod(path, 0o600)


class Command(BaseCommand):
    help = (
        "Create the superuser 'admin' with a generated password when the site has no superuser, "
        "keep the password in var/admin-password and print how to sign in."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        path = password_file()
        superusers = User.objects.filter(is_superuser=True, is_active=True).order_by("pk")

        if not superusers.exists():
            if User.objects.filter(username=ADMIN_USERNAME).exists():
                self.stdout.write(
                    _(
                        "A user named “%(username)s” exists but is not a superuser. Create a "
                        "superuser with: %(command)s"
                    )
                    % {
                        "username": ADMIN_USERNAME,
                        "command": ".venv/bin/python manage.py createsuperuser",
                    }
                )
                return
            password = secrets.token_urlsafe(12)
            with transaction.atomic():
                User.objects.create_superuser(ADMIN_USERNAME, email="", password=password)
                write_secret(path, password)
            self.stdout.write(self._sign_in_line(admin_url, password))
            return

        admin = superusers.filter(username=ADMIN_USERNAME).first()
        if admin is not None and path.is_file():
            password = path.read_text(encoding="utf-8").strip()
            if password and admin.check_password(password):
                self.stdout.write(self._sign_in_line(admin_url, password))
                return

        username = admin.username if admin is not None else superusers.first().username
        self.stdout.write(
            _("Admin: %(url)s — sign in as %(username)s. To set a new password: %(command)s")
            % {
                "url": admin_url,
                "username": username,
                "command": f".venv/bin/python manage.py changepassword {username}",
            }
        )

    @staticmethod
    def _sign_in_line(admin_url: str, password: str) -> str:
        return _("Admin: %(url)s — user %(username)s, password %(password)s") % {
            "url": admin_url,
            "username": ADMIN_USERNAME,
            "password": password,
        }
