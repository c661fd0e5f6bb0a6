"""The cache of validated data: a shortcut that two installs used in turn do not destroy."""

from __future__ import annotations

from pathlib import Path

from strategy_wizard.base import cache


def test_two_data_folders_used_in_turn_keep_their_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("STRATEGY_WIZARD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("STRATEGY_WIZARD_NO_CACHE", raising=False)
    loads: list[str] = []

    def load(folder: Path) -> str:
        loads.append(folder.name)
        return folder.name

    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "x.yaml").write_text("k: 1\n", encoding="utf-8")
    for folder in (a, b, a, b, a):
        assert cache.cached("data", folder, load) == folder.name
    assert loads == ["a", "b"], "each folder validated once, then read from the cache"
    for n in range(cache.KEEP + 2):  # old versions do not pile up
        (a / "x.yaml").write_text(f"k: {n}\n" + " " * n, encoding="utf-8")
        cache.cached("data", a, load)
    assert len(list((tmp_path / "cache").glob("data-*.pickle"))) == cache.KEEP


def _cached_value(tmp_path: Path, monkeypatch, mode: int | None = None) -> tuple[str, Path]:
    """Cache 'fresh' once, then let the test spoil the file and ask again."""
    monkeypatch.setenv("STRATEGY_WIZARD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("STRATEGY_WIZARD_NO_CACHE", raising=False)
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "x.yaml").write_text("k: 1\n", encoding="utf-8")
    assert cache.cached("data", folder, lambda _f: "fresh") == "fresh"
    (file,) = (tmp_path / "cache").glob("data-*.pickle")
    return "fresh", file


def test_a_cache_file_others_can_write_is_never_unpickled(tmp_path, monkeypatch):
    import os
    import pickle

    _, file = _cached_value(tmp_path, monkeypatch)
    file.write_bytes(pickle.dumps("planted"))
    folder = tmp_path / "data"
    assert cache.cached("data", folder, lambda _f: "fresh") == "planted", "own file is read"
    file.write_bytes(pickle.dumps("planted"))
    os.chmod(file, 0o666)
    assert cache.cached("data", folder, lambda _f: "validated again") == "validated again"


def test_a_fifo_or_link_in_place_of_the_cache_does_not_block_or_get_read(tmp_path, monkeypatch):
    import os
    import pickle

    _, file = _cached_value(tmp_path, monkeypatch)
    folder = tmp_path / "data"
    file.unlink()
    os.mkfifo(file)  # opening it for reading would wait for a writer forever
    assert cache.cached("data", folder, lambda _f: "loaded") == "loaded"
    file.unlink()
    elsewhere = tmp_path / "elsewhere.pickle"
    elsewhere.write_bytes(pickle.dumps("through a link"))
    file.symlink_to(elsewhere)
    assert cache.cached("data", folder, lambda _f: "loaded") == "loaded"
    assert elsewhere.read_bytes() == pickle.dumps("through a link"), "not written through"
    assert file.is_file() and not file.is_symlink()


def _import_loader(path: Path, value: str):
    import importlib.util
    import sys

    path.write_text(f"def load(folder):\n    return {value!r}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("sw_test_loader", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sw_test_loader"] = module
    spec.loader.exec_module(module)
    return module.load


def test_a_change_to_the_loading_code_is_not_hidden_by_the_cache(tmp_path, monkeypatch):
    """Two builds of one version (a checkout between releases, `pip install .` of a newer
    commit): the pickle of the older code's result must not be served to the newer code."""
    import sys

    monkeypatch.setenv("STRATEGY_WIZARD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("STRATEGY_WIZARD_NO_CACHE", raising=False)
    monkeypatch.delitem(sys.modules, "sw_test_loader", raising=False)
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "x.yaml").write_text("k: 1\n", encoding="utf-8")
    code = tmp_path / "loader.py"
    assert cache.cached("data", folder, _import_loader(code, "old")) == "old"
    assert cache.cached("data", folder, _import_loader(code, "old")) == "old"
    assert cache.cached("data", folder, _import_loader(code, "newer")) == "newer"
    monkeypatch.delitem(sys.modules, "sw_test_loader", raising=False)
