package cn.xj.titlereview.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsAPlainChineseName() throws Exception {
        assertThat(FileNames.check(" 身份证正面.jpg ")).isEqualTo("身份证正面.jpg");
    }

    @Test
    void refusesPathParts() {
        for (String name : new String[] {"../../etc/passwd.jpg", "C:\\Users\\张伟\\scan.jpg", "a/b.jpg", "..", "c:x.jpg"}) {
            assertThatThrownBy(() -> FileNames.check(name)).as(name).isInstanceOf(ImageRejectedException.class);
        }
    }

    @Test
    void refusesNullBytesAndControlCharacters() {
        assertThatThrownBy(() -> FileNames.check("scan.jpg\0.html")).hasMessageContaining("空字符");
        assertThatThrownBy(() -> FileNames.check("scan\n.jpg")).isInstanceOf(ImageRejectedException.class);
        // right-to-left override: "scan\u202Egpj.exe" shows as "scanexe.jpg"
        assertThatThrownBy(() -> FileNames.check("scan\u202Egpj.exe")).hasMessageContaining("格式字符");
    }

    @Test
    void refusesOverlongNames() throws Exception {
        assertThat(FileNames.check("页".repeat(96) + ".jpg")).hasSize(100);
        assertThatThrownBy(() -> FileNames.check("页".repeat(97) + ".jpg")).hasMessageContaining("过长");
    }

    @Test
    void namesAFileWithoutNameAndOffersJpgOnDownload() throws Exception {
        assertThat(FileNames.check(null)).isEqualTo("附件.jpg");
        assertThat(FileNames.check("  ")).isEqualTo("附件.jpg");
        assertThat(FileNames.downloadName("scan.png")).isEqualTo("scan.png.jpg");
        assertThat(FileNames.downloadName("scan.JPEG")).isEqualTo("scan.JPEG");
    }
}
