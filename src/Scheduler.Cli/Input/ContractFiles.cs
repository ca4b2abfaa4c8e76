using Scheduler.Cli.Terminal;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Domain.Validation;
using Spectre.Console;

namespace Scheduler.Cli.Input;

/// <summary>Reads the contract's files for a command; on failure prints every problem, naming the file, and returns null.</summary>
internal static class ContractFiles
{
    /// <summary>Reads an instance and validates it (../shared/spec/PROBLEM.md §1).</summary>
    public static Instance? ReadValidInstance(string path, IAnsiConsole error)
    {
        var instance = Read(path, "instance", ContractJson.ReadInstanceFile, error);
        if (instance is null) return null;
        var problems = InstanceValidator.Validate(instance);
        if (problems.Count == 0) return instance;
        PrintProblems(error, path, "is not a valid instance", problems);
        return null;
    }

    public static AnnualPlan? ReadAnnualPlan(string path, IAnsiConsole error) =>
        Read(path, "annual plan", ContractJson.ReadAnnualPlanFile, error);

    /// <summary>Reads an annual plan and checks it against the instance (§2 rules 1–8): a monthly plan needs a valid one.</summary>
    public static AnnualPlan? ReadValidAnnualPlan(string path, Instance instance, string instancePath, IAnsiConsole error)
    {
        var plan = ReadAnnualPlan(path, error);
        if (plan is null) return null;
        var report = PlanChecker.Check(instance, plan);
        if (report.Valid) return plan;
        var count = report.Violations.Count == 1 ? "1 violation" : $"{report.Violations.Count} violations";
        error.WriteLabelledLine("Error:", "red", $"{path} is not a valid annual plan for {instancePath} ({count}):");
        foreach (var violation in report.Violations) error.WritePlainLine($"  {violation}");
        return null;
    }

    public static MonthlyPlan? ReadMonthlyPlan(string path, IAnsiConsole error) =>
        Read(path, "monthly plan", ContractJson.ReadMonthlyPlanFile, error);

    /// <summary>The monthly plans DIR/month-MM.json of months <paramref name="from"/>..<paramref name="through"/> that exist; null after printing why one cannot be read.</summary>
    public static List<MonthlyPlan>? ReadMonthlyPlans(string folder, int from, int through, IAnsiConsole error)
    {
        var months = new List<MonthlyPlan>();
        for (int m = from; m <= through; m++)
        {
            var file = Path.Combine(folder, MonthFiles.Name(m));
            if (!File.Exists(file)) continue;
            var month = ReadMonthlyPlan(file, error);
            if (month is null) return null;
            months.Add(month);
        }
        return months;
    }

    /// <summary>Reads a records.json and checks it against the plan it reports on (docs/replanning.md); every problem with its JSON path.</summary>
    public static RecordSet? ReadValidRecords(string path, AnnualPlan plan, Instance? instance, int? replanFrom, IAnsiConsole error)
    {
        var records = Read(path, "records", RecordJson.ReadFile, error);
        if (records is null) return null;
        var problems = RecordValidator.Validate(records, plan, instance, replanFrom);
        if (problems.Count == 0) return records;
        PrintProblems(error, path, "does not fit the plan", problems);
        return null;
    }

    public static void WriteRecords(string path, RecordSet records) => ContractJson.WriteFile(path, RecordJson.Write(records));

    private static T? Read<T>(string path, string what, Func<string, ReadResult<T>> read, IAnsiConsole error) where T : class
    {
        if (!File.Exists(path))
        {
            error.WriteLabelledLine("Error:", "red", $"{what} file not found: {path}");
            return null;
        }
        var result = read(path);
        if (result.Ok) return result.Value;
        PrintProblems(error, path, $"is not a readable {what}", result.Errors);
        return null;
    }

    /// <summary>One line per problem, "path: message", so a user can find each in the file.</summary>
    public static void PrintProblems(IAnsiConsole error, string file, string verdict, IReadOnlyList<InputError> problems)
    {
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        error.WriteLabelledLine("Error:", "red", $"{file} {verdict} ({count}):");
        foreach (var problem in problems)
            error.WritePlainLine($"  {problem.Path}: {problem.Message}");
    }
}
