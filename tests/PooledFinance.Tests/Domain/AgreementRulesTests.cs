using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Each rule of an agreement's life raised by its name (issue 14), with Plymouth's s75 (P): a pool from 1 April
/// 2015, its first annual review on 1 April 2016 (P:L417), three months' notice (P:L421), approved by the Cabinet
/// on 11/11/14 and the CCG's Governing Body on 3/12/14 (P:L54, P:L57).
/// </summary>
public class AgreementRulesTests
{
    private static readonly DateOnly PoolStarts = new(2015, 4, 1);

    [Theory]
    [InlineData("agreement-states-its-aims", "aims")]
    [InlineData("agreement-states-its-functions", "functions")]
    [InlineData("term-ends-after-it-starts", "termEnd")]
    [InlineData("first-review-within-the-first-year", "firstAnnualReview")]
    [InlineData("notice-between-1-and-24-months", "noticePeriodMonths")]
    [InlineData("partner-signs-once", "partnerBodyId")]
    [InlineData("in-force-within-its-term", "from")]
    [InlineData("in-force-once-approved", "from")]
    [InlineData("varied-while-in-force", "effectiveFrom")]
    [InlineData("notice-served-while-in-force", "servedOn")]
    [InlineData("terminated-once-it-ends", "on")]
    [InlineData("settlement-terms-before-the-end", "status")]
    [InlineData("agreement-status-allows", "status")]
    [InlineData("delegation-cites-its-reference", "delegations")]
    [InlineData("delegated-by-every-partner", "delegations")]
    public void Each_rule_is_raised_by_its_name_naming_the_field(string rule, string field)
    {
        var broken = Seeds.Violation(Breaking(rule));

        Assert.Equal((rule, field), (broken.Rule.Name, broken.Field));
    }

    /// <summary>What breaks <paramref name="rule"/>, one step short of the Plymouth figures that keep it.</summary>
    private static Action Breaking(string rule)
    {
        var p = new Plymouth(inForce: rule is "varied-while-in-force" or "notice-served-while-in-force"
            or "terminated-once-it-ends" or "settlement-terms-before-the-end" or "delegation-cites-its-reference"
            or "delegated-by-every-partner");
        Action draft(string[] aims, string[] functions, DateOnly? termEnd, DateOnly review, int notice) => () =>
            Section75Agreement.Draft(p.Partnership, "Plymouth s75", aims, functions, PoolStarts, termEnd, review,
                notice);
        string[] aim = ["One System One Budget"], function = ["Adult social care commissioning"];
        var review = new DateOnly(2016, 4, 1);
        return rule switch
        {
            "agreement-states-its-aims" => draft([], function, null, review, 3),
            "agreement-states-its-functions" => draft(aim, [" "], null, review, 3),
            "term-ends-after-it-starts" => draft(aim, function, new DateOnly(2015, 3, 31), review, 3),
            // The first review on the anniversary is within the first year; a day later is not.
            "first-review-within-the-first-year" => draft(aim, function, null, review.AddDays(1), 3),
            "notice-between-1-and-24-months" => draft(aim, function, null, review, 0),
            "partner-signs-once" => () =>
            {
                p.Agreement.Approve(p.Council.Id, "Cabinet", "PCC Cabinet minute 11/11/14", new DateOnly(2014, 11, 11));
                p.Agreement.Approve(p.Council.Id, "Cabinet", "PCC Cabinet minute", new DateOnly(2014, 11, 12));
            },
            "in-force-within-its-term" => () =>
            {
                p.ApproveByBoth();
                p.Agreement.BringIntoForce(new DateOnly(2015, 3, 31));
            },
            "in-force-once-approved" => () =>
            {
                // A term from April 2014: the CCG's approval on 3/12/14 is the later bound.
                var early = Section75Agreement.Draft(p.Partnership, "Plymouth s75", aim, function,
                    new DateOnly(2014, 4, 1), null, new DateOnly(2015, 4, 1), 3);
                early.Approve(p.Council.Id, "Cabinet", "PCC Cabinet minute 11/11/14", new DateOnly(2014, 11, 11));
                early.Approve(p.Ccg.Id, "Governing Body", "CCG GB 3/12/14", new DateOnly(2014, 12, 3));
                early.BringIntoForce(new DateOnly(2014, 12, 2));
            },
            "varied-while-in-force" => () => p.Agreement.Vary("Add Children's services", new DateOnly(2015, 3, 31),
                p.JointBoardDecision("Add Children's", new DateOnly(2015, 3, 1))),
            "notice-served-while-in-force" => () => p.Agreement.ServeNotice(p.Ccg.Id, new DateOnly(2015, 3, 31)),
            "terminated-once-it-ends" => () =>
            {
                p.Agreement.ServeNotice(p.Council.Id, new DateOnly(2016, 1, 15)); // ends 15 April 2016
                p.Agreement.Terminate(new DateOnly(2016, 4, 14));
            },
            "settlement-terms-before-the-end" => () =>
            {
                p.Agreement.ServeNotice(p.Council.Id, new DateOnly(2016, 1, 15));
                p.Agreement.Terminate(new DateOnly(2016, 4, 15));
                p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
            },
            "agreement-status-allows" => () => p.Agreement.BringIntoForce(PoolStarts), // still a draft
            "delegation-cites-its-reference" => () => p.Agreement.Vary("Add Children's services",
                new DateOnly(2015, 10, 1), new JointDecision("Joint Commissioning Board", "Add Children's",
                    new DateOnly(2015, 9, 1), [new Delegation(p.Council.Id, "Cabinet delegation"),
                        new Delegation(p.Ccg.Id, " ")])),
            "delegated-by-every-partner" => () => p.Agreement.Vary("Add Children's services",
                new DateOnly(2015, 10, 1), new JointDecision("Joint Commissioning Board", "Add Children's",
                    new DateOnly(2015, 9, 1), [new Delegation(p.Council.Id, "Cabinet delegation")])),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }
}
