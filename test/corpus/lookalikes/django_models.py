# Lookalike corpus: imitates a Django app's models.py + settings fragment + a data
# migration helper (blog/models.py style). Django uses "model" words everywhere:
# AUTH_USER_MODEL = "accounts.User", ForeignKey("auth.User"), apps.get_model("blog", "Post"),
# ContentType lookups with model="post", model_name="article" in migrations. None of these
# are LLM model IDs. Real LLM usage: an OpenAI summary call with model="gpt-4.1-mini".
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from openai import OpenAI

# settings.py fragment
AUTH_USER_MODEL = "accounts.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SUMMARY_MODEL = "gpt-4.1-mini"


class Category(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]


class Post(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    author = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="posts")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    category = models.ForeignKey("blog.Category", on_delete=models.PROTECT)
    title = models.CharField(max_length=200)
    body = models.TextField()
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "blog_post"
        indexes = [models.Index(fields=["-published_at"], name="post_published_idx")]
        permissions = [("publish_post", "Can publish posts")]

    def __str__(self):
        return self.title


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField()


def forwards(apps_registry, schema_editor):
    """RunPython helper used by 0005_backfill_summaries."""
    Post = apps_registry.get_model("blog", "Post")
    Article = apps_registry.get_model("news", "Article")
    for article in Article.objects.filter(legacy_id__isnull=False):
        Post.objects.get_or_create(title=article.headline, defaults={"body": article.text})


def content_type_for(model_label: str):
    app_label, model = model_label.split(".")
    return ContentType.objects.get(app_label=app_label, model=model.lower())


def post_content_type():
    return ContentType.objects.get(app_label="blog", model="post")


def comment_model():
    return apps.get_model("blog", "Comment")


# Shape of a generated migration operation (0004_alter_article_options.py)
MIGRATION_OPERATIONS = [
    {"op": "AlterModelOptions", "name": "article", "options": {"ordering": ["-created"]}},
    {"op": "AlterField", "model_name": "article", "name": "title"},
    {"op": "AddField", "model_name": "post", "name": "summary"},
    {"op": "RenameModel", "old_name": "Entry", "new_name": "Post"},
]

client = OpenAI()


def summarize(post: Post) -> str:
    resp = client.chat.completions.create(
        model=SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": "Summarize the blog post in one sentence."},
            {"role": "user", "content": post.body[:8000]},
        ],
    )
    return resp.choices[0].message.content or ""
