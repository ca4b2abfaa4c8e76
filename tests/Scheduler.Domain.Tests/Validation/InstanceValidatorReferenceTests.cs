using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorReferenceTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    [Fact]
    public void Validate_ReportsCheckItemDepartment_WhenUnknown()
    {
        var instance = Tiny with { CheckItems = [.. Tiny.CheckItems, new CheckItem { Id = "IX", Department = "Q", Minutes = 5 }] };

        Only(instance, "$.checkItems[7].department", "IX", "'Q'");
    }

    [Fact]
    public void Validate_ReportsEnterpriseTownship_WhenUnknown()
    {
        var instance = Tiny with { Enterprises = [.. Tiny.Enterprises.Select(e => e.Id == "E3" ? e with { Township = "T7" } : e)] };

        Only(instance, "$.enterprises[2].township", "E3", "'T7'");
    }

    [Fact]
    public void Validate_ReportsNeedDepartment_WhenUnknown()
    {
        Only(Tiny.WithNeed("N2", n => n with { Department = "Z" }), "$.needs[1].department", "N2", "'Z'");
    }

    [Fact]
    public void Validate_ReportsNeedEnterprise_WhenUnknown()
    {
        Only(Tiny.WithNeed("N2", n => n with { Enterprise = "E77" }), "$.needs[1].enterprise", "N2", "'E77'");
    }

    [Fact]
    public void Validate_ReportsNeedItem_WhenUnknown()
    {
        Only(Tiny.WithNeed("N13", n => n with { Items = ["IB1", "IB9"] }), "$.needs[12].items[1]", "N13", "'IB9'");
    }

    [Fact]
    public void Validate_ReportsNeedItem_WhenItBelongsToAnotherDepartment()
    {
        Only(Tiny.WithNeed("N2", n => n with { Items = ["IB1", "IC2"] }), "$.needs[1].items[1]", "N2", "IC2", "department C");
    }

    [Fact]
    public void Validate_ReportsNeedItems_WhenListIsEmpty()
    {
        Only(Tiny.WithNeed("N2", n => n with { Items = [] }), "$.needs[1].items", "N2", "empty items");
    }

    [Fact]
    public void Validate_ReportsNeedItems_WhenListIsNull()
    {
        Only(Tiny.WithNeed("N2", n => n with { Items = null! }), "$.needs[1].items", "N2");
    }

    [Fact]
    public void Validate_ReportsCapacityDepartment_WhenUnknown()
    {
        var instance = Tiny with { Capacities = [.. Tiny.Capacities, new Capacity { Department = "Q", Month = 1, Visits = 3 }] };

        Only(instance, "$.capacities[3].department", "'Q'");
    }

    [Fact]
    public void Validate_ReportsInspectorDepartment_WhenUnknown()
    {
        Only(WithInspector("OB2", i => i with { Department = "Q" }), "$.inspectors[4].department", "OB2", "'Q'");
    }

    [Fact]
    public void Validate_ReportsInspectorTownship_WhenUnknown()
    {
        Only(WithInspector("OB2", i => i with { Township = "T5" }), "$.inspectors[4].township", "OB2", "'T5'");
    }

    [Fact]
    public void Validate_AcceptsInspector_WhenTownshipIsEmptyMeaningCountyLevel()
    {
        Assert.Empty(Domain.Validation.InstanceValidator.Validate(WithInspector("OB2", i => i with { Township = "" })));
    }

    [Fact]
    public void Validate_ReportsInspectorConflict_WhenEnterpriseIsUnknown()
    {
        Only(WithInspector("OB3", i => i with { Conflicts = ["E1", "E404"] }), "$.inspectors[5].conflicts[1]", "OB3", "'E404'");
    }

    private static Instance WithInspector(string id, Func<Inspector, Inspector> edit) =>
        Tiny with { Inspectors = [.. Tiny.Inspectors.Select(i => i.Id == id ? edit(i) : i)] };
}
