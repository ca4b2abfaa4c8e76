using Microsoft.AspNetCore.Http.HttpResults;

namespace Scheduler.Api.Shared;

/// <summary>A document of the contract (instance, plan, monthly plan), already written by ContractJson.</summary>
public static class ContractResults
{
    public static ContentHttpResult Json(string json) => TypedResults.Text(json, "application/json; charset=utf-8");
}
