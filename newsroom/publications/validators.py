"""ISBNs as the office prints them on its publications: ISBN-10 or ISBN-13, hyphens allowed."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Hyphens and spaces group the digits for reading; they carry no meaning.
_SEPARATORS = re.compile(r"[\s\-‐‑–]")


def isbn_digits(value: str) -> str:
    """``value`` without its hyphens and spaces, the check character ``X`` upper-cased."""
    return _SEPARATORS.sub("", value).upper()


def _isbn10_check(first_nine: str) -> str:
    total = sum((10 - position) * int(digit) for position, digit in enumerate(first_nine))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def _isbn13_check(first_twelve: str) -> str:
    total = sum(
        int(digit) * (3 if position % 2 else 1) for position, digit in enumerate(first_twelve)
    )
    return str((10 - total % 10) % 10)


def validate_isbn(value: str) -> None:
    """Refuse an ISBN that is not 10 or 13 digits long or whose check digit is wrong, saying
    which, so that a typing mistake is caught before readers copy the number."""
    digits = isbn_digits(value)
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        expected = _isbn10_check(digits[:9])
    elif len(digits) == 13 and digits.isdigit():
        if not digits.startswith(("978", "979")):
            raise ValidationError(
                _("An ISBN-13 starts with 978 or 979; “%(value)s” does not. Check the number."),
                code="isbn_prefix",
                params={"value": value},
            )
        expected = _isbn13_check(digits[:12])
    else:
        raise ValidationError(
            _(
                "“%(value)s” is not an ISBN. An ISBN has 10 or 13 digits (the last of an "
                "ISBN-10 may be X), which hyphens may group, e.g. 978-92-2-031234-6."
            ),
            code="isbn_form",
            params={"value": value},
        )
    if digits[-1] != expected:
        raise ValidationError(
            _(
                "The ISBN “%(value)s” has a wrong check digit: it should end in %(expected)s. "
                "Check the number against the publication."
            ),
            code="isbn_check_digit",
            params={"value": value, "expected": expected},
        )
