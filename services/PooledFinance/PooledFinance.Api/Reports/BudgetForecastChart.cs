using System.Globalization;
using System.Security;
using System.Text;

namespace PooledFinance.Api.Reports;

/// <summary>
/// The report as a horizontal bar chart a finance director reads at a glance: for each line a grey
/// budget bar and a forecast bar beneath it, red when the forecast is over budget and green when it
/// is not, the figures and the variance to the right. Income lines are negative and draw left of
/// the zero axis. Every piece of text comes from partners' data, so all of it is escaped.
/// </summary>
public static class BudgetForecastChart
{
    private const int Width = 1020, ChartLeft = 330, ChartRight = 740, FiguresLeft = 756, Top = 104, RowHeight = 52;
    private const string Budget = "#8c8c8c", Over = "#c0392b", Under = "#2e7d32";

    public static string Render(JointMonthlyReport report)
    {
        var values = report.Lines.SelectMany(l => new[] { l.Budget, l.Forecast }).Append(0m).ToList();
        var (min, max) = (values.Min(), values.Max());
        if (min == max) max = min + 1;
        double X(decimal v) => ChartLeft + (double)((v - min) / (max - min)) * (ChartRight - ChartLeft);
        var height = Top + Math.Max(1, report.Lines.Count) * RowHeight + 40;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"Arial, Helvetica, sans-serif\" role=\"img\">"));
        svg.Append($"<title>{Text(report.Fund)}: budget against forecast, {Text(report.FinancialYear)} {Text(report.Period)}</title>");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.Append($"<text x=\"16\" y=\"30\" font-size=\"20\" font-weight=\"bold\">{Text(report.Fund)}: budget against forecast</text>");
        svg.Append($"<text x=\"16\" y=\"52\" font-size=\"13\">{Text(report.FinancialYear)}, {Text(report.Period)}. For the boards of {Text(string.Join(" and ", report.Recipients))}.</text>");
        svg.Append(Invariant($"<rect x=\"16\" y=\"66\" width=\"14\" height=\"10\" fill=\"{Budget}\"/><text x=\"36\" y=\"76\" font-size=\"12\">Budget</text>"));
        svg.Append(Invariant($"<rect x=\"96\" y=\"66\" width=\"14\" height=\"10\" fill=\"{Over}\"/><text x=\"116\" y=\"76\" font-size=\"12\">Forecast over budget</text>"));
        svg.Append(Invariant($"<rect x=\"256\" y=\"66\" width=\"14\" height=\"10\" fill=\"{Under}\"/><text x=\"276\" y=\"76\" font-size=\"12\">Forecast within budget</text>"));
        svg.Append(Invariant($"<text x=\"{FiguresLeft}\" y=\"76\" font-size=\"12\">Total variance {Variance(report.Total.Variance)}</text>"));
        if (report.Lines.Count == 0)
            svg.Append(Invariant($"<text x=\"16\" y=\"{Top + 24}\" font-size=\"13\">No budget lines in this fund for {Text(report.FinancialYear)}.</text>"));

        var y = Top;
        foreach (var line in report.Lines)
        {
            svg.Append(Invariant($"<text x=\"16\" y=\"{y + 18}\" font-size=\"13\" font-weight=\"bold\">{Text(line.Code)}</text>"));
            svg.Append(Invariant($"<text x=\"16\" y=\"{y + 34}\" font-size=\"11\">{Text(Shorten(line.Name))} ({Text(Shorten(line.Partner))})</text>"));
            Bar(svg, X, line.Budget, y + 6, Budget, $"Budget {Amount(line.Budget)}");
            Bar(svg, X, line.Forecast, y + 24, line.Variance > 0 ? Over : Under, $"Forecast {Amount(line.Forecast)}");
            svg.Append(Invariant($"<text x=\"{FiguresLeft}\" y=\"{y + 18}\" font-size=\"11\">Budget {Amount(line.Budget)}, forecast {Amount(line.Forecast)}</text>"));
            svg.Append(Invariant($"<text x=\"{FiguresLeft}\" y=\"{y + 35}\" font-size=\"12\" font-weight=\"bold\" fill=\"{(line.Variance > 0 ? Over : line.Variance < 0 ? Under : "#333333")}\">{Variance(line.Variance)}</text>"));
            y += RowHeight;
        }
        svg.Append(Invariant($"<line x1=\"{X(0):0.#}\" y1=\"{Top - 4}\" x2=\"{X(0):0.#}\" y2=\"{y}\" stroke=\"#333333\" stroke-width=\"1\"/>"));
        svg.Append(Invariant($"<text x=\"16\" y=\"{y + 24}\" font-size=\"11\" fill=\"#555555\">Forecast is the forecast outturn for the year; variance is forecast less budget (positive is an overspend).</text>"));
        return svg.Append("</svg>").ToString();
    }

    private static void Bar(StringBuilder svg, Func<decimal, double> x, decimal value, int y, string colour, string title)
    {
        var (left, right) = (x(Math.Min(0, value)), x(Math.Max(0, value)));
        svg.Append(Invariant($"<rect x=\"{left:0.#}\" y=\"{y}\" width=\"{Math.Max(right - left, 0.5):0.#}\" height=\"14\" fill=\"{colour}\"><title>{Text(title)}</title></rect>"));
    }

    private static string Variance(decimal variance) => variance switch
    {
        > 0 => $"{Amount(variance)} over",
        < 0 => $"{Amount(-variance)} under",
        _ => "on budget",
    };

    private static string Amount(decimal pounds) =>
        (pounds < 0 ? "-£" : "£") + Math.Abs(pounds).ToString(Math.Abs(pounds) >= 1_000_000m ? "#,0,,.00'm'" : "#,0", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 44 ? text : text[..43] + "…";

    private static string Text(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
