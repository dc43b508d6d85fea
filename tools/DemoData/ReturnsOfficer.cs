using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// A council's returns officer working a CLD return through the gateway (issue 18 cap. 7): open a quarter, collect
/// its rows with the person fields care packages records none of, validate, sign off, submit, resubmit with a
/// reason, read the artefact. One definition serves the demo's returns step and the end-to-end tests.
/// </summary>
public sealed class ReturnsOfficer(Func<HttpClient> newClient, string council = CarePathway.Council)
{
    public HttpClient Client { get; } =
        CarePathway.Client(newClient, "returns-officer-1", council, Roles.ReturnsOfficer);

    public async Task<JsonElement> Opened(string period, string kind = "cld") =>
        await CarePathway.Read(await Client.PostAsJsonAsync("/api/v1/returns", new { kind, council, period }));

    /// <summary>The council's return of the kind and period, if one is open already (a demo run over kept data).
    /// </summary>
    public async Task<JsonElement?> Existing(string period, string kind = "cld") =>
        (await CarePathway.Read(await Client.GetAsync("/api/v1/returns?limit=500"))).EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == kind && r.GetProperty("period").GetString() == period)
            .Select(r => (JsonElement?)r).FirstOrDefault();

    public async Task<JsonElement> Read(Guid id) =>
        await CarePathway.Read(await Client.GetAsync($"/api/v1/returns/{id}"));

    public async Task<JsonElement> Step(Guid id, string step, object? body = null) =>
        await CarePathway.Read(await Client.PostAsJsonAsync($"/api/v1/returns/{id}/{step}", body ?? new { }));

    /// <summary>Collects the current version, giving each person's fields from the council's case record.</summary>
    public Task<JsonElement> Collected(Guid id, IEnumerable<string> people) =>
        Step(id, "collections", new { people = people.Distinct().Select(CaseRecord).ToArray() });

    /// <summary>
    /// Collects until <paramref name="arrived"/> holds of the version collected, or a minute has passed: its rows
    /// are built from events that travel from care packages through the sidecars and Redis.
    /// </summary>
    public async Task<JsonElement> CollectedOnce(Guid id, IEnumerable<string> people, Func<JsonElement, bool> arrived)
    {
        // A wait is elapsed time on the machine, not a date: a stopwatch, whatever clock the platform runs on.
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); ; await Task.Delay(250))
        {
            var collected = await Collected(id, people);
            if (arrived(Current(collected)) || waited.Elapsed > TimeSpan.FromMinutes(1)) return collected;
        }
    }

    /// <summary>
    /// Validated, then signed off and submitted if validation found nothing; otherwise the return as validation
    /// left it, its findings naming row and field.
    /// </summary>
    public async Task<JsonElement> Submitted(Guid id)
    {
        var validated = await Step(id, "validations");
        if (validated.GetProperty("status").GetString() != "validated") return validated;
        await Step(id, "sign-off");
        return await Step(id, "submissions");
    }

    /// <summary>The bytes submitted for a version and the hash the service gives them (ETag, Repr-Digest).</summary>
    public async Task<Artefact> ArtefactOf(Guid id, int version)
    {
        using var response = await Client.GetAsync($"/api/v1/returns/{id}/artefact?version={version}");
        if (!response.IsSuccessStatusCode) await CarePathway.Read(response);
        return new Artefact(await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag?.Tag,
            response.Headers.TryGetValues("Repr-Digest", out var digest) ? digest.Single() : null);
    }

    public static JsonElement Current(JsonElement statutoryReturn) =>
        statutoryReturn.GetProperty("versions").EnumerateArray().Last();

    /// <summary>
    /// The CLD person fields care packages does not record (client type, gender, ethnicity, primary support
    /// reason), as the officer takes them from the council's case record: the demo's records read the same for
    /// everyone, and name nobody (a pseudonymous reference only).
    /// </summary>
    public static object CaseRecord(string personReference) => new
    {
        personReference, clientType = "Service user", gender = "Female", ethnicity = "White British",
        primarySupportReason = "Physical Support: Personal care support",
    };

    /// <summary>
    /// The people of the council's live packages by pseudonymous reference, from the charging team's worklist
    /// (<paramref name="finance"/>: a finance officer), which holds every live package until its financial
    /// assessment is recorded: the people whose service rows a CLD quarter holds, which neither the demo nor the
    /// tests assess.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PeopleWithLivePackages(HttpClient finance) =>
        [.. (await CarePathway.Read(await finance.GetAsync("/api/v1/financial-assessments?limit=500")))
            .EnumerateArray().Select(p => p.GetProperty("personReference").GetString()!).Distinct()];

    /// <summary>The CLD quarter that ended last before <paramref name="today"/> ("2026/27 Q2" in December 2026).
    /// </summary>
    public static string LastEndedQuarter(DateOnly today)
    {
        var monthsIntoYear = (today.Month + 8) % 12; // April is 0
        var (startYear, quarter) = (today.Month >= 4 ? today.Year : today.Year - 1, monthsIntoYear / 3);
        if (quarter == 0) (startYear, quarter) = (startYear - 1, 4);
        return $"{startYear}/{(startYear + 1) % 100:00} Q{quarter}";
    }
}

/// <summary>A submitted artefact's bytes with its ETag (<c>"&lt;sha-256 hex&gt;"</c>) and Repr-Digest.</summary>
public sealed record Artefact(byte[] Bytes, string? ETag, string? ReprDigest);
