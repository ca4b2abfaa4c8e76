using Scheduler.Domain.Model;
using Scheduler.Generator.Building;
using Scheduler.Generator.Catalog;
using Scheduler.Generator.Witness;

namespace Scheduler.Generator;

/// <summary>Generates a Xiangshan-like county (象山县, Ningbo), deterministic for a seed, with a witness plan that
/// proves it admits a plan with nothing unassigned (unless <see cref="GeneratorOptions.Infeasible"/>).</summary>
/// <remarks>Order of work: per enterprise draw it, draw its needs from its industry, fit a green one's needs to its
/// cap, build its greedy witness visits; then capacities from the witness load × slack; then the officers: a fixed
/// staff split by the departments' share of the witness plan's work (<see cref="StaffSize"/>), or, with
/// <see cref="StaffSize.Sized"/>, as many as each month's witness visits need. Each phase has its own random stream so one does not shift another.</remarks>
public static class CountyGenerator
{
    public static GeneratedCounty Generate(GeneratorOptions options)
    {
        Check(options);
        var n = options.Enterprises;
        var cap = options.GreenCap ?? GeneratorOptions.DefaultGreenCap;
        var rules = new Rules
        {
            MaxDepartmentsPerVisit = options.MaxDepartmentsPerVisit,
            MaxVisitMinutes = options.MaxVisitMinutes,
            MaxVisitsPerYearByTier = new Dictionary<string, int?> { [CreditTiers.Green] = cap },
        };

        var drafts = new EnterpriseDrafts(n);
        var needs = new List<GeneratedNeed>(n * 3);
        var store = new WitnessStore();
        DrawEnterprises(options, cap, drafts, needs, store);
        if (options.Infeasible)
            ImpossibleNeeds.AddCapacityBlocked(drafts, needs, store, n >= 1000 ? 2 : 1);

        var calendar = ChineseHolidays.For(options.Year);
        var days = new WorkingDays(options.Year, calendar);
        var assembler = new CountyAssembler(drafts, needs);
        var officers = options.Staff.OfficersFor(n);
        var sizes = officers is { } fixedStaff ? StaffSplit.Split(fixedStaff, store, drafts, rules) : StaffingEstimate.Size(store, drafts, rules, days);
        var shares = officers is null ? InspectorShares.Sized : InspectorShares.Fixed;
        var name = options.ResolvedName;
        var instance = new Instance
        {
            Name = name,
            Year = options.Year,
            Calendar = calendar,
            Rules = rules,
            Townships = assembler.Townships(),
            Departments = DepartmentCatalog.Departments,
            CheckItems = DepartmentCatalog.Items,
            Enterprises = assembler.Enterprises(),
            Needs = assembler.Needs(),
            Capacities = CountyAssembler.Capacities(store.Load, options.CapacitySlack),
            Inspectors = InspectorFactory.Make(sizes, shares, drafts, assembler.EnterpriseIds, days, new Random(Stream(options.Seed, 3))),
        };
        if (options.DrawFields) instance = Draws.CountyDraws.WithRegisterFields(instance, options.Seed);
        return new GeneratedCounty(instance, assembler.Witness(store, name, options.Year));
    }

    private static void DrawEnterprises(GeneratorOptions options, int cap, EnterpriseDrafts drafts, List<GeneratedNeed> needs, WitnessStore store)
    {
        var enterprises = new EnterpriseFactory(new Random(Stream(options.Seed, 1)));
        var needFactory = new NeedFactory(new Random(Stream(options.Seed, 2)), options.MaxVisitMinutes);
        var witness = new EnterpriseWitness(options.MaxDepartmentsPerVisit, options.MaxVisitMinutes);
        var impossible = options.Infeasible ? new ImpossibleNeeds(drafts.Count, cap) : null;
        var idWidth = Ids.Width(drafts.Count);
        for (var e = 0; e < drafts.Count; e++)
        {
            enterprises.Draw(drafts, e);
            var first = needs.Count;
            needFactory.Draw(drafts, e, needs);
            var count = needs.Count - first;
            var closed = drafts.ClosedMonths[e];
            if (drafts.Tier[e] == 0)
                count = CapFitter.Fit(witness, needs, first, count, closed, store.Load, cap);
            else
                witness.Build(needs, first, count, closed, store.Load);
            if (impossible is not null && impossible.TakesCapCase(drafts, e))
            {
                count += impossible.AddCapBreakers(drafts, e, needs, first, count);
                witness.Build(needs, first, count, closed, store.Load, cap, ImpossibleNeeds.CapReason(Ids.Make("E", e, idWidth), cap));
            }
            store.Commit(witness, e, first, count);
        }
    }

    private static void Check(GeneratorOptions o)
    {
        if (o.Enterprises is < 1 or > 2_000_000)
            throw new ArgumentOutOfRangeException(nameof(o), $"Enterprises must be 1 to 2,000,000, not {o.Enterprises}");
        if (o.Year is < 1900 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(o), $"Year must be 1900 to 9999, not {o.Year}");
        if (!(o.CapacitySlack >= 1.0) || double.IsInfinity(o.CapacitySlack))
            throw new ArgumentOutOfRangeException(nameof(o), $"CapacitySlack must be at least 1.0 (the witness must fit), not {o.CapacitySlack}");
        if (o.GreenCap is < 1)
            throw new ArgumentOutOfRangeException(nameof(o), $"GreenCap must be at least 1, not {o.GreenCap}");
        if (o.MaxDepartmentsPerVisit < 1)
            throw new ArgumentOutOfRangeException(nameof(o), $"MaxDepartmentsPerVisit must be at least 1, not {o.MaxDepartmentsPerVisit}");
        ArgumentNullException.ThrowIfNull(o.Staff);
        if (o.Staff.Officers is { } officers && StaffSize.ProblemWith(officers) is { } problem)
            throw new ArgumentOutOfRangeException(nameof(o), $"Staff officers {problem}");
        var longest = DepartmentCatalog.ItemMinutes.Max();
        if (o.MaxVisitMinutes < longest)
            throw new ArgumentOutOfRangeException(nameof(o), $"MaxVisitMinutes must be at least {longest} (the longest check item), not {o.MaxVisitMinutes}");
    }

    /// <summary>A seed per phase, so the phases draw independently.</summary>
    private static int Stream(int seed, int phase) => unchecked(seed * 1_000_003 + phase * 7_919);
}
