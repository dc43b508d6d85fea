await Eventing.TestApps.TestService.Build(args).RunAsync();
