using System.Collections.Concurrent;
using Commissioning.Domain;
using Money = Commissioning.Protos.Common.V1.Money;
using FinancialYear = Commissioning.Domain.FinancialYear;
using Grpc.Core;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Protos.Workforce.V1;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace Grpc.Tests;

/// <summary>
/// Handlers for every service that behave by the id they are given, so the wire tests can reach
/// each status: "missing" is NOT_FOUND, "flaky:N" is UNAVAILABLE for the first N attempts,
/// "down" always UNAVAILABLE, "internal" INTERNAL, "crash" an unexpected exception, "slow"
/// waits for cancellation, "stuck" ignores it. Figures come from the seed documents.
/// </summary>
public sealed class SampleServices
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    /// <summary>W 2017/18: the CCG's pot A lines total £420.2m.</summary>
    public const long CcgPotABudgetPence = 420_200_000_00;
    public const long CommittedPence = 400_000_000_00;

    public int Attempts(string key) => _attempts.GetValueOrDefault(key);
    /// <summary>What the last CheckHeadroom handler saw of its caller (read during the call: the context ends with it).</summary>
    public CallerSeen? LastCall { get; private set; }
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _cancelled = new();

    /// <summary>Completes when a "slow" call of <paramref name="method"/> has seen its cancellation token fire.</summary>
    public Task CancellationSeen(string method) => Cancelled(method).Task;

    private TaskCompletionSource Cancelled(string method) =>
        _cancelled.GetOrAdd(method, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<SampleFinance>();
        endpoints.MapGrpcService<SampleContracts>();
        endpoints.MapGrpcService<SampleWorkforce>();
        endpoints.MapGrpcService<SampleCarePackages>();
        endpoints.MapGrpcService<SampleReturns>();
    }

    public static Money Pence(long pence) => new() { Pence = pence, CurrencyCode = "GBP" };

    internal async Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request, ServerCallContext call)
    {
        LastCall = new CallerSeen(call.RequestHeaders.GetValue("authorization"), call.RequestHeaders.GetValue("traceparent"),
            call.GetHttpContext().User.FindFirst("sub")?.Value);
        await Behave("CheckHeadroom", request.BudgetLineId, call);
        RuleViolation.Require(request.Amount is { Pence: >= 0 }, "amount", "The amount must be given and cannot be negative.");
        var headroom = CcgPotABudgetPence - CommittedPence;
        return new CheckHeadroomResponse { Headroom = Pence(headroom), Sufficient = request.Amount.Pence <= headroom, Pot = Pot.A };
    }

    internal async Task<RaisePerformanceIssueResponse> RaiseIssue(RaisePerformanceIssueRequest request, ServerCallContext call)
    {
        await Behave("RaisePerformanceIssue", request.ContractId, call);
        return new RaisePerformanceIssueResponse { IssueId = Guid.NewGuid().ToString("N") };
    }

    internal async Task ListProviders(ListEligibleProvidersRequest request, IServerStreamWriter<ListEligibleProvidersResponse> responses,
        ServerCallContext call)
    {
        foreach (var code in new[] { "1-101", "1-102", "1-103" })
        {
            await responses.WriteAsync(new ListEligibleProvidersResponse
            {
                Provider = new OrganisationRef { Code = code, Kind = OrganisationKind.Provider },
                CqcRating = CqcRating.Good,
                PaysLivingWage = true,
            });
            if (request.Locality == "slow") await Behave("ListEligibleProviders", "slow", call);
        }
    }

    private async Task Behave(string method, string id, ServerCallContext call)
    {
        var attempt = _attempts.AddOrUpdate($"{method}:{id}", 1, (_, n) => n + 1);
        switch (id.Split(':'))
        {
            case ["missing"]: throw RuleViolation.NotFound("budgetLineId", $"There is no budget line '{id}'.");
            case ["down"]: throw new RpcException(new Status(StatusCode.Unavailable, "The ledger is unavailable."));
            case ["flaky", var n] when attempt <= int.Parse(n): throw new RpcException(new Status(StatusCode.Unavailable, $"Attempt {attempt} refused."));
            case ["internal"]: throw new RpcException(new Status(StatusCode.Internal, "The ledger is inconsistent."));
            case ["crash"]: throw new InvalidOperationException("secret: connection string Password=hunter2");
            case ["stuck"]: await new TaskCompletionSource().Task; break;
            case ["slow"]:
                try { await Task.Delay(Timeout.Infinite, call.CancellationToken); }
                finally { Cancelled(method).TrySetResult(); }
                break;
        }
    }

    internal static GetFundPositionResponse FundPosition(GetFundPositionRequest request) => new()
    {
        // P: 2014/15 resource limit £421,481k against planned spend £448,223k.
        FundId = request.FundId,
        Kind = FundKind.Pooled,
        Period = request.Period,
        Budget = Pence(421_481_000_00),
        ForecastOutturn = Pence(448_223_000_00),
        ForecastVariance = Pence(26_742_000_00),
    };

    internal static RecordCommitmentResponse Record(RecordCommitmentRequest request)
    {
        if (request.CommitmentId == "exists") throw RuleViolation.AlreadyExists("commitmentId", "That commitment is recorded with another amount.");
        if (request.FinancialYear?.StartYear < 2017)
            throw RuleViolation.Precondition("financialYear", $"{new FinancialYear(request.FinancialYear.StartYear)} is closed.");
        return new RecordCommitmentResponse { CommitmentId = request.CommitmentId, HeadroomAfter = Pence(CcgPotABudgetPence - CommittedPence - request.Amount.Pence) };
    }

    internal static GetContractResponse Contract(GetContractRequest request)
    {
        if (request.ContractId == "other-org") throw RuleViolation.Forbidden("contractId", "The contract belongs to another partnership.");
        // A: the Section 75 delegation, £5.19m a year for 4 years from 1 April 2018, directly awarded.
        return new GetContractResponse
        {
            Contract = new Contract
            {
                ContractId = request.ContractId,
                Type = ContractType.Section75Delegation,
                Status = ContractStatus.Live,
                AnnualValue = Pence(5_190_000_00),
                StartDate = new Date { Year = 2018, Month = 4, Day = 1 },
                EndDate = new Date { Year = 2022, Month = 3, Day = 31 },
            },
        };
    }

    internal static CheckProviderEligibilityResponse Eligibility(CheckProviderEligibilityRequest request) =>
        request.ProviderCode == "inadequate"
            ? new() { Eligible = false, CqcRating = CqcRating.Inadequate, Reasons = { IneligibilityReason.CqcInadequate } }
            : new() { Eligible = true, CqcRating = CqcRating.Good };

    internal static GetRateInForceResponse Rate(GetRateInForceRequest request)
    {
        RuleViolation.Require(request.Unit != RateUnit.Unspecified, "unit", "Say which unit the rate is priced in.");
        return new GetRateInForceResponse { RateCardId = "home-care-2018", Rate = Pence(17_50), Unit = request.Unit };
    }

    /// <summary>A: the in-scope teams, 63 + 9, 23 + 4 and 24 + 5 FTE (128 in scope).</summary>
    internal static GetEstablishmentSummaryResponse Establishment() => new()
    {
        Teams =
        {
            new TeamEstablishment { TeamId = "cmht", Name = "Community Mental Health", FteHundredths = 6300, VacantFteHundredths = 900 },
            new TeamEstablishment { TeamId = "idt", Name = "Integrated Disability", FteHundredths = 2300, VacantFteHundredths = 400 },
            new TeamEstablishment { TeamId = "cwd", Name = "Children with Disability", FteHundredths = 2400, VacantFteHundredths = 500 },
        },
        TotalFteHundredths = 11000,
        TotalVacantFteHundredths = 1800,
    };

    internal static GetPackageSummaryResponse Package(GetPackageSummaryRequest request) => new()
    {
        PackageId = request.PackageId,
        Person = new PersonRef { Pseudonym = "p-7f3a" },
        Status = PackageStatus.Live,
        WeeklyCost = Pence(612_50),
    };

    internal static GetPeriodStatusResponse PeriodStatus(GetPeriodStatusRequest request) => new()
    {
        Kind = request.Kind,
        Period = request.Period,
        Status = ReturnStatus.Validated,
    };
}

public sealed record CallerSeen(string? Authorization, string? TraceParent, string? Subject);
