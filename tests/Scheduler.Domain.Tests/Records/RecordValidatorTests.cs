using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;

namespace Scheduler.Domain.Tests.Records;

public sealed class RecordValidatorTests
{
    private static readonly AnnualPlan Plan = new()
    {
        Instance = "tiny",
        Year = 2027,
        Visits =
        [
            new Visit { Id = "V1", Enterprise = "E1", Month = 3, Tasks = [new VisitTask("N1", 1)] },
            new Visit { Id = "V2", Enterprise = "E1", Month = 9, Tasks = [new VisitTask("N1", 2)] },
        ],
    };

    private static RecordSet Set(int through, params VisitRecord[] records) => new() { Instance = "tiny", Year = 2027, ThroughMonth = through, Records = records };

    private static VisitRecord Done(string visit, DateOnly date) => new() { Visit = visit, Outcome = RecordOutcomes.Done, Date = date };

    [Fact]
    public void Validate_ReturnsNothing_WhenRecordsFitThePlan()
    {
        var set = Set(3, Done("V1", new DateOnly(2027, 3, 2)));

        Assert.Empty(RecordValidator.Validate(set, Plan));
    }

    [Fact]
    public void Validate_NamesTheVisitField_WhenTheVisitDoesNotExist()
    {
        var errors = RecordValidator.Validate(Set(3, Done("V9", new DateOnly(2027, 3, 2))), Plan);

        var error = Assert.Single(errors);
        Assert.Equal("$.records[0].visit", error.Path);
        Assert.Contains("V9", error.Message);
    }

    [Fact]
    public void Validate_NamesTheVisitField_WhenItsMonthIsAfterThroughMonth()
    {
        var errors = RecordValidator.Validate(Set(5, Done("V1", new DateOnly(2027, 3, 2)), Done("V2", new DateOnly(2027, 9, 1))), Plan);

        var error = Assert.Single(errors);
        Assert.Equal("$.records[1].visit", error.Path);
        Assert.Contains("not yet reached", error.Message);
    }

    [Fact]
    public void Validate_NamesThroughMonth_WhenAReplanStartsInARecordedMonth()
    {
        var errors = RecordValidator.Validate(Set(3, Done("V1", new DateOnly(2027, 3, 2))), Plan, replanFrom: 3);

        Assert.Contains(errors, e => e.Path == "$.throughMonth");
    }

    [Fact]
    public void Validate_NamesDateAndReasonAndOutcome_WhenAnOutcomeLacksWhatItNeeds()
    {
        var set = Set(9,
            new VisitRecord { Visit = "V1", Outcome = RecordOutcomes.Done, Date = new DateOnly(2027, 4, 1) },
            new VisitRecord { Visit = "V2", Outcome = RecordOutcomes.NotDone });
        var twice = Set(3, Done("V1", new DateOnly(2027, 3, 2)), new VisitRecord { Visit = "V1", Outcome = "maybe" });

        var paths = RecordValidator.Validate(set, Plan).Select(e => e.Path).ToList();
        var twicePaths = RecordValidator.Validate(twice, Plan).Select(e => e.Path).ToList();

        Assert.Equal(["$.records[0].date", "$.records[1].reason"], paths);
        Assert.Equal(["$.records[1].visit", "$.records[1].outcome"], twicePaths);
    }
}
