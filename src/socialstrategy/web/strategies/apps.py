from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "socialstrategy.web.strategies"
    label = "strategies"
