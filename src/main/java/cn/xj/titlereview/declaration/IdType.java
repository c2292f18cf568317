package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/**
 * The identity documents an applicant may declare with. Besides the 居民身份证, the notices admit staff from
 * Hong Kong, Macao and Taiwan and foreign staff (哈密市2023年通知 第三条（四）: "港澳台专业技术人员和持有外国人工作许可证
 * 的外籍专业技术人员"), who hold one of the others. Each kind has its own format ({@link IdDocuments}).
 */
public enum IdType implements Labelled {
    /** GB 11643-1999, 18 characters with the MOD 11-2 check character; birth date and gender encoded. */
    RESIDENT_ID_CARD("居民身份证", true, true),
    /** 港澳台居民居住证 (2018): the same 18-character format, region 810000, 820000 or 830000. */
    HMT_RESIDENCE_PERMIT("港澳台居民居住证", true, true),
    /** 港澳居民来往内地通行证 (回乡证): H or M and the holder's 8-digit lifelong number. */
    HK_MACAO_PERMIT("港澳居民来往内地通行证", false, false),
    /** 台湾居民来往大陆通行证 (台胞证, card since 2015): the holder's 8-digit lifelong number. */
    TAIWAN_PERMIT("台湾居民来往大陆通行证", false, false),
    /**
     * 外国人永久居留身份证: the 15-character form (3 letters, 12 digits) until 2023, the 18-character form from
     * 2023-12-01 (first digit 9, GB 11643 layout and check character). Only the latter encodes the birth date.
     */
    FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证", false, false),
    /** A passport: 5 to 17 letters and digits. */
    PASSPORT("护照", false, false);

    /** What a declaration without a type means (the API's default). */
    public static final IdType DEFAULT = RESIDENT_ID_CARD;

    private final String label;
    private final boolean encodesBirthDate;
    private final boolean encodesGender;

    IdType(String label, boolean encodesBirthDate, boolean encodesGender) {
        this.label = label;
        this.encodesBirthDate = encodesBirthDate;
        this.encodesGender = encodesGender;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether every number of this kind carries the birth date (the 18-character 永居证 does too, but not the
     * 15-character one: {@link IdDocuments.Check#birthDate()} tells for a given number).
     */
    public boolean encodesBirthDate() {
        return encodesBirthDate;
    }

    public boolean encodesGender() {
        return encodesGender;
    }

    /** "身份证号码" for the resident ID card (the word the forms always used), "…号码" for the others. */
    public String numberName() {
        return this == RESIDENT_ID_CARD ? "身份证号码" : label + "号码";
    }
}
