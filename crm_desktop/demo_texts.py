"""Short texts for the demo studio, in Chinese and English: notes, log entries, comments."""
from __future__ import annotations

# Each table is a pair (Chinese, English); callers pick the language of the customer.
Texts = tuple[tuple[str, ...], tuple[str, ...]]

DETAIL_NOTES: Texts = (
    (
        "偏好微信沟通，白天不方便接电话", "家里两个孩子，还养了一只猫", "喜欢北欧风格，不要深色木地板",
        "和父母同住，卫生间要做适老化", "对甲醛敏感，优先环保材料", "只有周末有空看现场",
        "做金融工作，沟通讲究效率", "爱喝普洱，上门可以带点茶", "养了一只金毛，地板要耐刮",
        "对灯光要求很高，喜欢暖光", "太太定颜色，先生管预算", "在家办公，需要安静的书房",
        "老客户介绍来的，很看重口碑", "喜欢收纳，柜子越多越好", "明年准备要二胎", "会弹钢琴，希望做隔音",
        "不喜欢电话推销，有事发消息", "对工期很在意，孩子九月开学前要入住",
    ),
    (
        "Prefers WeChat to phone calls", "Two kids and a cat", "Likes Scandinavian style; no dark floors",
        "Parents live with them: grab bars and step-free shower", "Sensitive to formaldehyde; low-VOC only",
        "Only free at weekends for site visits", "Works in finance; keep messages short",
        "Tea lover: bring a good oolong when visiting", "Golden retriever: needs scratch-proof floors",
        "Very particular about lighting; likes warm white", "She chooses colours, he signs off the budget",
        "Works from home; wants a quiet study", "Plays the piano; asked about soundproofing",
        "Wants storage everywhere", "Dislikes sales calls; message first",
        "Must move in before school starts in September",
    ),
)

KIND_LABELS: dict[str, tuple[str, str]] = {
    "full_renovation": ("全屋装修", "full renovation"),
    "partial_renovation": ("局部改造", "partial renovation"),
    "kitchen": ("厨房翻新", "kitchen remodel"),
    "bathroom": ("卫生间改造", "bathroom refit"),
    "soft_furnishing": ("软装搭配", "soft furnishing"),
    "design_only": ("设计方案", "design only"),
}
HOME_SIZES: Texts = (
    ("两居室", "三居室", "四居室", "复式", "别墅", "小户型"),
    ("2-bed", "3-bed", "4-bed", "duplex", "villa", "studio flat"),
)

# Stage changes in the order they happen on site, per kind of job.
_BUILD_STAGES: Texts = (
    ("设计方案确认", "开工交底", "拆除完成", "水电改造完成", "防水闭水试验通过", "泥瓦工程完成",
     "木工完成", "油漆完成", "主材安装完成", "软装进场", "竣工验收，交付钥匙"),
    ("Design signed off", "Site handed over, work begins", "Demolition done",
     "Plumbing and wiring done", "Waterproofing passed the 48-hour test", "Tiling finished",
     "Carpentry finished", "Painting finished", "Fixtures and cabinets installed",
     "Furnishings delivered", "Final walkthrough, keys handed back"),
)
STAGES: dict[str, Texts] = {
    "full_renovation": _BUILD_STAGES,
    "partial_renovation": _BUILD_STAGES,
    "kitchen": (
        ("设计确认", "旧橱柜拆除", "水电改造完成", "墙地砖铺贴完成", "橱柜台面安装", "验收交付"),
        ("Layout approved", "Old cabinets removed", "Plumbing and wiring done", "Wall and floor tiles laid",
         "Cabinets and worktop fitted", "Handed over"),
    ),
    "bathroom": (
        ("设计确认", "拆除完成", "防水完成", "贴砖完成", "洁具安装", "验收交付"),
        ("Layout approved", "Strip-out done", "Waterproofing done", "Tiling done", "Sanitaryware fitted",
         "Handed over"),
    ),
    "soft_furnishing": (
        ("方案确认", "下单采购", "家具到货", "窗帘布艺安装", "摆场完成"),
        ("Mood board approved", "Orders placed", "Furniture delivered", "Curtains hung", "Styling finished"),
    ),
    "design_only": (
        ("上门量房", "平面方案确认", "效果图确认", "施工图交付"),
        ("Site measured", "Floor plan agreed", "Renderings approved", "Construction drawings delivered"),
    ),
}
UPDATES: Texts = (
    ("已发送本周进度和现场照片", "周报已发送：进度正常", "视频连线给客户看了现场", "发送下周施工安排"),
    ("Weekly update sent with site photos", "Progress report sent: on schedule",
     "Video call walking the client through the site", "Sent next week's schedule"),
)
APPROVALS: Texts = (
    ("客户确认平面布局", "客户确认瓷砖选样", "客户签认变更单：增加吊柜", "客户确认灯具清单", "客户确认配色方案"),
    ("Client approved the floor plan", "Client signed off the tile samples",
     "Change order approved: extra wall cabinets", "Client approved the lighting list",
     "Colour scheme approved"),
)
ISSUES: Texts = (
    ("瓷砖到货延误三天", "墙面发现裂缝，需加固", "邻居投诉噪音，调整施工时间", "橱柜尺寸有误，返厂重做",
     "物业临时停水一天", "客户对油漆色差不满意"),
    ("Tiles arrived three days late", "Hairline crack in the wall; reinforcing",
     "Neighbour complained about noise; shifted working hours", "Cabinet measured wrong; remade at our cost",
     "Building shut off the water for a day", "Client unhappy with the paint colour match"),
)
NOTES: Texts = (
    ("业主要求周末不施工", "客户希望保留老餐边柜", "物业要求提前三天报备", "客户下月出差两周",
     "预算偏紧，优先保证厨卫", "客户想加一个洗衣区"),
    ("No work at weekends, by request", "Client wants to keep the old sideboard",
     "Building management needs three days' notice", "Client travelling for two weeks next month",
     "Tight budget: kitchen and bath come first", "Client asked about adding a laundry corner"),
)
INQUIRY_NOTES: Texts = (
    ("首次电话沟通需求", "上门量房", "客户发来户型图", "报价已发送"),
    ("First call about the brief", "Site measured", "Client sent the floor plan", "Estimate sent"),
)
DECLINED_NOTE: Texts = (
    ("婉拒：报价低于工作室底线，已推荐给合作工作室", "婉拒：工期与现有项目冲突"),
    ("Declined politely: below our job line; referred to a partner studio",
     "Declined: the dates clash with work already booked"),
)
CANCELLED_NOTES: Texts = (
    ("客户因预算原因暂停项目", "项目取消，已结清设计费"),
    ("Client put the job on hold for budget reasons", "Job cancelled; design fee settled"),
)

