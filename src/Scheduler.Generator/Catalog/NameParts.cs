namespace Scheduler.Generator.Catalog;

/// <summary>Pieces of plausible Chinese names for enterprises and officers.</summary>
internal static class NameParts
{
    public static readonly string[] Brands =
    [
        "宏达", "海丰", "鑫源", "兴旺", "金海", "东海", "恒泰", "顺发", "明珠", "瑞丰",
        "海鑫", "永安", "华盛", "新港", "渔港", "海天", "润丰", "福海", "天和", "正大",
        "盛隆", "半边山", "松兰山", "花岙", "南田", "北渔", "祥和", "安澜", "蓝海", "银滩",
        "红美人", "鹤翔", "丹城", "港湾", "浙东", "三门湾", "大目洋", "海韵", "嘉和", "富强",
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "陈", "林", "黄", "吴", "周", "徐", "杨", "胡", "郑", "何", "朱", "俞",
        "史", "赵", "孙", "贺", "叶", "欧", "应", "钱", "蒋", "沈", "韩", "葛", "汪", "鲍", "章",
    ];

    public static readonly string[] Given =
    [
        "伟", "芳", "军", "敏", "静", "磊", "强", "洁", "勇", "艳", "杰", "娟", "涛", "明", "超",
        "霞", "平", "刚", "海", "波", "婷", "斌", "华", "辉", "红", "建", "国", "晨", "浩", "宇",
        "佳", "颖", "鑫", "鹏", "丹", "瑜", "帆", "航", "凯", "琳",
    ];
}
