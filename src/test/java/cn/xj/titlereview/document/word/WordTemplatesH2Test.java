package cn.xj.titlereview.document.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;

import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Which template a notice gets (its own folder, its year's, the default) with the wording of that
 * notice's attachment, and the start-up check of a template directory.
 */
@H2IntegrationTest
class WordTemplatesH2Test {

    @Autowired
    WordTemplates templates;
    @Autowired
    ResourcePatternResolver resolver;
    @Autowired
    NoticeCatalog notices;

    @Test
    void aNoticeGetsItsOwnWordingThenItsYearsThenTheDefault() throws IOException {
        assertThat(templates.find(DocumentKind.RECOMMENDATION, "notice-2024-akesu-coal", 2024).path())
                .isEqualTo("config/documents/notice-2024-akesu-coal/recommendation.docx");
        assertThat(filled(DocumentKind.RECOMMENDATION, "notice-2024-akesu-coal", 2024))
                .contains("一、政治方面：", "二、工作方面：职业操守、从业行为、工作能力。", "三、单位推荐及公示情况。",
                        "同意推荐张伟同志申报工程系列煤炭专业中级职称。", "阿克苏库车示范煤矿有限公司（推荐单位公章）");

        assertThat(templates.find(DocumentKind.COMPETENT_RECOMMENDATION, "notice-2024-hejing-initial-junior", 2024).path())
                .isEqualTo("config/documents/notice-2024-hejing-initial-junior/competent-recommendation.docx");
        assertThat(filled(DocumentKind.COMPETENT_RECOMMENDATION, "notice-2024-hejing-initial-junior", 2024))
                .contains("主管部门推荐意见", "经审核，同意推荐张伟同志申报煤炭专业中级专业技术职务资格。");

        assertThat(templates.find(DocumentKind.PLEDGE, "notice-2021-xj-nonferrous", 2021).path())
                .isEqualTo("config/documents/2021/pledge.docx");
        assertThat(filled(DocumentKind.PLEDGE, "notice-2021-xj-nonferrous", 2021))
                .contains("专业技术职务任职资格评审材料真实性", "本人申报工程系列煤炭专业中级专业技术职务任职资格。",
                        "五年内不得申报相应职称评审并承担一切责任。", "兹证明张伟同志确系本单位在职专业技术人员");

        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(templates.find(kind, "notice-2024-xj-senior-five-series", 2024).path())
                    .isEqualTo("config/documents/default/" + kind.fileName());
        }
    }

    @Test
    void aTemplateInTheConfiguredDirectoryReplacesThePackagedOne(@TempDir Path dir) throws IOException {
        write(dir.resolve("default/pledge.docx"), "{{name}}：新的承诺书措辞");

        WordTemplates replaced = new WordTemplates(resolver, notices, dir.toString());

        WordTemplates.Template pledge = replaced.find(DocumentKind.PLEDGE, "notice-2024-xj-senior-five-series", 2024);
        assertThat(pledge.path()).isEqualTo(dir.resolve("default/pledge.docx").toString());
        assertThat(replaced.find(DocumentKind.RECOMMENDATION, "notice-2024-akesu-coal", 2024).path())
                .isEqualTo("config/documents/notice-2024-akesu-coal/recommendation.docx");
    }

    @Test
    void anUnknownPlaceholderFolderOrFileStopsTheStartNamingEach(@TempDir Path dir) throws IOException {
        write(dir.resolve("default/pledge.docx"), "{{nmae}}同志");
        write(dir.resolve("notice-2099-unknown/integrity.docx"), "{{name}}");
        write(dir.resolve("2025/resume.docx"), "{{name}}");

        assertThatThrownBy(() -> new WordTemplates(resolver, notices, dir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pledge.docx：未知的占位符 {{nmae}}")
                .hasMessageContaining("目录“notice-2099-unknown”应为 default、年份（如 2025）或通知编号")
                .hasMessageContaining("resume.docx：文件名应为");
    }

    private String filled(DocumentKind kind, String noticeId, int year) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (DocumentField field : DocumentField.values()) {
            values.put(field.key(), "");
        }
        values.putAll(Map.of("name", "张伟", "series", "工程系列", "specialty", "煤炭", "level", "中级",
                "unitName", "阿克苏库车示范煤矿有限公司", "unitOpinion", WordDocuments.DEFAULT_UNIT_OPINION));
        try (XWPFDocument document = templates.find(kind, noticeId, year).open()) {
            Placeholders.fill(document, values);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.write(out);
            return DocxText.of(out.toByteArray());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
    }
}
