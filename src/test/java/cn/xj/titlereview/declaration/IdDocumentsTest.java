package cn.xj.titlereview.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.xj.titlereview.api.FieldProblem;

/** Each kind of identity document: a valid number, a wrong check character, a wrong region, a wrong length. */
class IdDocumentsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);
    static final LocalDate BIRTH = LocalDate.of(1985, 3, 12);

    @Test
    void residentIdCardKeepsGb11643AndAMainlandRegion() {
        String id = IdNumbersTest.valid("650102", BIRTH, 1);
        IdDocuments.Check check = check(IdType.RESIDENT_ID_CARD, id);
        assertThat(check.problems()).isEmpty();
        assertThat(check.birthDate()).isEqualTo(BIRTH);
        assertThat(check.gender()).isEqualTo(Gender.MALE);
        assertThat(rules(IdType.RESIDENT_ID_CARD, id.substring(0, 17) + wrong(id.charAt(17)))).containsExactly("校验码");
        // a Hong Kong region is a residence permit, not a resident ID card: the message says which kind to choose
        IdDocuments.Check hk = check(IdType.RESIDENT_ID_CARD, IdNumbersTest.valid("810000", BIRTH, 1));
        assertThat(hk.problems()).extracting(FieldProblem::rule).containsExactly("地区码");
        assertThat(hk.problems().get(0).message()).contains("港澳台居民居住证");
        assertThat(rules(IdType.RESIDENT_ID_CARD, IdNumbersTest.valid("710000", BIRTH, 1))).containsExactly("地区码");
        assertThat(rules(IdType.RESIDENT_ID_CARD, id.substring(0, 17))).containsExactly("长度");
        assertThat(IdDocuments.parseType(null)).isEqualTo(IdType.RESIDENT_ID_CARD);
        assertThat(IdDocuments.parseType("居民身份证")).isEqualTo(IdType.RESIDENT_ID_CARD);
    }

    @Test
    void residencePermitTakesTheThreeRegionsOfHongKongMacaoAndTaiwanOnly() {
        for (String region : List.of("810000", "820000", "830000")) {
            IdDocuments.Check check = check(IdType.HMT_RESIDENCE_PERMIT, IdNumbersTest.valid(region, BIRTH, 2));
            assertThat(check.problems()).as(region).isEmpty();
            assertThat(check.birthDate()).isEqualTo(BIRTH);
            assertThat(check.gender()).isEqualTo(Gender.FEMALE);
        }
        String mainland = IdNumbersTest.valid("650102", BIRTH, 1);
        assertThat(problems(IdType.HMT_RESIDENCE_PERMIT, mainland)).extracting(FieldProblem::message)
                .containsExactly("港澳台居民居住证号码的前6位应为810000（香港）、820000（澳门）或830000（台湾）");
        // 81 as province but not 810000: still a wrong region
        assertThat(rules(IdType.HMT_RESIDENCE_PERMIT, IdNumbersTest.valid("810100", BIRTH, 1))).containsExactly("地区码");
        String valid = IdNumbersTest.valid("820000", BIRTH, 1);
        assertThat(problems(IdType.HMT_RESIDENCE_PERMIT, valid.substring(0, 17) + wrong(valid.charAt(17))))
                .extracting(FieldProblem::message).containsExactly("港澳台居民居住证号码校验码不正确");
        assertThat(problems(IdType.HMT_RESIDENCE_PERMIT, valid + "1")).extracting(FieldProblem::message)
                .containsExactly("港澳台居民居住证号码应为18位");
    }

    @Test
    void hongKongAndMacaoPermitIsHOrMAndEightDigitsWithTheIssueCountDropped() {
        assertThat(check(IdType.HK_MACAO_PERMIT, "H12345678").normalized()).isEqualTo("H12345678");
        assertThat(check(IdType.HK_MACAO_PERMIT, "m1234567801").normalized())
                .as("the issue count of a renewed card is dropped: the same person").isEqualTo("M12345678");
        assertThat(check(IdType.HK_MACAO_PERMIT, "H12345678").birthDate()).isNull();
        // wrong "region": a letter other than H or M
        assertThat(problems(IdType.HK_MACAO_PERMIT, "K12345678")).extracting(FieldProblem::message)
                .containsExactly("港澳居民来往内地通行证号码应为H（香港）或M（澳门）加8位数字");
        assertThat(rules(IdType.HK_MACAO_PERMIT, "H1234567")).containsExactly("长度");
        assertThat(rules(IdType.HK_MACAO_PERMIT, "H123456789")).containsExactly("长度");
        assertThat(rules(IdType.HK_MACAO_PERMIT, "")).containsExactly("必填");
    }

    @Test
    void taiwanPermitIsEightDigits() {
        assertThat(check(IdType.TAIWAN_PERMIT, " 0123 4567 ").normalized()).isEqualTo("01234567");
        assertThat(rules(IdType.TAIWAN_PERMIT, "T1234567")).containsExactly("格式");
        assertThat(problems(IdType.TAIWAN_PERMIT, "0123456701")).extracting(FieldProblem::message)
                .containsExactly("台湾居民来往大陆通行证号码应为8位（不含换证次数）");
        assertThat(rules(IdType.TAIWAN_PERMIT, "1234567")).containsExactly("长度");
    }

    @Test
    void foreignPermanentResidentCardInItsTwoForms() {
        IdDocuments.Check old = check(IdType.FOREIGN_PERMANENT_RESIDENT, "usa650085031201");
        assertThat(old.problems()).isEmpty();
        assertThat(old.normalized()).isEqualTo("USA650085031201");
        assertThat(old.birthDate()).as("the old form is not read for a birth date").isNull();
        assertThat(rules(IdType.FOREIGN_PERMANENT_RESIDENT, "US6650085031201")).containsExactly("格式");

        String first17 = "9" + "65" + "840" + "19850312" + "001";
        String card2023 = first17 + IdNumbers.checkCharacter(first17);
        IdDocuments.Check current = check(IdType.FOREIGN_PERMANENT_RESIDENT, card2023);
        assertThat(current.problems()).isEmpty();
        assertThat(current.birthDate()).isEqualTo(BIRTH);
        assertThat(problems(IdType.FOREIGN_PERMANENT_RESIDENT, first17 + wrong(card2023.charAt(17))))
                .extracting(FieldProblem::message).containsExactly("外国人永久居留身份证号码校验码不正确");
        // wrong "region": a resident ID number is not a permanent-residence card
        assertThat(problems(IdType.FOREIGN_PERMANENT_RESIDENT, IdNumbersTest.valid("650102", BIRTH, 1)))
                .extracting(FieldProblem::message).containsExactly("外国人永久居留身份证号码（2023年版）首位应为9");
        assertThat(rules(IdType.FOREIGN_PERMANENT_RESIDENT, "USA65008503120")).containsExactly("长度");
    }

    @Test
    void passportIsFiveToSeventeenLettersAndDigits() {
        assertThat(check(IdType.PASSPORT, "e1234 5678").normalized()).isEqualTo("E12345678");
        assertThat(check(IdType.PASSPORT, "A1234").problems()).isEmpty();
        assertThat(check(IdType.PASSPORT, "A1234567890123456").problems()).isEmpty();
        assertThat(rules(IdType.PASSPORT, "A123")).containsExactly("长度");
        assertThat(rules(IdType.PASSPORT, "A12345678901234567")).containsExactly("长度");
        assertThat(problems(IdType.PASSPORT, "E1234/678")).extracting(FieldProblem::message)
                .containsExactly("护照号码只能由字母和数字组成");
    }

    @ParameterizedTest
    @EnumSource(IdType.class)
    void everyKindNamesItselfWhenEmptyAndMasksWithAStar(IdType type) {
        assertThat(problems(type, " ")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("idNumber");
            assertThat(p.rule()).isEqualTo("必填");
            assertThat(p.message()).isEqualTo("请填写" + type.numberName());
        });
    }

    @Test
    void masksEveryLength() {
        assertThat(IdDocuments.mask("65010219850312006X")).isEqualTo("650102********006X");
        assertThat(IdDocuments.mask("USA650085031201")).isEqualTo("USA********1201");
        assertThat(IdDocuments.mask("H12345678")).isEqualTo("H*****678");
        assertThat(IdDocuments.mask("01234567")).isEqualTo("0****567");
        assertThat(IdDocuments.mask("A1234")).isEqualTo("****4");
        assertThat(IdNumbers.isMasked(IdDocuments.mask("A1234"))).isTrue();
    }

    @Test
    void theIndexOfTheGb11643SpaceIsTheNumberAndOtherKindsArePrefixed() {
        assertThat(IdDocuments.indexKey(IdType.RESIDENT_ID_CARD, "65010219850312006X")).isEqualTo("65010219850312006X");
        assertThat(IdDocuments.indexKey(IdType.HMT_RESIDENCE_PERMIT, "810000198503120012")).isEqualTo("810000198503120012");
        assertThat(IdDocuments.indexKey(IdType.TAIWAN_PERMIT, "01234567"))
                .isNotEqualTo(IdDocuments.indexKey(IdType.PASSPORT, "01234567"));
    }

    private static char wrong(char check) {
        return check == '0' ? '1' : '0';
    }

    private static IdDocuments.Check check(IdType type, String raw) {
        return IdDocuments.check(type, raw, TODAY, "idNumber");
    }

    private static List<FieldProblem> problems(IdType type, String raw) {
        return check(type, raw).problems();
    }

    private static List<String> rules(IdType type, String raw) {
        return problems(type, raw).stream().map(FieldProblem::rule).toList();
    }
}
