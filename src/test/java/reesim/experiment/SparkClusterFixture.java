package reesim.experiment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine, every part a separate JVM bound to 127.0.0.1: a master, workers, and
 * drivers started by {@code org.apache.spark.deploy.SparkSubmit}. Its Spark installation is a folder laid out as a
 * Spark distribution ({@code SPARK_HOME/jars/}), holding links to the jars Maven resolves for Spark (the files
 * target/spark-home/*.classpath). Everything it writes (logs, work and local folders, temporary files) stays under
 * its folder; {@link #close()} ends every process it started, with their child processes (the executors).
 */
final class SparkClusterFixture implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");

    /** A started JVM and its log (stdout and stderr). */
    record Daemon(String name, Process process, Path log) {
        String logText() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(log unreadable: " + e + ")";
            }
        }

        String logTail() {
            String text = logText();
            return name + " log, last lines:\n" + text.substring(Math.max(0, text.length() - 4000));
        }
    }

    private final Path dir;
    private final Path sparkHome;
    private final List<String> addOpens;
    private final List<Daemon> started = new ArrayList<>();
    private final Thread stopOnExit = new Thread(this::stopAll, "stop spark cluster");
    private String masterUrl;

    /**
     * @param dir       folder for everything the cluster writes
     * @param classpath the files listing Spark's jars, separated by the path separator
     * @param addOpens  the --add-opens flags for the JVMs started here (pom.xml's addOpens)
     */
    SparkClusterFixture(Path dir, List<Path> classpath, String addOpens) throws IOException {
        this.dir = dir;
        this.sparkHome = dir.resolve("spark-home");
        this.addOpens = Arrays.asList(addOpens.trim().split("\\s+"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (Path list : classpath) {
            for (String entry : Files.readString(list).trim().split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                Path link = jars.resolve(jar.getFileName());
                if (!Files.exists(link)) Files.createSymbolicLink(link, jar);
            }
        }
        Files.createDirectories(dir.resolve("tmp"));
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** True when a server socket can be bound to 127.0.0.1, which every part of the cluster needs. */
    static boolean loopbackUsable() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    String masterUrl() { return masterUrl; }

    /** Starts the master on a free port and waits until it leads. */
    Daemon startMaster() throws IOException, InterruptedException {
        Daemon master = start("master", List.of("-Xmx256m"), "org.apache.spark.deploy.master.Master",
                List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        awaitLog(master, "I have been elected leader", START);
        Matcher m = MASTER_URL.matcher(master.logText());
        if (!m.find()) throw new IllegalStateException("no master URL in the log\n" + master.logTail());
        masterUrl = m.group(1);
        return master;
    }

    /** Starts a worker with one core and waits until the master has registered it. */
    Daemon startWorker(String name) throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve(name + "-work"));
        Daemon worker = start(name, List.of("-Xmx256m"), "org.apache.spark.deploy.worker.Worker",
                List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "768m",
                        "--work-dir", work.toString(), masterUrl));
        awaitLog(worker, "Successfully registered with master", START);
        return worker;
    }

    /** Starts a driver: spark-submit, with {@code sparkArgs}, of {@code appJar} (main class reesim.cli.Main) with {@code args}. */
    Daemon submit(String name, Path appJar, List<String> sparkArgs, List<String> args) throws IOException {
        List<String> submit = new ArrayList<>(List.of("--master", masterUrl, "--deploy-mode", "client",
                "--class", "reesim.cli.Main",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m",
                "--conf", "spark.executor.extraJavaOptions=-XX:-UsePerfData -Djava.io.tmpdir=" + dir.resolve("tmp")));
        submit.addAll(sparkArgs);
        submit.add(appJar.toString());
        submit.addAll(args);
        return start(name, List.of("-Xmx512m"), "org.apache.spark.deploy.SparkSubmit", submit);
    }

    private Daemon start(String name, List<String> jvmFlags, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:-UsePerfData");
        command.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        command.addAll(jvmFlags);
        command.addAll(addOpens);
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + java.io.File.separator + "*", mainClass));
        command.addAll(args);
        Path log = dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_DIRS", dir.resolve("tmp").toString()); // Spark's scratch space, for daemons, drivers and executors
        env.remove("SPARK_CONF_DIR");
        env.remove("SPARK_MASTER_HOST");
        Daemon daemon;
        synchronized (started) {
            daemon = new Daemon(name, pb.start(), log);
            started.add(daemon);
        }
        return daemon;
    }

    /** Waits until {@code text} is in the daemon's log; fails with the log when it dies or the time runs out. */
    static void awaitLog(Daemon d, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!d.logText().contains(text)) {
            if (!d.process().isAlive()) {
                throw new IllegalStateException(d.name() + " exited (" + d.process().exitValue() + ") before logging '" + text + "'\n" + d.logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(d.name() + " did not log '" + text + "' within " + timeout.toSeconds() + " s\n" + d.logTail());
            }
            Thread.sleep(200);
        }
    }

    /** Waits for a driver to exit and returns its exit code; kills it and fails when the time runs out. */
    static int awaitExit(Daemon d, Duration timeout) throws InterruptedException {
        if (!d.process().waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            kill(d.process().toHandle());
            throw new IllegalStateException(d.name() + " did not finish within " + timeout.toSeconds() + " s\n" + d.logTail());
        }
        return d.process().exitValue();
    }

    /** Kills a process and every process it started (a worker and its executor: the loss of a machine). */
    static void kill(ProcessHandle process) {
        List<ProcessHandle> tree;
        try (Stream<ProcessHandle> children = process.descendants()) {
            tree = new ArrayList<>(children.toList());
        }
        tree.add(0, process);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                // gone already, or still dying: nothing more can be done from here
            }
        }
    }

    /** The executor logs (stderr) under a worker's work folder: {@code WORKER-work/APP/EXECUTOR/stderr}. */
    Set<Path> executorLogs(String worker) throws IOException {
        Path work = dir.resolve(worker + "-work");
        if (!Files.isDirectory(work)) return Set.of();
        try (Stream<Path> files = Files.find(work, 3, (p, a) -> p.getFileName().toString().equals("stderr"))) {
            return files.collect(Collectors.toSet());
        }
    }

    private void stopAll() {
        List<Daemon> all;
        synchronized (started) {
            all = new ArrayList<>(started);
            started.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) kill(all.get(i).process().toHandle());
    }

    @Override
    public void close() throws IOException {
        stopAll();
        // the links to Maven's jars: removed here, so that deleting the folder does not warn about each of them
        try (Stream<Path> links = Files.list(sparkHome.resolve("jars"))) {
            for (Path link : links.toList()) Files.deleteIfExists(link);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
