"""Fill a database with many live, public stories fast: 100 000 in about half a minute.

    .venv/bin/python bench/generate_stories.py --count 100000 \\
        --database var/bench/bench-100000.sqlite3

The database is created and migrated if needed, the site structure is built with
``ensure_site_structure()``, then the stories are written straight into the page tables in bulk:
the treebeard paths under each section are computed here instead of one ``add_child`` (and its
queries) per page. The mix looks like the office's archive: about 40 % press
releases, the rest news, events, publications, videos, statements, features and projects, spread
over 15 years, some with a credited picture (one shared image), teasers of realistic length.

Besides the ``--count`` listed stories it adds three that no reader may see (a draft, an
unpublished story, a story behind a password), dated newest of all, so that a listing that leaked
them would show them on its first page. ``--no-hidden`` leaves them out.

Pages written this way have no revisions: enough for listings and story pages, not for editing
them in the admin. They are not in the search index unless ``--index`` is given.

For the search bench, ``--languages en zh-hans mn`` writes the stories in those languages (about
as many in each, in each language's own sections, filed under its own terms) with a body of
several paragraphs of text in the language, and ``--index`` writes their search index in bulk,
as ``newsroom.search.indexing`` would, checked against it on a sample afterwards:

    .venv/bin/python bench/generate_stories.py --count 100000 --languages en zh-hans mn --index \\
        --database var/bench/search-100000.sqlite3

``generate_stories()`` is also imported by tests, inside a database that is already set up.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape as html_escape
from itertools import accumulate
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SETTINGS = "newsroom.settings.test"

# Kind and share of the archive, in per cent.
KIND_SHARES = (
    ("press_release", 40),
    ("news", 22),
    ("event", 12),
    ("publication", 8),
    ("video", 7),
    ("statement", 4),
    ("feature", 4),
    ("project", 3),
)
# Which countries a story is filed under, and the share of stories, in per cent: most are about
# China, many about Mongolia, a few about both or neither (organisation-wide releases).
COUNTRY_SHARES = ((("china",), 55), (("mongolia",), 25), (("china", "mongolia"), 8), ((), 12))
# The share of stories filed under no topic; the others have one to three.
NO_TOPIC = 0.1
YEARS = 15
ARCHIVE_END = datetime(2025, 6, 30, 10, 0, tzinfo=UTC)
CHUNK = 5000

SUBJECTS = [
    "ILO",
    "The ILO Country Office for China and Mongolia",
    "The Ministry of Human Resources and Social Security",
    "Mongolia's Ministry of Labour and Social Protection",
    "The China Enterprise Confederation",
    "The All-China Federation of Trade Unions",
    "A youth employment network",
    "A domestic workers' network",
    "A herders' cooperative in Zavkhan province",
    "A garment factory in Guangdong",
]
ACTIONS = [
    "launches",
    "discusses",
    "reviews",
    "promotes",
    "strengthens",
    "co-organizes a seminar on",
    "hosts a workshop on",
    "publishes a study on",
    "marks progress on",
    "calls for action on",
]
TOPICS = [
    "social protection",
    "occupational safety and health",
    "youth employment",
    "international labour standards",
    "labour migration",
    "skills and apprenticeships",
    "responsible business conduct",
    "gender equality",
    "domestic workers' rights",
    "labour statistics",
    "employment injury insurance for platform workers",
    "a human-centred recovery from the COVID-19 crisis",
]
PLACES = ["Beijing, China", "Ulaanbaatar, Mongolia", "Shanghai, China", "Geneva, Switzerland", ""]
FUNDERS = ["European Union", "Government of Japan", "USDOL", "SIDA", "Government of Norway"]
SPEAKERS = [
    "Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
    "Ms Claire Courteille-Mulder, Director, ILO Country Office for China and Mongolia",
    "Mr Guy Ryder, ILO Director-General",
]
KICKERS = [
    "World Day for Safety and Health at Work",
    "SCORE Experience Sharing in Deqing",
    "Decent Work Country Programme",
    "Youth Employment",
    "International Women's Day",
]
SENTENCES = [
    "The event brought together government officials, employers and workers from {place}.",
    "Around {n} participants exchanged good practices and discussed the next steps.",
    "The study reviews current policies and practices and puts forward recommendations.",
    "It is part of the ILO's work on {topic} in China and Mongolia.",
    "The project is funded by the European Union and runs until {year}.",
    "Participants agreed to strengthen cooperation on {topic} over the coming years.",
    "The findings will inform the national action plan adopted in {year}.",
]

# ---------------------------------------------------------------- stories in three languages
#
# With ``--languages`` the stories are written in each language asked for, with a title, a
# teaser and a body of three to eight paragraphs made of sentences in that language, so that the
# search index has text to hold. A story mentions each theme of its language with the theme's
# share as probability (shares falling off roughly as 1/rank, as word frequencies do), and its
# other sentences are drawn from everyday sentences, the first ones most often. The words the
# search bench looks for are placed so that some are common and some rare:
#
#   common, in about a third of a language's stories: labour, decent work, 北京, 劳工,
#       Монгол, ажил эрхлэлт;
#   rare, in under 1 %: ratify (ratifies, ratified, ratification), social protection, 批准,
#       社会保护, соёрхон (батлах), нийгмийн хамгаалал.
#
# The everyday sentences hold none of those words, so that each one's share is set by its themes.

LANGUAGES = ("en", "zh-hans", "mn")


@dataclass(frozen=True)
class _Theme:
    """Something a story may be about: ``share`` of the stories mention it, in one or two of
    its ``sentences``; ``heading`` names it in a title (empty: never in titles)."""

    share: float
    heading: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class _Words:
    """What the stories of one language are written with. Sentences have slots: {org}, {city},
    {country}, {funder}, {n}, {days}, {year}, {year2}, {conv}."""

    separator: str  # between the sentences of a paragraph
    subjects: tuple[str, ...]
    actions: tuple[str, ...]
    title: str  # how the three make a title: {subject}, {action}, {heading}, {suffix}
    suffixes: tuple[str, ...]
    headings: tuple[str, ...]  # a title's subject for a story of no theme
    themes: tuple[_Theme, ...]
    everyday: tuple[str, ...]  # the first ones most often
    orgs: tuple[str, ...]
    cities: tuple[str, ...]
    countries: tuple[str, ...]
    places: tuple[str, ...]  # the dateline; the last one is none
    kickers: tuple[str, ...]
    funders: tuple[str, ...]
    speakers: tuple[str, ...]


ENGLISH = _Words(
    separator=" ",
    subjects=(
        "The ILO",
        "The ILO Country Office for China and Mongolia",
        "The Ministry of Human Resources",
        "The China Enterprise Confederation",
        "The All-China Federation of Trade Unions",
        "The Confederation of Mongolian Trade Unions",
        "A youth network",
        "A herders' cooperative in Zavkhan province",
        "A garment factory in Guangdong",
    ),
    actions=tuple(ACTIONS),
    title="{subject} {action} {heading}",
    suffixes=("",),
    headings=("cooperation", "the year ahead", "a new partnership", "progress and next steps"),
    themes=(
        _Theme(
            0.22,
            "decent work",
            (
                "The programme promotes decent work for all women and men in {country}.",
                "Decent work remains at the heart of the national development strategy.",
                "Speakers stressed that decent work is the key to a fair recovery.",
            ),
        ),
        _Theme(
            0.18,
            "youth employment",
            (
                "Youth employment remains a priority for the Government.",
                "The programme has helped {n} young people find jobs since {year}.",
                "Young jobseekers received career guidance and training.",
            ),
        ),
        _Theme(
            0.15,
            "occupational safety and health",
            (
                "Occupational safety and health training reached {n} workplaces.",
                "Safer workplaces reduce accidents and raise productivity.",
            ),
        ),
        _Theme(
            0.12,
            "skills and apprenticeships",
            (
                "Vocational training helps workers move into new jobs.",
                "Apprenticeships give {n} young people a first step into a trade.",
            ),
        ),
        _Theme(
            0.10,
            "labour migration",
            (
                "Labour migration between {country} and its neighbours was discussed.",
                "Migrant workers face particular risks when they are recruited.",
            ),
        ),
        _Theme(
            0.09,
            "gender equality",
            (
                "Equal pay and equal opportunity for women were on the agenda.",
                "Women entrepreneurs shared how they started their businesses.",
            ),
        ),
        _Theme(
            0.08,
            "international labour standards",
            (
                "The session introduced international labour standards and their supervision.",
                "International labour standards set a floor for working conditions.",
            ),
        ),
        _Theme(
            0.07,
            "labour market information",
            ("Better labour market information helps to match jobs and skills.",),
        ),
        _Theme(
            0.06,
            "labour inspection",
            ("Labour inspectors from {n} districts learned new methods of inspection.",),
        ),
        _Theme(
            0.06,
            "the Decent Work Country Programme",
            ("The new Decent Work Country Programme for {country} covers {year} to {year2}.",),
        ),
        _Theme(
            0.04,
            "social dialogue",
            ("Social dialogue between government, employers and workers is essential.",),
        ),
        _Theme(
            0.05,
            "sustainable enterprises",
            ("Small enterprises raised their productivity with the SCORE programme.",),
        ),
        _Theme(
            0.05,
            "minimum wages",
            ("Minimum wages will be adjusted in {year} after consultations.",),
        ),
        _Theme(
            0.04,
            "domestic workers",
            ("Domestic workers described their working hours and pay.",),
        ),
        _Theme(
            0.04,
            "labour statistics",
            ("The National Bureau of Statistics presented new labour statistics.",),
        ),
        _Theme(
            0.04,
            "a human-centred recovery",
            ("A human-centred recovery from the pandemic needs every partner.",),
        ),
        _Theme(
            0.03,
            "green jobs",
            ("Green jobs open new opportunities for young people in {country}.",),
        ),
        _Theme(
            0.03,
            "employment injury insurance for platform workers",
            ("Employment injury insurance for platform workers now covers {n} cities.",),
        ),
        _Theme(
            0.02,
            "maternity protection",
            ("Maternity protection helps women keep their jobs.",),
        ),
        _Theme(
            0.02,
            "social security",
            ("The coverage of social security was extended to more workers.",),
        ),
        _Theme(
            0.02,
            "child labour",
            ("Ending child labour calls for a sustained effort.",),
        ),
        _Theme(
            0.004,
            "social protection",
            (
                "Universal social protection is among the ILO's most important goals.",
                "The social protection floor initiative has received wide support.",
                "The meeting discussed how to extend social protection to informal workers.",
            ),
        ),
        _Theme(
            0.005,
            "the ratification of conventions",
            (
                "{country} ratifies ILO Convention No. {conv}.",
                "The Government is preparing to ratify the Convention.",
                "The ratification of Convention No. {conv} was welcomed by the social partners.",
                "Since the Convention was ratified in {year}, reports are due every few years.",
            ),
        ),
    ),
    everyday=(
        "The event brought together government officials, employers and workers from {city}.",
        "Around {n} participants exchanged good practices and discussed the next steps.",
        "The study reviews current policies and practices and puts forward recommendations.",
        "Participants agreed to strengthen cooperation over the coming years.",
        "{org} opened the meeting and thanked the partners for their support.",
        "The project is funded by {funder} and runs until {year}.",
        "The findings will inform the national action plan to be adopted in {year}.",
        "A panel discussion followed, with representatives of trade unions and enterprises.",
        "The training combined lectures, group exercises and case studies over {days} days.",
        "Field visits to local enterprises were organized on the second day.",
        "Further sessions are planned in {city} later in {year}.",
        "The meeting adopted a set of conclusions and a plan to follow them up.",
        "The report is available in English and Chinese.",
        "The two sides will continue to exchange information regularly.",
        "Newspapers and television in {country} reported on the event.",
    ),
    orgs=(
        "The ILO Country Office for China and Mongolia",
        "The All-China Federation of Trade Unions",
        "The China Enterprise Confederation",
        "The Confederation of Mongolian Trade Unions",
        "The Mongolian Employers' Federation",
        "The Ministry of Human Resources",
    ),
    cities=("Beijing", "Shanghai", "Guangzhou", "Ulaanbaatar", "Geneva", "Chongqing"),
    countries=("China", "Mongolia"),
    places=tuple(PLACES),
    kickers=tuple(KICKERS),
    funders=tuple(FUNDERS),
    speakers=tuple(SPEAKERS),
)

CHINESE = _Words(
    separator="",
    subjects=(
        "国际劳工组织",
        "国际劳工组织驻华和蒙古局",
        "人力资源和社会保障部",
        "中国企业联合会",
        "中华全国总工会",
        "青年就业网络",
        "家政工人网络",
        "广东一家服装厂",
    ),
    actions=("举办", "讨论", "审议", "推动", "加强", "联合举办", "发布", "启动"),
    title="{subject}{action}{heading}{suffix}",
    suffixes=("研讨会", "培训班", "研究报告", "项目", "工作", ""),
    headings=("合作", "年度工作", "伙伴关系"),
    themes=(
        _Theme(
            0.20,
            "体面劳动",
            (
                "促进体面劳动是实现可持续发展的关键。",
                "该计划旨在为所有男女劳动者创造体面劳动机会。",
                "体面劳动议程得到了三方伙伴的支持。",
            ),
        ),
        _Theme(
            0.18,
            "青年就业",
            (
                "青年就业仍是政府的优先事项。",
                "该项目自{year}年以来已帮助{n}名青年找到工作。",
                "求职青年接受了职业指导和培训。",
            ),
        ),
        _Theme(
            0.15,
            "职业安全与卫生",
            (
                "职业安全与卫生培训覆盖了{n}家企业。",
                "更安全的工作场所可以减少事故并提高生产率。",
            ),
        ),
        _Theme(
            0.12,
            "",
            (
                "国际劳工组织驻华和蒙古局局长在北京会见了代表团。",
                "会议在北京召开，来自全国各地的{n}名代表出席。",
                "北京市人力资源和社会保障局介绍了本市的经验。",
            ),
        ),
        _Theme(
            0.12,
            "技能发展",
            (
                "职业技能培训帮助劳动者适应新的岗位。",
                "学徒制是技能发展的重要途径。",
            ),
        ),
        _Theme(
            0.10,
            "劳工迁移",
            (
                "会议讨论了{country}与周边国家之间的劳工迁移问题。",
                "移徙工人在招聘过程中面临特定风险。",
            ),
        ),
        _Theme(
            0.09,
            "性别平等",
            (
                "促进工作场所的性别平等是各方的共同目标。",
                "女性企业家分享了创业经验。",
            ),
        ),
        _Theme(
            0.08,
            "国际劳工标准",
            (
                "培训介绍了国际劳工标准及其监督机制。",
                "国际劳工标准为工作条件设定了底线。",
            ),
        ),
        _Theme(0.07, "劳动力市场信息", ("更好的劳动力市场信息有助于岗位与技能的匹配。",)),
        _Theme(0.06, "劳动监察", ("来自{n}个区县的劳动监察员学习了新的检查方法。",)),
        _Theme(0.05, "社会对话", ("政府、雇主和工人之间的社会对话至关重要。",)),
        _Theme(0.05, "可持续企业", ("中小企业通过SCORE项目提高了生产率。",)),
        _Theme(0.05, "最低工资", ("最低工资标准将于{year}年调整。",)),
        _Theme(0.04, "家政工人", ("家政工人讲述了她们的工作时间和工资。",)),
        _Theme(0.04, "劳动统计", ("国家统计局发布了最新的劳动统计数据。",)),
        _Theme(
            0.04, "中蒙合作", ("中国和蒙古在劳动领域开展了交流合作。", "代表团访问了乌兰巴托。")
        ),
        _Theme(0.04, "以人为本的复苏", ("以人为本的复苏需要各方共同努力。",)),
        _Theme(0.03, "绿色就业", ("绿色就业为青年提供了新的机会。",)),
        _Theme(0.03, "平台劳动者职业伤害保障", ("平台劳动者职业伤害保障试点已扩大到{n}个城市。",)),
        _Theme(0.03, "产妇保护", ("产妇保护帮助女性保住工作。",)),
        _Theme(0.02, "社会保障", ("社会保障覆盖面进一步扩大。",)),
        _Theme(0.02, "消除童工", ("消除童工现象需要长期努力。",)),
        _Theme(
            0.004,
            "社会保护",
            (
                "建立全民社会保护体系是国际劳工组织的重要目标。",
                "社会保护底线倡议得到了广泛支持。",
                "会议讨论了如何将社会保护扩大到非正规就业人员。",
            ),
        ),
        _Theme(
            0.005,
            "批准公约",
            (
                "{country}批准了国际劳工组织第{conv}号公约。",
                "政府正在研究批准该公约的可能性。",
                "批准公约后，国家需要定期提交报告。",
            ),
        ),
    ),
    everyday=(
        "{org}在{city}举办了为期{days}天的培训班，共有{n}名学员参加。",
        "来自政府、雇主组织和工人组织的代表出席了会议。",
        "与会者交流了良好做法，并讨论了下一步工作。",
        "与会各方同意在未来几年加强合作。",
        "该研究回顾了现行政策与实践，并提出了政策建议。",
        "该项目由{funder}资助，将持续到{year}年。",
        "研究结果将为{year}年通过的国家行动计划提供参考。",
        "{org}代表在开幕式上致辞。",
        "活动期间还举行了企业参观和小组讨论。",
        "培训结合了讲座、小组练习和案例研究。",
        "下一期培训计划于{year}年在{city}举行。",
        "会议通过了结论和后续行动计划。",
        "报告有中文和英文两个版本。",
        "双方将继续定期交流信息。",
        "当地媒体对活动进行了报道。",
    ),
    orgs=(
        "国际劳工组织驻华和蒙古局",
        "国际劳工组织",
        "中华全国总工会",
        "中国企业联合会",
        "人力资源和社会保障部",
        "国家统计局",
    ),
    cities=("上海", "广州", "深圳", "重庆", "成都", "天津", "乌兰巴托", "日内瓦"),
    countries=("中国", "蒙古"),
    places=("中国北京", "蒙古乌兰巴托", "中国上海", "瑞士日内瓦", ""),
    kickers=(
        "世界职业安全与卫生日",
        "德清SCORE经验交流",
        "体面劳动国别计划",
        "青年就业",
        "国际妇女节",
    ),
    funders=("欧盟", "日本政府", "美国劳工部", "瑞典国际开发合作署", "挪威政府"),
    speakers=(
        "国际劳工组织驻华和蒙古局局长",
        "国际劳工组织驻华和蒙古局副局长",
        "国际劳工组织总干事",
    ),
)

MONGOLIAN = _Words(
    separator=" ",
    subjects=(
        "ОУХБ",
        "Хөдөлмөр, нийгмийн хамгааллын яам",
        "Үйлдвэрчний эвлэлийн холбоо",
        "Ажил олгогч эздийн холбоо",
        "Залуучуудын сүлжээ",
        "Завхан аймгийн малчдын хоршоо",
    ),
    actions=(
        "семинар зохион байгууллаа",
        "хэлэлцлээ",
        "судалгаа танилцууллаа",
        "сургалт явууллаа",
        "хамтын ажиллагаагаа бэхжүүлнэ",
        "төсөл хэрэгжүүлж эхэллээ",
    ),
    title="{heading}: {subject} {action}",
    suffixes=("",),
    headings=("Хамтын ажиллагаа", "Ирэх оны төлөвлөгөө", "Шинэ түншлэл"),
    themes=(
        _Theme(
            0.24,
            "Залуучуудын ажил эрхлэлт",
            (
                "Залуучуудын ажил эрхлэлт Засгийн газрын тэргүүлэх чиглэл хэвээр байна.",
                "Хөтөлбөрийн үр дүнд {year} оноос хойш {n} залуу ажилтай болсон.",
                "Ажил эрхлэлтийг дэмжих сангийн хөрөнгийг нэмэгдүүлнэ.",
            ),
        ),
        _Theme(
            0.20,
            "Зохистой хөдөлмөр",
            (
                "Хөтөлбөр нь бүх эрэгтэй, эмэгтэй хүнд зохистой хөдөлмөрийг дэмждэг.",
                "Зохистой хөдөлмөр нь үндэсний хөгжлийн стратегийн гол хэсэг хэвээр байна.",
            ),
        ),
        _Theme(
            0.15,
            "Хөдөлмөрийн аюулгүй байдал, эрүүл ахуй",
            (
                "Хөдөлмөрийн аюулгүй байдал, эрүүл ахуйн сургалтад {n} аж ахуйн нэгж хамрагдлаа.",
                "Аюулгүй ажлын байр осол гэмтлийг бууруулж, бүтээмжийг нэмэгдүүлдэг.",
            ),
        ),
        _Theme(
            0.12,
            "Ур чадварын хөгжил",
            (
                "Мэргэжлийн боловсрол, сургалт нь ажилчдын ур чадварыг дээшлүүлнэ.",
                "Дагалдан сургах хөтөлбөрт {n} залуу хамрагдлаа.",
            ),
        ),
        _Theme(
            0.09,
            "Хүйсийн тэгш байдал",
            ("Ажлын байран дахь хүйсийн тэгш байдлыг хангах нь чухал.",),
        ),
        _Theme(
            0.08,
            "",
            (
                "Монгол Улс энэ чиглэлээр ахиц дэвшил гаргаж байна.",
                "Монгол Улсын Засгийн газар шинэ хөтөлбөр баталлаа.",
                "Энэ нь монгол ажилчдын амьдралд чухал ач холбогдолтой.",
            ),
        ),
        _Theme(
            0.08,
            "Хөдөлмөрийн шилжилт хөдөлгөөн",
            ("Гадаадад ажиллаж буй иргэдийн эрхийг хангах асуудлыг хэлэлцлээ.",),
        ),
        _Theme(
            0.08,
            "Олон улсын хөдөлмөрийн норм",
            ("Сургалтаар олон улсын хөдөлмөрийн норм, түүний хяналтын тогтолцоог танилцууллаа.",),
        ),
        _Theme(
            0.07,
            "Малчдын хөдөлмөрийн нөхцөл",
            ("Малчдын хөдөлмөрийн нөхцөлийг сайжруулах шаардлагатай байна.",),
        ),
        _Theme(
            0.06,
            "Уул уурхайн салбар",
            ("Уул уурхайн салбарын ажилчдын аюулгүй байдлыг хангах арга хэмжээ авна.",),
        ),
        _Theme(
            0.06,
            "Нийгмийн яриа хэлэлцээ",
            (
                "Засгийн газар, ажил олгогч, ажилчдын хоорондын нийгмийн яриа хэлэлцээ чухал.",
                "Нийгмийн түншүүд гурвалсан гэрээнд гарын үсэг зурлаа.",
            ),
        ),
        _Theme(
            0.05,
            "Хөдөлмөрийн хөлсний доод хэмжээ",
            ("Хөдөлмөрийн хөлсний доод хэмжээг {year} онд шинэчилнэ.",),
        ),
        _Theme(
            0.04,
            "Хөдөлмөрийн статистик",
            ("Үндэсний статистикийн хороо хөдөлмөрийн хүчний судалгааны үр дүнг танилцууллаа.",),
        ),
        _Theme(
            0.04,
            "Хятад, Монголын хамтын ажиллагаа",
            ("Хятад, Монголын хөдөлмөрийн салбарын хамтын ажиллагаа өргөжиж байна.",),
        ),
        _Theme(
            0.04,
            "Хүн төвтэй сэргэлт",
            ("Хүн төвтэй сэргэлтийн төлөө талууд хамтран ажиллана.",),
        ),
        _Theme(
            0.03,
            "Ногоон ажлын байр",
            ("Ногоон ажлын байр залуучуудад шинэ боломж олгож байна.",),
        ),
        _Theme(
            0.03,
            "Нийгмийн даатгал",
            ("Нийгмийн даатгалын хамрагдалтыг нэмэгдүүлэх шаардлагатай.",),
        ),
        _Theme(
            0.02,
            "Хүүхдийн хөдөлмөр",
            ("Хүүхдийн хөдөлмөрийн хамгийн хүнд хэлбэрийг устгах ажлыг эрчимжүүлнэ.",),
        ),
        _Theme(
            0.002,
            "Хөдөлмөрийн хамгаалал",
            ("Уурхайн ажилчдын хөдөлмөрийн хамгаалал сайжирсан.",),
        ),
        _Theme(
            0.002,
            "Эхийн хамгаалал",
            ("Эхийн хамгаалал нь эмэгтэйчүүдийн ажлын байрыг хадгалахад тусална.",),
        ),
        _Theme(
            0.005,
            "Конвенц соёрхон батлах",
            (
                "Монгол Улс ОУХБ-ын {conv} дугаар конвенцийг соёрхон баталлаа.",
                "Засгийн газар конвенцийг соёрхон батлах асуудлыг хэлэлцэж байна.",
                "Конвенцийг соёрхон баталснаар улс орон тогтмол тайлан өгөх үүрэг хүлээнэ.",
            ),
        ),
        _Theme(
            0.004,
            "Нийгмийн хамгаалал",
            (
                "Нийгмийн хамгаалал бүх иргэнд хүртээмжтэй байх ёстой.",
                "Малчдыг нийгмийн хамгаалалд хамруулах арга замыг хэлэлцлээ.",
                "Нийгмийн хамгаалал, хөдөлмөрийн бодлогыг уялдуулна.",
            ),
        ),
    ),
    everyday=(
        "{org} {city} хотод сургалт зохион байгууллаа.",
        "Уулзалтад төр, ажил олгогч, ажилчдын төлөөлөл {n} гаруй хүн оролцлоо.",
        "Оролцогчид сайн туршлагаа солилцож, цаашдын алхмуудыг хэлэлцлээ.",
        "Талууд ойрын жилүүдэд хамтын ажиллагаагаа бэхжүүлэхээр тохиролцлоо.",
        "Судалгаанд одоогийн бодлого, практикийг үнэлж, зөвлөмж боловсруулсан.",
        "Төслийг {funder} санхүүжүүлж, {year} он хүртэл хэрэгжүүлнэ.",
        "Судалгааны үр дүнг {year} онд батлагдах үндэсний төлөвлөгөөнд тусгана.",
        "Арга хэмжээг {org} нээж үг хэллээ.",
        "Хоёр дахь өдөр нь аж ахуйн нэгжүүдтэй танилцлаа.",
        "Сургалт {days} өдөр үргэлжилж, лекц, багийн дасгал, кейс судалгааг хослуулсан.",
        "Дараагийн сургалтыг {year} онд {city} хотод зохион байгуулна.",
        "Уулзалтаар дүгнэлт, цаашдын төлөвлөгөөг баталлаа.",
        "Тайланг англи хэл дээр нийтэлсэн.",
        "Талууд мэдээллээ тогтмол солилцох болно.",
        "Хэвлэл мэдээллийн хэрэгслүүд арга хэмжээг өргөн сурталчиллаа.",
    ),
    orgs=(
        "ОУХБ",
        "Үйлдвэрчний эвлэлийн холбоо",
        "Ажил олгогч эздийн холбоо",
        "Хөдөлмөр, нийгмийн хамгааллын яам",
        "Үндэсний статистикийн хороо",
    ),
    cities=("Улаанбаатар", "Дархан", "Эрдэнэт", "Ховд", "Бээжин", "Женев"),
    countries=("Хятад", "Монгол Улс"),
    places=("Улаанбаатар, Монгол Улс", "Бээжин, Хятад", "Шанхай, Хятад", "Женев, Швейцарь", ""),
    kickers=(
        "Хөдөлмөрийн аюулгүй байдал, эрүүл ахуйн дэлхийн өдөр",
        "Зохистой хөдөлмөрийн улсын хөтөлбөр",
        "Залуучуудын ажил эрхлэлт",
        "Олон улсын эмэгтэйчүүдийн өдөр",
        "Ногоон ажлын байр",
    ),
    funders=(
        "Европын холбоо",
        "Япон Улсын Засгийн газар",
        "АНУ-ын Хөдөлмөрийн яам",
        "Шведийн олон улсын хөгжлийн агентлаг",
        "Норвеги Улсын Засгийн газар",
    ),
    speakers=(
        "ОУХБ-ын Хятад, Монгол дахь суурин төлөөлөгч",
        "ОУХБ-ын суурин төлөөлөгчийн орлогч",
        "ОУХБ-ын Ерөнхий захирал",
    ),
)

WORDS = {"en": ENGLISH, "zh-hans": CHINESE, "mn": MONGOLIAN}
CONVENTIONS = ("87", "98", "100", "111", "138", "144", "155", "182", "187", "190")


@dataclass
class Generated:
    """What a run wrote: the listed stories by kind, and the stories no reader may see."""

    by_kind: Counter = field(default_factory=Counter)
    by_language: Counter = field(default_factory=Counter)
    first_id: int = 0
    last_id: int = 0
    hidden_titles: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.by_kind.values())


class _Text:
    """Titles and teasers that read like the office's, from a seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def title(self, number: int) -> str:
        r = self.rng
        return f"{r.choice(SUBJECTS)} {r.choice(ACTIONS)} {r.choice(TOPICS)} ({number})"

    def teaser(self, year: int) -> str:
        r = self.rng
        if r.random() < 0.15:
            return ""
        sentences = r.sample(SENTENCES, r.randint(1, 3))
        return " ".join(
            s.format(
                place=r.choice(PLACES[:-1]),
                n=r.randint(20, 200),
                topic=r.choice(TOPICS),
                year=year + r.randint(0, 3),
            )
            for s in sentences
        )


