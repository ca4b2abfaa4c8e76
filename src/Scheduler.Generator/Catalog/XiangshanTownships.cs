namespace Scheduler.Generator.Catalog;

/// <summary>The 18 townships of Xiangshan County (象山县, Ningbo): 3 subdistricts, 10 towns, 5 townships.
/// Coordinates approximate the township offices; weights approximate where enterprises are.</summary>
internal static class XiangshanTownships
{
    private const TownshipKind U = TownshipKind.Urban;
    private const TownshipKind F = TownshipKind.Fishing;
    private const TownshipKind I = TownshipKind.Industry;
    private const TownshipKind A = TownshipKind.Farming;
    private const TownshipKind T = TownshipKind.Tourism;

    public static readonly IReadOnlyList<TownshipInfo> All =
    [
        new("T01", "丹东街道", "丹东", 29.4790, 121.8830, 14, 3.0, U),
        new("T02", "丹西街道", "丹西", 29.4700, 121.8540, 12, 3.0, U),
        new("T03", "爵溪街道", "爵溪", 29.4560, 121.9580, 6, 4.0, I | T | F),
        new("T04", "石浦镇", "石浦", 29.2060, 121.9460, 14, 5.0, F | T),
        new("T05", "西周镇", "西周", 29.5760, 121.7660, 6, 5.0, I | A),
        new("T06", "鹤浦镇", "鹤浦", 29.1430, 121.9720, 5, 5.0, F | T),
        new("T07", "贤庠镇", "贤庠", 29.5260, 121.9450, 5, 5.0, I | F),
        new("T08", "墙头镇", "墙头", 29.5160, 121.8060, 4, 5.0, I | A),
        new("T09", "泗洲头镇", "泗洲头", 29.6050, 121.8310, 4, 5.0, A),
        new("T10", "定塘镇", "定塘", 29.2760, 121.8660, 5, 5.0, A),
        new("T11", "涂茨镇", "涂茨", 29.5080, 122.0150, 4, 5.0, F | T),
        new("T12", "大徐镇", "大徐", 29.4300, 121.7760, 4, 5.0, I | A),
        new("T13", "新桥镇", "新桥", 29.3360, 121.8010, 4, 5.0, A),
        new("T14", "东陈乡", "东陈", 29.4210, 121.9310, 3, 4.0, F | T),
        new("T15", "晓塘乡", "晓塘", 29.3620, 121.8790, 3, 4.0, A),
        new("T16", "黄避岙乡", "黄避岙", 29.5760, 121.9050, 3, 4.0, F | A),
        new("T17", "茅洋乡", "茅洋", 29.3900, 121.8380, 3, 4.0, A | T),
        new("T18", "高塘岛乡", "高塘", 29.1660, 121.8860, 3, 4.0, F | T),
    ];
}
