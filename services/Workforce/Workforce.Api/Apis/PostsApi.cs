using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Posts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// Hosted posts (S:57-59, BR-63): a body hosts a post open to the sectors it names, and someone employed
/// elsewhere holds it through an assignment, so nobody transfers to a different sector and loses continuity.
/// The host's HR officers establish and fill its posts; its HR officers and commissioners read them (no
/// personal data: the holder is a pseudonymous reference); another body does not learn the post exists.
/// </summary>
public static class PostsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.Posts;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static void MapPostsApi(this WebApplication app)
    {
        var employer = app.MapGroup("/api/v1/employers/{id:guid}/posts")
            .RequireAuthorization(WorkforcePolicies.ReadsCountsAndCosts);
        employer.MapPost("/", Establish).RequireAuthorization(WorkforcePolicies.HostsPosts)
            .Documented(Tag, "establishPost", "Establish a hosted post",
                "An HR officer of the host states the post's title, FTE (more than 0, at most 1), the sectors whose "
                + "staff may hold it (at least one) and the fund it is drawn from.", Problems);
        employer.MapGet("/", List)
            .Documented(Tag, "listPosts", "List the employer's hosted posts",
                "A page of the posts the employer hosts, paged in the store: limit (1 to 500, 100 unless asked) "
                + "after offset.", Status400BadRequest, Status404NotFound);

        var post = app.MapGroup("/api/v1/posts/{id:guid}")
            .RequireAuthorization(WorkforcePolicies.ReadsCountsAndCosts);
        post.MapGet("/", async (Guid id, WorkforceStore store) =>
                TypedResults.Ok(PostView.Of(await store.Aggregates<Post>().Get(id))))
            .Documented(Tag, "getPost", "Read a hosted post",
                "The post, its status and its holder by pseudonymous reference.", Status404NotFound);
        post.MapPost("/fill", Fill).RequireAuthorization(WorkforcePolicies.HostsPosts)
            .Documented(Tag, "fillPost", "Fill a hosted post",
                "An HR officer of the host fills the vacant post from a date with one of its own staff or with "
                + "someone of a sector the post is open to whose employer assigned them to it for that day; the "
                + "holder's employer, sector, pension and continuous service do not change (S:59).", Problems);
    }

    private static async Task<Created<PostView>> Establish(Guid id, NewPost request, WorkforceStore store,
        HttpContext http)
    {
        var host = await store.Aggregates<Employer>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, host.Code);
        var post = Post.Establish(host, request.Title, Domain.SeedWork.Fte.Of(request.Fte, "fte"),
            request.OpenTo ?? [], request.FundedFrom);
        store.Aggregates<Post>().Add(post, id.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/posts/{post.Id}", PostView.Of(post));
    }

    private static async Task<Ok<List<PostView>>> List(Guid id, int? offset, int? limit, WorkforceStore store)
    {
        var (skip, take) = ListPage.Of(offset, limit);
        await store.Aggregates<Employer>().Get(id);
        var posts = await store.Aggregates<Post>().Page(skip, take, id.ToString());
        return TypedResults.Ok(posts.Select(PostView.Of).ToList());
    }

    private static async Task<Ok<PostView>> Fill(Guid id, PostFilling filling, WorkforceStore store,
        HttpContext http)
    {
        var post = await store.Aggregates<Post>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, post.HostCode);
        post.Fill(await store.HolderFor(post, filling.StaffRecordId), filling.On);
        await store.SaveChangesAsync();
        return TypedResults.Ok(PostView.Of(post));
    }
}
