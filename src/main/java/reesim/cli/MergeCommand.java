package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reesim.experiment.ShardMerge;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the results folders of a sweep's shards (sweep --shard K/N) into one",
                "folder with every run once, and rebuild stats.csv (and sobol.csv) and",
                "report.html from the combined runs."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shards' --out folders")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged folder (new or empty)")
    Path out;

    @Override
    public Integer call() throws Exception {
        ShardMerge.Result result = ShardMerge.merge(inputs, out);
        System.out.println(result.describe());
        return 0;
    }
}
