package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.xj.titlereview.support.HeadlessChromium;

/**
 * Draws every notice and stage model with bpmn-js (as Camunda Modeler and Cockpit draw them) in
 * headless Chromium: a model whose diagram is missing or broken fails here. The pictures land in
 * target/diagrams/ (the README shows one of them, copied to docs/images/).
 */
class ProcessDiagramBrowserTest {

    static final Path VIEWER = Path.of("config/model-tools/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js");
    static final Path OUT = Path.of("target", "diagrams");

    static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    static Stream<Path> models() throws Exception {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("processes/notices")), Files.list(Path.of("processes/stages")))) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelIsDrawnWithItsChineseLabels(Path model) throws Exception {
        assertThat(VIEWER).as("bpmn-js from config/model-tools (npm ci)").exists();
        Path page = Files.createDirectories(OUT).resolve("viewer.html").toAbsolutePath();
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8">
                <style>html,body{margin:0;background:#fff;font-family:'WenQuanYi Micro Hei',sans-serif}
                #canvas{width:1200px;height:600px}</style>
                <script src="%s"></script></head><body><div id="canvas"></div></body></html>
                """.formatted(VIEWER.toAbsolutePath().toUri()));
        browser.get(page.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String xml = Files.readString(model);
        js.executeScript("""
                window.renderResult = null;
                const viewer = new BpmnJS({ container: '#canvas' });
                viewer.importXML(arguments[0]).then(r => {
                  const canvas = viewer.get('canvas');
                  // actual size (scale 1): the picture is as readable as the Modeler at 100 %
                  const inner = canvas.viewbox().inner;
                  const container = document.getElementById('canvas');
                  container.style.width = Math.ceil(inner.width + 60) + 'px';
                  container.style.height = Math.ceil(inner.height + 60) + 'px';
                  canvas.resized();
                  canvas.viewbox({ x: inner.x - 30, y: inner.y - 30, width: inner.width + 60, height: inner.height + 60 });
                  window.renderResult = { width: Math.ceil(inner.width + 60), height: Math.ceil(inner.height + 60),
                    warnings: r.warnings.length,
                    shapes: viewer.get('elementRegistry').filter(e => !e.waypoints && e.type !== 'label').length };
                }).catch(e => { window.renderResult = { error: String(e) }; });
                """, xml);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> ((JavascriptExecutor) d).executeScript("return window.renderResult") != null);
        @SuppressWarnings("unchecked")
        var result = (java.util.Map<String, Object>) js.executeScript("return window.renderResult");
        assertThat(result).as("%s", model).doesNotContainKey("error");
        assertThat(((Number) result.get("warnings")).intValue()).as("import warnings of %s", model).isZero();
        assertThat(((Number) result.get("shapes")).intValue()).as("shapes of %s", model).isGreaterThan(3);

        String labels = browser.findElement(By.id("canvas")).getText();
        assertThat(labels).as("Chinese labels drawn for %s", model).containsPattern("\\p{IsHan}{2,}");

        int width = ((Number) result.get("width")).intValue();
        int height = ((Number) result.get("height")).intValue();
        browser.manage().window().setSize(new Dimension(Math.max(800, width + 40), Math.max(600, height + 160)));
        WebElement canvas = browser.findElement(By.id("canvas"));
        String name = model.getFileName().toString().replace(".bpmn", "");
        Files.write(OUT.resolve(name + ".png"), canvas.getScreenshotAs(OutputType.BYTES));
    }
}
