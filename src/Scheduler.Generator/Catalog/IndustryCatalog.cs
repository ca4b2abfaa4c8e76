using Scheduler.Domain.Model;
using Scheduler.Generator.Building;
using static Scheduler.Generator.Catalog.FrequencyProfile;

namespace Scheduler.Generator.Catalog;

/// <summary>The industries of the generated county and the inspection needs each brings.
/// Windows follow the county's seasons: the May–September fishing moratorium (伏季休渔), the summer
/// homestay season, the summer ozone season for fuel-vapour recovery, the growing season for pesticides.</summary>
internal static class IndustryCatalog
{
    /// <summary>Months fishing firms are inspected: outside the May–September moratorium.</summary>
    public static readonly int FishingSeason = MonthSet.Of(1, 2, 3, 4, 10, 11, 12);

    public static readonly int Moratorium = MonthSet.Range(5, 9);

    public static readonly int Summer = MonthSet.Range(5, 9);

    public static readonly int GrowingSeason = MonthSet.Range(3, 11);

    public static readonly IReadOnlyList<IndustryTemplate> All =
    [
        new("restaurant", 20, new(Urban: 2.5, Tourism: 1.5), ["饭店", "酒家", "海鲜排档", "小吃店", "面馆", "餐厅"], 0, 0,
        [
            new("SCJG", ["SCJG-01", "SCJG-02"], 1.0, Mid, Gap: 2),
            new("ZHZF", ["ZHZF-01"], 0.6, Low),
            new("YJGL", ["YJGL-01"], 0.5, Low),
            new("WSJD", ["WSJD-02"], 0.3, Once),
            new("ZHZF", ["ZHZF-05"], 0.1, Once),
            new("SCJG", ["SCJG-07"], 0.12, Covert, Standalone: true),
        ]),
        new("shop", 15, new(Urban: 2.5), ["超市", "便利店", "商店", "副食品店", "水果店"], 0, 0,
        [
            new("SCJG", ["SCJG-01", "SCJG-06"], 1.0, Low),
            new("YJGL", ["YJGL-01"], 0.3, Low),
            new("ZHZF", ["ZHZF-02"], 0.3, Once),
            new("SCJG", ["SCJG-07"], 0.10, Covert, Standalone: true),
        ]),
        new("homestay", 8, new(Tourism: 4, Urban: 0.3, Other: 0.6), ["民宿", "客栈", "渔家乐", "海景民宿"], 0.2, MonthSet.Of(1, 2),
        [
            new("WHSC", ["WHSC-02"], 0.9, Mid, Months: Summer),
            new("YJGL", ["YJGL-01"], 0.8, Low),
            new("SCJG", ["SCJG-01"], 0.6, Low, Months: Summer),
            new("WSJD", ["WSJD-01", "WSJD-02"], 0.6, Low, Months: Summer),
        ]),
        new("fishing", 8, new(Fishing: 5, Urban: 0.05, Other: 0.1), ["渔业有限公司", "海洋捕捞专业合作社", "渔业专业合作社", "远洋渔业有限公司"], 0.7, Moratorium,
        [
            new("YY", ["YY-01", "YY-02"], 1.0, High, Months: FishingSeason),
            new("KA", ["KA-01"], 0.8, Mid, Months: FishingSeason),
            new("YJGL", ["YJGL-03"], 0.6, Low, Months: FishingSeason),
            new("YY", ["YY-03"], 0.3, Low, Months: FishingSeason),
        ]),
        new("seafood", 5, new(Fishing: 3, Other: 0.3), ["水产食品有限公司", "海产品加工厂", "冷冻厂", "水产品冷库"], 0, 0,
        [
            new("SCJG", ["SCJG-01", "SCJG-05"], 1.0, Mid),
            new("STHJ", ["STHJ-02"], 0.7, Low),
            new("YJGL", ["YJGL-04"], 0.5, Low),
            new("KA", ["KA-03"], 0.3, Low, Months: FishingSeason),
            new("YY", ["YY-04"], 0.3, Low, Months: FishingSeason),
            new("STHJ", ["STHJ-06"], 0.1, Covert, Standalone: true),
        ]),
        new("factory", 12, new(Industry: 3, Urban: 0.7, Other: 0.8), ["机械有限公司", "针织服饰有限公司", "模具厂", "电子有限公司", "塑料制品有限公司", "船舶修造有限公司"], 0, 0,
        [
            new("STHJ", ["STHJ-01", "STHJ-04"], 0.8, Mid, Gap: 3),
            new("YJGL", ["YJGL-03", "YJGL-04"], 0.8, Mid),
            new("SCJG", ["SCJG-03"], 0.5, Low),
            new("STHJ", ["STHJ-03"], 0.2, Low),
            new("SCJG", ["SCJG-05"], 0.2, Once),
            new("YJGL", ["YJGL-07"], 0.05, Covert, Standalone: true),
        ]),
        new("construction", 5, new(Urban: 2), ["建设工程项目部", "安置房工程项目部", "道路改造工程项目部"], 0, 0,
        [
            new("ZHZF", ["ZHZF-03"], 0.9, Mid),
            new("YJGL", ["YJGL-03"], 0.7, Mid, Gap: 2),
            new("ZRZY", ["ZRZY-04"], 0.6, Low),
            new("JTYS", ["JTYS-04"], 0.5, Low),
            new("SCJG", ["SCJG-03"], 0.3, Low),
        ]),
        new("farm", 7, new(Farming: 3, Urban: 0.1, Other: 0.8), ["家庭农场", "果蔬专业合作社", "柑橘专业合作社", "养殖场"], 0, 0,
        [
            new("NYNC", ["NYNC-01", "NYNC-03"], 1.0, Mid, Months: GrowingSeason),
            new("NYNC", ["NYNC-02"], 0.3, Low),
            new("STHJ", ["STHJ-02"], 0.2, Low),
            new("ZRZY", ["ZRZY-01"], 0.2, Once),
        ]),
        new("clinic", 4, new(Urban: 2), ["诊所", "口腔诊所", "社区卫生服务站", "中医诊所"], 0, 0,
        [
            new("WSJD", ["WSJD-03", "WSJD-05"], 1.0, Mid, Gap: 3),
            new("SCJG", ["SCJG-05"], 0.5, Low),
            new("YJGL", ["YJGL-01"], 0.4, Low),
            new("STHJ", ["STHJ-03"], 0.3, Low),
        ]),
        new("entertainment", 3, new(Urban: 3, Tourism: 1.2, Other: 0.6), ["KTV", "歌舞厅", "网吧", "酒吧", "电竞馆"], 0, 0,
        [
            new("WHSC", ["WHSC-01", "WHSC-03"], 1.0, Mid),
            new("YJGL", ["YJGL-01"], 0.9, Mid),
            new("WSJD", ["WSJD-01"], 0.6, Low),
            new("ZHZF", ["ZHZF-02"], 0.3, Low),
        ]),
        new("petrol", 1.5, new(), ["加油站", "加油加气站"], 0, 0,
        [
            new("YJGL", ["YJGL-02"], 1.0, High, Gap: 2),
            new("SCJG", ["SCJG-04", "SCJG-03"], 0.9, Low),
            new("STHJ", ["STHJ-05"], 0.8, Low, Months: Summer),
            new("ZHZF", ["ZHZF-02"], 0.4, Once),
        ]),
        new("hazchem", 1.5, new(Industry: 3, Other: 0.5), ["化工有限公司", "危险化学品经营部", "气体有限公司"], 0, 0,
        [
            new("YJGL", ["YJGL-02", "YJGL-05"], 1.0, Monthly),
            new("STHJ", ["STHJ-03", "STHJ-01"], 0.8, Mid),
            new("JTYS", ["JTYS-02"], 0.6, Mid),
            new("SCJG", ["SCJG-03"], 0.3, Low),
        ]),
        new("logistics", 4, new(Urban: 1.5, Industry: 1.5, Other: 0.8), ["物流有限公司", "运输有限公司", "货运站", "冷链物流有限公司"], 0, 0,
        [
            new("JTYS", ["JTYS-01", "JTYS-03"], 1.0, Mid),
            new("YJGL", ["YJGL-03"], 0.6, Low),
        ]),
        new("quarry", 1, new(Urban: 0, Farming: 1.5, Industry: 1, Other: 0.8), ["石料厂", "建材有限公司", "矿业有限公司"], 0, 0,
        [
            new("ZRZY", ["ZRZY-02", "ZRZY-03"], 1.0, Mid),
            new("YJGL", ["YJGL-06"], 1.0, High),
            new("STHJ", ["STHJ-04"], 0.8, Low),
            new("JTYS", ["JTYS-04"], 0.3, Low),
        ]),
        new("hotel", 3, new(Urban: 2.5, Tourism: 2, Other: 0.5), ["宾馆", "大酒店", "度假酒店", "商务酒店"], 0, 0,
        [
            new("WSJD", ["WSJD-01", "WSJD-04"], 1.0, Mid),
            new("YJGL", ["YJGL-01"], 0.9, Mid),
            new("SCJG", ["SCJG-01", "SCJG-02", "SCJG-03"], 0.6, Low),
            new("ZHZF", ["ZHZF-01"], 0.3, Low),
            new("WHSC", ["WHSC-01"], 0.2, Low),
            new("SCJG", ["SCJG-07"], 0.10, Covert, Standalone: true),
        ]),
    ];
}
