"""Word lists for the demo studio: people's names, phones, e-mail domains, housing estates."""
from __future__ import annotations

import itertools
import random

# Ordered roughly by how common the surname is, so the weights below favour 王, 李, 张 ...
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严武戴莫孔向汤欧"
)
SURNAME_CUM_WEIGHTS = tuple(itertools.accumulate(1.0 / (rank + 4) for rank in range(len(SURNAMES))))

GIVEN_ONE = (
    "芳敏静丽娜艳磊伟强军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁琳婷倩颖洁雪慧蕾萍红梅玲燕霞"
    "峰斌亮瑶悦晨昊琦薇欣"
)
GIVEN_TWO = (
    "建国", "建华", "志强", "志明", "国华", "国强", "海涛", "海燕", "晓东", "晓燕", "晓明", "晓红",
    "丽华", "丽娟", "秀英", "秀兰", "桂英", "玉兰", "淑珍", "文静", "雅婷", "欣怡", "子涵", "梓轩",
    "浩然", "宇航", "俊杰", "嘉怡", "思远", "思琪", "一鸣", "天佑", "佳琪", "雨桐", "子墨", "诗涵",
    "明轩", "志远", "文博", "晨曦", "婉清", "慧敏", "春梅", "红梅", "立新", "永刚", "振华", "德明",
    "学文", "家豪", "美玲", "美华", "少华", "新民", "卫东", "红霞", "凤英", "金凤", "瑞雪", "若曦",
    "梦瑶", "宏伟", "伟民", "建军", "建平", "小龙", "小燕", "亚男", "可馨", "乐怡", "安琪", "博文",
    "皓轩", "一诺", "紫萱", "静怡", "泽宇", "景行", "沐阳", "清妍", "兰芝", "国栋", "海峰", "春华",
)

ENGLISH_FIRST = (
    "Emma", "Olivia", "Grace", "Lily", "Chloe", "Sophie", "Amy", "Vivian", "Cindy", "Helen",
    "Jessica", "Kevin", "Jason", "David", "Michael", "Eric", "Tony", "Jack", "Leo", "Daniel",
    "Ryan", "Peter", "Frank", "Alice", "Iris", "Irene", "Coco", "Ivy", "Sunny", "Angela", "Wendy",
    "Nancy", "Sam", "Ben", "Alex", "Chris", "Henry", "Tom", "Oscar", "Mia", "Zoe", "Ethan",
    "Lucas", "Hannah", "Rachel", "Simon", "Vincent", "Joyce", "Fiona", "Bella",
)
# Many English-named clients of a Chinese studio are Chinese with an English first name.
PINYIN_SURNAMES = (
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Han", "Deng",
    "Cao", "Peng", "Ye", "Su", "Shen", "Chan", "Wong", "Lee", "Cheung", "Ng",
)
WESTERN_SURNAMES = (
    "Smith", "Brown", "Miller", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson",
    "Walker", "Wright", "Martin", "Bernard", "Schmidt", "Rossi", "Tanaka", "Kim", "Park",
    "Nguyen", "Lopez", "Garcia", "Anderson", "Murphy", "Novak", "Larsen",
)

# Prefixes of mainland mobile numbers (China Mobile, Unicom, Telecom ranges).
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "185",
    "186", "187", "188", "189", "198", "199",
)
EMAIL_DOMAINS_ZH = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com")
EMAIL_DOMAINS_EN = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")

# Staff: the owner first, then designers, then the front-desk coordinator; the last designer
# listed in FORMER_DESIGNER left the studio during the first year.
OWNER = "林晓岚"
COORDINATOR = "王小雅"
FORMER_DESIGNER = "Jason Fu"
DESIGNERS = (
    "周明轩", "Emily Zhang", "陈思远", "David Wu", "许嘉怡", "赵一鸣", "Grace Liu", "孙浩然",
    "Kevin Ma", "何雨桐", "Sophie Tang", "马俊杰", "黄诗涵", "Leo Chen", "罗文博", "唐若曦",
)

ESTATES_ZH = (
    "翠湖苑", "滨江花园", "锦绣华庭", "桂花园", "御景湾", "阳光新城", "金色家园", "星河湾",
    "望江府", "紫薇苑", "华府天地", "枫林绿洲", "书香门第", "云栖里", "梧桐公馆", "青山湖畔",
    "银杏小区", "海棠湾", "东方名苑", "静安雅居", "南山一号", "月湖新村", "兰亭御园", "观澜府",
)
ESTATES_EN = (
    "Riverside Garden", "Maple Court", "Lakeview Residences", "Harbour Heights", "Jade Terrace",
    "Orchid Park", "Sunrise Villas", "Bamboo Grove", "Willow Bay", "Peony Mansion",
    "Cedar House", "Pearl Tower", "Golden Crest", "Lotus Garden", "Elm Street Lofts",
)


def chinese_name(rng: random.Random) -> str:
    surname = rng.choices(SURNAMES, cum_weights=SURNAME_CUM_WEIGHTS)[0]
    # About a third of given names are one character (王芳), the rest two (李建国).
    if rng.random() < 0.35:
        return surname + rng.choice(GIVEN_ONE)
    return surname + rng.choice(GIVEN_TWO)


def english_name(rng: random.Random) -> str:
    surnames = PINYIN_SURNAMES if rng.random() < 0.6 else WESTERN_SURNAMES
    return f"{rng.choice(ENGLISH_FIRST)} {rng.choice(surnames)}"


def mobile_phone(rng: random.Random) -> str:
    """An 11-digit mainland mobile number, stored as plain digits (the UI groups them)."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def email_for(rng: random.Random, name: str, chinese: bool) -> str:
    if chinese:
        # QQ numbers as mail handles are the everyday reality; others pick a short handle.
        if rng.random() < 0.6:
            return f"{rng.randrange(10_000_000, 3_000_000_000)}@qq.com"
        handle = f"{rng.choice(PINYIN_SURNAMES).lower()}{rng.randrange(10, 9999)}"
        return f"{handle}@{rng.choice(EMAIL_DOMAINS_ZH)}"
    first, last = name.lower().split(" ", 1)
    sep = rng.choice((".", "_", ""))
    return f"{first}{sep}{last}@{rng.choice(EMAIL_DOMAINS_EN)}"
