using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

/// <summary>The rules a pot table as the partners state it keeps (W:606-611).</summary>
public static class PotTableRules
{
    public static readonly Rule StatesARow = new("pot-table-states-a-row", ViolationKind.Invalid,
        "A stated pot table has at least one row.", "W:606-611");
}
