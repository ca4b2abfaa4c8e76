using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

/// <summary>
/// A register workbook as read: the instance (best effort, also when some cells were bad), the cells that could not be
/// read, and where each part of the instance came from (to place the validator's findings).
/// </summary>
public sealed record RegisterRead(Instance Register, IReadOnlyList<RegisterCellError> Errors, CellMap Cells);
