using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorIdTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    /// <summary>Sets the id of row <paramref name="row"/> of list <paramref name="list"/>, touching nothing else.</summary>
    private static Instance WithId(string list, int row, string id) => list switch
    {
        "townships" => Tiny with { Townships = Edit(Tiny.Townships, row, t => t with { Id = id }) },
        "departments" => Tiny with { Departments = Edit(Tiny.Departments, row, d => d with { Id = id }) },
        "checkItems" => Tiny with { CheckItems = Edit(Tiny.CheckItems, row, c => c with { Id = id }) },
        "enterprises" => Tiny with { Enterprises = Edit(Tiny.Enterprises, row, e => e with { Id = id }) },
        "needs" => Tiny with { Needs = Edit(Tiny.Needs, row, n => n with { Id = id }) },
        "inspectors" => Tiny with { Inspectors = Edit(Tiny.Inspectors, row, i => i with { Id = id }) },
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    private static IReadOnlyList<T> Edit<T>(IReadOnlyList<T> rows, int row, Func<T, T> edit) =>
        [.. rows.Select((r, i) => i == row ? edit(r) : r)];

    /// <summary>Appends a copy of row 0 of the list (same id) at its end.</summary>
    private static Instance WithRepeat(string list) => list switch
    {
        "townships" => Tiny with { Townships = [.. Tiny.Townships, Tiny.Townships[0]] },
        "departments" => Tiny with { Departments = [.. Tiny.Departments, Tiny.Departments[0]] },
        "checkItems" => Tiny with { CheckItems = [.. Tiny.CheckItems, Tiny.CheckItems[0]] },
        "enterprises" => Tiny with { Enterprises = [.. Tiny.Enterprises, Tiny.Enterprises[0]] },
        "needs" => Tiny with { Needs = [.. Tiny.Needs, Tiny.Needs[0]] },
        "inspectors" => Tiny with { Inspectors = [.. Tiny.Inspectors, Tiny.Inspectors[0]] },
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    public static TheoryData<string, int> UnreferencedRows() => new()
    {
        // Emptying a referenced id also leaves dangling references; only the id error is asserted here.
        { "townships", 1 }, { "departments", 4 }, { "checkItems", 4 }, { "enterprises", 3 }, { "needs", 0 }, { "inspectors", 0 },
    };

    [Theory]
    [MemberData(nameof(UnreferencedRows))]
    public void Validate_ReportsMissingId_WhenIdIsEmpty(string list, int row)
    {
        var instance = WithId(list, row, "");
        var errors = Domain.Validation.InstanceValidator.Validate(instance);

        Assert.Contains(errors, e => e.Path == $"$.{list}[{row}].id" && e.Message.Contains("no id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("townships")]
    [InlineData("departments")]
    [InlineData("checkItems")]
    [InlineData("enterprises")]
    [InlineData("needs")]
    [InlineData("inspectors")]
    public void Validate_ReportsRepeatedId_WhenTwoRowsShareIt(string list)
    {
        var instance = WithRepeat(list);
        var last = list switch
        {
            "townships" => Tiny.Townships.Count,
            "departments" => Tiny.Departments.Count,
            "checkItems" => Tiny.CheckItems.Count,
            "enterprises" => Tiny.Enterprises.Count,
            "needs" => Tiny.Needs.Count,
            _ => Tiny.Inspectors.Count,
        };

        Has(instance, $"$.{list}[{last}].id", "used twice", $"$.{list}[0]");
    }

    [Fact]
    public void Validate_ReportsOnlyTheId_WhenNeedIdIsWhitespace()
    {
        Only(WithId("needs", 2, "  "), "$.needs[2].id", "need has no id");
    }

    [Fact]
    public void Validate_ReportsNullRow_WhenListHoldsNull()
    {
        Only(Tiny with { Needs = [.. Tiny.Needs, null!] }, "$.needs[13]", "null");
    }
}
