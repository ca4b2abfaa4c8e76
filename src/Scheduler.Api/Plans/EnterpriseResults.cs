using Scheduler.Domain.Model;

namespace Scheduler.Api.Plans;

/// <summary>One page of an enterprise search: its rows, how many matched in all, the page (1-based) and the page count.</summary>
public sealed record EnterpriseResults(IReadOnlyList<Enterprise> Items, int Total, int Page, int Pages);
