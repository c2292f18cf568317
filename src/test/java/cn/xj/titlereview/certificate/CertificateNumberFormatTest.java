package cn.xj.titlereview.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateNumberFormatTest {

    @ParameterizedTest
    @CsvSource({
            "SENIOR_FULL, 650000202410000001",
            "SENIOR_DEPUTY, 650000202420000001",
            "INTERMEDIATE, 650000202430000001",
            "ASSISTANT, 650000202440000001",
            "JUNIOR, 650000202450000001",
    })
    void numberIsRegionYearLevelAndSixDigitSequence(String level, String expected) {
        String prefix = CertificateNumberFormat.prefix(
                new CertificateRequest("XJ2024000001", "notice-2024-xj-senior-five-series", level, "hrb650000"));

        assertThat(CertificateNumberFormat.number(prefix, 1)).isEqualTo(expected.substring(0, 11) + "000001");
        assertThat(prefix).isEqualTo(expected.substring(0, 11));
    }

    @Test
    void theYearIsTheNoticesAndTheRegionTheConfirmingBureaus() {
        String prefix = CertificateNumberFormat.prefix(
                new CertificateRequest("HJ2024000001", "notice-2024-hejing-initial-junior", "JUNIOR", "hrb652827"));

        assertThat(CertificateNumberFormat.number(prefix, 123456)).isEqualTo("65282720245123456");
    }

    @Test
    void refusesWhatCannotMakeAValidNumber() {
        assertThatThrownBy(() -> CertificateNumberFormat.number("65000020242", 1_000_000)).hasMessageContaining("超出范围");
        assertThatThrownBy(() -> CertificateNumberFormat.number("65000020242", 0)).hasMessageContaining("超出范围");
        assertThatThrownBy(() -> CertificateNumberFormat.prefix(
                new CertificateRequest("A", "notice-2024-akesu-coal", "SENIOR_DEPUTY", "hrb6529"))).hasMessageContaining("行政区划代码");
        assertThatThrownBy(() -> CertificateNumberFormat.prefix(
                new CertificateRequest("A", "akesu-coal", "SENIOR_DEPUTY", "hrb652900"))).hasMessageContaining("通知编号");
        assertThatThrownBy(() -> CertificateNumberFormat.prefix(
                new CertificateRequest("A", "notice-2024-akesu-coal", "SENIOR", "hrb652900"))).hasMessageContaining("职称级别");
    }
}
