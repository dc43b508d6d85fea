using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>
/// What leaves a team in a transfer: the people and FTE who move, the vacancies that move as vacancies,
/// and the people who leave without moving (objectors, whose employment ends with the transfer).
/// </summary>
public sealed record TeamMove(string TeamName, int Headcount, Fte FteInPost, Fte VacantFte, int LeaverHeadcount,
    Fte LeaverFte)
{
    public Fte InScopeFte => FteInPost + VacantFte;
}
