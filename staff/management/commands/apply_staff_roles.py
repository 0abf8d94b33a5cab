from django.apps import apps
from django.core.management.base import BaseCommand

from staff.roles import ROLES, apply_roles


class Command(BaseCommand):
    help = (
        "Creates the shipped staff groups or adds what they miss, including page permissions on catalogue "
        "pages created after the first migration. Run it after loading content; it never removes a permission."
    )

    def handle(self, *args, **options):
        apply_roles(apps)
        self.stdout.write(self.style.SUCCESS("Staff groups up to date: " + ", ".join(ROLES)))
