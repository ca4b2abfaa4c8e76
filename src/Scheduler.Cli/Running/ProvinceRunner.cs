using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Scheduler.Cli.Reporting;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;
using Scheduler.Solver;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>
/// A province: every county instance of a folder planned independently — counties share nothing — several
/// at a time, each plan written beside the others, one summary. The same split lets several Hangfire
/// servers share a province, one job per county.
/// </summary>
internal static class ProvinceRunner
{
    /// <summary>One county's outcome.</summary>
    private sealed record CountyRow(string File, string Name, int Enterprises, int Occurrences, int Unassigned, int Visits,
        int SeparateVisits, int LowerBound, int? PerEnterpriseBound, bool Valid, string Status, double Seconds, string? Error);

    public static int Run(string folder, string output, PlannerOptions options, int parallel, IAnsiConsole console, IAnsiConsole error,
        CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.MarkupLineInterpolated($"[red]Error:[/] {folder} holds no instance files (*.json).");
            return ExitCodes.BadInput;
        }
        Directory.CreateDirectory(output);
        console.MarkupLineInterpolated(
            $"Planning [bold]{files.Count}[/] counties from [bold]{folder}[/], {parallel} at a time, {options.Workers} worker(s) each, {options.TimeLimit.TotalSeconds:0.#} s per county.");
        var clock = Stopwatch.StartNew();
        var rows = new ConcurrentBag<CountyRow>();
        int done = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, file =>
        {
            if (cancellationToken.IsCancellationRequested) return;
            rows.Add(PlanCounty(file, output, options, cancellationToken));
            int n = Interlocked.Increment(ref done);
            if (n % 10 == 0 || n == files.Count) console.MarkupLineInterpolated($"  {n}/{files.Count} counties planned, {Format.Seconds(clock.Elapsed)}");
        });
        var all = rows.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var memory = MemoryFigures.Measure();
        File.WriteAllText(Path.Combine(output, "summary.json"), JsonSerializer.Serialize(new
        {
            counties = all.Count,
            wallSeconds = clock.Elapsed.TotalSeconds,
            peakWorkingSetMb = memory.PeakWorkingSetBytes / 1e6,
            rows = all,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));

        var table = new Table().AddColumns("figure", "province");
        table.AddRow("counties", $"{all.Count} ({all.Count(r => r.Error is not null)} with errors)");
        table.AddRow("enterprises", Format.Count(all.Sum(r => r.Enterprises)));
        table.AddRow("occurrences", Format.Count(all.Sum(r => r.Occurrences)));
        table.AddRow("unassigned", Format.Count(all.Sum(r => r.Unassigned)));
        table.AddRow("visits", Format.Count(all.Sum(r => r.Visits)));
        table.AddRow("separate visits (status quo)", Format.Count(all.Sum(r => r.SeparateVisits)));
        table.AddRow("saved", Format.Count(all.Sum(r => r.SeparateVisits - r.Visits)));
        table.AddRow("spec lower bound", Format.Count(all.Sum(r => r.LowerBound)));
        if (all.All(r => r.PerEnterpriseBound is not null))
            table.AddRow("per-enterprise bound", Format.Count(all.Sum(r => r.PerEnterpriseBound!.Value)));
        table.AddRow("all plans valid", all.All(r => r.Valid) ? "yes" : "NO");
        table.AddRow("wall time", Format.Seconds(clock.Elapsed));
        table.AddRow("peak working set", $"{memory.PeakWorkingSetBytes / 1e6:N0} MB");
        console.Write(table);
        console.MarkupLineInterpolated($"Wrote the plans and [bold]summary.json[/] to [bold]{output}[/].");
        foreach (var r in all.Where(r => r.Error is not null)) error.MarkupLineInterpolated($"[red]{r.File}:[/] {r.Error}");
        return all.Any(r => r.Error is not null) ? ExitCodes.BadInput : all.All(r => r.Valid) ? ExitCodes.Ok : ExitCodes.InvalidPlan;
    }

    private static CountyRow PlanCounty(string file, string output, PlannerOptions options, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var read = ContractJson.ReadInstanceFile(file);
        var problems = read.Value is { } inst ? InstanceValidator.Validate(inst) : read.Errors;
        if (read.Value is null || problems.Count > 0)
            return new CountyRow(name, "", 0, 0, 0, 0, 0, 0, null, false, "invalid",
                0, $"{problems.Count} problem(s), first: {problems.FirstOrDefault()}");
        var instance = read.Value;
        var result = AnnualPlanners.Create(options.Planner).Plan(instance, options, null, cancellationToken);
        ContractJson.WriteFile(Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".plan.json"), ContractJson.Write(result.Plan));
        var check = PlanChecker.Check(instance, result.Plan);
        var f = check.Figures;
        return new CountyRow(name, instance.Name, instance.Enterprises.Count, f.Occurrences, f.Unassigned, f.Visits,
            f.SeparateVisits, f.LowerBound, result.PerEnterpriseBound, check.Valid, result.Status.ToString(), result.Elapsed.TotalSeconds, null);
    }
}
