"""讲稿工作室 (``jianggao studio``): a local web workbench over the library.

``workspace`` does the work on one folder (analysing the spec being edited,
saving, importing, exporting, fragments) without knowing HTTP; ``layout`` and
``preview`` draw the pages as the Word writer prints them; ``security``,
``app`` and ``server`` put it on 127.0.0.1 with Starlette and uvicorn. The
page itself (``assets/``) is plain HTML, CSS and JavaScript with no build step.
"""
