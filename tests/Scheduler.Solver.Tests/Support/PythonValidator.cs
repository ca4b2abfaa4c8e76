using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Tests.Shared;

namespace Scheduler.Solver.Tests.Support;

/// <summary>
/// <see cref="ValidatorScript"/> on an instance and plan written as contract JSON.
/// Tests use it through <c>Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason)</c>.
/// </summary>
public static class PythonValidator
{
    public static bool Available => ValidatorScript.Available;

    public static string MissingReason => ValidatorScript.UnavailableReason;

    /// <summary>Runs the validator on both; a file it could not read (exit 2) is a test failure, not a verdict.</summary>
    public static ValidatorReport Validate(Instance instance, AnnualPlan plan)
    {
        var (code, report) = ValidatorScript.RunTexts(ContractJson.Write(instance), ContractJson.Write(plan));
        if (code == 2) throw new InvalidOperationException($"validator could not read the files (exit {code}): {report}");
        return new ValidatorReport(code, report);
    }
}
