package org.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontline.recognise.place.Gazetteer;
import org.frontline.recognise.place.GazetteerCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline gazetteer load}: adds a full GeoNames dump (villages) to the gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manages the place gazetteer.",
        subcommands = GazetteerCommand.Load.class)
final class GazetteerCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Compiles a GeoNames dump you supply (allCountries.txt or one country's XX.txt, "
                    + "from download.geonames.org) into a gazetteer file that extract then uses.")
    static final class Load implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GEONAMES_TSV", description = "GeoNames table, 19 tab-separated columns")
        Path dump;

        @Option(names = "--out", description = "where to write it (default: ~/.frontline/gazetteer/<name>.tsv.gz, "
                + "which extract loads automatically)")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(dump)) {
                System.err.println("frontline gazetteer load: no such file: " + dump);
                return 2;
            }
            Path target = out != null ? out : Path.of(System.getProperty("user.home"), ".frontline", "gazetteer",
                    dump.getFileName().toString().replaceAll("\\.(txt|tsv|zip)$", "") + ".tsv.gz");
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            GazetteerCompiler.compile(dump, null, target);
            System.err.println("wrote " + target + "; extract now also reads " + Gazetteer.userGazetteers());
            return 0;
        }
    }
}
