package cn.xj.titlereview.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.util.List;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoticeController.class)
class NoticeControllerTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @MockitoBean
    private NoticeService service;

    private static NoticeSummary akesu(LocalDateTime now) {
        Notice notice = new Notice("notice-2024-akesu-coal");
        NoticeDefinition definition = NoticeFixtures.notice("notice-2024-akesu-coal");
        notice.update(definition, NoticeJson.write(definition), "hash", "config/notices/notice-2024-akesu-coal.yml", now);
        return NoticeService.summary(notice, now);
    }

    @Test
    void listsNoticesWithDeclarationWindowInBeijingTimeAndWhetherOpenNow() throws Exception {
        given(service.list(false)).willReturn(List.of(akesu(LocalDateTime.parse("2024-08-30T17:59:59"))));

        mvc.perform(get("/api/notices"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].id").value("notice-2024-akesu-coal"))
                .andExpect(jsonPath("$[0].title").value("关于2024年阿克苏地区工程系列煤炭专业职称评审及民营企业专项评审工作的通知"))
                .andExpect(jsonPath("$[0].year").value(2024))
                .andExpect(jsonPath("$[0].issuer").value("阿克苏地区应急管理局"))
                .andExpect(jsonPath("$[0].flow").value("TITLE_REVIEW"))
                .andExpect(jsonPath("$[0].flowName").value("职称评审"))
                .andExpect(jsonPath("$[0].declarationStart").value("2024-07-22T00:00:00+08:00"))
                .andExpect(jsonPath("$[0].declarationEnd").value("2024-08-30T18:00:00+08:00"))
                .andExpect(jsonPath("$[0].open").value(true))
                .andExpect(jsonPath("$[0].declarationState").value("申报中"));
    }

    @Test
    void listAfterTheDeclarationCloseSaysClosed() throws Exception {
        given(service.list(false)).willReturn(List.of(akesu(LocalDateTime.parse("2024-08-30T18:00:01"))));

        mvc.perform(get("/api/notices"))
                .andExpect(jsonPath("$[0].open").value(false))
                .andExpect(jsonPath("$[0].declarationState").value("已截止"));
    }

    @Test
    void includesInactiveNoticesOnlyWhenAsked() throws Exception {
        given(service.list(true)).willReturn(List.of());

        mvc.perform(get("/api/notices").param("includeInactive", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void returnsTheFullDefinitionOfOneNotice() throws Exception {
        NoticeDefinition definition = NoticeFixtures.notice("notice-2024-akesu-coal");
        given(service.get("notice-2024-akesu-coal")).willReturn(new NoticeDetail(
                akesu(LocalDateTime.parse("2024-09-01T00:00:00")), json.readTree(NoticeJson.write(definition))));

        mvc.perform(get("/api/notices/notice-2024-akesu-coal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.id").value("notice-2024-akesu-coal"))
                .andExpect(jsonPath("$.definition.fees.perLevel.SENIOR_DEPUTY").value(700))
                .andExpect(jsonPath("$.definition.submission.fixWindows[0]").value("PT48H"))
                .andExpect(jsonPath("$.definition.windows.paperMaterials.start").value("2024-09-15T00:00:00"))
                .andExpect(jsonPath("$.definition.vote.quorum").value("2/3"))
                .andExpect(jsonPath("$.definition.slips[0].reading").value("2024-09-15 至 2024-09-25"));
    }

    @Test
    void unknownNoticeIsNotFoundWithAChineseMessageNamingTheField() throws Exception {
        given(service.get("notice-2099-none")).willThrow(new NoticeNotFoundException("notice-2099-none"));

        mvc.perform(get("/api/notices/notice-2099-none"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value("通知不存在"))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("没有编号为“notice-2099-none”的通知"));
    }
}
