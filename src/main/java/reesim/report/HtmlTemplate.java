package reesim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles a self-contained report page from {@code report/page.html}: the page's body and script, the shared
 * style and script, ECharts (read from the echarts webjar on the classpath) and the data as inline JSON.
 */
final class HtmlTemplate {
    static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([A-Z_]+)\\}\\}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static volatile String echarts;

    private HtmlTemplate() {}

    /**
     * The page: {@code body} and {@code script} name resources under {@code /report/}; {@code data} is serialised
     * to JSON and read by the scripts from the {@code report-data} element.
     */
    static String render(String title, String body, String script, Object data) {
        Map<String, String> parts = Map.of(
                "TITLE", escapeHtml(title),
                "STYLE", resource("report.css"),
                "BODY", resource(body),
                "DATA", json(data),
                "ECHARTS", inlineScript(echarts()),
                "COMMON_JS", inlineScript(resource("report-common.js")),
                "SCRIPT", inlineScript(resource(script)));
        String page = resource("page.html");
        Matcher m = TOKEN.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 1_200_000);
        int last = 0;
        while (m.find()) {
            String part = parts.get(m.group(1));
            if (part == null) throw new IllegalStateException("report/page.html: unknown token " + m.group());
            out.append(page, last, m.start()).append(part);
            last = m.end();
        }
        return out.append(page, last, page.length()).toString();
    }

    /** JSON safe inside a {@code <script>} element: {@code <} only occurs in strings, where {@code \u003c} means the same. */
    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script text that cannot close its {@code <script>} element early. */
    static String inlineScript(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String echarts() {
        String e = echarts;
        if (e == null) echarts = e = read(ECHARTS_RESOURCE);
        return e;
    }

    static String resource(String name) { return read("/report/" + name); }

    private static String read(String path) {
        try (InputStream in = HtmlTemplate.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
