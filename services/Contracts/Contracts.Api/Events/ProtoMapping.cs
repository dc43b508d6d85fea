using System.Text.Json;
using System.Text.RegularExpressions;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using Contracts.Domain.Agreements;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;
using ProtoEvents = Commissioning.Protos.Events.V1;
using Protos = Commissioning.Protos.Contracts.V1;

namespace Contracts.Api.Events;

/// <summary>Between the domain's enums and codes and the contracts' proto ones, for events and gRPC.</summary>
public static partial class ProtoMapping
{
    public static OrganisationRef ProviderRef(string odsCode, string name = "") =>
        new() { Code = odsCode, Kind = OrganisationKind.Provider, Name = name };

    /// <summary>Councils carry GSS codes (E08000015); every other commissioner is an NHS body with an ODS code (12F).</summary>
    public static OrganisationRef CommissionerRef(string code) =>
        new() { Code = code, Kind = GssCode().IsMatch(code) ? OrganisationKind.Council : OrganisationKind.Nhs };

    /// <summary>Service types cross the wire as the REST API spells them ("home-care").</summary>
    public static string Code(this ServiceType serviceType) => JsonNamingPolicy.KebabCaseLower.ConvertName(serviceType.ToString());

    public static Protos.CqcRating ToProto(this CqcRating rating) => rating switch
    {
        CqcRating.Outstanding => Protos.CqcRating.Outstanding,
        CqcRating.Good => Protos.CqcRating.Good,
        CqcRating.RequiresImprovement => Protos.CqcRating.RequiresImprovement,
        CqcRating.Inadequate => Protos.CqcRating.Inadequate,
        _ => Protos.CqcRating.NotYetRated,
    };

    public static Protos.RateUnit ToProto(this Domain.RateCards.RateUnit unit) => unit switch
    {
        Domain.RateCards.RateUnit.PerHour => Protos.RateUnit.Hour,
        Domain.RateCards.RateUnit.PerDay => Protos.RateUnit.Day,
        Domain.RateCards.RateUnit.PerWeek => Protos.RateUnit.Week,
        Domain.RateCards.RateUnit.PerFourWeeks => Protos.RateUnit.FourWeeks,
        Domain.RateCards.RateUnit.PerMonth => Protos.RateUnit.Month,
        Domain.RateCards.RateUnit.PerYear => Protos.RateUnit.Year,
        _ => Protos.RateUnit.OneOff,
    };

    public static Domain.RateCards.RateUnit ToDomain(this Protos.RateUnit unit) =>
        Enum.GetValues<Domain.RateCards.RateUnit>().FirstOrDefault(u => u.ToProto() == unit) is var found && found.ToProto() == unit
            ? found
            : throw Infrastructure.ContractsApiRules.RateUnitGiven.Broken("unit", "A rate unit is required.");

    public static Protos.ContractType ToProto(this ContractType type) => type switch
    {
        ContractType.NhsStandardContract => Protos.ContractType.NhsStandardContract,
        ContractType.LocalAuthorityContract => Protos.ContractType.LocalAuthority,
        _ => Protos.ContractType.Section75Delegation,
    };

    /// <summary>The contract as the gRPC API shows it on a day: its status and annual value then.</summary>
    public static Protos.Contract ToProto(this CommissioningContract contract, DateOnly today) => new()
    {
        ContractId = contract.Id.ToString(), Reference = contract.Reference, Type = contract.Type.ToProto(), Status = contract.ProtoStatusOn(today),
        Provider = ProviderRef(contract.ProviderOdsCode), LeadCommissioner = CommissionerRef(contract.LeadCommissioner),
        FundId = contract.Funding.FundId.ToString(), BudgetLineCode = contract.Funding.BudgetLineCode ?? "", AnnualValue = contract.AnnualValueOn(today).ToProtoMoney(),
        StartDate = contract.StartsOn.ToProtoDate(), EndDate = contract.LastDay.ToProtoDate(), NoticeMonths = contract.NoticeMonths,
        VariationCount = contract.Variations.Count,
    };

    /// <summary>The contract's standing on a day; one that ended early on notice is terminated, one that ran its term expired.</summary>
    public static Protos.ContractStatus ProtoStatusOn(this CommissioningContract contract, DateOnly date) => contract.StatusOn(date) switch
    {
        ContractStatus.Mobilising => Protos.ContractStatus.Awarded,
        ContractStatus.Live => Protos.ContractStatus.Live,
        ContractStatus.UnderNotice => Protos.ContractStatus.InNotice,
        _ => contract.Notice is null ? Protos.ContractStatus.Expired : Protos.ContractStatus.Terminated,
    };

    /// <summary>Every financial year's commitment, in year order, as the contract events carry them.</summary>
    public static IEnumerable<ProtoEvents.FinancialYearCommitment> ToProto(this IEnumerable<FinancialYearCommitment> commitments) =>
        commitments.OrderBy(c => c.Year.StartYear).Select(c => new ProtoEvents.FinancialYearCommitment
        {
            FinancialYear = new FinancialYear { StartYear = c.Year.StartYear }, Amount = c.Amount.ToProtoMoney(),
        });

    [GeneratedRegex("^[EWSN][0-9]{8}$")]
    private static partial Regex GssCode();
}
