"""Pure domain logic: questionnaires, assessments, scoring and the action plan.

Nothing here imports Qt, reportlab, pandas or any other part of readiness_app.
"""
