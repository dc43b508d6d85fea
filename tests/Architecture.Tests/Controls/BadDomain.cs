using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dapr.Client;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

// A domain that breaks the domain rule once per forbidden dependency, and a type that keeps it.
// DomainDependencyTests runs the same rule on this namespace and expects exactly the breaking types.
namespace Architecture.Tests.Controls.BadDomain;

public sealed class ReadsAFile
{
    public static string Read(string path) => File.ReadAllText(path);
}

public sealed class OpensAFileStream
{
    public static long Length(string path)
    {
        using var stream = new FileStream(path, FileMode.Open);
        return stream.Length;
    }
}

public sealed class ListsADirectory
{
    public static string[] List(string path) => Directory.GetFiles(path);
}

public sealed class CallsOverHttp(HttpClient http)
{
    public Task<string> Get(Uri uri) => http.GetStringAsync(uri);
}

public sealed class KeepsAStore(DbContext store)
{
    public int Save() => store.SaveChanges();
}

public sealed class ReadsTheRequest
{
    public static string Path(HttpContext context) => context.Request.Path;
}

public sealed class HoldsAProtobufMessage(IMessage message)
{
    public int Size => message.CalculateSize();
}

public sealed class ReadsGrpcMetadata
{
    public static string? Caller(Metadata headers) => headers.GetValue("caller");
}

public sealed class PublishesThroughDapr(DaprClient dapr)
{
    public Task Publish(string topic) => dapr.PublishEventAsync("pubsub", topic);
}

public sealed class CachesInRedis(IDatabase redis)
{
    public bool Cache(string key) => redis.StringSet(key, "1");
}

public sealed class SerialisesItself
{
    public string Json() => JsonSerializer.Serialize(this);
}

public sealed class BuildsJsonNodes
{
    public static string Node() => new JsonObject { ["a"] = 1 }.ToJsonString();
}

/// <summary>What the domains do with System.Text.Json, which the rule allows.</summary>
public sealed class OnlyAnnotatesItsJson
{
    [JsonIgnore]
    public int Version { get; init; }

    [JsonConstructor]
    public OnlyAnnotatesItsJson(int version) => Version = version;
}
