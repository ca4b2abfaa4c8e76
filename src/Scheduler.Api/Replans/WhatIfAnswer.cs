using Scheduler.Domain.Json;

namespace Scheduler.Api.Replans;

/// <summary>What <see cref="WhatIfService"/> answers: the view, or the problems (400), or why the run cannot be asked (404), or busy (503).</summary>
public sealed record WhatIfAnswer(WhatIfView? View, IReadOnlyList<InputError> Errors, string? Missing = null, bool Busy = false);
