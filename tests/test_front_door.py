"""The package's front door: its names, loaded on first use, and what a cold start imports."""

from __future__ import annotations

import subprocess
import sys

import citebrief


def test_the_exported_names_load_on_first_use() -> None:
    """Which names are exported is pinned in test_exported_members; here: each one loads."""
    for name in citebrief.__all__:
        assert getattr(citebrief, name) is not None
    assert set(citebrief.__all__) <= set(dir(citebrief))


def test_ingest_and_render_stay_functions_when_their_modules_are_imported() -> None:
    """citebrief.ingest and citebrief.render are also a module and a package below."""
    code = (
        "import citebrief, citebrief.ingest, citebrief.render.text, types\n"
        "from citebrief import ingest, render\n"
        "assert callable(ingest) and not isinstance(ingest, types.ModuleType), ingest\n"
        "assert callable(render) and not isinstance(render, types.ModuleType), render\n"
        "assert citebrief.ingest is ingest and citebrief.render is render\n"
        "from citebrief.render.text import render_text\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_version_and_the_cli_module_import_no_heavy_library() -> None:
    """`citebrief --version` must not pay for pydantic, numpy or the segmenter at start-up."""
    code = (
        "import sys\n"
        "import citebrief.cli\n"
        "heavy = {'pydantic', 'numpy', 'rjieba', 'trafilatura', 'citebrief.model'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_chinese_brief_imports_no_numpy_ma() -> None:
    """numpy.ma (20 ms) comes in through np.median, np.union1d or a bare np.unique: none is used."""
    code = (
        "import sys\n"
        "from citebrief import document_from_text, draft\n"
        "line = '国务院常务会议部署推进制造业数字化转型，支持中小企业上云用数赋智。'\n"
        "text = '\\n\\n'.join(f'第{i}段：{line}' for i in range(12))\n"
        "draft(document_from_text(text, origin='t'))\n"
        "assert 'numpy.ma' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_chinese_brief_reads_its_tables_without_importlib_resources() -> None:
    """Its tables come through the loader (text/data_files.package_text): importlib.resources would
    bring tempfile, zipfile and its readers (~7 ms of a cold start). Nor does building the models
    compile the tokenizer's pattern (pydantic parses a builtin default factory's text signature).
    As `citebrief run` does: citebrief.cli first (pydantic's plugin loader, which imports
    importlib.metadata and so importlib.resources, stood in for)."""
    code = (
        "import sys\n"
        "import citebrief.cli\n"
        "from citebrief import document_from_text, draft\n"
        "line = '国务院常务会议部署推进制造业数字化转型，支持中小企业上云用数赋智。'\n"
        "text = '\\n\\n'.join(f'第{i}段：{line}' for i in range(12))\n"
        "draft(document_from_text(text, origin='t'))\n"
        "from citebrief.model import Brief, Checks\n"
        "Brief.model_json_schema(), Checks()\n"
        "assert 'importlib.resources' not in sys.modules, 'importlib.resources'\n"
        "tokenize = sys.modules.get('tokenize')\n"
        "assert tokenize is None or not tokenize._compile.cache_info().currsize, 'tokenize pattern'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
