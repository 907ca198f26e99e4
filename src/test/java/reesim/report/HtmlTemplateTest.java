package reesim.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTemplateTest {
    @Test
    void dataCannotCloseItsScriptElement() {
        String json = HtmlTemplate.json(Map.of("note", "</script><script>alert(1)</script>"));
        assertThat(json).doesNotContain("</").contains("\\u003c/script>");
    }

    @Test
    void scriptsCannotCloseTheirElementEarly() {
        assertThat(HtmlTemplate.inlineScript("var s = '</SCRIPT>';")).isEqualTo("var s = '<\\/SCRIPT>';");
    }

    @Test
    void thePageInlinesEchartsAndNeedsNoNetwork() {
        String page = HtmlTemplate.render("a < b", "run-body.html", "run-report.js", Map.of("k", 1));
        assertThat(page).contains("<title>a &lt; b</title>");
        assertThat(page.length()).isGreaterThan(900_000); // echarts.min.js is about 1 MB
        assertThat(page).contains("\"" + HtmlTemplate.ECHARTS_VERSION + "\"");
        assertThat(page).doesNotContainPattern("(?i)<(script|link|img)[^>]+(src|href)=\"?(https?:)?//");
        assertThat(page).doesNotContain("{{");
        assertThat(page).contains("<script id=\"report-data\" type=\"application/json\">{\"k\":1}</script>");
    }
}
