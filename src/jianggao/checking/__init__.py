"""``jianggao check``: review a spec or a draft the way an experienced writer would.

``runner.check_file`` loads a subject (``spec_subject`` renders a spec,
``draft_subject`` reads a .txt/.md/.docx draft) and runs the rules of
``text_rules``, ``structure_rules``, ``length_rules`` and ``year_rules`` over it; each rule
yields ``findings.Finding``s with a place, a rule id, a severity, a message and
a suggestion.
"""
