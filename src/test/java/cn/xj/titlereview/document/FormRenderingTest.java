package cn.xj.titlereview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import cn.xj.titlereview.document.pdf.DocumentTemplates;
import cn.xj.titlereview.document.pdf.PdfRenderer;

/** The review form rendered from a submission without the product around it: layout, font, watermark, page numbers. */
class FormRenderingTest {

    @Test
    void everySectionOfTheSubmissionIsPrintedOnAnEvenNumberOfWatermarkedNumberedPages() throws Exception {
        DocumentTemplates templates = DocumentFixtures.templates();
        DocumentTemplates.Scope scope = new DocumentTemplates.Scope("notice-2024-xj-senior-five-series", 2024);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("notice", Map.of("title", "2024年度自治区正高级工程师职称评审", "id", "x", "year", 2024, "issuer", ""));
        model.put("applicationNo", "ZC2024-000042");
        model.put("version", 2);
        model.put("submittedAt", "2024年9月10日 11:15");
        model.put("code", "ABCD-EFGH-JKMN-PQRS-TVWX");
        model.put("f", FormModel.of(DocumentFixtures.submitted(), "新疆天山有色金属设计研究院"));
        String xhtml = templates.render("review-form.html", scope, model);
        byte[] pdf = DocumentFixtures.renderer().render(xhtml, new PdfRenderer.Decoration(
                List.of("申报编号 ZC2024-000042 核验码 ABCD-EFGH-JKMN-PQRS-TVWX", "有水印为有效"),
                "申报编号 ZC2024-000042 核验码 ABCD-EFGH-JKMN-PQRS-TVWX  有水印为有效", true, true));
        Path out = Path.of("target/documents/review-form-unit.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfText text = PdfText.of(document);
            assertThat(text.pageCount() % 2).isZero();
            text.assertEveryPage("ZC2024-000042", "ABCD-EFGH-JKMN-PQRS-TVWX", "有水印为有效");
            text.assertPageNumbers();
            assertThat(text.all()).contains("专业技术职务任职资格评审表", "张伟", "650102********123X", "新疆大学",
                    "中南大学", "高级工程师", "工艺设计室副主任", "阿舍勒铜矿选矿厂扩建工程工艺设计", "尾矿综合利用示范工程",
                    "自治区科学技术进步奖二等奖", "ZL202110000001.2", "有色金属选矿工艺设计实务", "铜尾矿干排工艺设计要点",
                    "2020", "102", "优秀", "二级乙等", "204 个月", "基层单位推荐意见", "呈报单位意见");
            text.assertFontEmbedded();
        }
    }
}
