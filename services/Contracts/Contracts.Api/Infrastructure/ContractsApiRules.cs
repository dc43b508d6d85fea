using Commissioning.Domain;

namespace Contracts.Api.Infrastructure;

/// <summary>The rules of the contracts API's own inputs: ids, pages, query values, and records held once.</summary>
public static class ContractsApiRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule ContractIdGiven = new("contract-id-given", Invalid, "A contract is named by its id.");
    public static readonly Rule ContractsListedByProvider = new("contracts-listed-by-provider", Invalid,
        "Contracts are listed for a named provider (its ODS code).");
    public static readonly Rule PageSizeNotNegative = new("page-size-not-negative", Invalid,
        "A page asks for zero rows (the default size) or more; more than the largest page gets the largest.");
    public static readonly Rule QueryValueKnown = new("query-value-known", Invalid,
        "A query value from a list is spelt as the API spells it (kebab case) and is one the list has.");
    public static readonly Rule RateUnitGiven = new("rate-unit-given", Invalid,
        "A rate is asked for in a unit rate cards are priced in.");
    public static readonly Rule RecordHeldOnce = new("record-held-once", ViolationKind.AlreadyExists,
        "A record that is one of a kind (a provider by its code, a framework, a rate card of a segment and unit) "
        + "is held once.");
}
