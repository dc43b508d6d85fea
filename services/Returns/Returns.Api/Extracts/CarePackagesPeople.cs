using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Common.V1;
using Grpc.Core;
using Returns.Domain.SeedWork;
using CarePackagesClient = Commissioning.Protos.CarePackages.V1.CarePackagesService.CarePackagesServiceClient;

namespace Returns.Api.Extracts;

/// <summary>
/// The CLD person fields from care packages (issue 18 cap. 2), asked over gRPC (<c>ListPeopleForReturn</c>) at
/// extract time with the returns officer's token, which the shared client forwards: care packages answers the
/// council's own officer only, and only with the council's people. So identity never rests in this service's events
/// or store; of the date of birth only the year and month arrive (anchors-refresh §2 L37), and they go into the rows
/// of the version collected and nowhere else. The address is <c>Services:CarePackages</c>.
/// </summary>
public static class CarePackagesPeople
{
    /// <summary>Care packages' cap on the references of one call; a larger return asks in batches of it.</summary>
    public const int Batch = 1_000;

    public static IServiceCollection AddCarePackagesPeople(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddPartnerGrpcClient<CarePackagesClient>(CommissioningServices.CarePackages,
            o => o.Address = new Uri(configuration["Services:CarePackages"] ?? "http://care-packages:8081"));
        return services;
    }

    /// <summary>
    /// The people care packages knows among <paramref name="references"/>, by reference; one it does not know
    /// (or that is another council's) is absent. Care packages unreachable is a 503 naming it, before anything
    /// is written (<c>PartnerServiceProblems</c>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, PersonDetails>> PeopleOf(this CarePackagesClient carePackages,
        CouncilCode council, IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var people = new Dictionary<string, PersonDetails>(StringComparer.Ordinal);
        foreach (var batch in references.Chunk(Batch))
        {
            var request = new ListPeopleForReturnRequest
            {
                Council = new OrganisationRef { Code = council.Value, Kind = OrganisationKind.Council },
                PersonReferences = { batch },
            };
            foreach (var person in (await Ask(carePackages, request, ct)).People)
                people[person.Person.Pseudonym] = new PersonDetails(person.Person.Pseudonym, Given(person.ClientType),
                    Given(person.Gender), Given(person.Ethnicity), person.YearOfBirth, person.MonthOfBirth,
                    Given(person.PrimarySupportReason));
        }
        return people;
    }

    private static async Task<ListPeopleForReturnResponse> Ask(CarePackagesClient carePackages,
        ListPeopleForReturnRequest request, CancellationToken ct)
    {
        try
        {
            return await carePackages.ListPeopleForReturnAsync(request, cancellationToken: ct);
        }
        catch (RpcException failure) when (failure.StatusCode is StatusCode.Unavailable
            or StatusCode.DeadlineExceeded)
        {
            // The status keeps its code (so the problem is a 503) and says which partner the officer waits for.
            throw new RpcException(new Status(failure.StatusCode, "Care packages could not be asked for the "
                + $"return's people ({failure.Status.Detail}); nothing was collected, collect again later."));
        }
    }

    /// <summary>Proto3 sends an unrecorded field as empty: here it is not given.</summary>
    private static string? Given(string value) => value.Length == 0 ? null : value;
}
