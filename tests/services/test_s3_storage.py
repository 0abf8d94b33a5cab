"""The S3 path of the storage settings, against moto's S3 server over real HTTP."""

import socket
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_storage(s3_endpoint, monkeypatch):
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="eu-south-1")
    if "lombardy-media" not in [b["Name"] for b in client.list_buckets()["Buckets"]]:
        client.create_bucket(Bucket="lombardy-media", CreateBucketConfiguration={"LocationConstraint": "eu-south-1"})
    for key, value in {
        "AWS_STORAGE_BUCKET_NAME": "lombardy-media",
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "eu-south-1",
    }.items():
        monkeypatch.setenv(key, value)
    from config.settings.base import env, s3_storage_backend

    with override_settings(
        STORAGES={
            "default": s3_storage_backend(env),
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        # override_settings resets the storage registry, so default_storage follows.
        yield storages["default"]


def test_files_round_trip_through_s3_with_presigned_links(s3_storage):
    name = s3_storage.save("documents/booklet.pdf", ContentFile(b"%PDF-1.4 demo"))
    assert s3_storage.exists(name)
    url = s3_storage.url(name)
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=600" in url
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local moto server
        assert response.read() == b"%PDF-1.4 demo"
    # Same name again: a new key, nothing overwritten.
    assert s3_storage.save("documents/booklet.pdf", ContentFile(b"other")) != name


@pytest.mark.django_db
@pytest.mark.demo  # its subject is the demo loader, run again onto S3
@pytest.mark.usefixtures("demo_content")
def test_demo_content_writes_its_images_to_s3(s3_storage):
    from django.core.management import call_command
    from wagtail.images import get_image_model

    # The run's demo content was built on local files; start the images again on S3.
    get_image_model().objects.all().delete()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    image = get_image_model().objects.first()
    assert image.file.storage.__class__.__name__ == "S3Storage"
    assert s3_storage.exists(image.file.name)
