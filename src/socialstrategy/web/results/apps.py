from django.apps import AppConfig


class ResultsConfig(AppConfig):
    name = "socialstrategy.web.results"
    label = "results"
