using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Domain.Validation;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

/// <summary>The text limits of README "The files": ids at most 64 characters, names 200, no control characters.</summary>
public sealed class InstanceValidatorTextTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    [Fact]
    public void Validate_NamesTheNeedId_WhenItHoldsANul()
    {
        var bad = Tiny with { Needs = [Tiny.Needs[0] with { Id = "N\u0000X" }, .. Tiny.Needs.Skip(1)] };
        Has(bad, "$.needs[0].id", "U+0000");
    }

    [Fact]
    public void Validate_NamesTheItem_WhenAReferenceHoldsAnEscapeCharacter()
    {
        var need = Tiny.Needs[0];
        var bad = Tiny with { Needs = [need with { Items = [.. need.Items, "X\u001b"] }, .. Tiny.Needs.Skip(1)] };
        Has(bad, $"$.needs[0].items[{need.Items.Count}]", "U+001B");
    }

    [Fact]
    public void Validate_NamesTheNeedId_WhenItIs10000Emoji()
    {
        var bad = Tiny with { Needs = [Tiny.Needs[0] with { Id = string.Concat(Enumerable.Repeat("😀", 10_000)) }, .. Tiny.Needs.Skip(1)] };
        Has(bad, "$.needs[0].id", "10000 characters", "at most 64");
    }

    [Fact]
    public void Validate_AcceptsAnId_Of64EmojiAndANameWithLineBreaks()
    {
        var ok = Tiny with
        {
            Needs = [Tiny.Needs[0] with { Id = string.Concat(Enumerable.Repeat("😀", 64)) }, .. Tiny.Needs.Skip(1)],
            Name = "县\r\n综合执法\t2027",
        };
        Assert.Empty(InstanceValidator.Validate(ok));
    }

    [Fact]
    public void Validate_NamesTheEnterpriseName_WhenItIsLongerThan200()
    {
        var bad = Tiny with { Enterprises = [Tiny.Enterprises[0] with { Name = new string('企', 201) }, .. Tiny.Enterprises.Skip(1)] };
        Only(bad, "$.enterprises[0].name", "201 characters", "at most 200");
    }

    [Fact]
    public void Length_CountsASurrogatePairOnce()
    {
        Assert.Equal(3, TextLimits.Length("a😀b"));
        Assert.Null(TextLimits.FindControl("tab\tand\r\nline"));
        Assert.Equal('\u007F', TextLimits.FindControl("del\u007F"));
    }
}
