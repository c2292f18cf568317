package cn.xj.titlereview.notice;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.NoticeDefinition.Assumable;
import cn.xj.titlereview.notice.NoticeDefinition.PublicityPeriod;
import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.notice.NoticeDefinition.YearRange;

/**
 * The rules a notice file must meet before the product runs it. Every problem names the file,
 * the field path and the rule in Chinese, e.g. "config/notices/x.yml: windows.declaration.end 早于 start".
 */
final class NoticeValidator {

    static final Pattern ID_PATTERN = Pattern.compile("notice-(\\d{4})-[a-z0-9-]+");
    static final ZoneId BEIJING = BeijingTime.ZONE;
    static final int MIN_PUBLICITY_WORKING_DAYS = 5;
    private static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Duration MIN_FIX_WINDOW = Duration.ofHours(1);

    /** Problems of one notice; {@code fileName} is the file's name without ".yml". */
    List<String> validate(String file, String fileName, NoticeDefinition notice) {
        return new Check(file, fileName, notice).run();
    }

    private static final class Check {
        private final String file;
        private final String fileName;
        private final NoticeDefinition n;
        private final List<String> problems = new ArrayList<>();

        Check(String file, String fileName, NoticeDefinition notice) {
            this.file = file;
            this.fileName = fileName;
            this.n = notice;
        }

        List<String> run() {
            identity();
            scope();
            windows();
            submission();
            fees();
            defense();
            checks();
            materials();
            publicityAndVote();
            policies();
            slips();
            return problems;
        }

        private void problem(String path, String rule) {
            problems.add(file + ": " + path + " " + rule);
        }

        private boolean required(String path, Object value) {
            boolean present = value != null && !(value instanceof String s && s.isBlank());
            if (!present) {
                problem(path, "必填");
            }
            return present;
        }

        private void assumption(String path, Assumable part) {
            if (part != null && part.isAssumed() && (part.reason() == null || part.reason().isBlank())) {
                problem(path + ".reason", "必填（assumed: true 时须写明理由）");
            }
        }

        private void condition(String path, String when) {
            if (!required(path, when)) {
                return;
            }
            try {
                NoticeCondition condition = NoticeCondition.parse(when);
                if (condition.optional() && !path.startsWith("materials")) {
                    problem(path, "只有 materials 可用 optional");
                }
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
            }
        }

        private void positive(String path, Integer value) {
            if (value != null && value <= 0) {
                problem(path, "须为正整数");
            }
        }

