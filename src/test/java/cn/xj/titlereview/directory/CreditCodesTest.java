package cn.xj.titlereview.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;

/** 统一社会信用代码 by GB 32100-2015: the check character, the length, the alphabet, the case. */
class CreditCodesTest {

    @Test
    void aCodeWithItsCheckCharacterPasses() {
        // published examples: a company of Fuzhou, one of Shanghai
        assertThat(CreditCodes.check("91350100M000100Y43", "creditCode").valid()).isTrue();
        assertThat(CreditCodes.check("91310000775785552L", "creditCode").valid()).isTrue();
        // a check value of 31 − 0 is written 0 (the demo's research institute)
        assertThat(CreditCodes.checkCharacter("12650000458000010")).isEqualTo('0');
        assertThat(CreditCodes.check(" 126500004580000100 ", "creditCode").normalized()).isEqualTo("126500004580000100");
    }

    @Test
    void aWrongCheckCharacterIsNamed() {
        CreditCodes.Check check = CreditCodes.check("91350100M000100Y44", "creditCode");
        assertThat(check.problems()).containsExactly(
                new FieldProblem("creditCode", "校验码", "统一社会信用代码校验码（第18位）不正确，请核对"));
        // two neighbouring characters swapped: the weights catch it
        assertThat(CreditCodes.check("91350100M001000Y43", "creditCode").problems()).extracting(FieldProblem::rule)
                .containsExactly("校验码");
    }

    @Test
    void seventeenOrNineteenCharactersAreTheWrongLength() {
        assertThat(CreditCodes.check("91350100M000100Y4", "c").problems()).extracting(FieldProblem::rule, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("长度", "统一社会信用代码应为18位，现为17位"));
        assertThat(CreditCodes.check("91350100M000100Y433", "c").problems()).extracting(FieldProblem::rule)
                .containsExactly("长度");
        assertThat(CreditCodes.check("", "c").problems()).extracting(FieldProblem::rule).containsExactly("长度");
        assertThat(CreditCodes.check(null, "c").valid()).isFalse();
    }

    @Test
    void lowerCaseLettersAreReadAsUpperCase() {
        CreditCodes.Check check = CreditCodes.check("91350100m000100y43", "creditCode");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCodes.check("91652902ma7xk0017p", "creditCode").normalized()).isEqualTo("91652902MA7XK0017P");
    }

    @Test
    void lettersOutsideTheAlphabetAndALetterInTheRegionAreRefused() {
        // I, O, S, V, Z are not used (they look like 1, 0, 5, U, 2)
        assertThat(CreditCodes.check("91350100M000100O43", "c").problems()).extracting(FieldProblem::rule, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("字符",
                        "统一社会信用代码第16位“O”不是允许的字符（数字或除 I、O、S、V、Z 以外的大写字母）"));
        assertThat(CreditCodes.check("9135A100M000100Y43", "c").problems()).extracting(FieldProblem::message)
                .containsExactly("统一社会信用代码第3至8位是登记管理机关的行政区划码，应为数字");
    }

    @Test
    void everyCreditCodeOfTheOrganisationFilesIsValid() {
        DemoDirectory demo = OrganisationsFile.read(new DefaultResourceLoader(), OrganisationsFile.DEMO);
        Stream.concat(demo.employerUnits().stream().map(DemoDirectory.EmployerUnit::creditCode),
                        demo.competentUnits().stream().map(DemoDirectory.Organisation::creditCode))
                .forEach(code -> assertThat(CreditCodes.check(code, "creditCode").problems()).as(code).isEmpty());
        assertThat(demo.employerUnits()).allSatisfy(u -> assertThat(u.creditCode()).isNotBlank());
        assertThat(CreditCodes.check(UnitImport.COLUMNS.get(2).example(), "c").valid()).as("the template's example").isTrue();
    }

    @Test
    void aRegionHoldsItsPrefecturesAndCounties() {
        assertThat(Regions.within("652902", "650000")).isTrue();
        assertThat(Regions.within("652902", "652900")).isTrue();
        assertThat(Regions.within("652900", "652900")).isTrue();
        assertThat(Regions.within("650500", "652900")).isFalse();
        assertThat(Regions.within("652827", "652800")).isTrue();
        assertThat(Regions.within("652800", "652827")).as("a county does not hold its prefecture").isFalse();
        assertThat(Regions.within("6529", "652900")).isFalse();
    }
}
