package reesim.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the reports in headless Chromium (Debian package {@code chromium}); skipped where it is not installed.
 * The page writes {@code #render-status} once every chart has rendered: its status, chart count, the sampled
 * painted pixels per chart and the number of script errors caught by {@code window.onerror}.
 */
class BrowserReportTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern STATUS = Pattern.compile("<div id=\"render-status\"([^>]*)>([^<]*)</div>");

    @TempDir Path tmp;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed at " + CHROMIUM);
    }

    record Result(String stdout, String stderr) {}

    Result chromium(Path html, String... mode) throws IOException, InterruptedException {
        return chromium(html, true, mode);
    }

    Result chromium(Path html, boolean virtualTime, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--hide-scrollbars", "--window-size=1400,2400"));
        if (virtualTime) cmd.add("--virtual-time-budget=20000");
        cmd.addAll(List.of(mode));
        cmd.add(html.toUri().toString());
        Path out = tmp.resolve("chromium.out"), err = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + cmd);
        }
        return new Result(Files.readString(out), Files.readString(err));
    }

    /** The attributes and text of #render-status in the dumped DOM. */
    static Matcher status(String dom) {
        Matcher m = STATUS.matcher(dom);
        assertThat(m.find()).as("render-status element in the DOM").isTrue();
        return m;
    }

    static String attr(Matcher status, String name) {
        Matcher a = Pattern.compile(name + "=\"([^\"]*)\"").matcher(status.group(1));
        return a.find() ? a.group(1) : null;
    }

    static void assertNoConsoleErrors(Result r) {
        assertThat(r.stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList())
                .as("console errors on stderr").isEmpty();
    }

    void assertScreenshot(Path html, Path png) throws Exception {
        Result r = chromium(html, "--screenshot=" + png);
        assertNoConsoleErrors(r);
        assertThat(png).isRegularFile();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1400);
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }

    @Test
    void theRunReportRendersTheSankeyAndEveryChartWithoutErrors() throws Exception {
        Path html = Fixtures.baselineRun().resolve("report.html");
        Result r = chromium(html, "--dump-dom");
        Matcher s = status(r.stdout);
        assertThat(attr(s, "data-errors")).as("script errors: %s", r.stdout.replaceAll("(?s).*<pre id=\"render-errors\">(.*?)</pre>.*", "$1"))
                .isEqualTo("0");
        assertThat(attr(s, "data-status")).as(s.group(2)).isEqualTo("ok");
        assertThat(attr(s, "data-charts")).isEqualTo(String.valueOf(1 + ChartSpec.RUN.size()));
        assertThat(attr(s, "data-blank")).isEmpty();
        for (String chart : attr(s, "data-painted").split(" ")) {
            assertThat(Integer.parseInt(chart.substring(chart.indexOf('=') + 1))).as(chart).isGreaterThan(100);
        }
        Matcher sankey = Pattern.compile("sankey (\\d+) nodes (\\d+) links").matcher(s.group(2));
        assertThat(sankey.find()).as(s.group(2)).isTrue();
        assertThat(Integer.parseInt(sankey.group(1))).isGreaterThanOrEqualTo(10);
        assertThat(Integer.parseInt(sankey.group(2))).isGreaterThanOrEqualTo(15);
        assertNoConsoleErrors(r);

        assertScreenshot(html, tmp.resolve("run-report.png"));
    }

    /** Run after the page's script: every Sankey element and year, every chart's element, log toggles, the global select. */
    static final String EXERCISE = """
            <script>
            (function () {
              var sel = document.getElementById('sankey-element'), year = document.getElementById('sankey-year'), n = 0;
              Array.prototype.forEach.call(sel.options, function (o) {
                sel.value = o.value;
                sel.dispatchEvent(new Event('change'));
                for (var y = Number(year.min); y <= Number(year.max); y++) {
                  year.value = String(y);
                  year.dispatchEvent(new Event('input'));
                  n++;
                }
              });
              document.querySelectorAll('#charts select').forEach(function (s) {
                Array.prototype.forEach.call(s.options, function (o) { s.value = o.value; s.dispatchEvent(new Event('change')); n++; });
              });
              document.querySelectorAll('#charts input[type=checkbox]').forEach(function (c) { c.click(); c.click(); });
              var all = document.getElementById('all-element');
              Array.prototype.forEach.call(all.options, function (o) { all.value = o.value; all.dispatchEvent(new Event('change')); });
              document.body.setAttribute('data-exercised', String(n));
            })();
            </script>
            </body>""";

    @Test
    void everySankeyElementAndYearAndEveryChartSelectionDrawsWithoutErrors() throws Exception {
        Path html = tmp.resolve("exercised.html");
        String page = Files.readString(Fixtures.baselineRun().resolve("report.html"));
        Files.writeString(html, page.substring(0, page.lastIndexOf("</body>")) + EXERCISE + "\n</html>\n");
        Result r = chromium(html, "--dump-dom");
        Matcher s = status(r.stdout);
        assertThat(r.stdout).doesNotContainPattern("<pre id=\"render-errors\">[^<]+</pre>");
        assertThat(attr(s, "data-status")).as(s.group(2)).isEqualTo("ok");
        Matcher n = Pattern.compile("data-exercised=\"(\\d+)\"").matcher(r.stdout);
        assertThat(n.find()).isTrue();
        // 11 elements and REO over 2000-2020, plus the chart selections
        assertThat(Integer.parseInt(n.group(1))).isGreaterThan(12 * 21);
        assertNoConsoleErrors(r);
    }

    @Test
    void theSweepReportRendersOutcomesHeatmapsAndSobolWithoutErrors() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("sweep"), true);
        Path html = SweepReport.write(dir);
        Result r = chromium(html, "--dump-dom");
        Matcher s = status(r.stdout);
        assertThat(attr(s, "data-status")).as(s.group(2)).isEqualTo("ok");
        // 2 outcome charts, 2 heatmaps, 1 Sobol chart
        assertThat(attr(s, "data-charts")).isEqualTo("5");
        assertThat(attr(s, "data-errors")).isEqualTo("0");
        assertNoConsoleErrors(r);

        assertScreenshot(html, tmp.resolve("sweep-report.png"));
    }

    @Test
    void aScriptErrorIsReportedNotHidden() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        Path html = RunReport.write(dir);
        // break the page's data so that its script fails: the status must say so
        Files.writeString(html, Files.readString(html).replace("<script id=\"report-data\" type=\"application/json\">{",
                "<script id=\"report-data\" type=\"application/json\">{oops"));
        Result r = chromium(html, "--dump-dom");
        Matcher s = status(r.stdout);
        assertThat(attr(s, "data-status")).isNotEqualTo("ok");
        assertThat(r.stdout).containsPattern("<pre id=\"render-errors\">[^<]*SyntaxError");
        // the console check of the other tests does see such an error
        assertThatThrownBy(() -> assertNoConsoleErrors(r)).isInstanceOf(AssertionError.class);
    }

    /** Without waiting (a headless capture right after loading), the status already says the charts are drawn. */
    @Test
    void thePageSaysItsChartsAreDrawnAsSoonAsItHasLoaded() throws Exception {
        Path html = Fixtures.baselineRun().resolve("report.html");
        Result r = chromium(html, false, "--dump-dom");
        Matcher s = status(r.stdout);
        assertThat(s.group(2)).as("status text").doesNotContain("not rendered");
        assertThat(attr(s, "data-status")).as(s.group(2)).isIn("ok", "rendering");
        assertThat(attr(s, "data-errors")).isEqualTo("0");
    }

    /**
     * Sankey labels (wrapped to the gap before the next column) overlap neither each other nor another node, for Nd
     * and REO over the first, a middle and the last year; the price chart's log-axis toggle switches its y axis.
     */
    static final String LAYOUT = """
            <script>
            (function () {
              function rectOf(el) { var r = el.getBoundingRect().clone(); var m = el.getComputedTransform(); if (m) r.applyTransform(m); return r; }
              function hit(a, b) {
                return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
              }
              var c = echarts.getInstanceByDom(document.getElementById('chart-sankey'));
              var sel = document.getElementById('sankey-element'), year = document.getElementById('sankey-year');
              var views = [], bad = [], checked = 0;
              ['Nd', 'REO'].forEach(function (e) {
                [Number(year.min), Math.round((Number(year.min) + Number(year.max)) / 2), Number(year.max)].forEach(function (y) { views.push([e, y]); });
              });
              function check(view) {
                var nodes = [], labels = [];
                c.getZr().storage.getDisplayList(true).forEach(function (el) {
                  if (el.type !== 'rect' || !el.getTextContent || !el.getTextContent()) return;   /* sankey nodes carry their label */
                  var t = el.getTextContent();
                  nodes.push(rectOf(el));
                  if (!t.ignore && !t.invisible && t.style && t.style.text) labels.push({ text: String(t.style.text).replace(/\\n/g, ' '), r: rectOf(t) });
                });
                labels.forEach(function (a, i) {
                  labels.slice(i + 1).forEach(function (b) { if (hit(a.r, b.r)) bad.push(view + ': ' + a.text + ' / ' + b.text); });
                  nodes.forEach(function (n) { if (hit(a.r, n)) bad.push(view + ': ' + a.text + ' over a node'); });
                });
                checked++;
              }
              function next() {
                if (!views.length) {
                  var box = document.querySelector('#chart-price').parentNode.querySelector('input[type=checkbox]');
                  var price = echarts.getInstanceByDom(document.getElementById('chart-price'));
                  var before = price.getOption().yAxis[0].type;
                  box.click();
                  var after = price.getOption().yAxis[0].type;
                  document.body.setAttribute('data-price-axis', before + '>' + after);
                  document.body.setAttribute('data-layout', checked + ' views; ' + bad.join(' | '));
                  return;
                }
                var v = views.shift();
                sel.value = v[0]; sel.dispatchEvent(new Event('change'));
                year.value = String(v[1]); year.dispatchEvent(new Event('input'));
                setTimeout(function () { check(v[0] + ' ' + v[1]); next(); }, 1500);
              }
              setTimeout(next, 1500);
            })();
            </script>
            </body>""";

    @Test
    void sankeyLabelsDoNotOverlapAndThePriceChartHasALogAxisToggle() throws Exception {
        Path html = tmp.resolve("layout.html");
        String page = Files.readString(Fixtures.baselineRun().resolve("report.html"));
        Files.writeString(html, page.substring(0, page.lastIndexOf("</body>")) + LAYOUT + "\n</html>\n");
        Result r = chromium(html, "--dump-dom");
        Matcher layout = Pattern.compile("data-layout=\"([^\"]*)\"").matcher(r.stdout);
        assertThat(layout.find()).as("the layout check ran").isTrue();
        assertThat(layout.group(1).replace("&amp;", "&")).isEqualTo("6 views; ");
        Matcher axis = Pattern.compile("data-price-axis=\"([^\"]*)\"").matcher(r.stdout);
        assertThat(axis.find()).isTrue();
        assertThat(axis.group(1).replace("&gt;", ">")).isIn("value>log", "log>value");
        assertNoConsoleErrors(r);
    }
}
