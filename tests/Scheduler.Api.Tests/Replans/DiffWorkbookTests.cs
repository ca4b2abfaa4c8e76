using MiniExcelLibs;
using Scheduler.Api.Replans;

namespace Scheduler.Api.Tests.Replans;

/// <summary>The difference as xlsx: a row per department and a row per changed occurrence with its cause.</summary>
public sealed class DiffWorkbookTests
{
    [Fact]
    public void Workbook_HasTheDepartmentsCounts_AndEveryMoveWithItsCause()
    {
        var diff = new PlanDiffView(7, 5, 3, null,
            [new DepartmentDiff("SCJG", 1, 0, 1, 0, 1)],
            [new EnterpriseDiff("E1", "甲厂", ["visit V2 of month 2 not done (refused)"],
            [
                new OccurrenceMove("N1", 1, "SCJG", MoveKind.Moved, 2, 4, "V2", "V9", ["YJGL"], []),
                new OccurrenceMove("N5", 1, "SCJG", MoveKind.Added, null, 4, null, "V9", [], []),
            ])]);

        using var stream = new MemoryStream(DiffWorkbook.Build(diff));
        var departments = stream.Query(useHeaderRow: true, sheetName: DiffWorkbook.DepartmentsSheet).Cast<IDictionary<string, object>>().ToList();
        var moves = stream.Query(useHeaderRow: true, sheetName: DiffWorkbook.MovesSheet).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("SCJG", Assert.Single(departments)["部门 Department"]);
        Assert.Equal(2, moves.Count);
        Assert.Equal("N1", moves[0]["检查需求 Need"]);
        Assert.Equal("改月 moved", moves[0]["变动 Change"]);
        Assert.Equal(2d, Convert.ToDouble(moves[0]["原月份 Month before"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("YJGL", moves[0]["原同行部门 Companions before"]);
        Assert.Equal("新增 added", moves[1]["变动 Change"]);
        Assert.Contains("V2", (string)moves[1]["原因 Causes"], StringComparison.Ordinal);
        Assert.Equal("diff-run7.xlsx", DiffWorkbook.FileName(diff));
    }
}
