using Scheduler.Domain.Model;
using InstanceRules = Scheduler.Domain.Model.Rules;

namespace Scheduler.Solver.Tests.Builders;

/// <summary>
/// Fluent builder of hand-made instances, so that a test reads in a few lines:
/// <c>TinyInstance.Create().MaxDepartments(2).Need("N1", "D1").Need("N2", "D2").Build()</c>.
/// Departments and enterprises are created on first mention (enterprises yellow, open all year);
/// a need without explicit items gets a private item "I.{need}" of <c>minutes</c>.
/// For monthly plans: townships (T1 at 29.48 N 121.87 E unless others are declared), enterprise townships and
/// locations (default: at their township's office), inspectors, the calendar and the day rules.
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
    private readonly List<Township> townships = [];
    private readonly Dictionary<string, GeoPoint?> enterpriseLocations = [];
    private readonly List<Inspector> inspectors = [];
    private PlanningCalendar calendar = new();
    private InstanceRules rules = new();

    /// <summary>Where the default township T1 (and every enterprise not placed elsewhere) lies.</summary>
    public static readonly GeoPoint DefaultOffice = new(29.48, 121.87);

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

    /// <param name="township">The enterprise's township; it must be declared (or be the default T1) by <see cref="Build"/>.</param>
    /// <param name="location">Where it lies; null: at its township's office.</param>
    public TinyInstance Enterprise(
        string id, string tier = CreditTiers.Yellow, IReadOnlyList<int>? closedMonths = null, string township = "T1", GeoPoint? location = null)
    {
        if (enterprises.Any(e => e.Id == id)) throw new ArgumentException($"enterprise {id} declared twice");
        enterprises.Add(NewEnterprise(id, tier, closedMonths ?? []) with { Township = township });
        enterpriseLocations[id] = location;
        return this;
    }

    /// <summary>Declares a township with its office; once any is declared, T1 is no longer implied.</summary>
    public TinyInstance Township(string id, GeoPoint office)
    {
        if (townships.Any(t => t.Id == id)) throw new ArgumentException($"township {id} declared twice");
        townships.Add(new Township { Id = id, Name = id, Location = office });
        return this;
    }

    /// <summary>A certified officer; <paramref name="township"/> null means county level (may go anywhere).</summary>
    public TinyInstance Inspector(
        string id, string department, string? township = null, IReadOnlyList<DateOnly>? unavailable = null, IReadOnlyList<string>? conflicts = null)
    {
        Department(department);
        if (inspectors.Any(i => i.Id == id)) throw new ArgumentException($"inspector {id} declared twice");
        inspectors.Add(new Inspector
        {
            Id = id,
            Name = id,
            Department = department,
            Township = township,
            Unavailable = unavailable?.ToArray() ?? [],
            Conflicts = conflicts?.ToArray() ?? [],
        });
        return this;
    }

    /// <summary><paramref name="count"/> officers of the department, ids "{department}.{k}" from k = 1 (or on from the last such id).</summary>
    public TinyInstance Inspectors(string department, int count, string? township = null)
    {
        var first = inspectors.Count(i => i.Id.StartsWith(department + ".", StringComparison.Ordinal)) + 1;
        for (var k = first; k < first + count; k++) Inspector($"{department}.{k}", department, township);
        return this;
    }

    /// <summary>Public holidays: no visits.</summary>
    public TinyInstance Holidays(params DateOnly[] dates)
    {
        calendar = calendar with { Holidays = [.. calendar.Holidays, .. dates] };
        return this;
    }

    /// <summary>Weekend days that are working days (调休).</summary>
    public TinyInstance ExtraWorkdays(params DateOnly[] dates)
    {
        calendar = calendar with { ExtraWorkdays = [.. calendar.ExtraWorkdays, .. dates] };
        return this;
    }

    /// <summary>The days on which multi-department visits may take place (default Tuesday).</summary>
    public TinyInstance JointWeekdays(params DayOfWeek[] days)
    {
        calendar = calendar with { JointWeekdays = days.ToArray() };
        return this;
    }

    public TinyInstance OfficersPerDepartment(int count)
    {
        rules = rules with { OfficersPerDepartment = count };
        return this;
    }

    public TinyInstance WorkdayMinutes(int minutes)
    {
        rules = rules with { WorkdayMinutes = minutes };
        return this;
    }

    public TinyInstance MaxVisitsPerTeamDay(int visits)
    {
        rules = rules with { MaxVisitsPerTeamDay = visits };
        return this;
    }

    /// <summary>Travel minutes = haversine km × <paramref name="roadFactor"/> / <paramref name="kmh"/> × 60.</summary>
    public TinyInstance Travel(double kmh, double roadFactor)
    {
        rules = rules with { TravelKmh = kmh, RoadFactor = roadFactor };
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

    public Instance Build()
    {
        Township[] towns = townships.Count > 0 ? [.. townships] : [new Township { Id = "T1", Name = "T1", Location = DefaultOffice }];
        var offices = towns.ToDictionary(t => t.Id, t => t.Location);
        return new Instance
        {
            Name = name,
            Year = 2027,
            Calendar = calendar,
            Rules = rules with { MaxVisitsPerYearByTier = new Dictionary<string, int?>(tierCaps) },
            Townships = towns,
            Departments = departmentIds.Select(d => new Department { Id = d, Name = d }).ToArray(),
            CheckItems = items.ToArray(),
            Enterprises = enterprises
                .Select(e => e with { Location = enterpriseLocations.GetValueOrDefault(e.Id) ?? offices.GetValueOrDefault(e.Township, DefaultOffice) })
                .ToArray(),
            Needs = needs.ToArray(),
            Capacities = capacities.ToArray(),
            Inspectors = inspectors.ToArray(),
        };
    }

    private void Department(string id)
    {
        if (!departmentIds.Contains(id)) departmentIds.Add(id);
    }

    private static Enterprise NewEnterprise(string id, string tier, IReadOnlyList<int> closedMonths) => new()
    {
        Id = id,
        Name = id,
        Township = "T1",
        Location = DefaultOffice,
        CreditTier = tier,
        ClosedMonths = closedMonths.ToArray(),
    };
}
