namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>A group of operations in a service's document, with what a partner does there.</summary>
public sealed record PartnerTag(string Name, string Description);
