"""WSGI entry point: `granian --interface wsgi socialstrategy.web.wsgi:application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialstrategy.web.settings")
application = get_wsgi_application()
