"""The salutation and the thanks line as a writer types them, and a closing that already thanks.

The template adds the salutation's colon (``{{ spec.salutation }}：``) and prints
the thanks line; a writer who types them the way she would on paper
(``salutation: 同志们：``, ``thanks: 谢谢大家``, ``thanks: 是``, a closing that ends
with 谢谢大家！) means one colon, a thanks line with its ！, yes, and one thanks.
Rendering does what she means and, like ``typed_labels``, says so at the line of
the spec where she wrote it (``build`` warns, ``check`` reports).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..errors import Location
from ..records import replace
from ..speech import Paragraph, Speech

Warn = Callable[..., None]  # where, what was done, what to do, the check rule that reports it

TYPED_PUNCTUATION = "typed-punctuation"  # check rules
THANKS_TWICE = "thanks-twice"

# What a salutation ends with when typed as on paper; the template adds the one colon.
_SALUTATION_END = "：:，,、。."
# Words a writer types for the thanks switch (thanks: true/false).
SWITCH_WORDS = {
    "是": True, "要": True, "有": True, "需要": True,
    "否": False, "不": False, "不要": False, "无": False, "没有": False, "不需要": False,
}
FINAL_MARKS = "。！？!?…"  # a thanks line (or a paragraph) ends with one of these


def ends_a_sentence(text: str) -> bool:
    """``text`` closes with a final mark (谢谢大家！), as a thanks line should."""
    text = text.rstrip().rstrip("”’」』）)")
    return bool(text) and text[-1] in FINAL_MARKS


def bare_salutation(text: str) -> str:
    """The salutation without the punctuation typed after it (同志们： → 同志们)."""
    return text.rstrip().rstrip(_SALUTATION_END).rstrip()


def thanks_value(value: Any) -> Any:
    """``thanks`` as meant: 是/否 as true/false, a typed thanks line with its final ！."""
    if isinstance(value, str):
        word = value.strip()
        if word in SWITCH_WORDS:
            return SWITCH_WORDS[word]
        if word and not ends_a_sentence(word):
            return word + "！"
        return word
    return value


def printed_value(path: tuple, text: str) -> str | None:
    """What the speech prints for the top-level text value at ``path`` (None: a switch, not words)."""
    if path == ("salutation",):
        return bare_salutation(text)
    if path == ("thanks",):
        meant = thanks_value(text)
        return meant if isinstance(meant, str) else None
    return text


def typed_view(view: dict[str, Any], where: Callable[[tuple], Location], warn: Warn | None) -> dict[str, Any]:
    """The template's view of the spec with the salutation and thanks as meant; each fix said at its place."""
    salutation = view.get("salutation") or ""
    bare = bare_salutation(salutation)
    if bare != salutation and bare:
        typed = salutation[len(bare) :].strip()
        if warn is not None:
            done = "末尾手打了冒号，模板还会加一个，已只留一个" if typed in ("：", ":") else f"末尾的“{typed}”已改为冒号"
            warn(where(("salutation",)), f"称呼“{salutation}”{done}（打印为“{bare}：”）", "称呼后的冒号由模板加上，不用写", TYPED_PUNCTUATION)
        view = {**view, "salutation": bare}
    thanks = view.get("thanks")
    meant = thanks_value(thanks)
    if isinstance(thanks, str) and meant != thanks:
        if warn is not None and isinstance(meant, str):
            warn(where(("thanks",)), f"致谢语“{thanks}”没有结束标点，已补上“！”", "致谢语末尾请写上标点，如：谢谢大家！", TYPED_PUNCTUATION)
        view = {**view, "thanks": meant}
    return view


def _last_clause(text: str) -> str:
    clauses = [c for c in re.split(r"[，,。！？!?；;…\s]+", text) if c]
    return clauses[-1] if clauses else ""


def repeats_thanks(closing: str, thanks: str) -> bool:
    """``closing`` ends with the words the ``thanks`` line ends with (…谢谢大家！ and 今天我就讲这些，谢谢大家！)."""
    end = _last_clause(thanks)
    return bool(end) and _last_clause(closing) == end


def repeated_thanks(speech: Speech) -> int | None:
    """The index of the thanks line when the closing paragraph just before it already says it."""
    blocks = speech.blocks
    thanks = next((k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.role == "thanks"), None)
    if not thanks:
        return None
    before = blocks[thanks - 1]
    said = isinstance(before, Paragraph) and before.role == "closing" and repeats_thanks(before.text, blocks[thanks].text)
    return thanks if said else None


def drop_repeated_thanks(speech: Speech, closing_place: Location | None, warn: Warn | None) -> Speech:
    """``speech`` without its thanks line when the closing's last paragraph already says it."""
    thanks = repeated_thanks(speech) if closing_place is not None else None
    if thanks is None:
        return speech
    blocks = list(speech.blocks)
    before = blocks[thanks - 1]
    assert isinstance(before, Paragraph)
    said = blocks[thanks].text
    if warn is not None:
        warn(
            closing_place,
            f"结尾最后一段（“…{before.text[-12:]}”）与致谢语“{said}”说的是同一句话，致谢语不再重复打印",
            "想用模板的致谢语，请从 closing 中删去这句；不要致谢语可写 thanks: false",
            THANKS_TWICE,
        )
    del blocks[thanks]
    return replace(speech, blocks=tuple(blocks))
