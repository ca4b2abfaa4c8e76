using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.WhatIfs;

/// <summary>A <see cref="WhatIf"/> made concrete: the changed instance and the first month replanned, or what is wrong with it.</summary>
public sealed record WhatIfChange(Instance? Changed, int From, IReadOnlyList<InputError> Errors);
