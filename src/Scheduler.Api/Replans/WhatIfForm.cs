using System.Globalization;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.WhatIfs;

namespace Scheduler.Api.Replans;

/// <summary>
/// The what-if form of the office page (/office/solves/{id}/whatif) read into a <see cref="WhatIf"/>: the fields of the
/// kind chosen, month lists as "7,8" or "7-9"; a field that is not a number or a month list is named.
/// </summary>
public static class WhatIfForm
{
    public static (WhatIf? WhatIf, IReadOnlyList<InputError> Errors) Read(IFormCollection form)
    {
        var errors = new List<InputError>();
        string? Text(string name) => form[name].ToString().Trim() is { Length: > 0 } t ? t : null;
        int? Number(string name)
        {
            if (Text(name) is not { } t) return null;
            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            errors.Add(new(name, $"'{t}' is not a whole number"));
            return null;
        }
        IReadOnlyList<int>? Months(string name) => Text(name) is { } t ? MonthList(t, name, errors) : null;

        var kind = Text("kind");
        var whatIf = new WhatIf
        {
            Kind = kind,
            From = Number("from"),
            Enterprise = kind == WhatIfKinds.Close ? Text("enterprise") : null,
            Months = kind == WhatIfKinds.Close ? Months("months") : null,
            Department = kind == WhatIfKinds.Capacity ? Text("department") : null,
            Month = kind == WhatIfKinds.Capacity ? Number("month") : null,
            TeamDays = kind == WhatIfKinds.Capacity && Text("amountKind") != "visits" ? Number("amount") : null,
            Visits = kind == WhatIfKinds.Capacity && Text("amountKind") == "visits" ? Number("amount") : null,
            Need = kind == WhatIfKinds.Need ? new Need
            {
                Department = Text("needDepartment") ?? "",
                Enterprise = Text("needEnterprise") ?? "",
                Items = [.. (Text("needItems") ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)],
                TimesPerYear = Number("needTimes") ?? 1,
                Months = Months("needMonths") ?? Need.AllMonths,
                MinGapMonths = Number("needGap") ?? 1,
                Standalone = Text("needStandalone") is "on" or "true",
            } : null,
        };
        return (errors.Count > 0 ? null : whatIf, errors);
    }

    /// <summary>"7,8" or "7-9" or "7，9-10": the months, or an error naming <paramref name="name"/>.</summary>
    private static IReadOnlyList<int>? MonthList(string text, string name, List<InputError> errors)
    {
        var months = new List<int>();
        foreach (var part in text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(['-', '–'], 2);
            if (ends.Length == 2 && int.TryParse(ends[0], CultureInfo.InvariantCulture, out var a) && int.TryParse(ends[1], CultureInfo.InvariantCulture, out var b) && a <= b && b - a < 12)
                months.AddRange(Enumerable.Range(a, b - a + 1));
            else if (ends.Length == 1 && int.TryParse(part, CultureInfo.InvariantCulture, out var m)) months.Add(m);
            else
            {
                errors.Add(new(name, $"'{text}' is not a list of months such as 7,8 or 7-9"));
                return null;
            }
        }
        return months;
    }
}
