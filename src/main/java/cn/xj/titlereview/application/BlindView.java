package cn.xj.titlereview.application;

import java.time.LocalDate;
import java.util.List;

import cn.xj.titlereview.declaration.Accomplishment;
import cn.xj.titlereview.declaration.Award;
import cn.xj.titlereview.declaration.Book;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.IntellectualProperty;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.WorkPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application as the committee's experts see it (盲评): the professional record only. No name,
 * gender, ID number, phone, employer or certificate numbers; in every text the applicant's name, the
 * employer unit's name, the phone and the ID number read "XXX"; pages are listed without their file
 * names and are served masked.
 */
@Schema(description = "盲评视图：评委看到的申报（不含姓名、单位、身份证号；文字中的本人姓名和单位名称以 XXX 代替）")
public record BlindView(
        @Schema(description = "申报编号") String applicationNo,
        @Schema(description = "通知编号") String noticeId,
        @Schema(description = "系列") String series,
        @Schema(description = "专业") String specialty,
        @Schema(description = "二级专业") String subSpecialty,
        @Schema(description = "申报级别") String level,
        @Schema(description = "申报级别（中文）") String levelLabel,
        @Schema(description = "现职称") String currentTitle,
        @Schema(description = "现职称取得日期") LocalDate currentTitleObtainedOn,
        @Schema(description = "从事专业技术工作年限") Integer professionYears,
        @Schema(description = "学历学位（不含证书编号）") List<EducationEntry> education,
        @Schema(description = "工作简历（单位名称以 XXX 代替）") List<WorkPeriod> workHistory,
        @Schema(description = "实践能力") List<Accomplishment> practice,
        @Schema(description = "业绩成果") List<Accomplishment> achievements,
        @Schema(description = "获奖情况") List<Award> awards,
        @Schema(description = "知识产权") List<IntellectualProperty> intellectualProperty,
        @Schema(description = "著（译）作") List<Book> books,
        @Schema(description = "论文") List<Paper> papers,
        @Schema(description = "个人业务工作总结") String workSummary,
        @Schema(description = "材料（遮盖后的图片，经 GET /api/attachments/{id} 取得）") List<Page> pages) {

    @Schema(description = "一页材料")
    public record Page(
            @Schema(description = "附件编号") String id,
            @Schema(description = "材料类别") String category,
            @Schema(description = "宽（像素）") int width,
            @Schema(description = "高（像素）") int height) {
    }
}
