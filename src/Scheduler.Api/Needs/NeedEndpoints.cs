using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

public static class NeedEndpoints
{
    public static IEndpointRouteBuilder MapNeedEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/years/{year}/needs").AsContract(ApiTags.Needs);
        group.MapPut("/", SubmitAsync).RequireAuthorization(Policies.Department)
            .WithName("SubmitNeeds")
            .Accepts<NeedsBody>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Submit the department's needs (department)")
            .WithDescription("{\"needs\": [...]} or the bare array, every need of the token's own department (another department's need is a 403 naming it). Validated against the register; 400 with every error and its JSON path; 200 with the new version (earlier versions stay readable).");
        group.MapGet("/", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetNeeds")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Read needs: a department its own, the office any department's")
            .WithDescription("A department token reads only its own needs (?department= naming another is a 403); the office reads every department's latest, or one department's with ?department=ID. ?version=N (with the department) reads an earlier version.");
        return app;
    }

    /// <summary>
    /// A department's needs, as {"needs": [...]} or the bare array, each with that department's id. Validated against the
    /// register together with the other departments' latest needs; stored as the department's next version.
    /// </summary>
    public static async Task<Results<Ok<NeedsSubmitted>, ProblemHttpResult>> SubmitAsync(int year, HttpRequest request, ClaimsPrincipal user,
        RegisterStore registers, NeedStore store, SubmissionGate gate, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadBytesAsync(request, cancellationToken);
        return await gate.RunAsync(() => CheckAndStoreAsync(year, body, user, registers, store, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<NeedsSubmitted>, ProblemHttpResult>> CheckAndStoreAsync(int year, ReadOnlyMemory<byte> body, ClaimsPrincipal user,
        RegisterStore registers, NeedStore store, CancellationToken cancellationToken)
    {
        var department = user.Department()!;
        var (shape, read) = ReadBody(body.Span);
        if (shape.Count > 0) return Problems.Invalid(shape);
        if (read!.Value is not { } parsed) return Problems.Invalid(read.Errors);
        var needs = parsed.Needs;
        // The reader keeps a JSON null in the list as a null need; report it here, before anything reads its department.
        var nulls = needs.Select((n, i) => (n, i)).Where(x => x.n is null)
            .Select(x => new InputError($"$.needs[{x.i}]", "a need is null; expected an object such as {\"id\": \"N1\", ...}")).ToList();
        if (nulls.Count > 0) return Problems.Invalid(nulls);

        var (check, submission) = await NeedSubmitter.SubmitAsync(year, department, needs, user.Who(), registers, store, cancellationToken);
        switch (check.Outcome)
        {
            case NeedCheckOutcome.Foreign: return Problems.Forbidden($"Needs of another department ({check.Errors.Count})", check.Errors);
            case NeedCheckOutcome.NoRegister: return Problems.NotFound(check.Errors[0].Message);
            case NeedCheckOutcome.Invalid: return Problems.Invalid(check.Errors);
        }
        return TypedResults.Ok(new NeedsSubmitted(year, department, submission!.Version, needs.Count));
    }

    /// <summary>
    /// The body's shape problems ({"needs": [...]} or the bare array), else the contract's reading of it (a bare array read as
    /// {"needs": [...]}). Works on the UTF-8 bytes as they arrived; a body that is not plain UTF-8 starting with ASCII (a byte
    /// order mark, invalid bytes, leading Unicode spaces) is first decoded as text the way it always was, so every body
    /// gets the same answer either way.
    /// </summary>
    private static (IReadOnlyList<InputError> Shape, ReadResult<Instance>? Read) ReadBody(ReadOnlySpan<byte> body)
    {
        var start = 0;
        while (start < body.Length && body[start] < 0x80 && char.IsWhiteSpace((char)body[start])) start++;
        if ((start < body.Length && body[start] >= 0x80) || !System.Text.Unicode.Utf8.IsValid(body))
        {
            var text = RequestBody.Decode(body.ToArray());
            var trimmed = text.TrimStart();
            if (NeedsBodyShape.Check(trimmed) is { Count: > 0 } shape) return (shape, null);
            return ([], ContractJson.ReadInstance(trimmed.StartsWith('[') ? "{\"needs\":" + trimmed + "}" : text, strict: true));
        }
        var rest = body[start..];
        if (NeedsBodyShape.Check(rest) is { Count: > 0 } problems) return (problems, null);
        if (rest.IsEmpty || rest[0] != (byte)'[') return ([], ContractJson.ReadInstance(body, strict: true));
        byte[] wrapped = [.. "{\"needs\":"u8, .. rest, .. "}"u8];
        return ([], ContractJson.ReadInstance(wrapped, strict: true));
    }

    /// <summary>A department reads its own needs; the office every department's (or one, with ?department=). ?version= picks a version.</summary>
    public static async Task<Results<Ok<NeedsView>, ProblemHttpResult>> GetAsync(int year, ClaimsPrincipal user, RegisterStore registers,
        NeedStore store, string? department, int? version, CancellationToken cancellationToken)
    {
        var own = user.Department();
        if (own is not null && department is not null && department != own)
        {
            return Problems.Forbidden("Needs of another department",
                [new InputError("department", $"a {own} token reads {own}'s needs only, not {department}'s")]);
        }
        if (!await registers.ExistsAsync(year, cancellationToken)) return Problems.NotFound($"no register for {year}");
        var who = own ?? department;
        if (who is null)
        {
            if (version is not null)
                return Problems.Invalid([new InputError("version", "name the department too: ?department=ID&version=N")]);
            var latest = await store.LatestAsync(year, cancellationToken);
            var views = new List<SubmissionView>();
            foreach (var s in latest) views.Add(await ViewAsync(store, s, cancellationToken));
            return TypedResults.Ok(new NeedsView(year, views));
        }

        var submission = await store.GetAsync(year, who, version, cancellationToken);
        if (submission is null)
            return Problems.NotFound(version is null ? $"{who} has submitted no needs for {year}" : $"{who} has no version {version} for {year}");
        return TypedResults.Ok(new NeedsView(year, [await ViewAsync(store, submission, cancellationToken)]));
    }

    private static async Task<SubmissionView> ViewAsync(NeedStore store, NeedSubmission s, CancellationToken cancellationToken) =>
        new(s.Department, s.Version, s.SubmittedBy, s.SubmittedAt, await store.VersionsAsync(s.Year, s.Department, cancellationToken),
            NeedsJson.Read(s.NeedsJson));
}
