using System.Text.Json;
using Scheduler.Domain.Calendar;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary><see cref="WorkCalendar"/> agrees with validate_plan.py's working_days() on every day of the year.</summary>
public sealed class CalendarConformanceTests
{
    private const string Script = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        import validate_plan
        work, joint = validate_plan.working_days(json.load(open(sys.argv[2], encoding="utf-8")))
        print(json.dumps({"work": sorted(work), "joint": sorted(joint)}))
        """;

    public static TheoryData<string> Calendars() => ["tiny", "thursday-and-saturday", "empty-joint-weekdays"];

    [SkippableTheory]
    [MemberData(nameof(Calendars))]
    public void WorkingAndJointDays_AgreeWithPython_WhenReadFromTheSameInstance(string name)
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var tiny = TinyCounty.Instance();
        var instance = name switch
        {
            "tiny" => tiny,
            "thursday-and-saturday" => tiny with
            {
                Calendar = tiny.Calendar with { JointWeekdays = [DayOfWeek.Thursday, DayOfWeek.Saturday] },
            },
            _ => tiny with { Calendar = tiny.Calendar with { JointWeekdays = [] } },
        };
        var calendar = WorkCalendar.For(instance);

        using var py = RunPython(ContractJson.Write(instance));

        var work = py.RootElement.GetProperty("work").EnumerateArray().Select(e => e.GetString()).ToList();
        var joint = py.RootElement.GetProperty("joint").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(work, Enumerable.Range(1, 12).SelectMany(calendar.WorkingDays).Select(Iso));
        Assert.Equal(joint, Enumerable.Range(1, 12).SelectMany(calendar.JointDays).Select(Iso));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonDocument RunPython(string instanceJson)
    {
        var tools = Path.GetDirectoryName(ValidatorScript.ScriptPath)!;
        var file = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, instanceJson);
        try
        {
            var (exitCode, stdout, stderr) = ValidatorScript.RunPython("-B", "-c", Script, tools, file);
            Assert.True(exitCode == 0, stderr);
            return JsonDocument.Parse(stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
