using Scheduler.Domain.Draws;

namespace Scheduler.Domain.Tests.Draws;

public class CreditCodeTests
{
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91330100716105852F")]
    public void ProblemWith_IsNull_WhenTheCodeIsAPublishedOne(string code) => Assert.Null(CreditCode.ProblemWith(code));

    [Fact]
    public void OrganisationCheckCharacter_IsX_WhenTheSumLeavesTen() =>
        Assert.Equal('X', CreditCode.OrganisationCheckCharacter("71526726"));

    [Theory]
    [InlineData("9144030071526726XH", "check character")]
    [InlineData("9144030071526726X", "17 characters")]
    [InlineData("9144030071526726IG", "'I' is not one of")]
    public void ProblemWith_NamesTheFault_WhenTheCodeIsWrong(string code, string expected) =>
        Assert.Contains(expected, CreditCode.ProblemWith(code));
}
