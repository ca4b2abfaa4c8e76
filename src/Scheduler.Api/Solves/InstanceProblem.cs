using System.Text.RegularExpressions;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Solves;

/// <summary>
/// A problem of a year's assembled instance in plain words: a need's problem names the department and the need
/// (which the department fixes on its pages), a register problem names the workbook's sheet, row and column.
/// </summary>
public sealed partial record InstanceProblem(string Where, string Message, string? Department)
{
    public static IReadOnlyList<InstanceProblem> Describe(IReadOnlyList<InputError> errors, Instance? instance)
    {
        var layout = instance is null ? new CellMap() : RegisterWorkbook.Layout(instance);
        var list = new List<InstanceProblem>(errors.Count);
        foreach (var error in errors)
        {
            var message = ErrorText.For(error.Message);
            var need = NeedPath().Match(error.Path);
            if (need.Success && instance is not null && int.Parse(need.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i
                && i < instance.Needs.Count && instance.Needs[i] is { } n)
            {
                var field = error.Path[need.Length..].TrimStart('.');
                list.Add(new InstanceProblem(Ui.T($"部门「{n.Department}」的需求 {n.Id}{(field.Length > 0 ? "（" + field + "）" : "")}",
                    $"need {n.Id} of {n.Department}{(field.Length > 0 ? " (" + field + ")" : "")}"), message, n.Department));
            }
            else
            {
                var placed = layout.Locate(error.Path, message);
                list.Add(new InstanceProblem(placed.Sheet is null ? error.Path : Ui.T("名录", "register") + " " + placed.Where, message, null));
            }
        }
        return list;
    }

    [GeneratedRegex(@"^\$\.needs\[(\d+)\]")]
    private static partial Regex NeedPath();
}
