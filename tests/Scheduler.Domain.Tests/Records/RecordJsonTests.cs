using Scheduler.Domain.Records;

namespace Scheduler.Domain.Tests.Records;

public sealed class RecordJsonTests
{
    [Fact]
    public void Read_RoundTripsWhatWriteWrote()
    {
        var set = new RecordSet
        {
            Instance = "县", Year = 2027, ThroughMonth = 2,
            Records =
            [
                new VisitRecord { Visit = "V1", Outcome = RecordOutcomes.Done, Date = new DateOnly(2027, 1, 5), Officers = ["I1", "I2"], Findings = "台账缺失" },
                new VisitRecord { Visit = "V2", Outcome = RecordOutcomes.NotDone, Reason = NotDoneReasons.Refused, Note = "gate locked" },
            ],
        };

        var read = RecordJson.Read(RecordJson.Write(set));

        Assert.True(read.Ok);
        Assert.Equal(set.Records, read.Value!.Records, (a, b) => a.Visit == b.Visit && a.Date == b.Date && a.Reason == b.Reason && a.Findings == b.Findings
            && (a.Officers ?? []).SequenceEqual(b.Officers ?? []));
        Assert.Equal(2, read.Value.ThroughMonth);
    }

    [Fact]
    public void Read_NamesThePath_WhenAFieldIsMisspeltOrOfTheWrongType()
    {
        var misspelt = RecordJson.Read("""{ "year": 2027, "throughMonth": 1, "records": [ { "visit": "V1", "outcom": "done" } ] }""");
        var wrongType = RecordJson.Read("""{ "year": 2027, "throughMonth": "May", "records": [] }""");

        Assert.Equal("$.records[0].outcom", Assert.Single(misspelt.Errors).Path);
        Assert.Equal("$.throughMonth", Assert.Single(wrongType.Errors).Path);
        Assert.Contains("whole number", wrongType.Errors[0].Message);
    }

    [Fact]
    public void Read_GivesAnEmptyList_WhenRecordsAreAbsent()
    {
        var read = RecordJson.Read("""{ "year": 2027, "throughMonth": 1 }""");

        Assert.True(read.Ok);
        Assert.Empty(read.Value!.Records);
    }
}
