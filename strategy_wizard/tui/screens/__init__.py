"""Screens of the wizard."""
