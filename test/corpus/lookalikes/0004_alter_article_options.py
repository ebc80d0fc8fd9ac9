# Lookalike corpus: imitates a Django auto-generated migration (makemigrations output).
# `model_name="article"` / `model_name="post"` keyword arguments and
# settings.AUTH_USER_MODEL are Django model names, never LLM model IDs.
from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("blog", "0003_post_summary"),
        ("news", "0012_article_legacy_id"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={"ordering": ["-created"], "verbose_name": "article"},
        ),
        migrations.AlterField(
            model_name="article",
            name="title",
            field=models.CharField(max_length=255, verbose_name="title"),
        ),
        migrations.AddField(
            model_name="post",
            name="reviewer",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="reviewed_posts",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="comment",
            name="parent",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="blog.comment",
            ),
        ),
        migrations.CreateModel(
            name="Reaction",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(choices=[("like", "Like"), ("clap", "Clap")], max_length=8)),
                ("post", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="blog.post")),
            ],
            options={"unique_together": {("post", "kind")}},
        ),
        migrations.AlterUniqueTogether(
            name="reaction",
            unique_together={("post", "kind")},
        ),
    ]
