using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace CarePackages.Tests.OpenApi;

/// <summary>
/// The breaking-change check on the checked-in care packages document and a copy with one change:
/// what a partner built on the person's reference, a package's priced lines or a new request body
/// would lose.
/// </summary>
public sealed class CarePackagesBreakingChangesTests
{
    private readonly JsonObject _before = CarePackagesDocumentTests.CarePackages.Read()!;
    private readonly JsonObject _after = CarePackagesDocumentTests.CarePackages.Read()!;

    private JsonObject Schema(string name) => _after["components"]!["schemas"]![name]!.AsObject();

    [Fact]
    public void The_same_document_breaks_nothing() => Assert.Empty(BreakingChanges.Between(_before, _after));

    [Fact]
    public void A_removed_person_reference_breaks_every_operation_that_answers_with_a_person()
    {
        Schema("CarePackagesPerson")["properties"]!.AsObject().Remove("reference");

        var breaks = BreakingChanges.Between(_before, _after);

        Assert.Contains("POST /api/v1/people 201: response property 'reference' removed", breaks);
        Assert.Contains("GET /api/v1/people 200[]: response property 'reference' removed", breaks);
    }

    [Fact]
    public void A_property_removed_from_a_package_line_price_is_found()
    {
        Schema("CarePackagesCostBasis")["properties"]!.AsObject().Remove("weeklyCost");

        Assert.Contains("GET /api/v1/packages/{id} 200 lines[] current cost: response property 'weeklyCost' removed",
            BreakingChanges.Between(_before, _after));
    }

    [Fact]
    public void A_newly_required_offer_note_breaks_providers_that_do_not_send_it()
    {
        Schema("CarePackagesOfferRequest")["required"]!.AsArray().Add("notes");

        Assert.Equal(
            ["POST /api/v1/placement-requests/{id}/offers request: request property 'notes' is newly required"],
            BreakingChanges.Between(_before, _after));
    }
}
