namespace GovGraph.Service.Hosting;

/// <summary>Which long-running parts a process runs: `govgraph run` both, `worker` and `serve` one each.</summary>
[Flags]
public enum GovGraphRoles
{
    Worker = 1,
    Api = 2,
    All = Worker | Api,
}
