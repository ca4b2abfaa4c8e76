using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks an instance against ../shared/spec/PROBLEM.md §1 and reports every problem at once, each with its JSON path.</summary>
public static class InstanceValidator
{
    /// <summary>All problems found; empty when the instance can be planned.</summary>
    public static IReadOnlyList<InputError> Validate(Instance instance) => throw new NotImplementedException();
}
