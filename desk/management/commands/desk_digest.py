from django.core.management.base import BaseCommand

from desk import digest


class Command(BaseCommand):
    help = "E-mails the investment desk the requests past their first-response target and the tasks due."

    def handle(self, *args, **options):
        message = digest.send()
        self.stdout.write("Digest stored for sending." if message else "Nothing to report today.")
