using Scheduler.Domain.Model;
using InstanceRules = Scheduler.Domain.Model.Rules;

namespace Scheduler.Solver.Tests.Builders;

/// <summary>
/// Fluent builder of hand-made instances, so that a test reads in a few lines:
/// <c>TinyInstance.Create().MaxDepartments(2).Need("N1", "D1").Need("N2", "D2").Build()</c>.
/// Departments and enterprises are created on first mention (enterprises yellow, open all year);
/// a need without explicit items gets a private item "I.{need}" of <c>minutes</c>.
/// </summary>
public sealed class TinyInstance
{
    private readonly string name;
    private readonly List<string> departmentIds = [];
    private readonly List<Enterprise> enterprises = [];
    private readonly List<CheckItem> items = [];
    private readonly List<Need> needs = [];
    private readonly List<Capacity> capacities = [];
    private readonly Dictionary<string, int?> tierCaps = [];
    private InstanceRules rules = new();

    private TinyInstance(string name) => this.name = name;

    public static TinyInstance Create(string name = "tiny") => new(name);

    /// <summary>Declares departments D1..Dcount (others are still created on mention).</summary>
    public TinyInstance Departments(int count)
    {
        for (var i = 1; i <= count; i++) Department($"D{i}");
        return this;
    }

    public TinyInstance Item(string id, string department, int minutes)
    {
        Department(department);
        if (items.Any(i => i.Id == id)) throw new ArgumentException($"item {id} declared twice");
        items.Add(new CheckItem { Id = id, Department = department, Name = id, Minutes = minutes });
        return this;
    }

    public TinyInstance Enterprise(string id, string tier = CreditTiers.Yellow, IReadOnlyList<int>? closedMonths = null)
    {
        if (enterprises.Any(e => e.Id == id)) throw new ArgumentException($"enterprise {id} declared twice");
        enterprises.Add(NewEnterprise(id, tier, closedMonths ?? []));
        return this;
    }

    /// <summary>
    /// Adds a need. Without <paramref name="items"/> the need gets its own item of <paramref name="minutes"/>;
    /// named items not declared yet are created in the need's department with <paramref name="minutes"/>.
    /// </summary>
    public TinyInstance Need(
        string id,
        string department,
        string enterprise = "E1",
        int minutes = 60,
        IReadOnlyList<string>? items = null,
        int times = 1,
        IReadOnlyList<int>? months = null,
        int gap = 1,
        bool standalone = false)
    {
        Department(department);
        if (enterprises.All(e => e.Id != enterprise)) Enterprise(enterprise);
        var itemIds = items ?? [$"I.{id}"];
        foreach (var item in itemIds)
        {
            if (this.items.All(i => i.Id != item)) Item(item, department, minutes);
        }
        needs.Add(new Need
        {
            Id = id,
            Department = department,
            Enterprise = enterprise,
            Items = itemIds.ToArray(),
            TimesPerYear = times,
            Months = months?.ToArray() ?? Domain.Model.Need.AllMonths,
            MinGapMonths = gap,
            Standalone = standalone,
        });
        return this;
    }

    /// <summary>At most <paramref name="visits"/> visits in <paramref name="month"/> may include <paramref name="department"/>.</summary>
    public TinyInstance Capacity(string department, int month, int visits)
    {
        Department(department);
        capacities.Add(new Capacity { Department = department, Month = month, Visits = visits });
        return this;
    }

    /// <summary>Capacity rows for every month of the year.</summary>
    public TinyInstance CapacityAllYear(string department, int visits)
    {
        for (var m = 1; m <= 12; m++) Capacity(department, m, visits);
        return this;
    }

    public TinyInstance MaxDepartments(int count)
    {
        rules = rules with { MaxDepartmentsPerVisit = count };
        return this;
    }

    public TinyInstance MaxMinutes(int minutes)
    {
        rules = rules with { MaxVisitMinutes = minutes };
        return this;
    }

    public TinyInstance TierCap(string tier, int? visitsPerYear)
    {
        tierCaps[tier] = visitsPerYear;
        return this;
    }

    public Instance Build() => new()
    {
        Name = name,
        Year = 2027,
        Rules = rules with { MaxVisitsPerYearByTier = new Dictionary<string, int?>(tierCaps) },
        Townships = [new Township { Id = "T1", Name = "T1", Location = new GeoPoint(29.48, 121.87) }],
        Departments = departmentIds.Select(d => new Department { Id = d, Name = d }).ToArray(),
        CheckItems = items.ToArray(),
        Enterprises = enterprises.ToArray(),
        Needs = needs.ToArray(),
        Capacities = capacities.ToArray(),
    };

    private void Department(string id)
    {
        if (!departmentIds.Contains(id)) departmentIds.Add(id);
    }

    private static Enterprise NewEnterprise(string id, string tier, IReadOnlyList<int> closedMonths) => new()
    {
        Id = id,
        Name = id,
        Township = "T1",
        Location = new GeoPoint(29.48, 121.87),
        CreditTier = tier,
        ClosedMonths = closedMonths.ToArray(),
    };
}
