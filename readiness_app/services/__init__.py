"""Use-cases both front ends call: the questionnaire catalogue, the library, local support,
the PDF plan's content. Above storage, report and analytics; below the UI and the CLI."""
