"""The theme's Vietnamese UI strings (theme/i18n/<lang>.yml) as one mapping for templates."""

import functools
import os

import yaml


class StringsError(ValueError):
    """The UI strings file is missing or malformed."""


def load_strings(theme_dir: str, lang: str = "vi") -> dict[str, str]:
    """{key: text} from theme/i18n/<lang>.yml; errors name the file and say what to fix."""
    path = os.path.join(theme_dir, "i18n", f"{lang}.yml")
    try:
        # Every generator asks; parse once per version of the file (an edit while serving shows).
        modified = os.stat(path).st_mtime_ns
    except FileNotFoundError:
        modified = None
    return dict(_parsed_strings(path, modified))


@functools.lru_cache(maxsize=8)
def _parsed_strings(path: str, modified: int | None) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8") as handle:
            strings = yaml.safe_load(handle)
    except FileNotFoundError:
        raise StringsError(
            f"{path}: thiếu tệp chuỗi giao diện; hãy tạo lại từ theme/i18n/vi.yml"
        ) from None
    except yaml.YAMLError as error:
        raise StringsError(f"{path}: YAML không hợp lệ: {error}") from None
    if not isinstance(strings, dict) or not all(isinstance(v, str) for v in strings.values()):
        raise StringsError(f"{path}: mỗi dòng phải là 'khoa: \"chuỗi\"' (chuỗi văn bản)")
    return strings