        private <T> void uniqueIds(String path, List<T> items, Function<T, String> id) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String value = id.apply(items.get(i));
                String at = path + "[" + i + "].id";
                if (required(at, value)) {
                    if (!ELEMENT_ID.matcher(value).matches()) {
                        problem(at, "“" + value + "”须由小写字母、数字和连字符组成，以字母开头");
                    }
                    if (!seen.add(value)) {
                        problem(at, "“" + value + "”重复");
                    }
                }
            }
        }

        private static String at(String path, int index, String id) {
            return path + "[" + (id == null || id.isBlank() ? Integer.toString(index) : id) + "]";
        }

        // ------------------------------------------------------------ identity

        private void identity() {
            if (required("id", n.id())) {
                var matcher = ID_PATTERN.matcher(n.id());
                if (!matcher.matches()) {
                    problem("id", "“" + n.id() + "”不符合格式 notice-\\d{4}-[a-z0-9-]+（如 notice-2024-akesu-coal）");
                } else if (n.year() != null && !matcher.group(1).equals(n.year().toString())) {
                    problem("year", n.year() + " 与 id 中的年份 " + matcher.group(1) + " 不一致");
                }
                if (!n.id().equals(fileName)) {
                    problem("id", "“" + n.id() + "”与文件名“" + fileName + ".yml”不一致");
                }
            }
            required("year", n.year());
            required("title", n.title());
            if (required("issuer", n.issuer())) {
                required("issuer.name", n.issuer().name());
                assumption("issuer", n.issuer());
            }
            if (required("area", n.area())) {
                if (required("area.code", n.area().code()) && !REGION_CODE.matcher(n.area().code()).matches()) {
                    problem("area.code", "“" + n.area().code() + "”须为6位行政区划代码");
                }
                required("area.name", n.area().name());
                required("area.level", n.area().level());
            }
            required("flow", n.flow());
            if (required("zone", n.zone()) && !BEIJING.equals(n.zone())) {
                problem("zone", "须为 Asia/Shanghai（通知的时间均为北京时间）");
            }
            for (int i = 0; i < n.committees().size(); i++) {
                required("committees[" + i + "].name", n.committees().get(i).name());
            }
        }

        // ------------------------------------------------------------ scope

        private void scope() {
            if (!required("scope", n.scope())) {
                return;
            }
            var entries = n.scope().entries();
            if (entries.isEmpty()) {
                problem("scope.entries", "至少须有一项");
            }
            uniqueIds("scope.entries", entries, NoticeDefinition.ScopeEntry::id);
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                String path = at("scope.entries", i, entry.id());
                required(path + ".series", entry.series());
                if (entry.levels().isEmpty()) {
                    problem(path + ".levels", "至少须有一个级别");
                }
                Set<Level> seen = new HashSet<>();
                for (int j = 0; j < entry.levels().size(); j++) {
                    var level = entry.levels().get(j);
                    String levelPath = path + ".levels[" + j + "]";
                    if (required(levelPath + ".code", level.code()) && !seen.add(level.code())) {
                        problem(levelPath + ".code", level.code() + " 重复");
                    }
                    if (level.when() != null) {
                        condition(levelPath + ".when", level.when());
                    }
                }
            }
            var initial = n.initialDetermination();
            if (n.flow() == NoticeFlow.INITIAL_DETERMINATION && required("initialDetermination", initial)) {
                if (initial.workYearsByEducation().isEmpty()) {
                    problem("initialDetermination.workYearsByEducation", "至少须有一种学历的年限");
                }
                initial.workYearsByEducation().forEach((education, years) -> {
                    String path = "initialDetermination.workYearsByEducation." + education;
                    if (required(path, years)) {
                        positive(path, years);
                    }
                });
            }
        }

        // ------------------------------------------------------------ windows

        private void windows() {
            if (!required("windows", n.windows())) {
                return;
            }
            var windows = n.windows().byName();
            Window declaration = n.windows().declaration();
            if (required("windows.declaration", declaration)) {
                required("windows.declaration.start", declaration.start());
                required("windows.declaration.end", declaration.end());
            }
            windows.forEach((name, window) -> {
                String path = "windows." + name;
                assumption(path, window);
                if (window.start() != null && window.end() == null) {
                    problem(path + ".end", "必填（有开始时间的时间段须有截止时间）");
                }
                if (window.start() != null && window.end() != null) {
                    if (window.end().isBefore(window.start())) {
                        problem(path + ".end", "早于 start");
                    } else if (window.end().isEqual(window.start())) {
                        problem(path + ".end", "与 start 相同");
                    }
                }
                year(path + ".start", window.start());
                year(path + ".end", window.end());
                if (declaration != null && declaration.start() != null && window != declaration
                        && window.end() != null && window.end().isBefore(declaration.start())) {
                    problem(path + ".end", "早于申报开始时间 windows.declaration.start");
                }
            });
            if (n.titleReview()) {
                Window payment = n.windows().payment();
                if (payment == null || payment.end() == null) {
                    problem("windows.payment.end", "必填（职称评审须有缴费截止时间；原文未写时按 assumed: true 补上并写明理由）");
                } else if (declaration != null && declaration.end() != null
                        && payment.end().isBefore(declaration.end())) {
                    problem("windows.payment.end", "早于申报截止时间 windows.declaration.end");
                }
            }
            if (n.paperMaterials() != null && !n.paperMaterials().items().isEmpty()) {
                Window paper = n.windows().paperMaterials();
                if (paper == null || paper.end() == null) {
                    problem("windows.paperMaterials.end", "必填（通知要求报送纸质材料）");
                }
            }
        }

        private void year(String path, LocalDateTime time) {
            if (time != null && n.year() != null && time.getYear() != n.year() && time.getYear() != n.year() + 1) {
                problem(path, "的年份 " + time.getYear() + " 与通知年度 " + n.year() + " 不符（须为 "
                        + n.year() + " 或 " + (n.year() + 1) + " 年；原文笔误请记入 slips）");
            }
        }

        // ------------------------------------------------------------ submission and fees

        private void submission() {
            var s = n.submission();
            if (!required("submission", s)) {
                return;
            }
            assumption("submission", s);
            required("submission.declarationEndRequires", s.declarationEndRequires());
            required("submission.afterLimitOutcome", s.afterLimitOutcome());
            if (!required("submission.limit", s.limit())) {
                return;
            }
            if (s.limit() < 1) {
                problem("submission.limit", "须为正整数");
                return;
            }
            if (s.limit() > 1) {
                required("submission.lateFixOutcome", s.lateFixOutcome());
            }
            if (s.fixWindows().size() < s.limit() - 1) {
                problem("submission.fixWindows", "只有 " + s.fixWindows().size() + " 个，少于 submission.limit - 1 = "
                        + (s.limit() - 1) + " 个（每次退回须有修改时限）");
            }
            for (int i = 0; i < s.fixWindows().size(); i++) {
                Duration window = s.fixWindows().get(i);
                if (window == null || window.compareTo(MIN_FIX_WINDOW) < 0) {
                    problem("submission.fixWindows[" + i + "]", "须为不少于 1 小时的 ISO-8601 时长（如 PT48H、P2D）");
                }
            }
        }

        private void fees() {
            var fees = n.fees();
            if (n.flow() == NoticeFlow.INITIAL_DETERMINATION) {
                if (fees != null) {
                    problem("fees", "初定不收评审费，不应填写");
                }
                return;
            }
            if (!required("fees", fees)) {
                return;
            }
            assumption("fees", fees);
            List<Level> levels = n.levels();
            for (Level level : levels) {
                Integer fee = fees.perLevel().get(level);
                if (fee == null) {
                    problem("fees.perLevel." + level, "缺少（申报范围含" + level.label() + "，须有评审费）");
                } else if (fee <= 0) {
                    problem("fees.perLevel." + level, "须为正数（元）");
                }
            }
            for (Map.Entry<Level, Integer> entry : fees.perLevel().entrySet()) {
                if (!levels.contains(entry.getKey())) {
                    problem("fees.perLevel." + entry.getKey(), "不在申报范围 scope 内");
                }
            }
        }

        private void defense() {
            var d = n.defense();
            if (d == null) {
                return;
            }
            if (n.flow() == NoticeFlow.INITIAL_DETERMINATION) {
                problem("defense", "初定没有答辩，不应填写");
                return;
            }
            assumption("defense", d);
            for (int i = 0; i < d.required().size(); i++) {
                condition("defense.required[" + i + "].when", d.required().get(i).when());
            }
            for (int i = 0; i < d.exemptions().size(); i++) {
                condition("defense.exemptions[" + i + "].when", d.exemptions().get(i).when());
            }
        }

        // ------------------------------------------------------------ checks

        private void checks() {
            var ce = n.continuingEducation();
            if (ce != null) {
                for (int i = 0; i < ce.years().size(); i++) {
                    var years = ce.years().get(i);
                    String path = "continuingEducation.years[" + i + "]";
                    condition(path + ".when", years.when());
                    if (years.publicYears() == null && years.professional() == null) {
                        problem(path, "须有 public 或 professional 年度");
                    }
                    range(path + ".public", years.publicYears());
                    range(path + ".professional", years.professional());
                }
                for (int i = 0; i < ce.exemptions().size(); i++) {
                    condition("continuingEducation.exemptions[" + i + "].when", ce.exemptions().get(i).when());
                }
                var hours = ce.hoursPerYear();
                if (hours != null) {
                    positive("continuingEducation.hoursPerYear.total", hours.total());
                    positive("continuingEducation.hoursPerYear.professionalMin", hours.professionalMin());
                    positive("continuingEducation.hoursPerYear.publicMin", hours.publicMin());
                    if (hours.total() != null && hours.professionalMin() != null
                            && hours.professionalMin() > hours.total()) {
                        problem("continuingEducation.hoursPerYear.professionalMin", "大于 total");
                    }
                }
            }
            var assessment = n.assessment();
            if (assessment != null) {
                assumption("assessment", assessment);
                for (int i = 0; i < assessment.years().size(); i++) {
                    var years = assessment.years().get(i);
                    String path = "assessment.years[" + i + "]";
                    condition(path + ".when", years.when());
                    if (years.range() == null && years.count() == null) {
                        problem(path, "须有 range 或 count");
                    }
                    range(path + ".range", years.range());
                    positive(path + ".count", years.count());
                }
            }
            if (n.putonghua() != null) {
                required("putonghua.minGrade", n.putonghua().minGrade());
                condition("putonghua.when", n.putonghua().when());
            }
            if (n.socialInsurance() != null) {
                positive("socialInsurance.minMonths", n.socialInsurance().minMonths());
                required("socialInsurance.minMonths", n.socialInsurance().minMonths());
                condition("socialInsurance.when", n.socialInsurance().when());
            }
            var summary = n.workSummary();
            if (summary != null) {
                positive("workSummary.minChars", summary.minChars());
                positive("workSummary.maxChars", summary.maxChars());
                if (summary.minChars() != null && summary.maxChars() != null
                        && summary.minChars() > summary.maxChars()) {
                    problem("workSummary.minChars", "大于 maxChars");
                }
            }
            var ban = n.fraudBan();
            if (ban != null) {
                positive("fraudBan.personYears", ban.personYears());
                positive("fraudBan.unitYears", ban.unitYears());
            }
            if (n.seniorityCutoff() != null) {
                required("seniorityCutoff.date", n.seniorityCutoff().date());
                assumption("seniorityCutoff", n.seniorityCutoff());
            }
            for (int i = 0; i < n.exclusions().size(); i++) {
                var exclusion = n.exclusions().get(i);
                required("exclusions[" + i + "].group", exclusion.group());
                assumption("exclusions[" + i + "]", exclusion);
            }
        }

        private void range(String path, YearRange range) {
            if (range == null) {
                return;
            }
            if (required(path + ".from", range.from()) & required(path + ".to", range.to())
                    && range.from() > range.to()) {
                problem(path + ".from", "晚于 to");
            }
        }

        // ------------------------------------------------------------ materials

        private void materials() {
            var materials = n.materials();
            uniqueIds("materials", materials, NoticeDefinition.Material::id);
            for (int i = 0; i < materials.size(); i++) {
                var material = materials.get(i);
                String path = at("materials", i, material.id());
                required(path + ".name", material.name());
                condition(path + ".when", material.when());
            }
            var paper = n.paperMaterials();
            if (paper == null) {
                return;
            }
            uniqueIds("paperMaterials.items", paper.items(), NoticeDefinition.PaperMaterial::id);
            for (int i = 0; i < paper.items().size(); i++) {
                var item = paper.items().get(i);
                String path = at("paperMaterials.items", i, item.id());
                required(path + ".name", item.name());
                condition(path + ".when", item.when());
                positive(path + ".copies", item.copies());
            }
        }

        // ------------------------------------------------------------ publicity and vote

        private void publicityAndVote() {
            var publicity = n.publicity();
            if (required("publicity", publicity)) {
                if (required("publicity.unit", publicity.unit())) {
                    period("publicity.unit", publicity.unit());
                }
                if (n.titleReview()) {
                    if (required("publicity.result", publicity.result())) {
                        period("publicity.result", publicity.result());
                    }
                } else if (publicity.result() != null) {
                    period("publicity.result", publicity.result());
                }
            }
            var vote = n.vote();
            if (n.flow() == NoticeFlow.INITIAL_DETERMINATION) {
                if (vote != null) {
                    problem("vote", "初定没有评审委员会表决，不应填写");
                }
                return;
            }
            if (!required("vote", vote)) {
                return;
            }
            threshold("vote.quorum", vote.quorum());
            threshold("vote.passRatio", vote.passRatio());
            required("vote.passBase", vote.passBase());
        }

        private void period(String path, PublicityPeriod period) {
            assumption(path, period);
            if (required(path + ".workingDays", period.workingDays())
                    && period.workingDays() < MIN_PUBLICITY_WORKING_DAYS) {
                problem(path + ".workingDays", "不得少于 " + MIN_PUBLICITY_WORKING_DAYS + " 个工作日");
            }
        }

        private void threshold(String path, Fraction value) {
            if (required(path, value) && !value.isProperPositive()) {
                problem(path, value + " 须在 (0, 1] 之间");
            }
        }

        // ------------------------------------------------------------ policies and slips

        private void policies() {
            var policies = n.specialPolicies();
            uniqueIds("specialPolicies", policies, NoticeDefinition.SpecialPolicy::id);
            for (int i = 0; i < policies.size(); i++) {
                var policy = policies.get(i);
                String path = at("specialPolicies", i, policy.id());
                required(path + ".name", policy.name());
                if (policy instanceof NoticeDefinition.EarlyApplication early) {
                    if (required(path + ".yearsEarlier", early.yearsEarlier())) {
                        positive(path + ".yearsEarlier", early.yearsEarlier());
                    }
                    condition(path + ".when", early.when());
                } else if (policy instanceof NoticeDefinition.SkilledWorkerPathway pathway) {
                    for (int j = 0; j < pathway.routes().size(); j++) {
                        var route = pathway.routes().get(j);
                        String routePath = path + ".routes[" + j + "]";
                        required(routePath + ".qualification", route.qualification());
                        required(routePath + ".level", route.level());
                        if (required(routePath + ".years", route.years())) {
                            positive(routePath + ".years", route.years());
                        }
                    }
                    positive(path + ".qualifiedAssessmentYears", pathway.qualifiedAssessmentYears());
                } else if (policy instanceof NoticeDefinition.DelegatedEvaluation delegated) {
                    required(path + ".direction", delegated.direction());
                    if (delegated.when() != null) {
                        condition(path + ".when", delegated.when());
                    }
                } else if (policy instanceof NoticeDefinition.DirectRecognition direct) {
                    if (required(path + ".consecutiveYears", direct.consecutiveYears())) {
                        positive(path + ".consecutiveYears", direct.consecutiveYears());
                    }
                } else if (policy instanceof NoticeDefinition.AidXinjiang aid) {
                    positive(path + ".minPostingYears", aid.minPostingYears());
                } else if (policy instanceof NoticeDefinition.PrivateEnterpriseTrack track) {
                    if (track.eligibleGroups().isEmpty()) {
                        problem(path + ".eligibleGroups", "至少须有一项");
                    }
                    positive(path + ".minPostingYears", track.minPostingYears());
                } else if (policy instanceof NoticeDefinition.MaterialsSinceCurrentTitle since) {
                    for (String section : since.sections()) {
                        if (!NoticeDefinition.MaterialsSinceCurrentTitle.SECTIONS.contains(section)) {
                            problem(path + ".sections", "“" + section + "”无效：可用："
                                    + String.join(", ", NoticeDefinition.MaterialsSinceCurrentTitle.SECTIONS));
                        }
                    }
                } else if (policy instanceof NoticeDefinition.OtherPolicy other) {
                    required(path + ".description", other.description());
                }
            }
        }

        private void slips() {
            for (int i = 0; i < n.slips().size(); i++) {
                var slip = n.slips().get(i);
                String path = "slips[" + i + "]";
                required(path + ".field", slip.field());
                required(path + ".original", slip.original());
                required(path + ".reading", slip.reading());
                required(path + ".reason", slip.reason());
            }
        }
    }
}
