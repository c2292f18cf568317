package cn.xj.titlereview.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import cn.xj.titlereview.document.settings.DocumentProperties;

/**
 * The document templates and their wording, as files a designer edits: {@code config/documents/<dir>/},
 * looked up in the notice's folder ({@code <notice id>/}), then the notice year's ({@code 2025/}), then
 * {@code default/}; in each, a file in the configured folder beats the packaged one. Templates are
 * Thymeleaf (well-formed XHTML, since the PDF renderer reads XML); {@code wording.properties} (UTF-8)
 * of every folder are merged, the more specific winning, and reach the template as {@code w}.
 */
@Component
public class DocumentTemplates {

    static final String DEFAULT = "default";
    static final String WORDING = "wording.properties";
    static final String STYLE = "document.css";
    private static final String PACKAGED = "config/documents/";

    private final Path externalDir;
    private final TemplateEngine engine;

    public DocumentTemplates(DocumentProperties properties) {
        this.externalDir = properties.templatesDir();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(false);
        this.engine = new TemplateEngine();
        this.engine.setTemplateResolver(resolver);
    }

    /** Which notice a document belongs to: its folders, most specific first (the PDF and the Word templates alike). */
    public record Scope(String noticeId, Integer year) {

        public static final Scope NONE = new Scope(null, null);

        public List<String> folders() {
            List<String> folders = new ArrayList<>();
            if (noticeId != null) {
                folders.add(noticeId);
            }
            if (year != null) {
                folders.add(String.valueOf(year));
            }
            folders.add(DEFAULT);
            return folders;
        }
    }

    /**
     * The template filled with the model; the merged wording is {@code w}, the style sheet
     * {@code document.css} of the scope is {@code css}.
     */
    public String render(String template, Scope scope, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable("w", wording(scope));
        context.setVariable("css", read(STYLE, scope));
        return engine.process(read(template, scope), context);
    }

    /** The merged wording of the scope (default, then year, then notice). */
    public Map<String, String> wording(Scope scope) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> folders = scope.folders();
        for (int i = folders.size() - 1; i >= 0; i--) {
            for (String text : sources(folders.get(i) + "/" + WORDING)) {
                Properties properties = new Properties();
                try (Reader reader = new java.io.StringReader(text)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                properties.stringPropertyNames().forEach(k -> merged.put(k, properties.getProperty(k)));
            }
        }
        return merged;
    }

    /** The most specific file of that name; a clear message naming the folders when there is none. */
    String read(String name, Scope scope) {
        for (String folder : scope.folders()) {
            List<String> found = sources(folder + "/" + name);
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
        }
        throw new IllegalStateException("文书模板缺失：config/documents/" + DEFAULT + "/" + name
                + "（也未在 " + externalDir + " 中找到）");
    }

    /** The packaged file, then the external one (the later wins). */
    private List<String> sources(String relative) {
        List<String> texts = new ArrayList<>();
        ClassPathResource packaged = new ClassPathResource(PACKAGED + relative);
        if (packaged.exists()) {
            try (InputStream in = packaged.getInputStream()) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("文书模板无法读取：" + relative, e);
            }
        }
        external(relative).ifPresent(texts::add);
        return texts;
    }

    private Optional<String> external(String relative) {
        if (externalDir == null) {
            return Optional.empty();
        }
        Path file = externalDir.resolve(relative).normalize();
        if (!file.startsWith(externalDir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("文书模板无法读取：" + file, e);
        }
    }
}
