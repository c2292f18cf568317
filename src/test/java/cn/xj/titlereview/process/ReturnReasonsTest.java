package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class ReturnReasonsTest {

    @Test
    void linesListsAndJsonArraysGiveTheSameReasons() {
        List<String> expected = List.of("学历证书不清晰", "缺少继续教育证明");

        assertThat(ReturnReasons.parse("学历证书不清晰\n\n  缺少继续教育证明  ")).isEqualTo(expected);
        assertThat(ReturnReasons.parse(expected)).isEqualTo(expected);
        assertThat(ReturnReasons.parse("[\"学历证书不清晰\",\"缺少继续教育证明\"]")).isEqualTo(expected);
        assertThat(ReturnReasons.parse(Spin.JSON("[\"学历证书不清晰\",\"缺少继续教育证明\"]"))).isEqualTo(expected);
    }

    @Test
    void bracketedTextThatIsNotJsonStaysAReason() {
        assertThat(ReturnReasons.parse("[附件3] 不清晰")).containsExactly("[附件3] 不清晰");
        assertThat(ReturnReasons.parse("[附件3 不清晰]")).containsExactly("[附件3 不清晰]");
        assertThat(ReturnReasons.parse(null)).isEmpty();
    }
}
