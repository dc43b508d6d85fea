using Returns.Api.Apis;
using Returns.Domain.AscFr;
using Returns.Domain.BetterCare;
using Returns.Domain.Cld;
using Returns.Domain.PoolReports;
using Returns.Domain.Returns;
using Returns.Domain.Validation;

namespace Returns.Api.Extracts;

/// <summary>
/// What each return the service builds is made of: its rows, its validation and its artefact. CLD reports the
/// period's CLD service rows themselves; ASC-FR sums the same rows over the financial year into its expenditure
/// and activity cells (<see cref="AscFrTable"/>), so the two returns tie. The pool report's rows are the hosted
/// funds' positions from pooled finance (<see cref="PoolReportTable"/>); the BCF returns' its hosted Better Care
/// Funds' plans and schemes, with the s75 decisions heard (<see cref="BcfTable"/>).
/// </summary>
public static class ReturnContent
{
    private static readonly ReturnKind[] Built =
        [ReturnKind.Cld, ReturnKind.AscFr, ReturnKind.PoolQuarterly, ReturnKind.BcfQuarter, ReturnKind.BcfYearEnd];

    /// <summary>The BCF quarterly and end-of-year returns: the same rows, the quarter's or the year's.</summary>
    public static bool IsBetterCare(ReturnKind kind) => kind is ReturnKind.BcfQuarter or ReturnKind.BcfYearEnd;

    /// <summary>Rule BuiltFromReadModels: the other kinds open and wait.</summary>
    public static void RequireBuilt(StatutoryReturn statutoryReturn)
    {
        if (!Built.Contains(statutoryReturn.Kind))
            throw ReturnRules.BuiltFromReadModels.Broken("kind",
                $"{ReturnView.Code(statutoryReturn.Kind)} returns are not built yet; "
                + "only CLD, ASC-FR, the pool report and the BCF returns are.");
    }

    public static IReadOnlyList<ReturnRow> Rows(StatutoryReturn statutoryReturn, IReadOnlyList<CldRow> serviceRows) =>
        statutoryReturn.Kind == ReturnKind.AscFr
            ? AscFrTable.Rows(statutoryReturn.Council, statutoryReturn.Period, serviceRows)
            : [.. serviceRows.Select(r => r.ToReturnRow())];

    public static IReadOnlyList<Finding> Findings(StatutoryReturn statutoryReturn) => statutoryReturn.Kind switch
    {
        ReturnKind.AscFr => AscFrValidator.Validate(statutoryReturn.Current.Rows),
        ReturnKind.PoolQuarterly => PoolReportValidator.Validate(statutoryReturn.Current.Rows),
        ReturnKind.BcfQuarter or ReturnKind.BcfYearEnd => BcfValidator.Validate(statutoryReturn.Current.Rows),
        _ => CldRowValidator.Validate(CldRowReader.Read(statutoryReturn, statutoryReturn.Current.Rows)),
    };

    /// <summary>
    /// CLD's flat file, the ASC-FR workbook in its collection's layout dated <paramref name="at"/>, the BCF workbook
    /// a sheet per template section, or the pool report's CSV.
    /// </summary>
    public static (byte[] Content, string MediaType) Artefact(StatutoryReturn statutoryReturn, DateTimeOffset at) =>
        statutoryReturn.Kind switch
        {
            ReturnKind.AscFr => (AscFrWorkbook.Write(statutoryReturn.Current.Rows, at), AscFrWorkbook.MediaType),
            ReturnKind.BcfQuarter or ReturnKind.BcfYearEnd =>
                (BcfWorkbook.Write(statutoryReturn.Current.Rows, at), ReturnWorkbook.MediaType),
            ReturnKind.PoolQuarterly =>
                (ReturnCsv.Write(PoolReportHeaders.All, statutoryReturn.Current.Rows), ReturnCsv.MediaType),
            _ => (ReturnCsv.Write(CldHeaders.All, statutoryReturn.Current.Rows), ReturnCsv.MediaType),
        };

    /// <summary>The artefact's file name: the kind, council and version, with its format's extension.</summary>
    public static string FileName(StatutoryReturn statutoryReturn, int version, string mediaType) =>
        $"{statutoryReturn.Kind}-{statutoryReturn.Council}-v{version}".ToLowerInvariant()
        + (mediaType == ReturnWorkbook.MediaType ? ".xlsx" : ".csv");
}
