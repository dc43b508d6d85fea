using Commissioning.Domain;

namespace Workforce.Api.Infrastructure;

/// <summary>The rules of who reads and changes workforce records, and of the API's own inputs.</summary>
public static class WorkforceApiRules
{
    public static readonly Rule OnlyTheEmployersHr = new("only-the-employers-hr", ViolationKind.Forbidden,
        "Only an HR officer of the employer manages its staff.", "A §5.17 L1196 (R-WF-06)");
    public static readonly Rule EliForHrOfficers = new("eli-for-hr-officers", ViolationKind.Forbidden,
        "Only HR officers of the transferor, and of the transferee once it is provided, read the ELI.",
        "TUPE reg. 11(1), 11(6)");
    public static readonly Rule PageSize = new("staff-page-size", ViolationKind.Invalid,
        "A page of staff records holds 1 to the most a page allows.");
    public static readonly Rule StartYearGiven = new("forecast-start-year", ViolationKind.Invalid,
        "A forecast year is named by its starting year, e.g. 2018 for 2018/19.");
    public static readonly Rule StepDetailsGiven = new("transfer-step-details-given", ViolationKind.Invalid,
        "A transfer step's details come as a JSON body.");
}