_SLOT_WORDS = {"org": "orgs", "city": "cities", "country": "countries", "funder": "funders"}


class _Slots(dict):
    """The values of a sentence's slots, each drawn when the sentence asks for it."""

    def __init__(self, rng: random.Random, words: _Words, year: int):
        super().__init__()
        self.rng, self.words, self.year = rng, words, year

    def __missing__(self, key: str) -> str:
        r, words = self.rng, self.words
        if key == "n":
            return str(r.randint(20, 200))
        if key == "days":
            return str(r.randint(2, 5))
        if key == "year":
            return str(self.year + r.randint(0, 3))
        if key == "year2":
            return str(self.year + 4)
        if key == "conv":
            return r.choice(CONVENTIONS)
        return r.choice(getattr(words, _SLOT_WORDS[key]))


class _Prose:
    """A story's title, kicker, teaser, dateline and body in one language, from a seeded
    generator of their own (the kinds, times and fields stay those of the main generator)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # The everyday sentences drawn by rank, the first most often (1/rank).
        self.everyday_weights = {
            code: list(accumulate(1 / rank for rank in range(1, len(words.everyday) + 1)))
            for code, words in WORDS.items()
        }

    def story(self, language: str, year: int) -> dict:
        r, words = self.rng, WORDS[language]
        slots = _Slots(r, words, year)
        themes = [theme for theme in words.themes if r.random() < theme.share]
        about = [r.sample(t.sentences, min(len(t.sentences), r.randint(1, 2))) for t in themes]
        about = [sentence.format_map(slots) for sentences in about for sentence in sentences]
        headings = [theme.heading for theme in themes if theme.heading]
        title = words.title.format(
            subject=r.choice(words.subjects),
            action=r.choice(words.actions),
            heading=headings[0] if headings else r.choice(words.headings),
            suffix=r.choice(words.suffixes),
        )

        def everyday() -> str:
            sentence = r.choices(words.everyday, cum_weights=self.everyday_weights[language])[0]
            return sentence.format_map(slots)

        teaser = ""
        if r.random() < 0.85:
            first = r.choice(about) if about else everyday()
            teaser = words.separator.join([first] + ([everyday()] if r.random() < 0.5 else []))
        # Three to eight paragraphs of two to four sentences; the theme's sentences among them.
        sizes = [r.randint(2, 4) for _ in range(r.randint(3, 8))]
        slots_left = sum(sizes)
        places = set(r.sample(range(max(slots_left, len(about))), len(about)))
        sentences, pending = [], iter(about)
        for index in range(max(slots_left, len(about))):
            sentences.append(next(pending) if index in places else everyday())
        sizes[-1] += len(sentences) - slots_left
        body, start = [], 0
        for size in sizes:
            paragraph = words.separator.join(sentences[start : start + size])
            start += size
            body.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{html_escape(paragraph)}</p>",
                    "id": str(uuid.UUID(int=r.getrandbits(128), version=4)),
                }
            )
        return {
            "title": title,
            "kicker": r.choice(words.kickers) if r.random() < 0.08 else "",
            "teaser": teaser,
            "place": r.choice(words.places),
            "body": body,
        }


def configure(database: str | None, database_url: str | None) -> None:
    """Point Django at the bench database; call before ``django.setup()``."""
    if str(BASE_DIR) not in sys.path:
        sys.path.insert(0, str(BASE_DIR))
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    elif database:
        path = Path(database)
        if not path.is_absolute():
            path = BASE_DIR / path
        path.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS)


def _shared_image():
    """One credited picture that a share of the stories use, as editors reuse pictures."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage

    from newsroom.core.models import CreditedImage

    image = CreditedImage.objects.filter(title="Bench picture").first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 36), (90, 120, 150)).save(buffer, format="PNG")
    return CreditedImage.objects.create(
        title="Bench picture",
        description="Workers in a garment factory",
        credit="ShutterStock 2024",
        file=ImageFile(buffer, name="bench-picture.png"),
    )


