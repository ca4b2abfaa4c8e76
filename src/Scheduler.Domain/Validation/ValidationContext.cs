using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>The state one validation run shares between its checks: the errors found and the id indexes built so far.</summary>
internal sealed class ValidationContext(Instance instance)
{
    private readonly List<InputError> _errors = [];

    public Instance Instance { get; } = instance;

    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Township id → index of its first row.</summary>
    public Dictionary<string, int> Townships { get; set; } = [];

    public Dictionary<string, int> Departments { get; set; } = [];

    public Dictionary<string, int> CheckItems { get; set; } = [];

    public Dictionary<string, int> Enterprises { get; set; } = [];

    /// <summary>Closed months of each enterprise row as a <see cref="MonthSet"/> mask (valid months only).</summary>
    public int[] ClosedMonths { get; set; } = [];

    /// <summary>The longest allowed visit in minutes, or null when the rule itself is invalid.</summary>
    public int? MaxVisitMinutes { get; set; }

    public void Add(string path, string message) => _errors.Add(new InputError(path, message));
}
