"""jianggao (讲稿): a speech-drafting template engine for Chinese official speeches."""

__version__ = "0.1.0"
