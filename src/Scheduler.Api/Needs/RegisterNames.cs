using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>Names for ids of a register, for display: "id 名称" of enterprises, check items, townships and departments.</summary>
public sealed class RegisterNames(Instance register)
{
    private readonly Dictionary<string, Enterprise> enterprises = register.Enterprises.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, CheckItem> items = register.CheckItems.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, string> townships = register.Townships.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    private readonly Dictionary<string, string> departments = register.Departments.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    public Enterprise? Enterprise(string id) => enterprises.GetValueOrDefault(id);

    public string EnterpriseName(string id) => enterprises.TryGetValue(id, out var e) ? e.Name : "";

    public string Township(string id) => townships.GetValueOrDefault(id, id);

    /// <summary>The township name of an enterprise ("" when unknown).</summary>
    public string TownshipOf(string enterprise) => enterprises.TryGetValue(enterprise, out var e) ? Township(e.Township) : "";

    public string ItemName(string id) => items.TryGetValue(id, out var i) ? i.Name : "";

    public string Department(string id) => departments.GetValueOrDefault(id, id);

    /// <summary>Item ids of a cell ("a,b") each with its name when known.</summary>
    public IReadOnlyList<(string Id, string Name)> Items(string cell) =>
        [.. cell.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => (id, ItemName(id)))];
}
