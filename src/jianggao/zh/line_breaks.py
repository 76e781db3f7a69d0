"""Where a line of Chinese text may not break (避头尾): shared by title lines and the CLI's help."""

from __future__ import annotations

# A line may not start with these: they stay with the character before.
NO_LINE_START = frozenset("，。、；：？！）”’》〉】〕,.;:?!)]…—")
# A line may not end with these: they go with what they open.
NO_LINE_END = frozenset("（“‘《〈【〔([")
