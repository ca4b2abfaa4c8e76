using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Generator;

/// <summary>A generated instance with the witness plan its capacities were derived from (proof it admits a full plan).</summary>
public sealed record GeneratedCounty(Instance Instance, AnnualPlan Witness);
