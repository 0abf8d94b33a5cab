"""Reads an app's demo content from `<app>/demo/<name>.yaml`, English and Italian side by side.

A translated value is a mapping whose keys are exactly the demo languages (`{en: ..., it: ...}`);
any other value (a slug both languages share, a number, a list of codes) is the same in both.
`localized()` picks one language out of a whole tree. A file that is not valid YAML, or a
translated value that lacks a language, stops the loader with an error naming the file and key.
"""

from functools import cache
from pathlib import Path

import yaml
from django.apps import apps

LANGUAGES = ("en", "it")


class DemoDataError(Exception):
    pass


class _Loader(yaml.SafeLoader):
    """Safe YAML plus `!image name`, a reference to a demo image (home/demo/images/name.jpg)."""


class ImageRef(str):
    """The name of a demo image, replaced by the image's id when localized() is given the ids."""


_Loader.add_constructor("!image", lambda loader, node: ImageRef(loader.construct_scalar(node)))


@cache
def demo_data(app_label, name):
    path = Path(apps.get_app_config(app_label).path) / "demo" / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader with one extra tag
    except (OSError, yaml.YAMLError) as error:
        raise DemoDataError(f"{path}: cannot be read as YAML: {error}") from error
    _check(data, path, "")
    return data


def _check(node, path, where):
    if isinstance(node, dict):
        languages = set(node) & set(LANGUAGES)
        if languages and set(node) != set(LANGUAGES):
            missing = ", ".join(sorted(set(LANGUAGES) - set(node))) or "none"
            extra = ", ".join(sorted(str(k) for k in set(node) - set(LANGUAGES))) or "none"
            raise DemoDataError(
                f"{path}: {where or 'top level'}: a translated value needs exactly {', '.join(LANGUAGES)} "
                f"(missing: {missing}; other keys: {extra})"
            )
        for key, value in node.items():
            _check(value, path, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check(value, path, f"{where}[{index}]")


def is_translated(node):
    return isinstance(node, dict) and set(node) == set(LANGUAGES)


def in_each_language(app_label, name):
    """{language: the whole of `<app>/demo/<name>.yaml` in that language}."""
    return {lang: localized(demo_data(app_label, name), lang) for lang in LANGUAGES}


def localized(node, lang, images=None):
    """node with each translated value replaced by its text in lang, and image names by their ids."""
    if is_translated(node):
        return localized(node[lang], lang, images)
    if isinstance(node, dict):
        return {key: localized(value, lang, images) for key, value in node.items()}
    if isinstance(node, list):
        return [localized(value, lang, images) for value in node]
    if isinstance(node, ImageRef) and images is not None:
        return images.get(str(node))
    return node
