"""The trainer's tools: build, quality gates, grading, report, demo, roster and certificates.

Notebooks never import this room; they import `course.checks`, `course.data`, `course.plots`,
`course.widgets` and `course.messages`.
"""
