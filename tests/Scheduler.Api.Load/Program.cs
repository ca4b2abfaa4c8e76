// The load run (issue 4): against a running service, the office saves a generated county's register; then every
// department resubmits its needs ROUNDS times, all departments x rounds at once; every version is read back and
// checked (nothing lost, nothing mixed up); then one solve. Prints the figures bench/README.md quotes.
// Usage: Scheduler.Api.Load URL OFFICE_TOKEN [--enterprises N] [--rounds R] [--seed S]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scheduler.Domain.Json;
using Scheduler.Generator;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Scheduler.Api.Load URL OFFICE_TOKEN [--enterprises N] [--rounds R] [--seed S]");
    return 2;
}
var baseAddress = new Uri(args[0]);
var officeToken = args[1];
int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
var enterprises = Option("--enterprises", 2000);
var rounds = Option("--rounds", 20);
var seed = Option("--seed", 1);

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
HttpClient Client(string token)
{
    var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}
static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
static async Task<JsonElement> Ok(HttpResponseMessage response, string what)
{
    var text = await response.Content.ReadAsStringAsync();
    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
    return JsonDocument.Parse(text).RootElement.Clone();
}

var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = enterprises, Seed = seed });
var year = county.Instance.Year;
var document = JsonNode.Parse(ContractJson.Write(county.Instance))!.AsObject();
var needs = document["needs"]!.AsArray();
document.Remove("needs");
using var office = Client(officeToken);
await Ok(await office.PutAsync($"/api/years/{year}/register", Json(document.ToJsonString())), "register");

var byDepartment = needs.GroupBy(n => (string)n!["department"]!, StringComparer.Ordinal)
    .ToDictionary(g => g.Key, g => g.Select(n => n!).ToList(), StringComparer.Ordinal);
var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var department in byDepartment.Keys)
{
    var issued = await Ok(await office.PostAsync("/api/tokens", Json(JsonSerializer.Serialize(new { department }))), "token");
    tokens[department] = issued.GetProperty("token").GetString()!;
}
Console.WriteLine($"county: {enterprises} enterprises (seed {seed}), {needs.Count} needs of {byDepartment.Count} departments; " +
                  $"{byDepartment.Count} x {rounds} = {byDepartment.Count * rounds} concurrent resubmissions");

// Round r of a department: its needs with ids suffixed "~r{r}", so each stored version says which submission it is.
string Body(string department, int round) => new JsonObject
{
    ["needs"] = new JsonArray([.. byDepartment[department].Select(n =>
    {
        var copy = n.DeepClone();
        copy["id"] = $"{(string)n["id"]!}~r{round}";
        return copy;
    })]),
}.ToJsonString();

var bodies = byDepartment.Keys.SelectMany(d => Enumerable.Range(0, rounds).Select(r => (d, r, Body(d, r)))).ToList();
var latencies = new double[bodies.Count];
var clients = tokens.ToDictionary(t => t.Key, t => Client(t.Value), StringComparer.Ordinal);
var wall = Stopwatch.StartNew();
using var gate = new ManualResetEventSlim(false);
var submissions = bodies.Select((b, i) => Task.Run(async () =>
{
    gate.Wait();
    var watch = Stopwatch.StartNew();
    var result = await Ok(await clients[b.d].PutAsync($"/api/years/{year}/needs", Json(b.Item3)), $"submit {b.d} round {b.r}");
    latencies[i] = watch.Elapsed.TotalMilliseconds;
    return (b.d, b.r, Version: result.GetProperty("version").GetInt32());
})).ToList();
wall.Restart();
gate.Set();
var submitted = await Task.WhenAll(submissions);
var submitSeconds = wall.Elapsed.TotalSeconds;

// Nothing lost: per department, versions 1..rounds, each holding exactly one round's needs, every round once.
var problems = new List<string>();
var readLatencies = new List<double>();
wall.Restart();
var reads = submitted.Select(s => Task.Run(async () =>
{
    var watch = Stopwatch.StartNew();
    var view = await Ok(await clients[s.d].GetAsync($"/api/years/{year}/needs?version={s.Version}"), $"read {s.d} v{s.Version}");
    var elapsed = watch.Elapsed.TotalMilliseconds;
    var submission = view.GetProperty("submissions")[0];
    var ids = submission.GetProperty("needs").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
    var suffix = $"~r{s.r}";
    return (s, elapsed, Ok: ids.Count == byDepartment[s.d].Count && ids.All(id => id.EndsWith(suffix, StringComparison.Ordinal)),
        Versions: submission.GetProperty("versions").GetArrayLength());
})).ToList();
var read = await Task.WhenAll(reads);
var readSeconds = wall.Elapsed.TotalSeconds;
foreach (var r in read)
{
    readLatencies.Add(r.elapsed);
    if (!r.Ok) problems.Add($"{r.s.d} version {r.s.Version} does not hold round {r.s.r}'s needs");
}
foreach (var group in submitted.GroupBy(s => s.d))
{
    var versions = group.Select(s => s.Version).Order().ToList();
    if (!versions.SequenceEqual(Enumerable.Range(1, rounds))) problems.Add($"{group.Key}: versions {string.Join(",", versions)}, expected 1..{rounds}");
}
var stored = read.GroupBy(r => r.s.d).Sum(g => g.Max(r => r.Versions));

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"submit: {submitted.Length} requests in {submitSeconds:0.00} s = {submitted.Length / submitSeconds:0.0} req/s; latency p50 {Percentile(latencies, 0.5):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies.Max():0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"read back: {read.Length} versions in {readSeconds:0.00} s = {read.Length / readSeconds:0.0} req/s; latency p50 {Percentile(readLatencies, 0.5):0} ms, p95 {Percentile(readLatencies, 0.95):0} ms"));
Console.WriteLine($"versions stored: {stored} (expected {byDepartment.Count * rounds}); every version readable and holding its own submission: {(problems.Count == 0 ? "yes" : "NO")}");
foreach (var p in problems.Take(20)) Console.WriteLine("  problem: " + p);

// Then one solve of the latest versions.
wall.Restart();
var accepted = await Ok(await office.PostAsync($"/api/years/{year}/solves", null), "solve");
var location = accepted.GetProperty("location").GetString()!;
JsonElement run;
while (true)
{
    run = await Ok(await office.GetAsync(location), "poll");
    if (run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled") break;
    if (wall.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException($"solve still {run.GetProperty("state")} after 15 minutes");
    await Task.Delay(500);
}
var figures = run.TryGetProperty("figures", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
string Figure(string name) => figures.ValueKind == JsonValueKind.Object && figures.TryGetProperty(name, out var v) ? v.ToString() : "?";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"solve: {run.GetProperty("state").GetString()} in {wall.Elapsed.TotalSeconds:0.0} s (queued to stored); visits {Figure("visits")}, unassigned {Figure("unassigned")}, separate {Figure("separateVisits")}, saved {Figure("saved")}"));
var instanceNeeds = JsonDocument.Parse(await office.GetStringAsync($"/api/years/{year}/instance")).RootElement.GetProperty("needs").GetArrayLength();
if (instanceNeeds != needs.Count) problems.Add($"the assembled instance has {instanceNeeds} needs, expected {needs.Count}");
if (run.GetProperty("state").GetString() != "succeeded") problems.Add("the solve did not succeed: " + run);
return problems.Count == 0 ? 0 : 1;
