using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Returns.Api.Extracts;
using Returns.Api.Infrastructure;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using static Microsoft.AspNetCore.Http.StatusCodes;
using Returns.Domain.BetterCare;
using Returns.Domain.PoolReports;
using Returns.Api.ReadModels;
using CarePackagesClient = Commissioning.Protos.CarePackages.V1.CarePackagesService.CarePackagesServiceClient;
using FinanceClient = Commissioning.Protos.Finance.V1.FinanceService.FinanceServiceClient;

namespace Returns.Api.Apis;

/// <summary>
/// A council's statutory returns and their lifecycle (issue 18 cap. 7): open a period, collect the rows from the
/// read model, validate, sign off, submit, resubmit. Council staff read their council's returns and auditors
/// every council's; only the council's returns officer acts on one, a provider user never (403 at the route, and
/// the domain refuses anyone else); another council's return is a 404 (<see cref="CouncilTenancy"/>).
/// </summary>
public static class ReturnsApi
{
    private static readonly int[] Changes = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static RouteGroupBuilder MapReturnsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/returns").RequireAuthorization();
        api.MapPost("/", Open).RequireAuthorization(ReturnsPolicies.ActsOnReturns)
            .Documented(ReturnsTags.Returns, "openReturn", "Open a return for a period",
                "A returns officer opens their council's return of a kind for a period that exists for it (400 "
                + "naming kind, council or period otherwise); one per kind, council and period (409).",
                Status400BadRequest, Status409Conflict);
        api.MapGet("/", List).Documented(ReturnsTags.Returns, "listReturns", "List returns",
            "The returns the caller may read (their council's; every council's for an auditor), paged in the store: "
            + "limit (1 to 500, 100 unless asked) after offset.", Status400BadRequest);
        var one = api.MapGroup("/{id:guid}");
        one.MapGet("/", async (Guid id, ReturnsStore store) =>
                View(store, await store.Aggregates<StatutoryReturn>().Get(id)))
            .Documented(ReturnsTags.Returns, "getReturn", "Read a return",
                "Its status and every version: rows, findings, sign-off, submission and diff.", Status404NotFound);
        MapLifecycle(one.MapGroup("").RequireAuthorization(ReturnsPolicies.ActsOnReturns));
        one.MapGet("/artefact", Artefact).Produces<byte[]>(Status200OK, ReturnCsv.MediaType, ReturnWorkbook.MediaType)
            .Documented(ReturnsTags.Returns, "getReturnArtefact", "Read a submitted artefact",
                "The exact bytes submitted for a version (the last submitted unless version is given), with their "
                + "SHA-256 as the ETag and Repr-Digest; they never change.", Status404NotFound);
        return api;
    }

    private static void MapLifecycle(RouteGroupBuilder acts)
    {
        acts.MapPost("/collections", Collect).Documented(ReturnsTags.Returns, "collectReturn", "Collect the rows",
            "Builds the current version's rows from the read model (CLD: one service event per package line in "
            + "the rolling 12 months; ASC-FR: the year's expenditure, activity and unit cost per cell of the same "
            + "lines), the year and month of birth from care packages at extract time and the "
            + "person fields it does not record as given; the pool report: each fund the council hosts, by line, "
            + "from pooled finance's books; the BCF returns: each Better Care Fund it hosts, its plan, schemes and "
            + "s75 pooling (from the governance decisions heard); collecting again sends a validated version back to "
            + "collecting. A submitted version is refused naming status; care packages or pooled finance "
            + "unreachable is a 503 and nothing is collected.", [.. Changes, Status503ServiceUnavailable]);
        acts.MapPost("/validations", (Guid id, ReturnsStore store, HttpContext http) => Act(store, http, id,
                (r, actor, at) => Validate(r, actor, at)))
            .Documented(ReturnsTags.Returns, "validateReturn", "Validate the rows",
                "Runs the return's validation; every finding names the row, field, rule and record. The version is "
                + "validated only with none.", Changes);
        acts.MapPost("/sign-off", (Guid id, ReturnsStore store, HttpContext http) => Act(store, http, id,
                (r, actor, at) => r.SignOff(actor, at)))
            .Documented(ReturnsTags.Returns, "signOffReturn", "Sign off the return",
                "The council's returns officer signs a validated version (422 naming status otherwise).", Changes);
        acts.MapPost("/submissions", Submit).Documented(ReturnsTags.Returns, "submitReturn", "Submit the return",
            "Writes the signed-off version's artefact (CLD: CSV with the specification's headers; ASC-FR: XLSX "
            + "in the collection's table layout with a sheet of the data file's rows; BCF: XLSX, a sheet per template "
            + "section; the pool report: CSV), stores it with its "
            + "SHA-256 and submits; the version never changes again.", Changes);
        acts.MapPost("/resubmissions", (Guid id, Resubmission request, ReturnsStore store, HttpContext http) =>
                Act(store, http, id, (r, actor, at) => r.StartResubmission(actor, request.Reason, at)))
            .Documented(ReturnsTags.Returns, "resubmitReturn", "Start a resubmission",
                "A submitted return starts its next version with the reason (400 naming reason without one); its "
                + "rows are collected again and diffed against the version before.", Changes);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<ReturnView>> Open(NewReturn request,
        ReturnsStore store, HttpContext http)
    {
        var kind = KindOf(request.Kind);
        var council = CouncilCode.Of(request.Council, "council");
        var period = ReturnCalendar.PeriodOf(kind, request.Period);
        var opened = StatutoryReturn.Open(kind, council, period, store.Clock.GetUtcNow());
        opened.RequireReturnsOfficer(ActorOf(http), "open");
        store.Aggregates<StatutoryReturn>().Add(opened, council.Value, ReturnsStore.KeyOf(kind, council, period));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/returns/{opened.Id}", View(store, opened));
    }

    private static async Task<IReadOnlyList<ReturnView>> List(int? offset, int? limit, ReturnsStore store)
    {
        var (skip, take) = ListPage.Of(offset, limit);
        return [.. (await store.Aggregates<StatutoryReturn>().Page(skip, take)).Select(r => View(store, r))];
    }

    private static async Task<ReturnView> Collect(Guid id, Collection? request, ReturnsStore store,
        CarePackagesClient carePackages, FinanceClient finance, HttpContext http)
    {
        var statutoryReturn = await Acted(store, http, id, "collect");
        ReturnContent.RequireBuilt(statutoryReturn);
        var (council, period, ct) = (statutoryReturn.Council, statutoryReturn.Period, http.RequestAborted);
        var rows = statutoryReturn.Kind switch
        {
            ReturnKind.PoolQuarterly => PoolReportTable.Rows(council, period,
                await finance.HostedBy(council, period, ct)),
            var kind when ReturnContent.IsBetterCare(kind) => BcfTable.Rows(council, period,
                await finance.BetterCareHostedBy(council, period,
                    (agreement, partners) => S75Decisions.PoolingOf(store, agreement, partners, ct), ct)),
            _ => await CareRows(statutoryReturn, request, store, carePackages, ct),
        };
        statutoryReturn.Collect(rows, store.Clock.GetUtcNow());
        await store.SaveChangesAsync();
        return View(store, statutoryReturn);
    }

    /// <summary>CLD's and ASC-FR's rows: the read model's lines, with the people's fields from care packages.</summary>
    private static async Task<IReadOnlyList<ReturnRow>> CareRows(StatutoryReturn statutoryReturn,
        Collection? request, ReturnsStore store, CarePackagesClient carePackages, CancellationToken ct)
    {
        var given = (request?.People ?? []).Select((p, i) => p.Checked(i))
            .DistinctBy(p => p.PersonReference).ToDictionary(p => p.PersonReference, StringComparer.Ordinal);
        var lines = await CldExtract.Lines(store, statutoryReturn, ct);
        var known = await carePackages.PeopleOf(statutoryReturn.Council,
            [.. lines.Select(l => l.PersonReference).Distinct(StringComparer.Ordinal)], ct);
        return ReturnContent.Rows(statutoryReturn, CldExtract.Rows(statutoryReturn, lines,
            PersonDetails.Merge(known, given)));
    }

    private static void Validate(StatutoryReturn statutoryReturn, ReturnsActor actor, DateTimeOffset at)
    {
        statutoryReturn.RequireReturnsOfficer(actor, "validate");
        ReturnContent.RequireBuilt(statutoryReturn);
        statutoryReturn.RecordValidation(ReturnContent.Findings(statutoryReturn), at);
    }

    private static async Task<ReturnView> Submit(Guid id, ReturnsStore store, HttpContext http)
    {
        var statutoryReturn = await Acted(store, http, id, "submit");
        ReturnContent.RequireBuilt(statutoryReturn);
        var (content, mediaType) = ReturnContent.Artefact(statutoryReturn, store.Clock.GetUtcNow());
        var hash = SubmittedArtefact.Sha256Of(content);
        statutoryReturn.Submit(ActorOf(http), hash, store.Clock.GetUtcNow());
        store.Artefacts.Add(new SubmittedArtefact
        {
            ReturnId = id, Version = statutoryReturn.Current.Number, Council = statutoryReturn.Council.Value,
            ContentType = mediaType, Content = content, Sha256 = hash,
            StoredUtc = store.Clock.GetUtcNow().UtcDateTime,
        });
        await store.SaveChangesAsync();
        return View(store, statutoryReturn);
    }

    private static async Task<IResult> Artefact(Guid id, int? version, ReturnsStore store, HttpContext http)
    {
        var statutoryReturn = await store.Aggregates<StatutoryReturn>().Get(id);
        var number = version ?? statutoryReturn.LastSubmitted?.Number
            ?? throw RuleViolation.NotFound("version", "The return has no submitted version yet.");
        var artefact = await store.Artefacts.FindAsync([id, number], http.RequestAborted)
            ?? throw RuleViolation.NotFound("version", $"Version {number} of the return has not been submitted.");
        http.Response.Headers.ETag = $"\"{artefact.Sha256}\"";
        var digest = Convert.ToBase64String(Convert.FromHexString(artefact.Sha256));
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{digest}:";
        return Results.Bytes(artefact.Content, artefact.ContentType,
            ReturnContent.FileName(statutoryReturn, number, artefact.ContentType));
    }

    private static async Task<ReturnView> Act(ReturnsStore store, HttpContext http, Guid id,
        Action<StatutoryReturn, ReturnsActor, DateTimeOffset> step) =>
        View(store, await store.Change<StatutoryReturn>(id, r => step(r, ActorOf(http), store.Clock.GetUtcNow())));

    /// <summary>The return, refused unless the caller is its council's returns officer.</summary>
    private static async Task<StatutoryReturn> Acted(ReturnsStore store, HttpContext http, Guid id, string action)
    {
        var statutoryReturn = await store.Aggregates<StatutoryReturn>().Get(id);
        statutoryReturn.RequireReturnsOfficer(ActorOf(http), action);
        return statutoryReturn;
    }

    private static ReturnKind KindOf(string? kind)
    {
        var code = kind?.Trim().ToLowerInvariant();
        foreach (var known in Enum.GetValues<ReturnKind>())
            if (ReturnView.Code(known) == code) return known;
        throw ReturnRules.KnownReturn.Broken("kind", $"'{kind}' is not a return the service makes: "
            + string.Join(", ", Enum.GetValues<ReturnKind>().Select(ReturnView.Code)) + ".");
    }

    /// <summary>The return as its view shows it today, the London date of the service's one clock.</summary>
    private static ReturnView View(ReturnsStore store, StatutoryReturn statutoryReturn) =>
        ReturnView.Of(statutoryReturn, store.Clock.LondonToday());

    private static ReturnsActor ActorOf(HttpContext http) => CouncilTenancy.ActorOf(Caller.From(http.User));
}
