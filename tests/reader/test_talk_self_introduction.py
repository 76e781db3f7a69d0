"""A talk's speaker who first says he will introduce himself (大家好，我先简单做个自我介绍。我叫吕一鸣，…; everyday
ql02, stop 37) names himself; a talk ends with 今天就分享到这里 (everyday ms14); a community's 发起人 set apart from
his name in the byline is his office (everyday ql05, qg24). Near misses: a first sentence that is no introduction
before 我是…, 分享 said of others, and a line ending with 发起人 that names no one."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.header import speaker_introduced

from .mining import mine


def test_a_speaker_introducing_himself_after_saying_so_names_himself() -> None:
    assert speaker_introduced("大家好，我先简单做个自我介绍。我叫吕一鸣，在拾光出行负责基础架构。") == "吕一鸣"


def test_a_first_sentence_that_is_no_introduction_names_no_one() -> None:
    assert speaker_introduced("大家好，今天很高兴来到这里。我叫吕一鸣，在拾光出行负责基础架构。") is None


TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"


def _talk(end: str) -> str:
    body = "".join(f"{n}、{h}\n{TEXT}\n" for n, h in zip("一二三", ("缓存", "并行", "远程执行"), strict=True))
    return f"构建提速实践\n大家好！今天讲三件事。\n{body}{end}\n"


def test_a_talk_ends_when_the_sharing_does(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("今天就分享到这里，希望这些经验对大家有帮助。\n谢谢大家！"))
    assert spec["closing"][0].startswith("今天就分享到这里")


def test_sharing_said_of_others_ends_nothing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("这些经验，我们也会在社区里继续分享给大家。"))
    assert not (spec.get("closing") or [""])[0].startswith("这些经验")


def test_a_communitys_founder_set_apart_from_his_name_is_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在开发者聚会上的开场致辞\n\n江城Go社区发起人　范文涛\n\n" + _talk("好，今天就到这里，谢谢大家！")[7:])
    assert spec.get("speaker") == "范文涛" and spec.get("speaker_title") == "江城Go社区发起人"


def test_a_line_ending_with_founder_and_no_name_names_no_one(tmp_path: Path) -> None:
    head = "在开发者聚会上的开场致辞\n\n演讲者：乔安\n城市人类学研究者，“夜班城市”田野项目发起人\n\n"
    spec, _ = mine(tmp_path, head + _talk("好，今天就到这里，谢谢大家！")[7:])
    assert spec.get("speaker") == "乔安"


def test_a_groom_introducing_himself_names_himself() -> None:
    """我是今天的新郎唐一鸣。 (stop 68): the part he has that day, then his name."""
    assert speaker_introduced("我是今天的新郎唐一鸣。站在这里，看着台下这么多熟悉的面孔，我心里只有两个字：感谢。") == "唐一鸣"


def test_a_subtitle_line_with_no_mark_after_the_name_still_names_him() -> None:
    """大家好 我是骑迹的创始人赵一帆: a video's subtitles, no punctuation; the line ends at the name."""
    assert speaker_introduced("大家好 我是骑迹的创始人赵一帆") == "赵一帆"


def test_a_name_running_on_into_more_words_is_no_introduction() -> None:
    """我是王老师的学生: 王老 is no name when words run on after it with no break."""
    assert speaker_introduced("我是王老师的学生，今天代表大家发言。") is None
