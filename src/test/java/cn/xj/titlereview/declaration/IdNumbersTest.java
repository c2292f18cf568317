package cn.xj.titlereview.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.xj.titlereview.api.FieldProblem;

public class IdNumbersTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    /** A valid number with the given address code, birth date and sequence (odd: male). */
    public static String valid(String address, LocalDate birth, int sequence) {
        String first17 = address + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"650102198503120019", "65010219850312006X", "652901199001011238", "11010519900307419X"})
    void acceptsValidNumbers(String id) {
        IdNumbers.Check check = IdNumbers.check(id, TODAY, "idNumber");
        assertThat(check.problems()).isEmpty();
        assertThat(check.normalized()).isEqualTo(id);
    }

    @Test
    void acceptsTrailingLowercaseXAsX() {
        IdNumbers.Check check = IdNumbers.check(" 65010219850312006x ", TODAY, "idNumber");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo("65010219850312006X");
    }

    @Test
    void derivesBirthDateAndGender() {
        IdNumbers.Check male = IdNumbers.check("650102198503120019", TODAY, "idNumber");
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(male.gender()).isEqualTo(Gender.MALE);
        IdNumbers.Check female = IdNumbers.check("650102198503120027", TODAY, "idNumber");
        assertThat(female.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(rules("650102198503120018")).containsExactly("校验码");
        assertThat(message("650102198503120018")).isEqualTo("身份证号码校验码不正确");
    }

    @Test
    void refusesAnUnknownProvince() {
        assertThat(rules(valid("910102", LocalDate.of(1985, 3, 12), 1))).containsExactly("地区码");
        String id = valid("990102", LocalDate.of(1985, 3, 12), 1);
        assertThat(rules(id)).containsExactly("地区码");
        assertThat(rules(valid("100102", LocalDate.of(1985, 3, 12), 1))).containsExactly("地区码");
    }

    @Test
    void acceptsEveryProvinceOfTheStandard() {
        for (String province : IdNumbers.PROVINCES) {
            assertThat(rules(valid(province + "0102", LocalDate.of(1985, 3, 12), 1))).as(province).isEmpty();
        }
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        // 1985-02-30 with a correct check character
        String first17 = "65010219850230001";
        assertThat(rules(first17 + IdNumbers.checkCharacter(first17))).containsExactly("出生日期");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String id = valid("650102", LocalDate.of(2024, 9, 2), 1);
        assertThat(rules(id)).containsExactly("出生日期");
        assertThat(message(id)).contains("晚于今天");
    }

    @Test
    void refusesAgesOutsideSixteenToSeventy() {
        assertThat(rules(valid("650102", LocalDate.of(2008, 9, 2), 1))).containsExactly("出生日期");
        assertThat(rules(valid("650102", LocalDate.of(2008, 9, 1), 1))).isEmpty();
        assertThat(rules(valid("650102", LocalDate.of(1953, 9, 1), 1))).containsExactly("出生日期");
        assertThat(rules(valid("650102", LocalDate.of(1953, 9, 2), 1))).isEmpty();
    }

    @Test
    void refusesWrongLengthAndCharacters() {
        assertThat(rules("65010219850312001")).containsExactly("长度");
        assertThat(rules("6501021985031200199")).containsExactly("长度");
        assertThat(rules("65010219850312001A")).containsExactly("格式");
        assertThat(rules("6501021985031200X9")).containsExactly("格式");
        assertThat(rules("")).containsExactly("必填");
    }

    @Test
    void listsEveryProblemOfAWellFormedNumber() {
        // unknown province, impossible date and wrong check character at once
        assertThat(rules("990102198502300010")).containsExactlyInAnyOrder("地区码", "出生日期", "校验码");
    }

    @Test
    void masksAllButRegionAndLastFour() {
        assertThat(IdNumbers.mask("65010219850312006X")).isEqualTo("650102********006X");
        assertThat(IdNumbers.isMasked("650102********006X")).isTrue();
        assertThat(IdNumbers.isMasked("65010219850312006X")).isFalse();
    }

    @Test
    void messagesNeverContainTheNumber() {
        String id = "990102198502300010";
        assertThat(IdNumbers.check(id, TODAY, "idNumber").problems())
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("0102").doesNotContain(id));
    }

    private static java.util.List<String> rules(String id) {
        return IdNumbers.check(id, TODAY, "idNumber").problems().stream().map(FieldProblem::rule).toList();
    }

    private static String message(String id) {
        return IdNumbers.check(id, TODAY, "idNumber").problems().get(0).message();
    }
}
