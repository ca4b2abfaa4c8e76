using System.Data;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Draws;

/// <summary>The 公示 list as xlsx: one row per drawn enterprise and check item, with the seed and the replay command.</summary>
public static class DrawWorkbook
{
    public static byte[] Write(DrawPublication publication, string department)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var draw = publication.Draw;
        var table = Workbooks.Table("检查事项 Check item", "事项名称 Item name", "抽查规则 Rule", "类别 Kind", "风险等级 Level", "方法 Method",
            "比例或数量 Asked", "总体 Population", "抽取数 Drawn", "抽取顺序 Order", "企业编号 Enterprise", "企业名称 Name", "镇乡街道 Township");
        foreach (var r in publication.Rows)
        {
            table.Rows.Add(r.Item, r.ItemName, r.Rule, r.Kind, r.Level, r.Method, r.Asked, r.Population, r.SampleSize, r.Order,
                r.Enterprise, r.EnterpriseName, r.Township);
        }
        var about = Workbooks.Table("项目 Field", "值 Value");
        about.Rows.Add("部门 Department", department);
        about.Rows.Add("年度 Year", draw.Year);
        about.Rows.Add("抽取版本 Draw version", draw.Version);
        about.Rows.Add("随机种子 Seed", draw.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        about.Rows.Add("方式 Mode", draw.Mode);
        about.Rows.Add("公示时间 Published", draw.PublishedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        about.Rows.Add("复核命令 Replay", DrawPublication.VerifyCommand(draw.Id));
        return Workbooks.Save(new Dictionary<string, object> { ["抽取名单"] = table, ["说明"] = about });
    }
}
