package vn.sachsong.server.cli;

import picocli.CommandLine.Command;

@Command(name = "sachsong", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
        version = "Sạch Sống 0.1.0",
        description = "Sạch Sống: the population-data hub (registry, cleaning, exchange).",
        subcommands = {RegistryCommand.class, CleanCommand.class, LinkCommand.class, GenerateCommand.class, DemoCommand.class, AgencyCommand.class, DatasetCommand.class, QualityCommand.class, FeedCommand.class,
                ProceduresCommand.class, DossiersCommand.class, KpiCommand.class,
                AuditCommand.class, UserCommand.class, SecretKeyCommand.class, ServeCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
