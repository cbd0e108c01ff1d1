"""A certificate's PDF with the organisation's current logo and signature."""

from django.utils import timezone

from mint.mail import organisation

from . import pdf, services


def certificate_pdf(certificate) -> bytes:
    settings = organisation()
    revoked_at = certificate.revoked_at
    return pdf.render(
        certificate.content,
        code=certificate.code,
        verify_url=services.verify_url(certificate),
        revoked_on=revoked_at and timezone.localdate(revoked_at),  # as in Zittau
        logo=_path(settings.logo),
        signature=_path(settings.signature),
    )


def file_name(certificate) -> str:
    return f"certificate-{certificate.grouped_code}.pdf"


def _path(image):
    """The image file on disk, or None (no image, or storage without local files)."""
    if image is None:
        return None
    try:
        return image.file.path
    except (NotImplementedError, ValueError):
        return None
