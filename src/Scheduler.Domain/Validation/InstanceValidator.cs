using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks an instance against ../shared/spec/PROBLEM.md §1 and reports every problem at once, each with its JSON path.</summary>
/// <remarks>Linear in the size of the instance: every reference is resolved through a dictionary built once.</remarks>
public static class InstanceValidator
{
    /// <summary>All problems found, in document order by section; empty when the instance can be planned.</summary>
    public static IReadOnlyList<InputError> Validate(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var ctx = new ValidationContext(instance);
        HeaderChecks.Check(ctx);
        RulesChecks.Check(ctx);
        CatalogueChecks.Check(ctx);
        NeedChecks.Check(ctx);
        ResourceChecks.Check(ctx);
        TextChecks.Check(ctx);
        return ctx.Errors;
    }
}
