"""Every text of the wizard exists in French and English, with the same placeholders."""

from __future__ import annotations

import string

from strategy_wizard.tui.texts import texts


def test_every_wizard_text_in_both_languages():
    for key, value in texts().items():
        assert set(value) == {"fr", "en"}, key
        assert value["fr"].strip() and value["en"].strip(), key
        fields = [
            {f for _, f, _, _ in string.Formatter().parse(value[lang]) if f}
            for lang in ("fr", "en")
        ]
        assert fields[0] == fields[1], key
