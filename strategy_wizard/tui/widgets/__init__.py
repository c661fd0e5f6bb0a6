"""Widgets of the wizard: one question, the step sidebar, the live insight panel."""
