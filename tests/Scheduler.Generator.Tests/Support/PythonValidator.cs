using System.Text.Json;
using Scheduler.Domain.Json;
using Scheduler.Tests.Shared;

namespace Scheduler.Generator.Tests.Support;

/// <summary><see cref="ValidatorScript"/> on a generated county: its instance and its witness plan.</summary>
internal static class PythonValidator
{
    public static JsonElement Run(GeneratedCounty county) =>
        ValidatorScript.RunTexts(ContractJson.Write(county.Instance), ContractJson.Write(county.Witness)).Report;
}
