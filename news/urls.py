from django.urls import path

from news.feeds import NewsAtomFeed, NewsRssFeed

app_name = "news"

urlpatterns = [
    path("news/rss/", NewsRssFeed(), name="rss"),
    path("news/atom/", NewsAtomFeed(), name="atom"),
]
