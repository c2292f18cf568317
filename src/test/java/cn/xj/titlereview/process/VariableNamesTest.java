package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every process variable has one name, kept by its typed descriptor ({@link ProcessVariable} constants of
 * the stage and notice descriptors): the models' expressions, mappings and forms name only declared
 * variables, and no Java code reads or writes a declared variable through its name written as a string.
 */
class VariableNamesTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Engine objects and DMN results that expressions may use besides variables and beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult");
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "eq", "ne",
            "lt", "gt", "le", "ge", "empty", "div", "mod", "instanceof");

    private static final Set<String> declared = new TreeSet<>();
    private static final Set<String> beans = new TreeSet<>();

    @BeforeAll
    static void collectDescriptorsAndBeans() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        for (String pkg : List.of("cn.xj.titlereview.process", "cn.xj.titlereview.notice.process",
                "cn.xj.titlereview.unitaccount")) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                for (Field field : Class.forName(candidate.getBeanClassName()).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && ProcessVariable.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        declared.add(((ProcessVariable<?>) field.get(null)).name());
                    }
                }
            }
        }
        // the multi-instance collection and its element are engine-managed JSON, named by constants
        declared.add(CommitteeVoteProcess.EXPERTS);
        declared.add(CommitteeVoteProcess.EXPERT);

        var components = new ClassPathScanningCandidateComponentProvider(true);
        var names = AnnotationBeanNameGenerator.INSTANCE;
        var registry = new DefaultListableBeanFactory();
        for (BeanDefinition component : components.findCandidateComponents("cn.xj.titlereview")) {
            beans.add(names.generateBeanName(component, registry));
        }
        beans.add("workdays");
    }

    @Test
    void descriptorsAreFound() {
        assertThat(declared).contains("applicationNo", "stageOutcome", "fee", "vote", "paymentDeadline");
        assertThat(beans).contains("workdays", "recordOutcomeListener", "eligibilityPreCheck");
    }

    @Test
    void modelsNameOnlyDeclaredVariables() throws IOException {
        List<String> unknown = new ArrayList<>();
        Pattern expression = Pattern.compile("[$#]\\{([^}]*)}");
        Pattern identifier = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)(\\s*[.(])?");
        Pattern attribute = Pattern.compile("camunda:(?:in|out) [^>]*?(?:source|target)=\"(\\w+)\""
                + "|camunda:(?:resultVariable|elementVariable)=\"(\\w+)\"|camunda:(?:input|output)Parameter name=\"(\\w+)\"");
        for (Path model : models(".bpmn")) {
            String xml = Files.readString(model);
            Matcher named = attribute.matcher(xml);
            while (named.find()) {
                for (int g = 1; g <= 3; g++) {
                    check(named.group(g), model, unknown);
                }
            }
            Matcher el = expression.matcher(xml.replaceAll("camunda:delegateExpression=\"[^\"]*\"", ""));
            while (el.find()) {
                String body = el.group(1).replaceAll("'[^']*'", "''");
                Matcher id = identifier.matcher(body);
                while (id.find()) {
                    String name = id.group(1);
                    boolean objectOrCall = id.group(2) != null;
                    if (EL_WORDS.contains(name) || ENGINE_NAMES.contains(name) || (objectOrCall && beans.contains(name))) {
                        continue;
                    }
                    if (!objectOrCall && beans.contains(name)) {
                        continue;   // a listener or delegate expression outside delegateExpression
                    }
                    check(name, model, unknown);
                }
            }
        }
        Pattern formKey = Pattern.compile("\"key\"\\s*:\\s*\"(\\w+)\"");
        for (Path form : models(".form")) {
            Matcher key = formKey.matcher(Files.readString(form));
            while (key.find()) {
                check(key.group(1), form, unknown);
            }
        }
        assertThat(unknown).as("variables named in models but declared by no descriptor").isEmpty();
    }

    @Test
    void javaNeverNamesAVariableAsAString() throws IOException {
        Pattern byString = Pattern.compile("\\.(?:(?:get|set|remove)Variables?(?:Local)?(?:Typed)?"
                + "|processVariableValue\\w*|variableValue\\w*|variableName(?:In)?|setVariablesLocal)\\(\\s*\"(\\w+)\""
                + "|variables\\.put\\(\\s*\"(\\w+)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = byString.matcher(lines.get(i));
                    while (m.find()) {
                        String name = m.group(1) != null ? m.group(1) : m.group(2);
                        if (declared.contains(name)) {   // other maps and contexts (templates) have names of their own
                            found.add(file + ":" + (i + 1) + " " + name);
                        }
                    }
                }
            }
        }
        assertThat(found).as("variable names written as strings instead of through their descriptor").isEmpty();
    }

    private static void check(String name, Path where, List<String> unknown) {
        if (name != null && !declared.contains(name)) {
            unknown.add(where.getFileName() + ": " + name);
        }
    }

    private static List<Path> models(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(MODELS)) {
            return files.filter(p -> p.toString().endsWith(suffix) && !p.toString().contains("node_modules")).toList();
        }
    }
}
