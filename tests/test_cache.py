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
