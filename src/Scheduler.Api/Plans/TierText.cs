using Scheduler.Api.Shared;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Plans;

/// <summary>Credit tiers (三色监管) in words.</summary>
public static class TierText
{
    public static string Name(string? tier) => tier switch
    {
        CreditTiers.Green => Ui.T("绿色", "green"),
        CreditTiers.Yellow => Ui.T("黄色", "yellow"),
        CreditTiers.Red => Ui.T("红色", "red"),
        _ => tier ?? "",
    };
}
