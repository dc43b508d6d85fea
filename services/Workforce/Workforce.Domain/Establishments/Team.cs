using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>A team of an employer's establishment with its current stated figures.</summary>
public sealed class Team
{
    private Team() { }

    internal Team(Guid id, TeamFigures figures)
    {
        Id = id;
        Figures = figures;
    }

    public Guid Id { get; private set; }
    public TeamFigures Figures { get; private set; } = null!;

    public string Name => Figures.Name;
    public Fte InScopeFte => Figures.InScopeFte;

    internal void Restate(TeamFigures figures) => Figures = figures;
}
