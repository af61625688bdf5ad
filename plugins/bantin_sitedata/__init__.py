"""Site data: units, categories and the menu, read from YAML files into the template context.

Settings read: SITE_DATA_PATH (folder of *.yml files; relative paths are taken from the
folder above PATH). Sets: one setting per file, named after it in capitals (units.yml gives
UNITS), so templates and other plugins see e.g. UNITS and CATEGORIES.
"""

import logging
import os

import yaml
from pelican import signals

logger = logging.getLogger("bantin.sitedata")

# libyaml's loader when PyYAML was built with it: the same data, 8× faster on a large units.yml.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_folder(settings) -> str | None:
    folder = settings.get("SITE_DATA_PATH")
    if not folder:
        return None
    if not os.path.isabs(folder):
        folder = os.path.join(os.path.dirname(os.path.abspath(settings["PATH"])), folder)
    return folder


def read_site_data(folder: str) -> dict:
    """{"UNITS": [...], ...} from every *.yml file in `folder`; errors name the file."""
    data = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".yml", ".yaml")):
            continue
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as handle:
                data[os.path.splitext(name)[0].upper()] = yaml.load(handle, Loader=_SAFE_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            place = f"{path}:{mark.line + 1}" if mark is not None else path
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            start = getattr(error, "context_mark", None)
            if start is not None and (mark is None or start.line != mark.line):
                # An unclosed quote is found at the end of the file: say where it opened.
                problem += f", đoạn bắt đầu ở dòng {start.line + 1}"
            logger.error(
                "%s: không đọc được dữ liệu YAML (%s); hãy sửa dòng này: mỗi mục dạng "
                "'tên: giá trị', giá trị có dấu ':' hoặc '\"' đặt trong ngoặc kép và đóng đủ",
                place,
                problem,
            )
        except UnicodeDecodeError as error:
            logger.error(
                "%s: tệp không phải UTF-8 (byte %d); hãy lưu lại tệp với bảng mã UTF-8",
                path,
                error.start,
            )
    return data


def load_site_data(pelican_obj):
    folder = data_folder(pelican_obj.settings)
    if folder is None:
        return
    if not os.path.isdir(folder):
        logger.error(
            "SITE_DATA_PATH %s không tồn tại; hãy tạo thư mục hoặc sửa pelicanconf.py", folder
        )
        return
    pelican_obj.settings.update(read_site_data(folder))


def register():
    # After bantin_integrity starts collecting errors, so a broken data file fails the build.
    signals.initialized.connect(load_site_data)
