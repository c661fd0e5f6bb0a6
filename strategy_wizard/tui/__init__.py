"""The Textual wizard: objective first, networks last. Built by `app.create_app`."""
