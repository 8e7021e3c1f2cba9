"""Images for tests: a small real picture with a credit."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage

from newsroom.core.models import CreditedImage


def make_image(title: str = "A picture", credit: str = "ILO/Photographer 2021", **fields):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 36), (90, 120, 150)).save(buffer, format="PNG")
    return CreditedImage.objects.create(
        title=title,
        credit=credit,
        file=ImageFile(buffer, name="picture.png"),
        **fields,
    )
