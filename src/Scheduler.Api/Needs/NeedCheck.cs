using Scheduler.Domain.Json;

namespace Scheduler.Api.Needs;

/// <summary>What <see cref="NeedSubmitter.CheckAsync"/> found: the outcome and every problem with its JSON path.</summary>
public sealed record NeedCheck(NeedCheckOutcome Outcome, IReadOnlyList<InputError> Errors);
