using Xunit;

// Each test starts several real processes; on a 2-core machine they run one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
