using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

/// <summary>An uploaded register: valid (<see cref="Register"/> set, ready to save) or its every problem, placed.</summary>
/// <param name="IgnoredNeeds">Needs a JSON upload carried; the register keeps none (departments submit their own).</param>
public sealed record RegisterImportResult(Instance? Register, IReadOnlyList<RegisterCellError> Errors, int IgnoredNeeds)
{
    public bool Valid => Register is not null;
}