def _insert(connection, model, objs) -> None:
    """Write the rows of ``model``'s own table for ``objs`` (parent tables are written apart)."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    # Strings, whole numbers, booleans and NULL go to the database as they are; only the other
    # values (dates, UUIDs, durations, stream fields) need the field's conversion.
    plain = (str, int, bool)

    def prepared(field, value):
        if value is None or type(value) in plain:
            return value
        return field.get_db_prep_save(value, connection)

    rows = [tuple(prepared(f, getattr(obj, f.attname)) for f in fields) for obj in objs]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _chain(model) -> list:
    """``model`` and its concrete ancestors, root (``Page``) first."""
    chain = [model]
    for parent in model._meta.get_parent_list():
        if not parent._meta.abstract:
            chain.append(parent)
    return list(reversed(chain))


def _write_index(connection, stories) -> None:
    """The search entries of ``stories`` (live and public) as ``index_story`` writes them one
    by one: the entry rows in bulk, the terms through the database's own backend, from the same
    plain text and the same terms."""
    from django.utils import timezone

    from newsroom.search.backends import backend_for
    from newsroom.search.indexing import story_text
    from newsroom.search.models import SearchDocument, SearchEntry
    from newsroom.search.text import TEXT_LIMIT, TITLE_LIMIT, terms

    entries = [
        SearchEntry(
            page_id=story.pk,
            locale_id=story.locale_id,
            kind=story.kind,
            year=timezone.localtime(story.published_at).year,
            published_at=story.published_at,
            country_ids=",".join(str(pk) for pk in sorted(story.filed[0])),
            topic_ids=",".join(str(pk) for pk in sorted(story.filed[1])),
        )
        for story in stories
    ]
    documents = [
        SearchDocument(entry_id=story.pk, title=story.heading, text=story_text(story))
        for story in stories
    ]
    _insert(connection, SearchEntry, entries)
    _insert(connection, SearchDocument, documents)
    search = backend_for(connection)
    with connection.cursor() as cursor:
        for document in documents:
            search.write(
                cursor,
                document.entry_id,
                terms(document.title, TITLE_LIMIT),
                terms(document.text, TEXT_LIMIT),
            )


def _kind_fields(
    kind: str,
    rng: random.Random,
    extra: random.Random,
    published_at: datetime,
    words: _Words = ENGLISH,
) -> dict:
    """The date shown and the kind's own fields, as editors fill them in; venues, funders and
    speakers in the language of ``words``.

    ``rng`` is drawn from exactly as in the first version of this generator, so that a seed
    still gives the same titles, kinds and dates (tests rely on them); what later versions add
    (single-day and far-ahead events, open-ended projects, speakers, …) is drawn from ``extra``.
    """
    from django.utils import timezone

    from newsroom.stories.kinds import DateDisplay

    places, funders, speakers = words.places, words.funders, words.speakers
    day = timezone.localdate(published_at)
    fields: dict = {"date_display": DateDisplay.PUBLICATION}
    if kind == "event":
        roll = rng.random()
        # Most events are announced shortly before they begin, a few two or three months ahead.
        # None ends after 2025 (tests that move the clock to 2026 count on every one being past).
        ahead = extra.randint(45, 90) if extra.random() < 0.05 else None
        if roll < 0.7:
            start = day + timedelta(days=ahead or rng.randint(0, 30))
            length = rng.choice([0, 1, 1, 2, 4, 90])
            if length:
                fields.update(
                    date_display=DateDisplay.RANGE,
                    date_start=start,
                    date_end=start + timedelta(days=length),
                )
            else:
                fields.update(date_display=DateDisplay.DATE, date_start=start)
        elif roll < 0.8:
            # A meeting reported without its days.
            fields["date_display"] = DateDisplay.NONE
        else:
            start = day + timedelta(days=ahead or extra.randint(0, 30))
            fields.update(date_display=DateDisplay.DATE, date_start=start)
        venue, online = rng.choice(places[:-1]), rng.random() < 0.2
        # Half the online events are online only; the others are hybrid, with a venue.
        fields.update(venue="" if online and extra.random() < 0.5 else venue, is_online=online)
    elif kind == "project":
        years, funder = rng.randint(1, 4), rng.choice(funders[:4])
        roll = extra.random()
        if roll < 0.85:
            fields.update(
                date_display=DateDisplay.RANGE,
                date_start=day,
                date_end=day + timedelta(days=365 * years - 1),
            )
        elif roll < 0.95:
            # Open-ended: ongoing for as long as it has no end.
            fields.update(date_display=DateDisplay.DATE, date_start=day)
        else:
            fields["date_display"] = DateDisplay.NONE
        fields["funder"] = funder if extra.random() < 0.9 else ""
    elif kind == "video":
        fields.update(
            video_url=f"https://www.youtube.com/watch?v={rng.getrandbits(40):x}",
            duration=timedelta(seconds=rng.randint(40, 3600)),
        )
    elif kind == "publication":
        isbn = f"978-92-2-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"
        if extra.random() < 0.7:
            fields["isbn"] = isbn
    elif kind == "statement":
        fields["speaker"] = extra.choice(speakers)
    elif rng.random() < 0.1:
        fields.update(date_display=DateDisplay.DATE, date_start=day)
    return fields


class _Filing:
    """The countries and topics stories are filed under, drawn from a generator of their own so
    that filing does not change the rest of a seeded archive."""

    def __init__(self, seed: int, locale_id: int, language: str = ""):
        from newsroom.taxonomy.models import Country, Topic

        # The default language's generator is named as it was before there were others.
        self.rng = random.Random(f"filing-{seed}-{language}" if language else f"filing-{seed}")
        countries = dict(Country.objects.filter(locale_id=locale_id).values_list("slug", "pk"))
        self.country_sets = [
            tuple(countries[slug] for slug in slugs if slug in countries)
            for slugs, _ in COUNTRY_SHARES
        ]
        self.country_weights = [share for _, share in COUNTRY_SHARES]
        self.topics = list(
            Topic.objects.filter(locale_id=locale_id).order_by("pk").values_list("pk", flat=True)
        )

    def countries(self) -> tuple[int, ...]:
        return self.rng.choices(self.country_sets, self.country_weights)[0]

    def topics_of(self) -> list[int]:
        if not self.topics or self.rng.random() < NO_TOPIC:
            return []
        return self.rng.sample(self.topics, min(len(self.topics), self.rng.randint(1, 3)))


def generate_stories(
    count: int,
    *,
    structure=None,
    seed: int = 2017,
    hidden: bool = True,
    shares: tuple[tuple[str, int], ...] = KIND_SHARES,
    end: datetime = ARCHIVE_END,
    years: int = YEARS,
    languages: tuple[str, ...] | None = None,
    index: bool = False,
    progress=None,
) -> Generated:
    """Write ``count`` live, public stories of the kinds in ``shares`` (kind, weight), and the
    hidden ones unless ``hidden`` is False. Run again, it adds more after the ones there.

    ``languages`` (codes of ``LANGUAGES``) writes stories in those languages, about as many in
    each, under each language's own sections and filed under its own terms, with a body of
    several paragraphs (``_Prose``); without it every story is in the default language, with no
    body, as in the first version. ``index`` writes the listed stories' search entries too, in
    bulk, as ``newsroom.search.indexing.index_story`` would (``_write_index``)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style
    from django.db import DEFAULT_DB_ALIAS, connections, transaction
    from django.db.models import Max
    from django.utils.text import slugify
    from wagtail.models import Page, PageViewRestriction

    from newsroom.core.slugs import readable_slug
    from newsroom.home.structure import ensure_every_language, ensure_site_structure
    from newsroom.stories.models import StoryPage, story_model_for_kind

    rng = random.Random(seed)
    extra = random.Random(f"extra-{seed}")
    text = _Text(rng)
    prose = _Prose(random.Random(f"prose-{seed}")) if languages else None
    choose_language = random.Random(f"languages-{seed}")
    result = Generated()
    # The connection itself, not the ``django.db.connection`` proxy: every value written asks
    # for it, and each look-up through the proxy costs a thread-local read.
    connection = connections[DEFAULT_DB_ALIAS]
    with transaction.atomic():
        if languages:
            structures = ensure_every_language()
            default = next(iter(structures))
            structures = {code: structures[code] for code in (default, *languages)}
        else:
            structure = structure or ensure_site_structure()
            default = structure.home.locale.language_code
            structures = {default: structure}
        locales = {code: s.home.locale.pk for code, s in structures.items()}
        image = _shared_image()
        filings = {
            code: _Filing(seed, locale_id, "" if code == default else code)
            for code, locale_id in locales.items()
        }
        filing = filings[default]
        # The tables that file a story under terms, each with its term column, in the order of
        # a story's ``filed`` (countries, topics).
        quote = connection.ops.quote_name
        filing_sql = [
            "INSERT INTO {} ({}, {}) VALUES (%s, %s)".format(
                quote(through._meta.db_table),
                quote(through._meta.get_field("storypage").column),
                quote(through._meta.get_field(term).column),
            )
            for through, term in (
                (StoryPage.countries.through, "country"),
                (StoryPage.topics.through, "topic"),
            )
        ]
        kinds = [kind for kind, _ in shares]
        weights = [share for _, share in shares]
        every_kind = {kind for kind, _ in KIND_SHARES} | set(kinds)
        models = {kind: story_model_for_kind(kind) for kind in every_kind}
        content_types = {
            kind: ContentType.objects.get_for_model(model).pk for kind, model in models.items()
        }
        parents = {
            (code, kind): Page.objects.get(pk=s.parent_for(kind).pk)
            for code, s in structures.items()
            for kind in every_kind
        }
        next_position = {}
        for parent in parents.values():
            last = parent.get_last_child()
            next_position[parent.pk] = (last._get_lastpos_in_path() + 1) if last else 1
        added = Counter()
        next_id = (Page.objects.aggregate(top=Max("id"))["top"] or 0) + 1
        result.first_id = next_id
        start_at = end - timedelta(days=365 * years)
        span = (end - start_at).total_seconds()

        def build(
            kind: str,
            published_at: datetime | None,
            title: str,
            live: bool = True,
            filed: tuple[tuple[int, ...], list[int]] | None = None,
            language: str = default,
            written: dict | None = None,
        ):
            nonlocal next_id
            model, parent = models[kind], parents[language, kind]
            position = next_position[parent.pk]
            next_position[parent.pk] += 1
            added[parent.pk] += 1
            dated = published_at or end
            if prose is None:
                slug = f"{slugify(title)[:60]}-{next_id}"
                # Drawn in this order, before the picture, as in the first version.
                written = {
                    "kicker": rng.choice(KICKERS) if rng.random() < 0.08 else "",
                    "teaser": text.teaser(dated.year),
                    "place": rng.choice(PLACES),
                    "body": [],
                }
            else:
                slug = f"{readable_slug(title)[:60]}-{next_id}"
                written = written or prose.story(language, dated.year)
            story = model(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=locales[language],
                content_type_id=content_types[kind],
                translation_key=uuid.uuid4(),
                live=live,
                has_unpublished_changes=not live,
                first_published_at=published_at if live else None,
                last_published_at=published_at if live else None,
                kind=kind,
                kicker=written["kicker"],
                teaser=written["teaser"],
                published_at=published_at,
                place=written["place"],
                image_id=image.pk if rng.random() < 0.3 else None,
                legacy_id=f"WCMS_{next_id:06d}",
                body=written["body"],
                **_kind_fields(kind, rng, extra, dated, WORDS.get(language, ENGLISH)),
            )
            story.id = story.page_ptr_id = next_id
            if hasattr(story, "storypage_ptr_id"):
                story.storypage_ptr_id = next_id
            story.filed = filed or (filings[language].countries(), filings[language].topics_of())
            next_id += 1
            return story

        def write(stories) -> None:
            for model in sorted({type(s) for s in stories}, key=lambda m: m.__name__):
                of_model = [s for s in stories if type(s) is model]
                for table_model in _chain(model):
                    _insert(connection, table_model, of_model)
            # The rows of the parental many-to-many fields that file each story.
            for index, sql in enumerate(filing_sql):
                rows = [(s.pk, term_id) for s in stories for term_id in s.filed[index]]
                if rows:
                    with connection.cursor() as cursor:
                        cursor.executemany(sql, rows)

        done = 0
        began = time.monotonic()
        while done < count:
            size = min(CHUNK, count - done)
            chunk = []
            for _ in range(size):
                kind = rng.choices(kinds, weights)[0]
                published_at = start_at + timedelta(seconds=rng.random() * span)
                published_at = published_at.replace(microsecond=0)
                if prose is None:
                    chunk.append(build(kind, published_at, text.title(done + len(chunk) + 1)))
                else:
                    language = choose_language.choice(languages)
                    written = prose.story(language, published_at.year)
                    title = written["title"]
                    chunk.append(
                        build(kind, published_at, title, language=language, written=written)
                    )
                    result.by_language[language] += 1
                result.by_kind[kind] += 1
            write(chunk)
            if index:
                _write_index(connection, chunk)
            done += size
            if progress:
                progress(done, count, time.monotonic() - began)

        if hidden:
            newest = end + timedelta(days=1)
            # Filed under every country and the first topic: a leak would show on their pages.
            everywhere = (
                tuple(sorted({pk for pks in filing.country_sets for pk in pks})),
                filing.topics[:1],
            )
            draft = build("press_release", None, "Hidden draft release", False, everywhere)
            unpublished = build("news", newest, "Hidden unpublished news", False, everywhere)
            private = build("press_release", newest, "Hidden private release", True, everywhere)
            write([draft, unpublished, private])
            PageViewRestriction.objects.create(
                page_id=private.pk,
                restriction_type=PageViewRestriction.PASSWORD,
                password="bench",
            )
            result.hidden_titles = [draft.title, unpublished.title, private.title]

        result.last_id = next_id - 1
        for parent in parents.values():
            if added[parent.pk]:
                parent.numchild += added.pop(parent.pk)
                Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Page]):
                cursor.execute(sql)
    return result


