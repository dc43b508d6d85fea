using Commissioning.Domain;

namespace Workforce.Domain.Forecasts;

/// <summary>A year's staffing subtotal changed; pooled finance commits it on the named line.</summary>
public sealed record StaffingForecastChanged(Guid ForecastId, FinancialYear Year, decimal Subtotal,
    FundingLine? FundingLine) : IDomainEvent;

/// <summary>A year's one-off costs went beyond what was approved (A §1.1 L197: £250,000 in 2017/18).</summary>
public sealed record OneOffCostsBeyondApproval(Guid ForecastId, FinancialYear Year, decimal Approved,
    decimal Total) : IDomainEvent;
