using System.Globalization;
using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Province;

/// <summary>
/// What makes the province's targets valid, shared by the API and the province page: a plan year 2000–2100, both rates
/// fractions from 0 to 1, and a needs deadline (when given) from the year before the plan year to its end.
/// </summary>
public static class TargetRules
{
    public const int FirstYear = 2000, LastYear = 2100;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    public static InputError YearError(int year) =>
        new("year", $"year {year} is not a plan year: between {FirstYear} and {LastYear}");

    /// <summary>The first and last day a needs deadline of <paramref name="year"/> may be.</summary>
    public static (DateOnly First, DateOnly Last) DeadlineWindow(int year) => (new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31));

    public static bool IsFraction(double value) => double.IsFinite(value) && value is >= 0 and <= 1;

    public static bool InWindow(int year, DateOnly deadline)
    {
        var (first, last) = DeadlineWindow(year);
        return deadline >= first && deadline <= last;
    }

    /// <summary>The body read and checked: the request, or every problem with its JSON path.</summary>
    public static (TargetsRequest? Request, IReadOnlyList<InputError> Errors) Read(int year, string text)
    {
        const string Example = "{\"jointRate\": 0.6, \"checksCut\": 0.1, \"needsDeadline\": \"2026-01-31\"}";
        var errors = new List<InputError>();
        if (!IsYear(year)) errors.Add(YearError(year));
        double? jointRate = null, checksCut = null;
        DateOnly? deadline = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, [.. errors, new InputError("$", $"expected an object such as {Example}")]);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var path = "$." + property.Name;
                switch (property.Name)
                {
                    case "jointRate":
                        jointRate = Fraction(property.Value, path, "jointRate is the joint-inspection rate wanted", errors);
                        break;
                    case "checksCut":
                        checksCut = Fraction(property.Value, path, "checksCut is the cut in checks wanted (visits saved over the departments' separate visits)", errors);
                        break;
                    case "needsDeadline":
                        deadline = Deadline(year, property.Value, path, errors);
                        break;
                    default:
                        errors.Add(new InputError(path, $"unknown property '{property.Name}'; the body is {Example}"));
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return (null, [new InputError(e.Path ?? "$", "malformed JSON: " + e.Message.Split(" Path:")[0])]);
        }
        if (jointRate is null && !errors.Any(e => e.Path == "$.jointRate")) errors.Add(new InputError("$.jointRate", "jointRate is required: a fraction from 0 to 1 (0.6 = 60%)"));
        if (checksCut is null && !errors.Any(e => e.Path == "$.checksCut")) errors.Add(new InputError("$.checksCut", "checksCut is required: a fraction from 0 to 1 (0.1 = 10%)"));
        return errors.Count > 0 ? (null, errors) : (new TargetsRequest(jointRate!.Value, checksCut!.Value, deadline), []);
    }

    private static double? Fraction(JsonElement value, string path, string what, List<InputError> errors)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            errors.Add(new InputError(path, $"{what}: a number from 0 to 1 (0.6 = 60%), not {Shown(value)}"));
            return null;
        }
        if (!IsFraction(number))
        {
            errors.Add(new InputError(path, number is > 1 and <= 100
                ? $"{what}: a fraction from 0 to 1, not a percentage: {number.ToString(CultureInfo.InvariantCulture)}% is {(number / 100).ToString(CultureInfo.InvariantCulture)}"
                : $"{what}: a fraction from 0 to 1 (0.6 = 60%), not {number.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }
        return number;
    }

    private static DateOnly? Deadline(int year, JsonElement value, string path, List<InputError> errors)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(new InputError(path, $"needsDeadline is a date written yyyy-MM-dd (\"{year}-01-31\"), or null for none; not {Shown(value)}"));
            return null;
        }
        if (IsYear(year) && !InWindow(year, day))
        {
            var (first, last) = DeadlineWindow(year);
            errors.Add(new InputError(path, $"needsDeadline {day:yyyy-MM-dd} is outside the plan year {year}'s window: from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}"));
            return null;
        }
        return day;
    }

    private static string Shown(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }
}