# The listings ``verify`` requests: every kind's, a country's and a topic's.
LISTING_PATHS = (
    "/en/whats-new/",
    "/en/press-releases/",
    "/en/news/",
    "/en/statements/",
    "/en/features/",
    "/en/events/",
    "/en/projects/",
    "/en/publications/",
    "/en/videos/",
    "/en/countries/china/",
    "/en/countries/china/?kind=press_release",
    "/en/topics/social-protection/",
)


def verify(result: Generated) -> list[str]:
    """Read the new stories back through the ORM and the site; the problems found, if any."""
    from django.test import Client
    from wagtail.models import Page

    from newsroom.stories.kinds import Kind
    from newsroom.stories.models import StoryPage

    problems = []
    new = StoryPage.objects.filter(pk__gte=result.first_id, pk__lte=result.last_id)
    listed = new.live().public().count()
    if listed != result.count:
        problems.append(f"{listed} stories are live and public, expected {result.count}.")
    client = Client(HTTP_HOST="127.0.0.1")
    for kind in Kind:
        sample = new.live().public().filter(kind=kind).order_by("-pk").first()
        if sample is None:
            continue
        specific = sample.specific
        if specific.kind != kind or type(specific) is StoryPage:
            problems.append(f"Story {sample.pk} reads back as {type(specific).__name__}.")
        response = client.get(specific.get_url())
        if response.status_code != 200:
            problems.append(f"{specific.get_url()} answered {response.status_code}.")
    for path in LISTING_PATHS:
        response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{path} answered {response.status_code}.")
            continue
        html = response.content.decode()
        problems += [f"{path} shows “{t}”." for t in result.hidden_titles if t in html]
    for parent in Page.objects.filter(depth=3):
        if parent.get_children_count() != parent.numchild:
            problems.append(f"{parent.url_path} has numchild {parent.numchild}, wrong.")
    return problems


