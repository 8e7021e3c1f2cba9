import stat
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

User = get_user_model()


@pytest.fixture
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


def ensure_admin() -> str:
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def password_from(output: str) -> str:
    assert "http://testserver/admin/" in output
    return output.strip().rsplit("password ", 1)[1]


@pytest.mark.django_db
def test_a_fresh_site_gets_an_admin_with_a_generated_password_kept_private(var_dir):
    output = ensure_admin()

    password = password_from(output)
    assert authenticate(username="admin", password=password).is_superuser
    secret = var_dir / "admin-password"
    assert secret.read_text().strip() == password
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


@pytest.mark.django_db
def test_each_fresh_site_gets_a_different_password(var_dir):
    first = password_from(ensure_admin())
    User.objects.all().delete()
    (var_dir / "admin-password").unlink()

    second = password_from(ensure_admin())

    assert first != second
    assert len(second) >= 16


@pytest.mark.django_db
def test_running_again_prints_the_same_password_and_creates_nobody(var_dir):
    first = ensure_admin()

    second = ensure_admin()

    assert second == first
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_an_existing_superuser_is_left_alone_and_told_how_to_set_a_password(var_dir):
    User.objects.create_superuser("editor-in-chief", email="", password="chosen-by-them")

    output = ensure_admin()

    assert "manage.py changepassword editor-in-chief" in output
    assert "chosen-by-them" not in output
    assert not (var_dir / "admin-password").exists()
    assert list(User.objects.values_list("username", flat=True)) == ["editor-in-chief"]


@pytest.mark.django_db
def test_a_password_changed_since_is_not_printed_from_the_stale_file(var_dir):
    old = password_from(ensure_admin())
    admin = User.objects.get(username="admin")
    admin.set_password("changed-by-hand-1")
    admin.save()

    output = ensure_admin()

    assert old not in output
    assert "manage.py changepassword admin" in output
