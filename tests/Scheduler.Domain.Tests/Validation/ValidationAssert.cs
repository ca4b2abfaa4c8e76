using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Validation;

/// <summary>Assertions on <see cref="InstanceValidator"/> results.</summary>
internal static class ValidationAssert
{
    /// <summary>The instance has exactly one error, at <paramref name="path"/>, whose message names every fragment.</summary>
    public static InputError Only(Instance instance, string path, params string[] fragments)
    {
        var errors = InstanceValidator.Validate(instance);
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        foreach (var f in fragments) Assert.Contains(f, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Among the instance's errors is one at <paramref name="path"/> whose message names every fragment.</summary>
    public static void Has(Instance instance, string path, params string[] fragments)
    {
        var errors = InstanceValidator.Validate(instance);
        Assert.True(
            errors.Any(e => e.Path == path && fragments.All(f => e.Message.Contains(f, StringComparison.Ordinal))),
            $"no error at {path} naming [{string.Join(", ", fragments)}]; got:\n{string.Join("\n", errors)}");
    }
}
