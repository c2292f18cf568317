package cn.xj.titlereview.document.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.document.pdf.DocumentTemplates;
import cn.xj.titlereview.notice.NoticeCatalog;

/**
 * The Word templates under {@code config/documents/}: one folder per notice id where a notice words a
 * document its own way, one per year ({@code 2021/}) where a year's notices share a wording, and
 * {@code default/}; the first folder that has the file wins. A directory named by
 * {@code titlereview.documents.location} is looked at before the packaged files, folder by folder,
 * so a corrected template needs no new build. Every template is checked at start-up: a file or
 * folder name the product does not know, or a placeholder that is not a {@link DocumentField},
 * stops the start with the file named.
 */
@Component
class WordTemplates {

    static final String PACKAGED = "config/documents/";
    static final String DEFAULT_FOLDER = "default";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ResourcePatternResolver resolver;
    private final Path external;

    WordTemplates(ResourcePatternResolver resolver, NoticeCatalog notices,
                  @Value("${titlereview.documents.location:}") String location) {
        this.resolver = resolver;
        this.external = location == null || location.isBlank() ? null
                : Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        check(notices);
    }

    /** The template for the notice (by id, then year, then the default). */
    Template find(DocumentKind kind, String noticeId, Integer year) {
        for (String folder : new DocumentTemplates.Scope(noticeId, year).folders()) {
            Optional<Template> found = external(folder, kind).or(() -> packaged(folder, kind));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("缺少文书模板 " + PACKAGED + DEFAULT_FOLDER + "/" + kind.fileName());
    }

    /** A template file and where it came from (for messages and tests). */
    record Template(Resource resource, String path) {

        XWPFDocument open() throws IOException {
            try (InputStream in = resource.getInputStream()) {
                return new XWPFDocument(in);
            }
        }
    }

    private Optional<Template> external(String folder, DocumentKind kind) {
        if (external == null) {
            return Optional.empty();
        }
        Path file = external.resolve(folder).resolve(kind.fileName());
        return Files.isRegularFile(file)
                ? Optional.of(new Template(new FileSystemResource(file), file.toString())) : Optional.empty();
    }

    private Optional<Template> packaged(String folder, DocumentKind kind) {
        Resource resource = resolver.getResource("classpath:" + PACKAGED + folder + "/" + kind.fileName());
        return resource.exists()
                ? Optional.of(new Template(resource, PACKAGED + folder + "/" + kind.fileName())) : Optional.empty();
    }

    // ---------------------------------------------------------------- start-up check

    private void check(NoticeCatalog notices) {
        List<String> problems = new ArrayList<>();
        List<Template> templates = new ArrayList<>(packagedTemplates(problems));
        templates.addAll(externalTemplates(problems));
        for (Template template : templates) {
            checkOne(template, notices, problems);
        }
        for (DocumentKind kind : DocumentKind.values()) {
            if (external(DEFAULT_FOLDER, kind).isEmpty() && packaged(DEFAULT_FOLDER, kind).isEmpty()) {
                problems.add(PACKAGED + DEFAULT_FOLDER + "/" + kind.fileName() + "：缺少默认模板");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("文书模板有误：\n" + String.join("\n", problems));
        }
    }

    private void checkOne(Template template, NoticeCatalog notices, List<String> problems) {
        String[] parts = template.path().replace('\\', '/').split("/");
        String fileName = parts[parts.length - 1];
        String folder = parts.length > 1 ? parts[parts.length - 2] : "";
        if (DocumentKind.ofFileName(fileName).isEmpty()) {
            problems.add(template.path() + "：文件名应为 recommendation.docx、competent-recommendation.docx、"
                    + "integrity.docx 或 pledge.docx");
        }
        if (!DEFAULT_FOLDER.equals(folder) && !YEAR.matcher(folder).matches() && notices.find(folder).isEmpty()) {
            problems.add(template.path() + "：目录“" + folder + "”应为 default、年份（如 2025）或通知编号");
        }
        try (XWPFDocument document = template.open()) {
            Set<String> names = Placeholders.names(document);
            names.stream().filter(name -> !DocumentField.isKnown(name))
                    .forEach(name -> problems.add(template.path() + "：未知的占位符 {{" + name + "}}"));
        } catch (IOException | RuntimeException e) {
            problems.add(template.path() + "：无法作为 Word 文档（.docx）读取（" + e.getMessage() + "）");
        }
    }

    private List<Template> packagedTemplates(List<String> problems) {
        try {
            List<Template> found = new ArrayList<>();
            for (Resource resource : resolver.getResources("classpath*:" + PACKAGED + "*/*.docx")) {
                String url = resource.getURL().toString();
                if (url.substring(url.lastIndexOf('/') + 1).startsWith("~$")) {
                    continue;
                }
                String path = url.substring(url.lastIndexOf(PACKAGED));
                found.add(new Template(resource, path));
            }
            return found;
        } catch (IOException e) {
            problems.add(PACKAGED + "：无法列出模板（" + e.getMessage() + "）");
            return List.of();
        }
    }

    private List<Template> externalTemplates(List<String> problems) {
        if (external == null) {
            return List.of();
        }
        if (!Files.isDirectory(external)) {
            problems.add("titlereview.documents.location：目录“" + external.toAbsolutePath() + "”不存在");
            return List.of();
        }
        try (Stream<Path> files = Files.walk(external, 2)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".docx"))
                    // Word's lock files (~$name.docx) while a designer has the template open
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .map(p -> new Template(new FileSystemResource(p), p.toString()))
                    .toList();
        } catch (IOException e) {
            problems.add("titlereview.documents.location：无法读取目录“" + external + "”（" + e.getMessage() + "）");
            return List.of();
        }
    }
}
