package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import reesim.cli.Main;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small results and sweep folders written by the tests, and one real model run shared by the test classes. */
final class Fixtures {
    private static Path baseline;

    private Fixtures() {}

    static final String ANNUAL = """
            year,element,metric,value
            2000,Nd,price_domestic,40
            2000,Nd,price_world,55
            2000,Nd,mined_registered,9000
            2000,Nd,mined_unregistered,1500
            2000,Nd,in_use_stock,600
            2000,Nd,end_of_life,10
            2000,Nd,recycled,
            2000,REO,mined_registered,90000
            2000,REO,mined_unregistered,15000
            2000,REO,mining_quota,80000
            2001,Nd,price_domestic,42
            2001,Nd,price_world,60
            2001,Nd,mined_registered,9500
            2001,Nd,mined_unregistered,1700
            2001,Nd,in_use_stock,900
            2001,Nd,end_of_life,12
            2001,Nd,recycled,1
            2001,REO,mined_registered,95000
            2001,REO,mined_unregistered,17000
            2001,REO,mining_quota,85000
            2002,Nd,price_domestic,45
            2002,Nd,price_world,61
            2002,Nd,mined_registered,9700
            2002,Nd,in_use_stock,1300
            2002,Nd,end_of_life,15
            2002,Nd,recycled,2
            2002,REO,mined_registered,97000
            2002,REO,mined_unregistered,18000
            2002,REO,mining_quota,87000
            """;

    static final String FLOWS = """
            year,element,source,target,registered,tonnes
            2000,Nd,deposit,mining,true,9000
            2000,Nd,deposit,mining,false,1500
            2000,Nd,deposit,world,true,3000
            2000,Nd,mining,smelting,true,9000
            2000,Nd,mining,smelting,false,1400
            2000,Nd,mining,state,false,100
            2000,Nd,smelting,trade,true,6000
            2000,Nd,smelting,trade,false,1000
            2000,Nd,smelting,intermediate,true,3400
            2000,Nd,trade,world,true,3000
            2000,Nd,trade,world,false,800
            2000,Nd,trade,intermediate,true,3000
            2000,Nd,trade,state,false,200
            2000,Nd,world,trade,true,500
            2000,Nd,state,trade,true,100
            2000,Nd,state,intermediate,true,50
            2000,Nd,intermediate,manufacturing,true,5000
            2000,Nd,intermediate,recycling,true,400
            2000,Nd,manufacturing,in_use,true,4000
            2000,Nd,manufacturing,world,true,1000
            2000,Nd,in_use,recycling,true,20
            2000,Nd,in_use,landfill,true,300
            2000,Nd,recycling,intermediate,true,380
            2000,Nd,recycling,trade,true,20
            2000,Nd,recycling,landfill,true,20
            2000,Pr,deposit,mining,true,3000
            2000,Pr,mining,smelting,true,3000
            2001,Nd,deposit,mining,true,9500
            2001,Nd,mining,smelting,true,9500
            """;

    static final String MANIFEST = """
            {"reesim_version":"0.1.0","config_file":"configs/test.yaml","config_sha256":"abc123","overrides":["scenario.demandScale=2"],
             "seed":7,"start_year":2000,"end_year":2002,"ticks":36,"wall_seconds":1.5,"status":"%s","created":"2025-01-02T03:04:05Z"}
            """;

    /** A small results folder with annual.csv, flows.csv and a manifest of the given status. */
    static Path runFolder(Path dir, String status) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("annual.csv"), ANNUAL);
        Files.writeString(dir.resolve("flows.csv"), FLOWS);
        Files.writeString(dir.resolve("manifest.json"), MANIFEST.formatted(status));
        return dir;
    }

    /** A 3 x 2 grid over enforcementScale and exportTariffAdd, two outcomes, the second without CI columns. */
    static final String STATS = """
            scenario,scenario.enforcementScale,scenario.exportTariffAdd,scenario.demandScale,metric,mean,sd,ci95_lo,ci95_hi,n
            s1,0.5,0,1,mined_unregistered,5200,400,4914,5486,10
            s2,1,0,1,mined_unregistered,3900,300,3685,4115,10
            s3,2,0,1,mined_unregistered,2100,250,1921,2279,10
            s4,0.5,0.25,1,mined_unregistered,5600,420,5300,5900,10
            s5,1,0.25,1,mined_unregistered,4300,310,4078,4522,10
            s6,2,0.25,1,mined_unregistered,2500,260,2314,2686,10
            s1,0.5,0,1,price_gap,10,2,,,10
            s2,1,0,1,price_gap,12,2,,,10
            s3,2,0,1,price_gap,15,3,,,10
            s4,0.5,0.25,1,price_gap,20,2,,,10
            s5,1,0.25,1,price_gap,24,2,,,10
            s6,2,0.25,1,price_gap,27,3,,,10
            """;

    /** sobol.csv with the SALib-style column names the reader must accept. */
    static final String SOBOL = """
            metric,param,S1,ST,S1_conf,ST_conf
            mined_unregistered,scenario.enforcementScale,0.71,0.78,0.05,0.06
            mined_unregistered,scenario.exportTariffAdd,0.12,0.2,0.03,0.04
            """;

    static Path sweepFolder(Path dir, boolean withSobol) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stats.csv"), STATS);
        if (withSobol) Files.writeString(dir.resolve("sobol.csv"), SOBOL);
        return dir;
    }

    static Csv csv(String text) throws IOException { return Csv.parse("test.csv", new StringReader(text)); }

    /** The inline JSON of a written report page. */
    static JsonNode pageData(Path html) throws IOException {
        Matcher m = Pattern.compile("<script id=\"report-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(Files.readString(html));
        if (!m.find()) throw new AssertionError("no report-data element in " + html);
        return new ObjectMapper().readTree(m.group(1));
    }

    /** A real baseline run to 2020 (run command, so report.html is written by it), made once per test JVM. */
    static void deleteTree(Path root) {
        try (var s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    static synchronized Path baselineRun() throws IOException {
        if (baseline == null) {
            Path parent = Files.createTempDirectory("reesim-report-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(parent)));
            Path out = parent.resolve("baseline");
            int code = Main.execute("run", "--out", out.toString(), "--until", "2020", "--quiet");
            if (code != 0) throw new AssertionError("run exited with " + code);
            baseline = out;
        }
        return baseline;
    }
}
