using System.Text.RegularExpressions;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Register;

/// <summary>
/// The instance validator's findings (English sentences) in plain Chinese for the office, for the common kinds of
/// problem; anything else keeps the validator's sentence. English pages get the sentence unchanged.
/// </summary>
public static partial class ErrorText
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        ["townships"] = "乡镇", ["departments"] = "部门", ["enterprises"] = "企业", ["checkItems"] = "检查事项", ["inspectors"] = "执法人员",
        ["township"] = "乡镇", ["department"] = "部门", ["enterprise"] = "企业", ["check item"] = "检查事项", ["inspector"] = "执法人员",
    };

    public static string For(string message)
    {
        if (Ui.IsEnglish) return message;
        return Chinese(message) ?? message;
    }

    /// <summary>The Chinese sentence, or null when the kind of problem is not one this knows.</summary>
    public static string? Chinese(string message)
    {
        Match m;
        if ((m = Control().Match(message)).Success) return $"含有控制字符（{m.Groups["c"].Value}）：请删除后再上传。";
        if ((m = TooLong().Match(message)).Success)
            return $"长度 {m.Groups["n"].Value} 个字符，超过上限 {m.Groups["max"].Value}（{(m.Groups["what"].Value == "an id" ? "编号" : "名称")}）。";
        if ((m = NotInList().Match(message)).Success)
            return $"填写的{Name(m.Groups["kind"].Value)}「{m.Groups["id"].Value}」在「{Name(m.Groups["list"].Value)}」表中不存在。";
        if ((m = UsedTwice().Match(message)).Success) return $"编号「{m.Groups["id"].Value}」重复：每个编号只能出现一次。";
        if (NoId().IsMatch(message)) return "缺少编号：每一行都要填写编号。";
        if ((m = BadTier().Match(message)).Success) return $"信用等级「{m.Groups["tier"].Value}」无效：请填 绿色、黄色 或 红色。";
        if (message.Contains("latitude", StringComparison.Ordinal)) return "纬度超出范围：应在 -90 到 90 之间。";
        if (message.Contains("longitude", StringComparison.Ordinal)) return "经度超出范围：应在 -180 到 180 之间。";
        if (message.Contains("has no location", StringComparison.Ordinal)) return "缺少经纬度。";
        if ((m = BadMonth().Match(message)).Success) return $"月份 {m.Groups["m"].Value} 无效：月份应为 1–12。";
        if ((m = TwiceMonth().Match(message)).Success) return $"月份 {m.Groups["m"].Value} 写了两次。";
        if ((m = OutsideYear().Match(message)).Success) return $"日期 {m.Groups["d"].Value} 不在计划年度 {m.Groups["y"].Value} 年内。";
        if ((m = BothDays().Match(message)).Success) return $"{m.Groups["d"].Value} 既是节假日又是调休上班日：只能写在其中一类。";
        if (message.Contains("a second capacity row", StringComparison.Ordinal)) return "同一部门同一月份的检查上限写了两行：请只保留一行。";
        if ((m = Minutes().Match(message)).Success) return $"现场分钟为 {m.Groups["n"].Value}：必须大于 0。";
        if ((m = YearRange().Match(message)).Success) return $"计划年度 {m.Groups["y"].Value} 不合理。";
        if ((m = AtLeast().Match(message)).Success) return $"数值 {m.Groups["v"].Value} 太小：至少应为 1。";
        if (message.Contains("must be 0 or more", StringComparison.Ordinal)) return "数值不能为负数。";
        if (message.Contains("must be a positive number", StringComparison.Ordinal) || message.Contains("roadFactor", StringComparison.Ordinal))
            return "数值无效：应为正数（道路系数不小于 1）。";
        return null;
    }

    private static string Name(string key) => Lists.GetValueOrDefault(key, key);

    [GeneratedRegex(@"(?<kind>township|department|enterprise|check item) '(?<id>[^']*)', which is not in (?<list>\w+)")]
    private static partial Regex NotInList();

    [GeneratedRegex(@"holds the control character (?<c>U\+[0-9A-F]{4})")]
    private static partial Regex Control();

    [GeneratedRegex(@"is (?<n>\d+) characters long; (?<what>an id|a name) is at most (?<max>\d+) characters")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"id '(?<id>[^']*)' is used twice")]
    private static partial Regex UsedTwice();

    [GeneratedRegex(@"has no id")]
    private static partial Regex NoId();

    [GeneratedRegex(@"credit tier '(?<tier>[^']*)'")]
    private static partial Regex BadTier();

    [GeneratedRegex(@"names (?:closed month|month) (?<m>-?\d+); months are 1-12|names month (?<m>-?\d+); months are 1-12")]
    private static partial Regex BadMonth();

    [GeneratedRegex(@"lists \w+(?: \w+)? (?<m>-?\d+) twice")]
    private static partial Regex TwiceMonth();

    [GeneratedRegex(@"(?<d>\d{4}-\d{2}-\d{2}) is not in the plan year (?<y>\d+)")]
    private static partial Regex OutsideYear();

    [GeneratedRegex(@"(?<d>\d{4}-\d{2}-\d{2}) is both a holiday and an extra workday")]
    private static partial Regex BothDays();

    [GeneratedRegex(@"takes (?<n>-?\d+) minutes; on-site minutes must be positive")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"the plan year (?<y>-?\d+) is outside")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"is (?<v>-?\d+); it must be at least 1")]
    private static partial Regex AtLeast();
}