COMMENTS: dict[str, Texts] = {
    "promoter": (
        ("设计师很用心，已经推荐给同事", "工期准时，现场一直很干净", "细节处理得很好，住得舒服",
         "每周都有进度汇报，很放心"),
        ("Great attention to detail; already told a friend about you", "On time and a tidy site throughout",
         "Every week we knew exactly where things stood", "Love living in it"),
    ),
    "passive": (
        ("整体不错，沟通可以再及时一些", "效果满意，就是价格偏高", "收尾拖了几天"),
        ("Good result, but replies could be quicker", "Happy with it, though on the pricey side",
         "The last few snags took a while"),
    ),
    "detractor": (
        ("工期拖了两周，没人主动告知", "结算比报价高了不少", "售后响应太慢", "施工队换了好几次人"),
        ("Two weeks late and nobody told us", "The final bill was well above the estimate",
         "After-sales took ages to respond", "The crew kept changing"),
    ),
}

INTERACTIONS: dict[str, Texts] = {
    "call": (("电话回访，询问入住感受", "电话确认上门时间", "电话沟通新需求"),
             ("Follow-up call: how is the new place?", "Called to confirm the visit time",
              "Call about a new idea for the balcony")),
    "visit": (("上门查看地面情况", "上门检查雨季后的墙面", "陪客户看新房"),
              ("Visited to check the floor", "Checked the walls after the rainy season",
               "Walked their new flat with them")),
    "message": (("微信发送保养建议", "微信问候，客户发来入住照片", "微信发送材料清单"),
                ("WeChat: care tips for the oak floor", "WeChat: they sent photos of the finished room",
                 "WeChat: sent the materials list")),
    "email": (("邮件发送质保卡和材料清单", "邮件发送年度保养提醒"),
              ("Emailed the warranty card and materials list", "Emailed the yearly maintenance reminder")),
    "meeting": (("到店沟通二期软装方案", "工作室见面，讨论预算"),
                ("Studio meeting about the next room", "Met at the studio to go over the budget")),
    "gift": (("送上乔迁绿植", "生日送花"), ("Sent a plant as a housewarming gift", "Flowers for their birthday")),
}
FESTIVAL_GIFTS: dict[str, tuple[str, str]] = {
    "spring": ("春节送上定制台历和福字", "Spring Festival: a custom calendar and a fu card"),
    "autumn": ("中秋节送月饼", "Mid-Autumn: a box of mooncakes"),
}

FEEDBACK: dict[str, Texts] = {
    "design": (("效果图与实际差距大", "收纳设计不够用"), ("Result looks unlike the rendering", "Not enough storage")),
    "construction": (("卫生间渗水到楼下", "地砖空鼓", "墙面开裂"),
                     ("Bathroom leaking into the flat below", "Hollow-sounding floor tiles", "Cracks in the wall")),
    "schedule": (("工期延误未提前告知", "工人经常迟到"), ("Delay with no warning", "Crew often late")),
    "budget": (("增项费用没有事先确认", "结算金额超出预算"),
               ("Extra charges not agreed beforehand", "Final bill over budget")),
    "communication": (("设计师回复太慢", "变更没有书面确认"),
                      ("Designer slow to reply", "Changes never confirmed in writing")),
    "after_sales": (("柜门变形", "水龙头漏水"), ("Cabinet door warped", "Tap dripping")),
}
RESOLUTIONS: Texts = (
    ("已上门返修并赔偿部分费用", "已道歉并调整施工安排", "更换材料，客户确认满意", "说明费用明细，减免部分增项"),
    ("Repaired on site and refunded part of the fee", "Apologised and reorganised the schedule",
     "Replaced the material; client confirmed it is fine", "Walked through the bill and waived some extras"),
)
