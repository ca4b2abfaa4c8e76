using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorScaleTests
{
    private const int Firms = 40_000;

    private static Instance County(Func<int, string> enterpriseOfNeed)
    {
        string[] departments = ["A", "B", "C"];
        var enterprises = new Enterprise[Firms];
        var needs = new Need[3 * Firms];
        for (var i = 0; i < Firms; i++)
        {
            enterprises[i] = new Enterprise { Id = $"E{i}", Township = "T1", Location = new GeoPoint(30, 120), ClosedMonths = [7] };
            for (var d = 0; d < 3; d++)
            {
                needs[3 * i + d] = new Need
                {
                    Id = $"N{i}{departments[d]}", Department = departments[d], Enterprise = enterpriseOfNeed(i),
                    Items = [$"I{departments[d]}"], TimesPerYear = 2, MinGapMonths = 3,
                };
            }
        }
        return new Instance
        {
            Year = 2027,
            Townships = [new Township { Id = "T1", Location = new GeoPoint(30, 120) }],
            Departments = [.. departments.Select(d => new Department { Id = d })],
            CheckItems = [.. departments.Select(d => new CheckItem { Id = $"I{d}", Department = d, Minutes = 30 })],
            Enterprises = enterprises,
            Needs = needs,
        };
    }

    [Fact]
    public void Validate_ReportsNothing_WhenLargeInstanceIsSound()
    {
        Assert.Empty(InstanceValidator.Validate(County(i => $"E{i}")));
    }

    [Fact]
    public void Validate_ReportsEveryDanglingReference_WhenEveryNeedNamesUnknownEnterprise()
    {
        var errors = InstanceValidator.Validate(County(i => $"X{i}"));

        Assert.Equal(3 * Firms, errors.Count);
        Assert.Equal("$.needs[119999].enterprise", errors[^1].Path);
    }
}