def verify_index(result: Generated, sample: int = 50, seed: int = 2017) -> list[str]:
    """The problems of the search index written in bulk, if any: ``sample`` of the new stories,
    drawn at random, indexed again one by one with ``index_story`` must come out with the same
    entry, filing and terms; the hidden stories must have no entry, and ``index_story`` must
    leave them out. Changes nothing: the checks are rolled back."""
    from django.db import connection, transaction

    from newsroom.search import indexing
    from newsroom.search.backends import TABLE
    from newsroom.search.models import SearchDocument, SearchEntry
    from newsroom.stories.models import StoryPage

    problems = []
    new = SearchEntry.objects.filter(page_id__gte=result.first_id, page_id__lte=result.last_id)
    entries = new.count()
    if entries != result.count:
        problems.append(f"{entries} stories are in the search index, expected {result.count}.")
    # Every column of the entry, and the rows filing it if it has many-to-many fields.
    columns = [f.attname for f in SearchEntry._meta.concrete_fields if not f.primary_key]
    filing = [
        (f.name, f.remote_field.through, f.m2m_field_name(), f.m2m_reverse_name())
        for f in SearchEntry._meta.many_to_many
    ]
    if connection.vendor == "postgresql":
        # The terms are the entry's ``tsvector`` columns, whichever the backend keeps.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = %s AND data_type = 'tsvector' ORDER BY column_name",
                [TABLE],
            )
            vectors = ", ".join(f"{name}::text" for (name,) in cursor.fetchall())
        terms_sql = f"SELECT {vectors} FROM {TABLE} WHERE entry_id = %s"
    else:
        terms_sql = "SELECT title, text FROM search_terms WHERE rowid = %s"

    def state(page_id: int) -> dict | None:
        """What the index holds of one story: its entry, filing and terms."""
        entry = SearchEntry.objects.filter(page_id=page_id).values(*columns).first()
        if entry is None:
            return None
        entry.update(
            SearchDocument.objects.filter(entry_id=page_id).values("title", "text").first() or {}
        )
        for name, through, entry_field, term_column in filing:
            rows = through.objects.filter(**{entry_field: page_id})
            entry[name] = sorted(rows.values_list(term_column, flat=True))
        with connection.cursor() as cursor:
            cursor.execute(terms_sql, [page_id])
            entry["terms"] = cursor.fetchall()
        return entry

    listed = range(result.first_id, result.first_id + result.count)
    picked = sorted(random.Random(f"verify-{seed}").sample(listed, min(sample, result.count)))
    with transaction.atomic():
        for page_id in picked:
            in_bulk = state(page_id)
            if not indexing.index_story(StoryPage.objects.get(pk=page_id).specific):
                problems.append(f"index_story leaves story {page_id} out of the index.")
            one_by_one = state(page_id) or {}
            differ = [key for key in one_by_one if (in_bulk or {}).get(key) != one_by_one[key]]
            if in_bulk is None or differ:
                problems.append(
                    f"Story {page_id} is indexed otherwise in bulk than by index_story: "
                    f"{', '.join(differ) or 'no entry'}."
                )
        for title in result.hidden_titles:
            story = StoryPage.objects.get(
                title=title, pk__gte=result.first_id, pk__lte=result.last_id
            ).specific
            if state(story.pk) is not None:
                problems.append(f"“{title}” is in the search index.")
            if indexing.index_story(story):
                problems.append(f"index_story would index “{title}”.")
        transaction.set_rollback(True)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="listed stories to write")
    parser.add_argument(
        "--database",
        default="var/bench/bench-100000.sqlite3",
        help="SQLite file to create or fill (relative to the project folder)",
    )
    parser.add_argument(
        "--database-url", help="a full DATABASE_URL instead, e.g. postgres://…/newsroom_bench"
    )
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument(
        "--no-hidden", action="store_true", help="leave out the drafts and the private story"
    )
    parser.add_argument(
        "--no-verify", action="store_true", help="skip reading the stories back afterwards"
    )
    parser.add_argument(
        "--languages",
        nargs="+",
        choices=LANGUAGES,
        help="write the stories in these languages, about as many in each, with a body of "
        "several paragraphs (by default: all in the default language, without a body)",
    )
    parser.add_argument(
        "--index",
        action="store_true",
        help="write the search index of the listed stories too, in bulk, and check a sample "
        "of it against newsroom.search.indexing",
    )
    args = parser.parse_args(argv)

    configure(args.database, args.database_url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    began = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    name = connection.settings_dict["NAME"]
    print(f"database {name} migrated in {time.monotonic() - began:.1f} s")

    def progress(done: int, total: int, seconds: float) -> None:
        if done == total or done % 20_000 == 0:
            print(f"  {done:>7} / {total} stories, {seconds:.1f} s", flush=True)

    began = time.monotonic()
    result = generate_stories(
        args.count,
        seed=args.seed,
        hidden=not args.no_hidden,
        languages=tuple(args.languages) if args.languages else None,
        index=args.index,
        progress=progress,
    )
    seconds = time.monotonic() - began
    mix = ", ".join(f"{kind} {n}" for kind, n in result.by_kind.most_common())
    indexed = " and their search index" if args.index else ""
    print(f"wrote {result.count} stories{indexed} in {seconds:.1f} s ({mix})")
    if result.by_language:
        print("languages: " + ", ".join(f"{c} {n}" for c, n in sorted(result.by_language.items())))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    if not args.no_verify:
        problems = verify(result)
        for problem in problems:
            print(f"PROBLEM: {problem}")
        if problems:
            return 1
        print("verified: ORM reads, .specific, story pages and listings answer, hidden stay out")
        if args.index:
            began = time.monotonic()
            problems = verify_index(result, seed=args.seed)
            for problem in problems:
                print(f"PROBLEM: {problem}")
            if problems:
                return 1
            print(
                f"verified in {time.monotonic() - began:.1f} s: 50 stories indexed anew by "
                "index_story match the bulk index, the hidden ones are not in it"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
