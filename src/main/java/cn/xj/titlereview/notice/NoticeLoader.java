package cn.xj.titlereview.notice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every {@code config/notices/*.yml} from the classpath, plus the {@code *.yml} files of an
 * optional external directory (a file there replaces the classpath notice with the same id), and
 * validates them. Any problem in any file stops the load with one {@link NoticeConfigurationException}
 * listing every problem.
 */
public final class NoticeLoader {

    public static final String CLASSPATH_PATTERN = "classpath*:config/notices/*.yml";
    private static final Logger log = LoggerFactory.getLogger(NoticeLoader.class);

    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final NoticeValidator validator = new NoticeValidator();

    /** The classpath notices, then those of {@code externalLocation} (a directory; blank for none). */
    public List<LoadedNotice> load(ResourcePatternResolver resolver, String externalLocation) {
        List<Source> sources = new ArrayList<>(classpathSources(resolver));
        if (externalLocation != null && !externalLocation.isBlank()) {
            sources.addAll(directorySources(externalLocation));
        }
        return load(sources);
    }

    /** Only the {@code *.yml} files of one directory (used for fixtures and tools). */
    public List<LoadedNotice> loadDirectory(Path directory) {
        return load(directorySources(directory.toString()));
    }

    /** A notice file read and validated, or the problems that stop it (each "file: field rule"). */
    public record Parsed(NoticeDefinition definition, List<String> problems) {

        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return definition != null && problems.isEmpty();
        }
    }

    /**
     * One notice file given as text (an upload): read and validated as at start-up. {@code fileName} is the
     * uploaded file's name; blank when the text came without one (then the id need not match a name).
     */
    public Parsed parse(String fileName, String text) {
        String name = fileName == null || fileName.isBlank() ? "上传的通知文件" : fileName;
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(name + ": 文件为空");
            return new Parsed(null, problems);
        }
        Resource resource = new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NoticeDefinition notice = read(new Source(resource, name, "", true), problems);
        if (notice != null) {
            String baseName = fileName == null || fileName.isBlank() ? notice.id() : baseName(Path.of(fileName).getFileName().toString());
            problems.addAll(validator.validate(name, baseName, notice));
        }
        return new Parsed(problems.isEmpty() ? notice : null, problems);
    }

    private List<LoadedNotice> load(List<Source> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, LoadedNotice> byId = new LinkedHashMap<>();
        for (Source source : sources) {
            List<String> fileProblems = new ArrayList<>();
            NoticeDefinition notice = read(source, fileProblems);
            if (notice != null) {
                fileProblems.addAll(validator.validate(source.name(), source.baseName(), notice));
            }
            if (!fileProblems.isEmpty()) {
                problems.addAll(fileProblems);
                continue;
            }
            LoadedNotice previous = byId.get(notice.id());
            if (previous != null && !source.external()) {
                problems.add(source.name() + ": id “" + notice.id() + "”与 " + previous.source() + " 重复");
                continue;
            }
            if (previous != null) {
                log.info("通知 {} 使用外部文件 {}（替换 {}）", notice.id(), source.name(), previous.source());
            }
            byId.put(notice.id(), new LoadedNotice(notice, source.name()));
        }
        if (!problems.isEmpty()) {
            throw new NoticeConfigurationException(problems);
        }
        log.info("已加载 {} 个通知：{}", byId.size(), byId.keySet());
        return List.copyOf(byId.values());
    }

    private NoticeDefinition read(Source source, List<String> problems) {
        try (InputStream in = source.resource().getInputStream()) {
            NoticeDefinition notice = yaml.readValue(in, NoticeDefinition.class);
            if (notice == null) {
                problems.add(source.name() + ": 文件为空");
            }
            return notice;
        } catch (JsonProcessingException e) {
            problems.add(source.name() + ": " + describe(e));
        } catch (IOException e) {
            problems.add(source.name() + ": 无法读取（" + e.getMessage() + "）");
        }
        return null;
    }

    // ---------------------------------------------------------------- messages

    static String describe(JsonProcessingException e) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            var location = syntax.getLocation();
            String where = location == null ? "" : "第 " + location.getLineNr() + " 行";
            if (syntax.getOriginalMessage() != null && syntax.getOriginalMessage().contains("Duplicate field")) {
                return where + "字段重复：" + firstLine(syntax.getOriginalMessage());
            }
            return where + " YAML 语法错误：" + firstLine(syntax.getOriginalMessage());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping.getPath());
            if (e instanceof UnrecognizedPropertyException unknown) {
                String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                        .map(Object::toString).sorted().collect(Collectors.joining(", "));
                return path + " 是未知字段（不允许），可用字段：" + known;
            }
            if (e instanceof InvalidTypeIdException typeId) {
                return path + ".kind 取值“" + typeId.getTypeId() + "”无效，可用：EARLY_APPLICATION, "
                        + "SKILLED_WORKER_PATHWAY, PRIVATE_ENTERPRISE_TRACK, DELEGATED_EVALUATION, "
                        + "DIRECT_RECOGNITION, AID_XINJIANG, OTHER";
            }
            if (e instanceof InvalidFormatException format) {
                return path + " 取值“" + format.getValue() + "”无效：" + expected(format.getTargetType());
            }
            if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
                return path + " 取值无效：" + instantiation.getCause().getMessage();
            }
            return path + " 类型或格式不符：" + firstLine(mapping.getOriginalMessage());
        }
        var location = e.getLocation();
        String where = location == null ? "" : "第 " + location.getLineNr() + " 行附近";
        return where + " 无法读取：" + firstLine(e.getOriginalMessage());
    }

    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException streamRead) {
                return streamRead;
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "格式不符";
        }
        if (type.isEnum()) {
            return "可用：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDateTime.class) {
            return "须为带时刻的 ISO 本地日期时间（北京时间），如 2024-08-30T18:00:00";
        }
        if (type == LocalDate.class) {
            return "须为 ISO 日期，如 2024-12-31";
        }
        if (type == Duration.class) {
            return "须为 ISO-8601 时长，如 PT48H 或 P2D";
        }
        if (type == ZoneId.class) {
            return "须为时区名，如 Asia/Shanghai";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "须为整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "须为 true 或 false";
        }
        return "须为 " + type.getSimpleName();
    }

    /** Dotted path: {@code scope.entries[0].levels[1].code}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // ---------------------------------------------------------------- sources

    private record Source(Resource resource, String name, String baseName, boolean external) {
    }

    private static List<Source> classpathSources(ResourcePatternResolver resolver) {
        Resource[] resources;
        try {
            resources = resolver.getResources(CLASSPATH_PATTERN);
        } catch (IOException e) {
            throw new NoticeConfigurationException(List.of(CLASSPATH_PATTERN + ": 无法列出（" + e.getMessage() + "）"));
        }
        Set<String> seen = new LinkedHashSet<>();
        return Stream.of(resources)
                .filter(r -> r.getFilename() != null)
                .filter(r -> seen.add(description(r)))
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(r -> new Source(r, "config/notices/" + r.getFilename(), baseName(r.getFilename()), false))
                .toList();
    }

    private static List<Source> directorySources(String location) {
        Path directory = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (!Files.isDirectory(directory)) {
            throw new NoticeConfigurationException(List.of(
                    "titlereview.notices.location: 目录“" + directory.toAbsolutePath() + "”不存在"));
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> new Source(new FileSystemResource(p), p.toAbsolutePath().toString(),
                            baseName(p.getFileName().toString()), true))
                    .toList();
        } catch (IOException e) {
            throw new NoticeConfigurationException(List.of(
                    "titlereview.notices.location: 无法读取目录“" + directory + "”（" + e.getMessage() + "）"));
        }
    }

    private static String description(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return Objects.toString(resource.getDescription());
        }
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(".yml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
