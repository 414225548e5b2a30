from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "socialstrategy.web.reviews"
    label = "reviews"

    def ready(self) -> None:
        from socialstrategy.web.reviews import services
        from socialstrategy.web.strategies import pagecache
        from socialstrategy.web.strategies.signals import document_saved

        document_saved.connect(services.reopen_edited_items, dispatch_uid="reviews-reopen-edited")
        if services.page_stamp not in pagecache.STAMPS:
            pagecache.STAMPS.append(services.page_stamp)
