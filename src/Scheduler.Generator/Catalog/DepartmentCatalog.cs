using Scheduler.Domain.Model;

namespace Scheduler.Generator.Catalog;

/// <summary>The county's eleven inspecting departments ("1+8+marine") and their check items.
/// Item ids are "{department}-{nn}"; minutes are on-site time.</summary>
internal static class DepartmentCatalog
{
    public static readonly IReadOnlyList<Department> Departments =
    [
        new() { Id = "ZHZF", Name = "综合行政执法" },
        new() { Id = "SCJG", Name = "市场监管" },
        new() { Id = "STHJ", Name = "生态环境" },
        new() { Id = "JTYS", Name = "交通运输" },
        new() { Id = "WHSC", Name = "文化市场" },
        new() { Id = "NYNC", Name = "农业农村" },
        new() { Id = "YJGL", Name = "应急管理" },
        new() { Id = "ZRZY", Name = "自然资源" },
        new() { Id = "WSJD", Name = "卫生监督" },
        new() { Id = "YY", Name = "海洋渔业" },
        new() { Id = "KA", Name = "口岸" },
    ];

    public static readonly IReadOnlyList<CheckItem> Items =
    [
        Item("ZHZF-01", "餐饮油烟排放检查", 40, "餐饮油烟"),
        Item("ZHZF-02", "户外广告与店招店牌检查", 30, null),
        Item("ZHZF-03", "建筑工地扬尘与渣土检查", 60, "建筑工地"),
        Item("ZHZF-04", "违法建设巡查", 60, null),
        Item("ZHZF-05", "瓶装燃气使用安全检查", 40, "燃气安全"),
        Item("ZHZF-06", "市容环境卫生责任区检查", 20, null),

        Item("SCJG-01", "食品经营许可与进货查验检查", 45, "餐饮食品"),
        Item("SCJG-02", "后厨食品安全检查", 60, "餐饮食品"),
        Item("SCJG-03", "特种设备安全检查", 60, "特种设备"),
        Item("SCJG-04", "加油机计量检定检查", 30, "加油站"),
        Item("SCJG-05", "产品质量监督检查", 45, null),
        Item("SCJG-06", "明码标价检查", 20, null),
        Item("SCJG-07", "食品安全暗访抽样", 40, "餐饮食品"),

        Item("STHJ-01", "排污许可执行检查", 60, null),
        Item("STHJ-02", "废水处理设施运行检查", 60, null),
        Item("STHJ-03", "危险废物贮存与转移检查", 45, "危险废物"),
        Item("STHJ-04", "废气与扬尘排放检查", 45, null),
        Item("STHJ-05", "加油站油气回收检查", 30, "加油站"),
        Item("STHJ-06", "夜间偷排突击监测", 90, null),

        Item("JTYS-01", "道路运输经营资质检查", 30, null),
        Item("JTYS-02", "危险货物道路运输安全检查", 60, "危化品"),
        Item("JTYS-03", "营运车辆动态监控检查", 30, null),
        Item("JTYS-04", "工程运输车辆检查", 30, "建筑工地"),

        Item("WHSC-01", "娱乐场所经营检查", 45, "娱乐场所"),
        Item("WHSC-02", "旅游民宿经营检查", 30, "民宿"),
        Item("WHSC-03", "网吧未成年人保护检查", 30, "娱乐场所"),
        Item("WHSC-04", "出版物与音像制品检查", 20, null),

        Item("NYNC-01", "农药经营与使用检查", 45, null),
        Item("NYNC-02", "畜禽养殖粪污处理检查", 60, null),
        Item("NYNC-03", "农产品质量安全检查", 45, null),
        Item("NYNC-04", "农机安全检查", 30, null),

        Item("YJGL-01", "消防安全检查", 45, "消防安全"),
        Item("YJGL-02", "危险化学品安全检查", 90, "危化品"),
        Item("YJGL-03", "安全生产主体责任检查", 30, null),
        Item("YJGL-04", "有限空间作业检查", 45, null),
        Item("YJGL-05", "应急预案与演练检查", 30, null),
        Item("YJGL-06", "非煤矿山安全检查", 120, "矿山"),
        Item("YJGL-07", "安全生产暗查暗访", 45, null),

        Item("ZRZY-01", "土地利用与用地审批检查", 45, null),
        Item("ZRZY-02", "矿产资源开采检查", 60, "矿山"),
        Item("ZRZY-03", "地质灾害隐患检查", 45, null),
        Item("ZRZY-04", "规划许可执行检查", 30, "建筑工地"),

        Item("WSJD-01", "公共场所卫生检查", 30, null),
        Item("WSJD-02", "从业人员健康证明检查", 20, "餐饮食品"),
        Item("WSJD-03", "医疗机构执业检查", 60, "医疗机构"),
        Item("WSJD-04", "生活饮用水卫生检查", 30, null),
        Item("WSJD-05", "消毒与院感防控检查", 45, "医疗机构"),

        Item("YY-01", "渔船安全检查", 60, "渔船安全"),
        Item("YY-02", "渔业船员证书检查", 30, "渔船安全"),
        Item("YY-03", "渔获物与禁用渔具检查", 45, null),
        Item("YY-04", "水产品质量安全检查", 40, null),

        Item("KA-01", "渔船进出港登记检查", 30, "渔船安全"),
        Item("KA-02", "船舶检疫检查", 45, null),
        Item("KA-03", "进口冷链货物检查", 60, null),
    ];

    /// <summary>Per check item (same index as <see cref="Items"/>): the index of its department.</summary>
    public static readonly int[] ItemDepartment = Items.Select(i => DepartmentIndex(i.Department)).ToArray();

    /// <summary>Per check item: its on-site minutes.</summary>
    public static readonly int[] ItemMinutes = Items.Select(i => i.Minutes).ToArray();

    /// <summary>Index of a department id in <see cref="Departments"/>.</summary>
    public static int DepartmentIndex(string id)
    {
        for (var i = 0; i < Departments.Count; i++)
            if (Departments[i].Id == id) return i;
        throw new ArgumentException($"unknown department {id}", nameof(id));
    }

    /// <summary>Index of a check-item id in <see cref="Items"/>.</summary>
    public static int ItemIndex(string id)
    {
        for (var i = 0; i < Items.Count; i++)
            if (Items[i].Id == id) return i;
        throw new ArgumentException($"unknown check item {id}", nameof(id));
    }

    private static CheckItem Item(string id, string name, int minutes, string? theme) =>
        new() { Id = id, Department = id[..id.IndexOf('-')], Name = name, Minutes = minutes, Theme = theme };
}
