using GovGraph.Service.Cli;

return await GovGraphCli.RunAsync(args);
