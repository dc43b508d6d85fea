using Google.Protobuf;

namespace Commissioning.Grpc;

/// <summary>The generated static parser of a message type, found once per type.</summary>
internal static class MessageParsers<T> where T : class, IMessage<T>, new()
{
    public static readonly MessageParser<T> Instance = (MessageParser<T>)new T().Descriptor.Parser;
}
